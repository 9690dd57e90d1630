#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How often each approach ranks first when what was not said is drawn at random: every unknown fact from its
/// criterion's prior, and the weights from a Dirichlet distribution around their current values.
public struct MonteCarlo: Sendable, Equatable {
  /// The number of samples drawn.
  public var samples: Int
  /// The most samples asked for; with `stoppedEarly`, fewer were drawn.
  public var limit: Int
  /// Whether sampling stopped before `limit` because the leader's share was settled.
  public var stoppedEarly: Bool
  /// The Dirichlet concentration: higher keeps samples closer to the current weights.
  public var concentration: Double
  /// The seed; the same seed gives the same result.
  public var seed: UInt64
  /// The method each sample is ranked by.
  public var method: RankingMethod
  /// How many unknown facts each sample draws from their priors.
  public var factsDrawn: Int
  /// Each approach's share of samples in which it ranked first (a tie shares the sample), in profile order.
  public var firstShares: [Double]
  /// The share of samples in which no approach met every requirement.
  public var unmetShare: Double

  /// The defaults: 10,000 samples, concentration 100, seed 42.
  public static let defaultSamples = 10_000
  /// The default concentration.
  public static let defaultConcentration = 100.0
  /// The default seed.
  public static let defaultSeed: UInt64 = 42
  /// Samples are drawn in blocks of this many; stopping early is considered after each block from the second on.
  public static let block = 1_000
  /// The shares of first places at which the verdict's words change (`fragile` below 0.7, `robust` from 0.9): a
  /// run stops early only when the 99% interval of the leader's share lies clear of both.
  public static let thresholds = [0.7, 0.9]

  /// Samples a project's evaluation: each sample draws every unknown fact's level (one uniform per fact, in
  /// table order), then every weight (a gamma draw per criterion that weighs, in table order), and ranks the
  /// approaches as the decision model does: requirements first, a settled approach next, then by score.
  ///
  /// With `stopsEarly`, the samples are drawn in blocks of `block` and the run stops after a block (from the
  /// second on) once the leader's share p over the n samples so far has its 99% interval, p ± 2.576·√(p(1−p)/n),
  /// clear of every threshold: more samples could not change the words of the verdict. The same seed gives the
  /// same samples, so a run that stops early gives exactly the counts of the first n samples of a full run.
  init(
    _ model: DecisionModel, _ evaluation: Evaluation, samples: Int = defaultSamples,
    concentration: Double = defaultConcentration,
    seed: UInt64 = defaultSeed, method: RankingMethod = .wsm, stopsEarly: Bool = false
  ) {
    limit = samples
    self.concentration = concentration
    self.seed = seed
    self.method = method
    factsDrawn =
      evaluation.levels.indices.filter {
        evaluation.levels[$0] == nil && evaluation.effectiveWeight($0) > 0
      }.count
    let total = evaluation.weights.reduce(0, +)
    var wins = [Double](repeating: 0, count: model.approachCount)
    var unmet = 0.0
    var drawn = samples
    if total > 0, samples > 0, model.approachCount > 0 {
      let sampler = FactSampler(model, evaluation, concentration: concentration, method: method)
      (wins, unmet, drawn) = sampler.run(samples: samples, seed: seed, stopsEarly: stopsEarly)
    }
    self.samples = drawn
    stoppedEarly = drawn < samples
    firstShares = wins.map { drawn > 0 ? $0 / Double(drawn) : 0 }
    unmetShare = drawn > 0 ? unmet / Double(drawn) : 0
  }

  /// Whether the leader's share over `drawn` samples is settled clear of every threshold (99% normal interval).
  static func isSettled(wins: UnsafeMutableBufferPointer<Double>, approaches: Int, drawn: Int)
    -> Bool
  {
    var best = 0.0
    for approach in 0..<approaches { best = Swift.max(best, wins[approach]) }
    let share = best / Double(drawn)
    let halfWidth = 2.576 * (share * (1 - share) / Double(drawn)).squareRoot()
    return thresholds.allSatisfy { abs($0 - share) > halfWidth }
  }
}
