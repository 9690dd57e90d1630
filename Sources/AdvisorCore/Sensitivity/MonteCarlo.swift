#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How often each approach ranks first when the weights are drawn at random around the current ones.
public struct MonteCarlo: Sendable, Equatable {
  /// The number of weight samples.
  public var samples: Int
  /// The Dirichlet concentration: higher keeps samples closer to the current weights.
  public var concentration: Double
  /// The seed; the same seed gives the same result.
  public var seed: UInt64
  /// The method each sample is ranked by.
  public var method: RankingMethod
  /// Each approach's share of samples in which it ranked first (a tie shares the sample), in profile order.
  public var firstShares: [Double]

  /// The defaults: 10,000 samples, concentration 100, seed 42.
  public static let defaultSamples = 10_000
  /// The default concentration.
  public static let defaultConcentration = 100.0
  /// The default seed.
  public static let defaultSeed: UInt64 = 42

  /// Samples weights from a Dirichlet distribution centred on the current weight shares and ranks the
  /// approaches for each. Criteria with weight 0 stay at 0.
  ///
  /// Every method ranks the same for weights scaled by a constant, so the gamma draws need no
  /// normalisation; each method's score is reduced to a form that needs no allocation per sample.
  public init(
    _ data: DecisionData, samples: Int = defaultSamples, concentration: Double = defaultConcentration, seed: UInt64 = defaultSeed,
    method: RankingMethod = .wsm
  ) {
    self.samples = samples
    self.concentration = concentration
    self.seed = seed
    self.method = method
    let total = data.weights.reduce(0, +)
    var wins = [Double](repeating: 0, count: data.approaches.count)
    if total > 0, !data.weights.isEmpty, data.eligible.contains(true), samples > 0 {
      let workspace = Workspace(
        shapes: data.weights.map { $0 / total * concentration }, table: Self.table(data, method), eligible: data.eligible, method: method)
      defer { workspace.deallocate() }
      wins = workspace.run(samples: samples, seed: seed, method: method)
    }
    firstShares = wins.map { samples > 0 ? $0 / Double(samples) : 0 }
  }

  /// `rows[approach][criterion]` flattened criterion by criterion, so that a sample adds one column to every score.
  private static func criterionMajor(_ rows: [[Double]]) -> [Double] {
    (0..<(rows.first?.count ?? 0)).flatMap { column in rows.map { $0[column] } }
  }

  /// The per-method table: fits (wsm) or log fits (wpm) criterion by criterion, or squared distances to
  /// the ideal and anti-ideal per column (TOPSIS, whose ideal is column-wise since weights are non-negative).
  private static func table(_ data: DecisionData, _ method: RankingMethod) -> [Double] {
    switch method {
    case .wsm: return criterionMajor(data.fits)
    case .wpm: return criterionMajor(data.fits.map { row in row.map { $0 > 0 ? log($0 / 10) : -Double.infinity } })
    case .topsis:
      let columns = data.weights.count
      let best = (0..<columns).map { column in data.normalized.map { $0[column] }.max() ?? 0 }
      let worst = (0..<columns).map { column in data.normalized.map { $0[column] }.min() ?? 0 }
      var table: [Double] = []
      for row in data.normalized {
        for column in 0..<columns {
          let toBest = row[column] - best[column]
          let toWorst = row[column] - worst[column]
          table.append(toBest * toBest)
          table.append(toWorst * toWorst)
        }
      }
      return table
    }
  }
}

/// The sampling loop's numbers in buffers allocated once, so that a draw pays for no array checks.
private struct Workspace {
  /// Per criterion: its share × concentration (0 leaves the weight at 0), and Marsaglia–Tsang's constants for
  /// that shape, or for shape + 1 when the shape is below 1 (the draw is then boosted by U^(1/shape)).
  let shapes: UnsafeMutableBufferPointer<Double>
  let d: UnsafeMutableBufferPointer<Double>
  let c: UnsafeMutableBufferPointer<Double>
  /// 1 / shape for shapes below 1, 0 otherwise.
  let boost: UnsafeMutableBufferPointer<Double>
  /// TOPSIS's table (see `MonteCarlo.table`); empty for the weighted sum and product, which read `columns`.
  let table: UnsafeMutableBufferPointer<Double>
  /// The weighted sum's and product's table four approaches to a vector, criterion by criterion (padded with 0),
  /// and the running sums: a sample adds one vector per criterion and lane. Empty for TOPSIS.
  let lanes: Int
  let columns: UnsafeMutableBufferPointer<SIMD4<Double>>
  let sums: UnsafeMutableBufferPointer<SIMD4<Double>>
  let eligible: UnsafeMutableBufferPointer<Bool>
  let weights: UnsafeMutableBufferPointer<Double>
  let scores: UnsafeMutableBufferPointer<Double>
  let wins: UnsafeMutableBufferPointer<Double>
  /// A copy of the ziggurat's tables.
  let ziggurat: Ziggurat.Tables

