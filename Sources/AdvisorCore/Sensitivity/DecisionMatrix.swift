/// The decision matrix as plain numbers, which the ranking methods, the weight flips and the sampler read: the
/// approaches, which meet every requirement, the approach a settling fact declares enough, the criteria that
/// count with their weights, and each approach's fits on them. `Scorecard` is the same matrix as the report
/// shows it, row by row with its facts; `DecisionModel` is the compiled tables both are made from.
public struct DecisionMatrix: Sendable {
  /// The approaches, in profile order.
  public let approaches: [Approach]
  /// Whether each approach may win (it meets every requirement).
  public let eligible: [Bool]
  /// The approach a settling fact declares enough: it wins whenever it is eligible.
  public let settled: Int?
  /// The criteria that count, in table order.
  public let criteria: [Criterion]
  /// Their weights in force (times the probability that each is relevant).
  public let weights: [Double]
  /// fits[approach][criterion], 0-10 (expected under the prior for an unknown fact).
  public let fits: [[Double]]
  /// The fits on 0-1, vector-normalised per criterion, for TOPSIS.
  let normalized: [[Double]]

  /// Takes the numbers as they are: `fits[approach][criterion]` for the criteria that count.
  init(
    approaches: [Approach], eligible: [Bool], settled: Int?, criteria: [Criterion],
    weights: [Double], fits: [[Double]]
  ) {
    self.approaches = approaches
    self.eligible = eligible
    self.settled = settled
    self.criteria = criteria
    self.weights = weights
    self.fits = fits
    normalized = MCDA.normalize(
      fits, types: Array(repeating: .benefit, count: weights.count), .vector)
  }

  /// Every approach's score, 0-100, by a method and weights.
  public func scores(_ method: RankingMethod, weights: [Double]? = nil) -> [Double] {
    let weights = weights ?? self.weights
    guard !weights.isEmpty else { return fits.map { _ in 0 } }
    switch method {
    case .wsm:
      let total = weights.reduce(0, +)
      return fits.map { row in
        total == 0 ? 0 : zip(row, weights).reduce(0) { $0 + $1.0 * $1.1 } / total * 10
      }
    case .wpm:
      return MCDA.weightedProduct(fits.map { $0.map { $0 / 10 } }, weights: weights).map {
        $0 * 100
      }
    case .topsis:
      return MCDA.topsis(normalized: normalized, weights: weights).map { $0 * 100 }
    }
  }

  /// The best eligible approach's index for these scores: the settled one when it is eligible, else the highest
  /// score; ties go to the earlier approach.
  public func winner(_ scores: [Double]) -> Int? {
    if let settled, eligible[settled] { return settled }
    var best: Int?
    for index in scores.indices where eligible[index] {
      if best.map({ scores[index] > scores[$0] }) ?? true { best = index }
    }
    return best
  }
}

extension DecisionModel {
  /// The numbers of an evaluation that the ranking methods and weight flip points read.
  func data(_ evaluation: Evaluation) -> DecisionMatrix {
    let scored = (0..<rowCount).filter { evaluation.effectiveWeight($0) > 0 }
    return DecisionMatrix(
      approaches: criteria.approaches, eligible: evaluation.failures.map { $0 == 0 },
      settled: evaluation.settlement?.approach,
      criteria: scored.map { criteria.criteria[$0] },
      weights: scored.map(evaluation.effectiveWeight),
      fits: (0..<approachCount).map { approach in scored.map { evaluation.column($0, approach) } })
  }
}
