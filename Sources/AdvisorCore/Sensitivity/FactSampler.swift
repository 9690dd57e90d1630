#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The sampling loop's numbers, laid out once per project in buffers, so that a sample allocates nothing and
/// pays for no array checks.
struct FactSampler {
  let method: RankingMethod
  let approaches: Int
  let rows: Int
  /// Values per level: the approaches' fits (weighted sum), log fits (weighted product), or TOPSIS's squared
  /// distances to the ideal and the anti-ideal (two per approach); in vectors of four, `lanes` a level.
  let stride: Int
  let lanes: Int
  let vectors: UnsafeMutableBufferPointer<SIMD4<Double>>
  /// Per criterion: its share × concentration (0: it does not weigh) and Marsaglia–Tsang's constants, as
  /// `SeededRandom.gamma(shape:)` draws them (a shape below 1 is drawn as shape + 1 and boosted by U^(1/shape)).
  let shapes: UnsafeMutableBufferPointer<Double>
  let d: UnsafeMutableBufferPointer<Double>
  let c: UnsafeMutableBufferPointer<Double>
  let boost: UnsafeMutableBufferPointer<Double>
  /// Per criterion: the known level or -1 when it is drawn, where its levels start and how many it has, whether
  /// its requirements bind (it weighs or was given), and its relevance conditions (`first`..<`last` of the pool).
  let known: UnsafeMutableBufferPointer<Int>
  let levelBase: UnsafeMutableBufferPointer<Int>
  let levelCount: UnsafeMutableBufferPointer<Int>
  let binds: UnsafeMutableBufferPointer<Bool>
  let relevanceStart: UnsafeMutableBufferPointer<Int>
  let relevanceEnd: UnsafeMutableBufferPointer<Int>
  /// Per global level: the cumulative prior, the requirements
  /// (`first`..<`last` of the pool) and the approach it settles on, or -1.
  let cumulative: UnsafeMutableBufferPointer<Double>
  let requirementStart: UnsafeMutableBufferPointer<Int>
  let requirementEnd: UnsafeMutableBufferPointer<Int>
  let settles: UnsafeMutableBufferPointer<Int>
  /// What does not change between samples: the criteria whose level is known and whose relevance and
  /// requirements read known levels only. `fixedRows`/`fixedLevels` are those that count (their vectors are still
  /// weighted per sample); `fixedFailures` and `fixedSettled` are what they impose. `drawnRows` are the criteria
  /// drawn from their priors, `openRows` those evaluated per sample.
  let fixedRows: UnsafeMutableBufferPointer<Int>
  let fixedLevels: UnsafeMutableBufferPointer<Int>
  let fixedFailures: UnsafeMutableBufferPointer<Int>
  let fixedSettled: Int
  let drawnRows: UnsafeMutableBufferPointer<Int>
  let openRows: UnsafeMutableBufferPointer<Int>
  /// The pools: conditions (row, allowed levels as bits) and requirements (approach, `unless` conditions).
  let conditionRow: UnsafeMutableBufferPointer<Int>
  let conditionAllowed: UnsafeMutableBufferPointer<UInt64>
  let requirementApproach: UnsafeMutableBufferPointer<Int>
  let unlessStart: UnsafeMutableBufferPointer<Int>
  let unlessEnd: UnsafeMutableBufferPointer<Int>

