#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How often each approach ranks first when what was not said is drawn at random: every unknown fact from its
/// criterion's prior, and the weights from a Dirichlet distribution around their current values.
public struct MonteCarlo: Sendable, Equatable {
  /// The number of samples.
  public var samples: Int
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

  /// Samples a project's evaluation: each sample draws every unknown fact's level (one uniform per fact, in
  /// table order), then every weight (a gamma draw per criterion that weighs, in table order), and ranks the
  /// approaches as the decision model does: requirements first, a settled approach next, then by score.
  init(
    _ model: DecisionModel, _ evaluation: Evaluation, samples: Int = defaultSamples, concentration: Double = defaultConcentration,
    seed: UInt64 = defaultSeed, method: RankingMethod = .wsm
  ) {
    self.samples = samples
    self.concentration = concentration
    self.seed = seed
    self.method = method
    factsDrawn = evaluation.levels.indices.filter { evaluation.levels[$0] == nil && evaluation.effectiveWeight($0) > 0 }.count
    let total = evaluation.weights.reduce(0, +)
    var wins = [Double](repeating: 0, count: model.approachCount)
    var unmet = 0.0
    if total > 0, samples > 0, model.approachCount > 0 {
      let sampler = FactSampler(model, evaluation, concentration: concentration, method: method)
      (wins, unmet) = sampler.run(samples: samples, seed: seed)
    }
    firstShares = wins.map { samples > 0 ? $0 / Double(samples) : 0 }
    unmetShare = samples > 0 ? unmet / Double(samples) : 0
  }
}

/// The sampling loop's numbers, laid out once per project so that a sample allocates nothing.
private struct FactSampler {
  let method: RankingMethod
  let approaches: Int
  /// Per criterion: its share × concentration (0: it does not weigh) and Marsaglia–Tsang's constants, as
  /// `SeededRandom.gamma(shape:)` draws them (a shape below 1 is drawn as shape + 1 and boosted by U^(1/shape)).
  let shapes: [Double]
  let d: [Double]
  let c: [Double]
  let boost: [Double]
  /// Per criterion: the known level, or -1 when it is drawn; the cumulative prior, by level.
  let known: [Int]
  let cumulative: [[Double]]
  /// Per criterion and level: the method's table per approach (fits, log fits, or TOPSIS's squared distances
  /// to the ideal and the anti-ideal, two per approach).
  let table: [[[Double]]]
  /// Per criterion: whether its requirements bind (it weighs or was given), its requirements and settled approach
  /// by level, and the conditions under which it counts.
  let binds: [Bool]
  let requirements: [[[DecisionModel.Requirement]]]
  let settles: [[Int]]
  let relevance: [[DecisionModel.Condition]]

  init(_ model: DecisionModel, _ evaluation: Evaluation, concentration: Double, method: RankingMethod) {
    self.method = method
    approaches = model.approachCount
    let total = evaluation.weights.reduce(0, +)
    shapes = evaluation.weights.map { $0 > 0 ? $0 / total * concentration : 0 }
    let drawn = shapes.map { $0 < 1 ? $0 + 1 : $0 }
    d = drawn.map { $0 - 1.0 / 3 }
    c = drawn.map { 1 / sqrt(9 * ($0 - 1.0 / 3)) }
    boost = shapes.map { $0 > 0 && $0 < 1 ? 1 / $0 : 0 }
    known = evaluation.levels.map { $0 ?? -1 }
    cumulative = model.rows.map { row in
      var sum = 0.0
      return row.prior.map { probability in
        sum += probability
        return sum
      }
    }
    table = model.rows.indices.map { index in
      let row = model.rows[index]
      let levelFits = row.fits.indices.map { level in
        index == model.costIndex && evaluation.levels[index] == level ? evaluation.costFits ?? row.fits[level] : row.fits[level]
      }
      return levelFits.map { fits in Self.table(fits, method) }
    }
    binds = evaluation.weights.indices.map { evaluation.weights[$0] > 0 || evaluation.given[$0] != nil }
    requirements = model.rows.map(\.requirements)
    settles = model.rows.map { $0.settles.map { $0 ?? -1 } }
    relevance = model.rows.map(\.relevance)
  }

