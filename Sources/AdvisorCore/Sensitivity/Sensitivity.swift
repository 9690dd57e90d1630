/// How solid a recommendation is: the three methods' verdicts, the weight flip points, and the Monte Carlo over
/// the unknown facts and the weights.
public struct Sensitivity: Sendable, Equatable {
  /// Each method's scores (0-100, profile order) and winner.
  public var methods: [(method: RankingMethod, scores: [Double], winner: Approach?)]
  /// The weight interval of every scored criterion within which the winner stays.
  public var flips: [WeightFlip]
  /// The Monte Carlo result.
  public var monteCarlo: MonteCarlo
  /// The recommended approach's share of Monte Carlo samples in which it ranks first.
  public var winProbability: Double
  /// The share of the three methods that pick the recommended approach.
  public var agreement: Double

  /// Sensitivities are equal when their results are.
  public static func == (lhs: Sensitivity, rhs: Sensitivity) -> Bool {
    lhs.methods.map(\.method) == rhs.methods.map(\.method)
      && lhs.methods.map(\.scores) == rhs.methods.map(\.scores)
      && lhs.methods.map(\.winner) == rhs.methods.map(\.winner) && lhs.flips == rhs.flips
      && lhs.monteCarlo == rhs.monteCarlo
  }

  /// Runs every analysis on an evaluation whose recommended approach is `winner`; without `flipPoints`, all but
  /// the weight flip points (which a verdict alone does not need).
  init(
    _ model: DecisionModel, _ evaluation: Evaluation, winner: Int?, method: RankingMethod,
    samples: Int, concentration: Double, seed: UInt64,
    stopsEarly: Bool = false, flipPoints: Bool
  ) {
    let data = model.data(evaluation)
    let approaches = data.approaches
    let methods = RankingMethod.allCases.map { method in
      let scores = data.scores(method)
      return (method: method, scores: scores, winner: data.winner(scores).map { approaches[$0] })
    }
    self.methods = methods
    flips = flipPoints ? WeightFlip.all(data) : []
    let sampled = MonteCarlo(
      model, evaluation, samples: samples, concentration: concentration, seed: seed, method: method,
      stopsEarly: stopsEarly)
    monteCarlo = sampled
    winProbability = winner.map { sampled.firstShares[$0] } ?? 0
    agreement =
      winner.map { winner in
        Double(methods.filter { $0.winner?.id == approaches[winner].id }.count)
          / Double(methods.count)
      } ?? 0
  }

  /// Whether the three methods pick the same approach.
  public var methodsAgree: Bool { Set(methods.map { $0.winner?.id ?? "" }).count == 1 }

  /// `robust`, `fairly robust` or `fragile`; `unsampled` when Monte Carlo is off.
  public var robustness: String {
    if monteCarlo.samples == 0 { return "unsampled" }
    if winProbability >= 0.9 && agreement == 1 { return "robust" }
    if winProbability >= 0.7 && agreement >= 2.0 / 3 { return "fairly robust" }
    return "fragile"
  }
}