  init(
    _ model: DecisionModel, _ evaluation: Evaluation, concentration: Double, method: RankingMethod
  ) {
    func buffer<Element>(_ values: [Element]) -> UnsafeMutableBufferPointer<Element> {
      let buffer = UnsafeMutableBufferPointer<Element>.allocate(
        capacity: Swift.max(1, values.count))
      _ = buffer.initialize(from: values)
      return buffer
    }
    self.method = method
    approaches = model.approachCount
    rows = model.rowCount
    stride = method == .topsis ? 2 * approaches : approaches
    let total = evaluation.weights.reduce(0, +)
    let shapes = evaluation.weights.map { $0 > 0 ? $0 / total * concentration : 0 }
    let drawn = shapes.map { $0 < 1 ? $0 + 1 : $0 }
    self.shapes = buffer(shapes)
    d = buffer(drawn.map { $0 - 1.0 / 3 })
    c = buffer(drawn.map { 1 / sqrt(9 * ($0 - 1.0 / 3)) })
    boost = buffer(shapes.map { $0 > 0 && $0 < 1 ? 1 / $0 : 0 })
    known = buffer(evaluation.levels.map { $0 ?? -1 })
    levelBase = buffer(model.levelBase)
    levelCount = buffer(model.levelCount)
    binds = buffer(
      evaluation.weights.indices.map { evaluation.weights[$0] > 0 || evaluation.given[$0] != nil })
    relevanceStart = buffer(model.relevance.map(\.lowerBound))
    relevanceEnd = buffer(model.relevance.map(\.upperBound))
    var cumulative: [Double] = []
    var table: [Double] = []
    for row in 0..<model.rowCount {
      var sum = 0.0
      for level in 0..<model.levelCount[row] {
        let global = model.levelBase[row] + level
        sum += model.prior[global]
        cumulative.append(sum)
        var fits = Array(model.fits[global * approaches..<(global + 1) * approaches])
        if row == model.costIndex, evaluation.levels[row] == level,
          let costFits = evaluation.costFits
        {
          fits = costFits
        }
        table += Self.values(fits, method)
      }
    }
    self.cumulative = buffer(cumulative)
    let lanes = (stride + 3) / 4
    self.lanes = lanes
    let stride = stride
    vectors = buffer(
      (0..<(table.count / Swift.max(1, stride) * lanes)).map { cell in
        let (level, lane) = cell.quotientAndRemainder(dividingBy: lanes)
        return SIMD4(
          (0..<4).map { offset in
            lane * 4 + offset < stride ? table[level * stride + lane * 4 + offset] : 0
          })
      })
    requirementStart = buffer(model.levelRequirements.map(\.lowerBound))
    requirementEnd = buffer(model.levelRequirements.map(\.upperBound))
    settles = buffer(model.settles)
    conditionRow = buffer(model.conditions.map(\.row))
    conditionAllowed = buffer(model.conditions.map(\.allowed))
    requirementApproach = buffer(model.requirements.map(\.approach))
    unlessStart = buffer(model.requirements.map(\.unless.lowerBound))
    unlessEnd = buffer(model.requirements.map(\.unless.upperBound))
    // A criterion is fixed when its level is known and every condition it reads (relevance, `unless`) is on a
    // known level: the evaluation has already decided it.
    func readsKnownLevels(_ range: Range<Int>) -> Bool {
      model.conditions[range].allSatisfy { $0.row >= 0 && evaluation.levels[$0.row] != nil }
    }
    var fixedRows: [Int] = []
    var fixedLevels: [Int] = []
    var fixedFailures = [Int](repeating: 0, count: model.approachCount)
    var fixedSettled = -1
    var fixedSettledRow = Int.max
    var openRows: [Int] = []
    for row in 0..<model.rowCount {
      guard let level = evaluation.levels[row] else {
        openRows.append(row)
        continue
      }
      let global = model.levelBase[row] + level
      let requirementRange = model.levelRequirements[global]
      guard readsKnownLevels(model.relevance[row]),
        model.requirements[requirementRange].allSatisfy({ readsKnownLevels($0.unless) })
      else {
        openRows.append(row)
        continue
      }
      guard evaluation.relevance[row] == 1 else { continue }
      if evaluation.weights[row] > 0 {
        fixedRows.append(row)
        fixedLevels.append(global)
      }
      guard evaluation.weights[row] > 0 || evaluation.given[row] != nil else { continue }
      for approach in 0..<model.approachCount
      where evaluation.failures[approach] & (1 << UInt64(row)) != 0 { fixedFailures[approach] += 1 }
      if fixedSettled < 0, model.settles[global] >= 0 {
        fixedSettled = model.settles[global]
        fixedSettledRow = row
      }
    }
    self.fixedSettledRow = fixedSettledRow
    self.fixedRows = buffer(fixedRows)
    self.fixedLevels = buffer(fixedLevels)
    self.fixedFailures = buffer(fixedFailures)
    self.fixedSettled = fixedSettled
    let drawnRows = (0..<model.rowCount).filter { evaluation.levels[$0] == nil }
    self.drawnRows = buffer(drawnRows)
    self.openRows = buffer(openRows)
    fixedCount = fixedRows.count
    drawnCount = drawnRows.count
    openCount = openRows.count
  }

