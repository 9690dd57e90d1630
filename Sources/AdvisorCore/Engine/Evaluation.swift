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
  /// columns[criterion][approach]: the fit, or the fit expected under the prior for an unknown fact.
  let columns: [[Double]]
  /// The cost criterion's fits from the cost model, when the volume is a number.
  let costFits: [Double]?
  /// failures[approach]: the criteria whose requirement the approach cannot meet, in table order.
  let failures: [[Int]]
  /// The criterion and the approach a settling level declares enough, when one applies.
  let settlement: (row: Int, approach: Int)?
  /// Every approach's score, 0-100, by the method, and the approach indices best first.
  let totals: [Double]
  let ranking: [Int]

  /// The weight a criterion carries in the score: its weight times the probability that it is relevant.
  func effectiveWeight(_ row: Int) -> Double { weights[row] * relevance[row] }

  /// The best approach that meets every requirement.
  var winner: Int? { ranking.first.flatMap { failures[$0].isEmpty ? $0 : nil } }
  /// The approach after the first in the ranking.
  var runnerUp: Int? { ranking.count > 1 ? ranking[1] : nil }
  /// The winner's lead over the runner-up, as `Recommendation.margin` defines it.
  var margin: Double {
    Recommendation.margin(winner: winner.map { totals[$0] }, runnerUp: runnerUp.map { (totals[$0], !failures[$0].isEmpty) })
  }

  /// Approach indices, best first: those that meet every requirement before those that fail one; among the
  /// first, a settled approach leads; among the others, fewer failures first; then by score, earlier on a tie.
  static func ranking(totals: [Double], failures: [Int], settled: Int?) -> [Int] {
    totals.indices.sorted { lhs, rhs in
      let (leftFails, rightFails) = (failures[lhs] > 0, failures[rhs] > 0)
      if leftFails != rightFails { return !leftFails }
      if !leftFails, let settled, lhs == settled || rhs == settled, lhs != rhs { return lhs == settled }
      if failures[lhs] != failures[rhs] { return failures[lhs] < failures[rhs] }
      if totals[lhs] != totals[rhs] { return totals[lhs] > totals[rhs] }
      return lhs < rhs
    }
  }
}

extension DecisionModel {
  /// Resolves and scores a spec: its facts, weight overrides and cost overrides. `analysis`, when the caller
  /// already has it, stands in for pricing the facts again.
  func evaluate(_ spec: ProjectSpec, method: RankingMethod, analysis: CostAnalysis? = nil) -> Evaluation {
    let facts = spec.valuesByKey
    let given = given(facts)
    let levels = resolve(given: given)
    var costFits: [Double]?
    if let costIndex, levels[costIndex] != nil, case .number = facts[CostCalculator.volumeKey] {
      let priced = analysis ?? costAnalysis(facts, levels: levels, overrides: spec.costs, explaining: false)
      costFits = priced.flatMap { DecisionModel.costFits($0, approaches: criteria.approaches) }
    }
    return evaluate(given: given, levels: levels, weights: weights(spec.weights), costFits: costFits, method: method)
  }

  /// Scores resolved levels: `weights` per criterion and the cost criterion's computed fits if any.
  func evaluate(given: [Int?], levels: [Int?], weights: [Double], costFits: [Double]?, method: RankingMethod) -> Evaluation {
    let approaches = approachCount
    var relevance = [Double](repeating: 1, count: rows.count)
    var columns: [[Double]] = []
    columns.reserveCapacity(rows.count)
    var failures = [[Int]](repeating: [], count: approaches)
    var settlement: (row: Int, approach: Int)?
    for row in rows.indices {
      let compiled = rows[row]
      for condition in compiled.relevance { relevance[row] *= probability(condition, levels) }
      guard let level = levels[row] else {
        columns.append(compiled.expectedFits)
        continue
      }
      columns.append(row == costIndex ? costFits ?? compiled.fits[level] : compiled.fits[level])
      // A requirement binds when its criterion certainly counts and weighs, or was given.
      guard relevance[row] == 1, weights[row] > 0 || given[row] != nil else { continue }
      for requirement in compiled.requirements[level] where requirement.unless.isEmpty || !requirement.unless.allSatisfy({ holds($0, levels) }) {
        failures[requirement.approach].append(row)
      }
      if settlement == nil, let approach = compiled.settles[level] { settlement = (row, approach) }
    }
    var totals = [Double](repeating: 0, count: approaches)
    var scoredWeights: [Double] = []
    var scoredRows: [Int] = []
    for row in rows.indices where weights[row] * relevance[row] > 0 {
      scoredWeights.append(weights[row] * relevance[row])
      scoredRows.append(row)
    }
    let total = scoredWeights.reduce(0, +)
    if method == .wsm, total > 0 {
      for (weight, row) in zip(scoredWeights, scoredRows) {
        for approach in 0..<approaches { totals[approach] += weight / total * columns[row][approach] * 10 }
      }
    } else if method != .wsm {
      let data = DecisionData(
        approaches: criteria.approaches, eligible: failures.map(\.isEmpty), settled: settlement?.approach,
        criteria: scoredRows.map { criteria.criteria[$0] },
        weights: scoredWeights, fits: (0..<approaches).map { approach in scoredRows.map { columns[$0][approach] } })
      totals = data.scores(method)
    }
    let ranking = Evaluation.ranking(totals: totals, failures: failures.map(\.count), settled: settlement?.approach)
    return Evaluation(
      given: given, levels: levels, weights: weights, relevance: relevance, columns: columns, costFits: costFits, failures: failures,
      settlement: settlement, totals: totals, ranking: ranking)
  }
}