  /// One level's values for the method.
  private static func table(_ fits: [Double], _ method: RankingMethod) -> [Double] {
    switch method {
    case .wsm: return fits
    case .wpm: return fits.map { $0 > 0 ? log($0 / 10) : -Double.infinity }
    case .topsis:
      let norm = sqrt(fits.reduce(0) { $0 + $1 * $1 })
      let normalized = fits.map { norm == 0 ? 0 : $0 / norm }
      let best = normalized.max() ?? 0
      let worst = normalized.min() ?? 0
      return normalized.flatMap { [($0 - best) * ($0 - best), ($0 - worst) * ($0 - worst)] }
    }
  }

  /// Draws the samples; returns each approach's first places and the samples where none met every requirement.
  func run(samples: Int, seed: UInt64) -> (wins: [Double], unmet: Double) {
    var random = SeededRandom(seed: seed)
    let rows = shapes.count
    var levels = [Int](repeating: 0, count: rows)
    var weights = [Double](repeating: 0, count: rows)
    var scores = [Double](repeating: 0, count: approaches)
    var distances = [Double](repeating: 0, count: approaches * 2)
    var failures = [Int](repeating: 0, count: approaches)
    var wins = [Double](repeating: 0, count: approaches)
    var unmet = 0.0
    Ziggurat.shared.withTables { ziggurat in
      for _ in 0..<samples {
        for row in 0..<rows {
          if known[row] >= 0 {
            levels[row] = known[row]
            continue
          }
          let draw = random.uniform()
          let bounds = cumulative[row]
          var level = 0
          while level < bounds.count - 1 && draw >= bounds[level] { level += 1 }
          levels[row] = level
        }
        for row in 0..<rows {
          guard shapes[row] > 0 else {
            weights[row] = 0
            continue
          }
          let weight = random.gamma(d: d[row], c: c[row], ziggurat)
          weights[row] = boost[row] == 0 ? weight : weight * pow(random.uniform(), boost[row])
        }
        for approach in 0..<approaches {
          scores[approach] = 0
          failures[approach] = 0
        }
        if method == .topsis { for index in distances.indices { distances[index] = 0 } }
        var settled = -1
        for row in 0..<rows {
          guard relevant(row, levels) else { continue }
          let level = levels[row]
          let weight = weights[row]
          if weight > 0 {
            let values = table[row][level]
            if method == .topsis {
              let square = weight * weight
              for index in distances.indices { distances[index] += square * values[index] }
            } else {
              for approach in 0..<approaches { scores[approach] += weight * values[approach] }
            }
          }
          guard binds[row] else { continue }
          for requirement in requirements[row][level] where requirement.unless.isEmpty || !holdsAll(requirement.unless, levels) {
            failures[requirement.approach] += 1
          }
          if settled < 0 { settled = settles[row][level] }
        }
        if method == .topsis {
          for approach in 0..<approaches {
            let toBest = distances[2 * approach].squareRoot()
            let toWorst = distances[2 * approach + 1].squareRoot()
            scores[approach] = toBest + toWorst == 0 ? 0 : toWorst / (toBest + toWorst)
          }
        }
        if settled >= 0 && failures[settled] == 0 {
          wins[settled] += 1
          continue
        }
        var best = -Double.infinity
        var tied = 0
        for approach in 0..<approaches where failures[approach] == 0 {
          if tied == 0 || scores[approach] > best + 1e-12 {
            best = scores[approach]
            tied = 1
          } else if scores[approach] == best || abs(scores[approach] - best) <= 1e-12 {
            tied += 1
          }
        }
        guard tied > 0 else {
          unmet += 1
          continue
        }
        // Approaches tied for first share the sample, so a tie never looks like a robust win.
        let share = 1 / Double(tied)
        for approach in 0..<approaches where failures[approach] == 0 && (scores[approach] == best || abs(scores[approach] - best) <= 1e-12) {
          wins[approach] += share
        }
      }
    }
    return (wins, unmet)
  }

  private func relevant(_ row: Int, _ levels: [Int]) -> Bool {
    holdsAll(relevance[row], levels)
  }

  private func holdsAll(_ conditions: [DecisionModel.Condition], _ levels: [Int]) -> Bool {
    for condition in conditions where condition.row < 0 || !condition.allowed[levels[condition.row]] { return false }
    return true
  }
}
