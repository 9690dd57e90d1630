/// The sensitivity analyses in words and small charts, shared by the report formats and `advisor sensitivity`.
public struct SensitivitySection: Sendable {
  /// The report analysed.
  public let report: Report

  /// Creates the section.
  public init(report: Report) {
    self.report = report
  }

  var sensitivity: Sensitivity { report.sensitivity }
  var approaches: [Approach] { report.project.criteria.approaches }

  /// One line on how robust the answer is.
  public var robustnessLine: String { robustnessLine(pointingToDetails: true) }

  /// One line on how robust the answer is; `pointingToDetails` names `advisor sensitivity` where the methods
  /// disagree.
  func robustnessLine(pointingToDetails: Bool) -> String {
    let mc = sensitivity.monteCarlo
    let samples = Format.grouped(Double(mc.samples))
    guard let winner = report.recommendation.winner else {
      // Samples that draw the facts not given can lift an open requirement: say how often one approach then
      // meets them all.
      let firsts = zip(approaches, mc.firstShares).filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }
      guard mc.samples > 0, mc.factsDrawn > 0, !firsts.isEmpty else {
        return
          "Robustness: no approach meets every requirement, so none can be sampled as the answer."
      }
      let facts = mc.factsDrawn == 1 ? "the fact" : "the \(mc.factsDrawn) facts"
      let shares = firsts.map { "\($0.0.name) in \(Format.percent($0.1))" }.joined(separator: ", ")
      return
        "Robustness: in \(samples) samples that draw \(facts) you did not give, an approach meets every "
        + "requirement and ranks first: \(shares); none does in \(Format.percent(mc.unmetShare))."
    }
    let share = Format.percent(sensitivity.winProbability)
    let agreeing = sensitivity.methods.filter { $0.winner?.id == winner.approach.id }.count
    let methods =
      sensitivity.methodsAgree
      ? "the three ranking methods agree"
      : "\(agreeing) of the three ranking methods pick it"
        + (pointingToDetails ? " (see `advisor sensitivity`)" : "")
    guard mc.samples > 0 else { return "Robustness: not sampled (--samples 0); \(methods)." }
    let drawn =
      mc.factsDrawn == 0
      ? "the weights"
      : "the weights and the \(mc.factsDrawn) \(mc.factsDrawn == 1 ? "fact" : "facts") you did not give"
    let label =
      report.recommendation.status == .provisional ? "provisional" : sensitivity.robustness
    return
      "Robustness: \(label). \(winner.approach.name) ranks first in \(share) of \(samples) samples that draw \(drawn); \(methods)."
  }

  /// The approaches' shares of first place, largest first.
  public var monteCarloLine: String {
    let shares = zip(approaches, sensitivity.monteCarlo.firstShares).filter { $0.1 > 0 }.sorted {
      $0.1 > $1.1
    }
    let text = shares.map { "\($0.0.name) \(Format.percent($0.1))" }.joined(separator: ", ")
    let mc = sensitivity.monteCarlo
    return
      "First place over \(Format.grouped(Double(mc.samples))) samples that draw "
      + (mc.factsDrawn == 0
        ? ""
        : mc.factsDrawn == 1
          ? "the unknown fact from its prior and "
          : "the \(mc.factsDrawn) unknown facts from their priors and ")
      + "the weights from a Dirichlet distribution (concentration \(Format.grouped(mc.concentration)), seed \(mc.seed), "
      + "\(mc.method.name)): \(text.isEmpty ? "none" : text)."
      + (mc.stoppedEarly
        ? " Sampling stopped after \(Format.grouped(Double(mc.samples))) of the \(Format.grouped(Double(mc.limit))) allowed: the leader's share was "
          + "settled (its 99% interval clear of 70% and 90%); --samples N draws exactly N." : "")
  }

  /// Each method's winner and scores.
  public var methodLines: [String] {
    sensitivity.methods.map { entry in
      let scores = zip(approaches, entry.scores).map {
        "\($0.0.shortName) \(Format.fixed($0.1, 1))"
      }.joined(separator: ", ")
      return "\(entry.method.name): \(entry.winner?.name ?? "none") (\(scores))"
    }
  }

  /// One sentence per criterion on its stable weight interval.
  public var flipLines: [String] {
    sensitivity.flips.map { flip in
      let head = "\(flip.criterion.name) (weight \(Format.fit(flip.weight))): "
      let lower = Format.fixed(flip.lower, 2)
      let below = flip.belowWinner.map { "\($0.name) wins below" } ?? "another approach wins below"
      let above = flip.aboveWinner.map { "\($0.name) wins above" } ?? "another approach wins above"
      switch (flip.lower > 0, flip.upper) {
      case (false, nil): return head + "the winner holds at any weight."
      case (false, let upper?):
        return head + "the winner holds up to \(Format.fixed(upper, 2)); \(above)."
      case (true, nil): return head + "the winner holds from \(lower) up; \(below)."
      case (true, let upper?):
        return head
          + "the winner holds from \(lower) to \(Format.fixed(upper, 2)); \(below), \(above)."
      }
    }
  }

  /// The flip sentences of the (up to three) criteria whose weights are closest to changing the winner.
  public var fragileFlipLines: [String] {
    let lines = flipLines
    return zip(sensitivity.flips, lines).filter { $0.0.upper != nil || $0.0.lower > 0 }.sorted {
      closeness($0.0) < closeness($1.0)
    }.prefix(3)
      .map(\.1)
  }

  /// How close a criterion's weight is to a flip, as a ratio (smaller is closer).
  private func closeness(_ flip: WeightFlip) -> Double {
    guard flip.weight > 0 else { return .infinity }
    let toUpper = flip.upper.map { $0 / flip.weight } ?? .infinity
    let toLower = flip.lower > 0 ? flip.weight / flip.lower : .infinity
    return min(toUpper, toLower)
  }

  /// The analyses as JSON.
  public func json() -> JSONValue {
    let ids = approaches.map(\.id)
    return .object([
      ("method", .string(report.method.rawValue)),
      ("robustness", .string(sensitivity.robustness)),
      ("winProbability", .number(Format.rounded(sensitivity.winProbability, 4))),
      ("methodsAgree", .bool(sensitivity.methodsAgree)),
      (
        "methods",
        .array(
          sensitivity.methods.map { entry in
            .object([
              ("method", .string(entry.method.rawValue)), ("winner", .optional(entry.winner?.id)),
              (
                "scores",
                .object(zip(ids, entry.scores).map { ($0.0, .number(Format.rounded($0.1, 2))) })
              ),
            ])
          })
      ),
      (
        "monteCarlo",
        .object([
          ("samples", .int(sensitivity.monteCarlo.samples)),
          ("concentration", .number(sensitivity.monteCarlo.concentration)),
          ("limit", .int(sensitivity.monteCarlo.limit)),
          ("stoppedEarly", .bool(sensitivity.monteCarlo.stoppedEarly)),
          ("seed", .number(Double(sensitivity.monteCarlo.seed))),
          ("method", .string(sensitivity.monteCarlo.method.rawValue)),
          (
            "firstShares",
            .object(
              zip(ids, sensitivity.monteCarlo.firstShares).map {
                ($0.0, .number(Format.rounded($0.1, 4)))
              })
          ),
          ("factsDrawn", .int(sensitivity.monteCarlo.factsDrawn)),
          ("unmetShare", .number(Format.rounded(sensitivity.monteCarlo.unmetShare, 4))),
        ])
      ),
      (
        "weightFlips",
        .array(
          sensitivity.flips.map { flip in
            .object([
              ("criterion", .string(flip.criterion.id)), ("weight", .number(flip.weight)),
              ("lower", .number(Format.rounded(flip.lower, 4))),
              ("upper", flip.upper.map { .number(Format.rounded($0, 4)) } ?? .null),
              ("belowWinner", .optional(flip.belowWinner?.id)),
              ("aboveWinner", .optional(flip.aboveWinner?.id)),
            ])
          })
      ),
    ])
  }
}
