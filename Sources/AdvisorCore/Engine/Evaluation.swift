/// One project as the decision model scores it: the levels its facts resolve to, how far each criterion counts,
/// every approach's fit on each (expected under the prior when the fact is unknown), the requirements each
/// approach fails, and the ranking.
struct Evaluation: Sendable {
  /// Per criterion: the level the spec gave, the level given or inferred, and the weight in force.
  let given: [Int?]
  let levels: [Int?]
  let weights: [Double]
  /// Per criterion: the probability that it is relevant (1 without a condition; 0 when a known fact rules it out).
  let relevance: [Double]
  /// `row * approaches + approach`: the fit, or the fit expected under the prior for an unknown fact.
  let columns: [Double]
  let approaches: Int
  /// The cost criterion's fits from the cost model, when the volume is a number.
  let costFits: [Double]?
  /// Per approach: the criteria whose requirement it cannot meet, as bits of their rows.
  let failures: [UInt64]
  /// Per approach: the failures that bind only because a fact their `unless` reads was not given, so that an
  /// answer could lift them (a subset of `failures`); empty when there are none, which is most often.
  let openFailures: [UInt64]

  /// Whether an approach's failure on a criterion is open.
  func isOpen(_ approach: Int, _ row: Int) -> Bool {
    !openFailures.isEmpty && openFailures[approach] & (1 << UInt64(row)) != 0
  }
  /// The criterion and the approach a settling level declares enough, when one applies.
  let settlement: (row: Int, approach: Int)?
  /// Every approach's score, 0-100, by the method, and the approach indices best first.
  let totals: [Double]
  let ranking: [Int]

  /// The weight a criterion carries in the score: its weight times the probability that it is relevant.
  func effectiveWeight(_ row: Int) -> Double { weights[row] * relevance[row] }

  /// An approach's fit on a criterion (expected under the prior when its fact is unknown).
  func column(_ row: Int, _ approach: Int) -> Double { columns[row * approaches + approach] }

  /// Whether an approach fails none of the project's requirements.
  func meetsRequirements(_ approach: Int) -> Bool { failures[approach] == 0 }

  /// The criteria whose requirement an approach fails, in table order.
  func failedRows(_ approach: Int) -> [Int] {
    weights.indices.filter { failures[approach] & (1 << UInt64($0)) != 0 }
  }

  /// The requirements an approach fails, each with its criterion as `criterion(row)` gives it (the table's, or the
  /// report's resolved one, which cites the cost model when its fits were computed).
  func exclusionNotes(
    _ approach: Approach, at index: Int, in table: [Criterion], criterion: (Int) -> Criterion
  ) -> [Scorecard.ExclusionNote] {
    failedRows(index).compactMap { row in
      guard let level = levels[row], let exclusion = table[row].levels[level].excludes[approach.id]
      else { return nil }
      // An open failure is lifted by its conditions on the facts not given (the others already hold).
      var liftedIf: [String: [String]] = [:]
      if isOpen(index, row) {
        let unknown = Set(table.indices.filter { levels[$0] == nil }.map { table[$0].fact.key })
        liftedIf = exclusion.unless.filter { unknown.contains($0.key) }
      }
      return Scorecard.ExclusionNote(
        criterion: criterion(row), exclusion: exclusion, liftedIf: liftedIf)
    }
  }

  /// The best approach that meets every requirement.
  var winner: Int? { ranking.first.flatMap { failures[$0] == 0 ? $0 : nil } }
  /// The approach after the first in the ranking.
  var runnerUp: Int? { ranking.count > 1 ? ranking[1] : nil }
  /// The winner's lead over the runner-up, as `Recommendation.margin` defines it.
  var margin: Double {
    Recommendation.margin(
      winner: winner.map { totals[$0] }, runnerUp: runnerUp.map { (totals[$0], failures[$0] != 0) })
  }

  /// Approach indices, best first: those that meet every requirement before those that fail one; among the
  /// first, a settled approach leads; among the others, fewer certain failures first (those no answer to a fact
  /// not given could lift: `open` counts the others, or is empty when there are none), then fewer failures; then
  /// by score, earlier on a tie.
  static func ranking(totals: [Double], failures: [Int], open: [Int], settled: Int?) -> [Int] {
    totals.indices.sorted { lhs, rhs in
      let (leftFails, rightFails) = (failures[lhs] > 0, failures[rhs] > 0)
      if leftFails != rightFails { return !leftFails }
      if !leftFails, let settled, lhs == settled || rhs == settled, lhs != rhs {
        return lhs == settled
      }
      if !open.isEmpty {
        let (leftCertain, rightCertain) = (failures[lhs] - open[lhs], failures[rhs] - open[rhs])
        if leftCertain != rightCertain { return leftCertain < rightCertain }
      }
      if failures[lhs] != failures[rhs] { return failures[lhs] < failures[rhs] }
      if totals[lhs] != totals[rhs] { return totals[lhs] > totals[rhs] }
      return lhs < rhs
    }
  }
}

