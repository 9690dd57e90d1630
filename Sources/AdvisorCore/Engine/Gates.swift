/// CI gates: conditions a recommendation must meet, each failure a one-line reason.
public struct Gates: Sendable, Equatable {
  /// The approaches the team chose; the recommendation must be one of them.
  public var expected: [String]
  /// The lowest acceptable confidence, 0-100.
  public var minimumConfidence: Double?
  /// The lowest acceptable lead over the runner-up, in points, compared with the lead as reported (one decimal).
  public var minimumMargin: Double?

  /// Creates gates; an empty `expected` list checks nothing.
  public init(
    expected: [String] = [], minimumConfidence: Double? = nil, minimumMargin: Double? = nil
  ) {
    self.expected = expected
    self.minimumConfidence = minimumConfidence
    self.minimumMargin = minimumMargin
  }

  /// Whether any gate is set.
  public var isEmpty: Bool { expected.isEmpty && minimumConfidence == nil && minimumMargin == nil }

  /// The reasons the verdict fails the gates; empty when it passes.
  public func failures(for verdict: Verdict) -> [String] {
    var failures: [String] = []
    let recommendation = verdict.recommendation
    let name = verdict.name
    if !expected.isEmpty {
      if let winner = recommendation.winner {
        if !expected.contains(winner.approach.id) {
          failures.append(
            "\(name): recommendation is \(winner.approach.id), expected \(expected.joined(separator: " or "))"
          )
        }
      } else {
        failures.append(
          "\(name): no approach fits (every one is excluded), expected \(expected.joined(separator: " or "))"
        )
      }
    }
    if let minimumConfidence, Double(recommendation.confidence.percent) < minimumConfidence {
      failures.append(
        "\(name): confidence \(recommendation.confidence.percent)% is below the required \(Format.grouped(minimumConfidence))%"
      )
    }
    // The margin as the report shows it (one decimal), so a gate at the figure a user read passes and a
    // failure never reads "46.3 is below 46.3".
    let shownMargin = Format.rounded(recommendation.margin, 1)
    if let minimumMargin, shownMargin < minimumMargin {
      failures.append(
        "\(name): margin \(Format.fixed(shownMargin, 1)) points is below the required \(Format.grouped(minimumMargin))"
      )
    }
    return failures
  }
}