  /// The row of the fixed criterion that settles, if any (an open criterion before it in table order settles first).
  let fixedSettledRow: Int
  /// How many criteria are fixed, drawn and open.
  let fixedCount: Int
  let drawnCount: Int
  let openCount: Int

  func deallocate() {
    for buffer in [shapes, d, c, boost, cumulative] { buffer.deallocate() }
    for buffer in [
      known, levelBase, levelCount, relevanceStart, relevanceEnd, requirementStart, requirementEnd,
      settles, conditionRow,
    ] {
      buffer.deallocate()
    }
    for buffer in [requirementApproach, unlessStart, unlessEnd] { buffer.deallocate() }
    for buffer in [fixedRows, fixedLevels, fixedFailures, drawnRows, openRows] {
      buffer.deallocate()
    }
    binds.deallocate()
    conditionAllowed.deallocate()
    vectors.deallocate()
  }

  /// One level's values for the method.
  private static func values(_ fits: [Double], _ method: RankingMethod) -> [Double] {
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
  /// Up to eight values a level (four approaches under TOPSIS) stay in two vector registers.
  func run(samples: Int, seed: UInt64, stopsEarly: Bool) -> (
    wins: [Double], unmet: Double, drawn: Int
  ) {
    defer { deallocate() }
    var random = SeededRandom(seed: seed)
    let levels = UnsafeMutableBufferPointer<Int>.allocate(capacity: Swift.max(1, rows))
    let weights = UnsafeMutableBufferPointer<Double>.allocate(capacity: Swift.max(1, rows))
    let extra = UnsafeMutableBufferPointer<SIMD4<Double>>.allocate(capacity: Swift.max(1, lanes))
    let scores = UnsafeMutableBufferPointer<Double>.allocate(capacity: Swift.max(1, approaches))
    let failures = UnsafeMutableBufferPointer<Int>.allocate(capacity: Swift.max(1, approaches))
    let wins = UnsafeMutableBufferPointer<Double>.allocate(capacity: Swift.max(1, approaches))
    wins.initialize(repeating: 0)
    let shared = Ziggurat.shared
    let zigguratK = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: shared.k.count)
    let zigguratW = UnsafeMutableBufferPointer<Double>.allocate(capacity: shared.w.count)
    let zigguratF = UnsafeMutableBufferPointer<Double>.allocate(capacity: shared.f.count)
    _ = zigguratK.initialize(from: shared.k)
    _ = zigguratW.initialize(from: shared.w)
    _ = zigguratF.initialize(from: shared.f)
    defer {
      levels.deallocate()
      weights.deallocate()
      extra.deallocate()
      scores.deallocate()
      failures.deallocate()
      wins.deallocate()
      zigguratK.deallocate()
      zigguratW.deallocate()
      zigguratF.deallocate()
    }
    let ziggurat = Ziggurat.Tables(
      k: UnsafeBufferPointer(zigguratK), w: UnsafeBufferPointer(zigguratW),
      f: UnsafeBufferPointer(zigguratF))
    let (rows, approaches, lanes, isTopsis) = (rows, approaches, lanes, method == .topsis)
    let (known, levelBase, levelCount, cumulative, shapes, d, c, boost) = (
      known, levelBase, levelCount, cumulative, shapes, d, c, boost
    )
    let (vectors, binds, settles, requirementStart, requirementEnd) = (
      vectors, binds, settles, requirementStart, requirementEnd
    )
    var unmet = 0.0
    var drawn = 0
    for row in 0..<rows { levels[row] = known[row] }
    let (fixedRows, fixedLevels, fixedFailures, drawnRows, openRows) = (
      fixedRows, fixedLevels, fixedFailures, drawnRows, openRows
    )
    let (fixedCount, drawnCount, openCount, fixedSettled, fixedSettledRow) = (
      fixedCount, drawnCount, openCount, fixedSettled, fixedSettledRow
    )
    for _ in 0..<samples {
      if stopsEarly, drawn >= 2 * MonteCarlo.block, drawn % MonteCarlo.block == 0,
        MonteCarlo.isSettled(wins: wins, approaches: approaches, drawn: drawn)
      {
        break
      }
      drawn += 1
      for index in 0..<drawnCount {
        let row = drawnRows[index]
        let draw = random.uniform()
        let base = levelBase[row]
        let last = levelCount[row] - 1
        var level = 0
        while level < last && draw >= cumulative[base &+ level] { level &+= 1 }
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
      var first = SIMD4<Double>()
      var second = SIMD4<Double>()
      if lanes > 2 { for lane in 2..<lanes { extra[lane] = SIMD4() } }
      for approach in 0..<approaches { failures[approach] = fixedFailures[approach] }
      var settled = fixedSettled
      var settledRow = fixedSettledRow
      for index in 0..<fixedCount {
        let factor = SIMD4(
          repeating: isTopsis
            ? weights[fixedRows[index]] * weights[fixedRows[index]] : weights[fixedRows[index]])
        let base = fixedLevels[index] &* lanes
        first += factor * vectors[base]
        if lanes > 1 { second += factor * vectors[base &+ 1] }
        if lanes > 2 { for lane in 2..<lanes { extra[lane] += factor * vectors[base &+ lane] } }
      }
      for index in 0..<openCount {
        let row = openRows[index]
        guard holdsAll(relevanceStart[row], relevanceEnd[row], levels) else { continue }
        let global = levelBase[row] &+ levels[row]
        let weight = weights[row]
        if weight > 0 {
          let factor = SIMD4(repeating: isTopsis ? weight * weight : weight)
          let base = global &* lanes
          first += factor * vectors[base]
          if lanes > 1 { second += factor * vectors[base &+ 1] }
          if lanes > 2 { for lane in 2..<lanes { extra[lane] += factor * vectors[base &+ lane] } }
        }
        guard binds[row] else { continue }
        for requirement in requirementStart[global]..<requirementEnd[global] {
          let start = unlessStart[requirement]
          let end = unlessEnd[requirement]
          if start == end || !holdsAll(start, end, levels) {
            failures[requirementApproach[requirement]] &+= 1
          }
        }
        if settles[global] >= 0 && row < settledRow {
          settled = settles[global]
          settledRow = row
        }
      }
      extra[0] = first
      if lanes > 1 { extra[1] = second }
      for approach in 0..<approaches {
        if isTopsis {
          let toBest = extra[approach &>> 1][(approach & 1) &* 2].squareRoot()
          let toWorst = extra[approach &>> 1][(approach & 1) &* 2 &+ 1].squareRoot()
          scores[approach] = toBest + toWorst == 0 ? 0 : toWorst / (toBest + toWorst)
        } else {
          scores[approach] = extra[approach &>> 2][approach & 3]
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
      for approach in 0..<approaches
      where failures[approach] == 0
        && (scores[approach] == best || abs(scores[approach] - best) <= 1e-12)
      {
        wins[approach] += share
      }
    }
    return (Array(wins.prefix(approaches)), unmet, drawn)
  }

  /// Whether every condition of a pool range holds on the sample's levels.
  @inline(__always)
  private func holdsAll(_ start: Int, _ end: Int, _ levels: UnsafeMutableBufferPointer<Int>) -> Bool
  {
    var index = start
    while index < end {
      let row = conditionRow[index]
      if row < 0 || conditionAllowed[index] & (1 << UInt64(levels[row])) == 0 { return false }
      index += 1
    }
    return true
  }
}