extension DecisionModel {
  /// Resolves and scores a spec: its facts, weight overrides and cost overrides. `analysis`, when the caller
  /// already has it, stands in for pricing the facts again.
  func evaluate(_ spec: ProjectSpec, method: RankingMethod, analysis: CostAnalysis? = nil)
    -> Evaluation
  {
    let table = criteria.criteria
    let given = keys.indices.map { row in spec.value(of: keys[row]).flatMap(table[row].levelIndex) }
    let levels = resolve(given: given)
    var costFits: [Double]?
    if let costIndex, levels[costIndex] != nil,
      case .number = spec.value(of: CostCalculator.volumeKey)
    {
      let priced =
        analysis
        ?? costAnalysis(spec.valuesByKey, levels: levels, overrides: spec.costs, explaining: false)
      costFits = priced.flatMap { DecisionModel.costFits($0, approaches: criteria.approaches) }
    }
    return evaluate(
      given: given, levels: levels, weights: weights(spec.weights), costFits: costFits,
      method: method)
  }

  /// Scores resolved levels: `weights` per criterion and the cost criterion's computed fits if any.
  func evaluate(
    given: [Int?], levels: [Int?], weights: [Double], costFits: [Double]?, method: RankingMethod
  ) -> Evaluation {
    let approaches = approachCount
    let rows = rowCount
    var relevance = [Double](repeating: 1, count: rows)
    var columns = [Double](repeating: 0, count: rows * approaches)
    var failures = [UInt64](repeating: 0, count: approaches)
    // Allocated at the first open failure: most projects have none.
    var open: [UInt64] = []
    var settlement: (row: Int, approach: Int)?
    for row in 0..<rows {
      for condition in conditions[self.relevance[row]] {
        relevance[row] *= probability(condition, levels)
      }
      guard let level = levels[row] else {
        for approach in 0..<approaches {
          columns[row * approaches + approach] = expectedFits[row * approaches + approach]
        }
        continue
      }
      let global = levelBase[row] + level
      if row == costIndex, let costFits {
        for approach in 0..<approaches { columns[row * approaches + approach] = costFits[approach] }
      } else {
        for approach in 0..<approaches {
          columns[row * approaches + approach] = fits[global * approaches + approach]
        }
      }
      // A requirement binds when its criterion certainly counts and weighs, or was given.
      guard relevance[row] == 1, weights[row] > 0 || given[row] != nil else { continue }
      let bit = UInt64(1) << UInt64(row)
      // A level has at most one requirement per approach (its `excludes` is keyed by approach).
      for requirement in requirements[levelRequirements[global]] {
        let approach = requirement.approach
        guard !requirement.unless.isEmpty else {
          failures[approach] |= bit
          continue
        }
        // It binds unless every condition holds, and is open when each condition that fails reads a fact not
        // given.
        var binds = false
        var lifts = true
        for condition in conditions[requirement.unless] where !holds(condition, levels) {
          binds = true
          if condition.row < 0 || levels[condition.row] != nil { lifts = false }
        }
        guard binds else { continue }
        failures[approach] |= bit
        if lifts {
          if open.isEmpty { open = [UInt64](repeating: 0, count: approaches) }
          open[approach] |= bit
        }
      }
      if settlement == nil, settles[global] >= 0 { settlement = (row, settles[global]) }
    }
    var totals = [Double](repeating: 0, count: approaches)
    if method == .wsm {
      var total = 0.0
      for row in 0..<rows { total += weights[row] * relevance[row] }
      if total > 0 {
        for row in 0..<rows where weights[row] * relevance[row] > 0 {
          let share = weights[row] * relevance[row] / total * 10
          for approach in 0..<approaches {
            totals[approach] += share * columns[row * approaches + approach]
          }
        }
      }
    }
    let evaluation = Evaluation(
      given: given, levels: levels, weights: weights, relevance: relevance, columns: columns,
      approaches: approaches, costFits: costFits,
      failures: failures, openFailures: open, settlement: settlement, totals: totals,
      ranking: [])
    if method != .wsm { totals = data(evaluation).scores(method) }
    let ranking = Evaluation.ranking(
      totals: totals, failures: failures.map(\.nonzeroBitCount),
      open: open.map { $0.nonzeroBitCount }, settled: settlement?.approach)
    return Evaluation(
      given: given, levels: levels, weights: weights, relevance: relevance, columns: columns,
      approaches: approaches, costFits: costFits,
      failures: failures, openFailures: open, settlement: settlement, totals: totals,
      ranking: ranking)
  }
}
