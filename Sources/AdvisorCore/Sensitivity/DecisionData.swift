/// The ranking methods the advisor offers.
public enum RankingMethod: String, Sendable, CaseIterable {
  /// The weighted sum: the weighted mean of fits × 10 (the default).
  case wsm
  /// The weighted product: the weighted geometric mean of fit / 10, × 100.
  case wpm
  /// TOPSIS: closeness to the ideal approach after vector normalisation, × 100.
  case topsis

  /// The method's display name.
  public var name: String {
    switch self {
    case .wsm: "weighted sum"
    case .wpm: "weighted product"
    case .topsis: "TOPSIS"
    }
  }
}

/// The scored part of a decision as plain numbers: the approaches, which are eligible, the weights of the
/// criteria with a known level, and each approach's fits on them.
public struct DecisionData: Sendable {
  /// The approaches, in profile order.
  public let approaches: [Approach]
  /// Whether each approach may win (no hard constraint excludes it).
  public let eligible: [Bool]
  /// The scored criteria's resolved facts.
  public let facts: [ResolvedFact]
  /// Their weights.
  public let weights: [Double]
  /// fits[approach][criterion], 0-10.
  public let fits: [[Double]]
  /// The fits on 0-1, vector-normalised per criterion, for TOPSIS.
  let normalized: [[Double]]

  /// Extracts the data from a scorecard; `excluded` stands in for the ranking while it is being built.
  public init(scorecard: Scorecard, approaches: [Approach], excluded: [String: [Scorecard.ExclusionNote]]? = nil) {
    let rows = scorecard.rows.filter { $0.fact.isScored }
    self.init(
      approaches: approaches,
      eligible: approaches.map { approach in
        excluded.map { ($0[approach.id] ?? []).isEmpty } ?? (scorecard.result(for: approach.id)?.isExcluded == false)
      },
      facts: rows.map(\.fact), weights: rows.map(\.fact.weight),
      fits: approaches.indices.map { index in rows.map { $0.cells[index].fit ?? 0 } })
  }

  /// Takes the numbers as they are: `fits[approach][criterion]` for the scored criteria only.
  init(approaches: [Approach], eligible: [Bool], facts: [ResolvedFact], weights: [Double], fits: [[Double]]) {
    self.approaches = approaches
    self.eligible = eligible
    self.facts = facts
    self.weights = weights
    self.fits = fits
    normalized = MCDA.normalize(fits, types: Array(repeating: .benefit, count: weights.count), .vector)
  }

  /// Every approach's score, 0-100, by a method and weights.
  public func scores(_ method: RankingMethod, weights: [Double]? = nil) -> [Double] {
    let weights = weights ?? self.weights
    guard !weights.isEmpty else { return fits.map { _ in 0 } }
    switch method {
    case .wsm:
      let total = weights.reduce(0, +)
      return fits.map { row in total == 0 ? 0 : zip(row, weights).reduce(0) { $0 + $1.0 * $1.1 } / total * 10 }
    case .wpm:
      return MCDA.weightedProduct(fits.map { $0.map { $0 / 10 } }, weights: weights).map { $0 * 100 }
    case .topsis:
      return MCDA.topsis(normalized: normalized, weights: weights).map { $0 * 100 }
    }
  }

  /// The best eligible approach's index for these scores; ties go to the earlier approach.
  public func winner(_ scores: [Double]) -> Int? {
    var best: Int?
    for index in scores.indices where eligible[index] {
      if best.map({ scores[index] > scores[$0] }) ?? true { best = index }
    }
    return best
  }
}