  init(shapes: [Double], table: [Double], eligible: [Bool], method: RankingMethod) {
    func buffer<Element>(_ values: [Element]) -> UnsafeMutableBufferPointer<Element> {
      let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: values.count)
      _ = buffer.initialize(from: values)
      return buffer
    }
    // `SeededRandom.gamma(shape:)` draws a shape below 1 as Gamma(shape + 1) × U^(1/shape): the same draws here.
    let drawn = shapes.map { $0 < 1 ? $0 + 1 : $0 }
    self.shapes = buffer(shapes)
    d = buffer(drawn.map { $0 - 1.0 / 3 })
    c = buffer(drawn.map { 1 / sqrt(9 * ($0 - 1.0 / 3)) })
    boost = buffer(shapes.map { $0 < 1 ? 1 / $0 : 0 })
    let summed = method != .topsis
    self.table = buffer(summed ? [] : table)
    let approaches = eligible.count
    let lanes = (approaches + 3) / 4
    self.lanes = lanes
    columns = buffer(
      (0..<(summed ? shapes.count * lanes : 0)).map { cell in
        let (column, lane) = cell.quotientAndRemainder(dividingBy: lanes)
        return SIMD4(
          (0..<4).map { offset in
            let approach = lane * 4 + offset
            return approach < approaches ? table[column * approaches + approach] : 0
          })
      })
    sums = buffer([SIMD4<Double>](repeating: .zero, count: lanes))
    self.eligible = buffer(eligible)
    weights = buffer([Double](repeating: 0, count: shapes.count))
    scores = buffer([Double](repeating: 0, count: eligible.count))
    wins = buffer([Double](repeating: 0, count: eligible.count))
    let shared = Ziggurat.shared
    ziggurat = Ziggurat.Tables(
      k: UnsafeBufferPointer(buffer(shared.k)), w: UnsafeBufferPointer(buffer(shared.w)), f: UnsafeBufferPointer(buffer(shared.f)))
  }

  func deallocate() {
    for buffer in [shapes, d, c, boost, table, weights, scores, wins] { buffer.deallocate() }
    columns.deallocate()
    sums.deallocate()
    eligible.deallocate()
    ziggurat.k.deallocate()
    ziggurat.w.deallocate()
    ziggurat.f.deallocate()
  }

  /// Draws the samples and returns each approach's first places. The generator stays local to this loop, and
  /// every call on it is inlined, so its state can live in registers.
  func run(samples: Int, seed: UInt64, method: RankingMethod) -> [Double] {
    var random = SeededRandom(seed: seed)
    let ziggurat = ziggurat
    for _ in 0..<samples {
      for index in 0..<shapes.count {
        guard shapes[index] > 0 else {
          weights[index] = 0
          continue
        }
        let weight = random.gamma(d: d[index], c: c[index], ziggurat)
        weights[index] = boost[index] == 0 ? weight : weight * pow(random.uniform(), boost[index])
      }
      score(method)
      countFirst()
    }
    return Array(wins)
  }

  private func score(_ method: RankingMethod) {
    let criteria = weights.count
    switch method {
    case .wsm, .wpm:
      // Column by column, four approaches at a time: each score still sums its terms in criterion order. A
      // weight of 0 skips its column (a log fit may be -infinity).
      if lanes == 1 {
        // Up to four approaches (the usual tables): the sums stay in registers.
        var sum = SIMD4<Double>()
        for column in 0..<criteria where weights[column] > 0 { sum += SIMD4(repeating: weights[column]) * columns[column] }
        for approach in 0..<scores.count { scores[approach] = sum[approach] }
        return
      }
      for lane in 0..<lanes { sums[lane] = SIMD4() }
      for column in 0..<criteria where weights[column] > 0 {
        let weight = SIMD4(repeating: weights[column])
        let base = column &* lanes
        for lane in 0..<lanes { sums[lane] += weight * columns[base &+ lane] }
      }
      for approach in 0..<scores.count { scores[approach] = sums[approach &>> 2][approach & 3] }
    case .topsis:
      for approach in 0..<scores.count {
        var toBest = 0.0
        var toWorst = 0.0
        let base = approach * criteria * 2
        for column in 0..<criteria {
          let square = weights[column] * weights[column]
          toBest += square * table[base + 2 * column]
          toWorst += square * table[base + 2 * column + 1]
        }
        let sum = toBest.squareRoot() + toWorst.squareRoot()
        scores[approach] = sum == 0 ? 0 : toWorst.squareRoot() / sum
      }
    }
  }

  /// Approaches tied for first share the sample, so a tie never looks like a robust win.
  private func countFirst() {
    var best = -Double.infinity
    var tied = 0
    for index in 0..<scores.count where eligible[index] {
      if scores[index] > best + 1e-12 {
        best = scores[index]
        tied = 1
      } else if abs(scores[index] - best) <= 1e-12 {
        tied += 1
      }
    }
    let share = 1 / Double(tied)
    for index in 0..<scores.count where eligible[index] && abs(scores[index] - best) <= 1e-12 { wins[index] += share }
  }
}
