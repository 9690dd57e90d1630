/// The criteria tables as numbers, compiled once: every level of every criterion as fits and exclusions in
/// approach order, the inference rules on level indices, and the rows the cost model reads and rewrites.
///
/// It follows the resolver and the scorer exactly — inference rules see only given facts, the cost criterion's
/// fits follow the cost totals when the monthly volume is a number, exclusions apply from criteria that weigh or
/// were given — so that the what-if analysis and batch verdicts can score without building resolved values.
/// Tests check both against full resolves.
struct DecisionModel: Sendable {
  /// An inference rule on level indices: the level it infers, and per condition the row it reads and the
  /// levels of that row that satisfy it.
  struct Rule: Sendable {
    let level: Int?
    let conditions: [(row: Int, allowed: [Bool])]
  }

  /// An approach ranking, with what a verdict and the robustness analysis read from it.
  struct Scores {
    /// Each approach's score, 0-100, by the method.
    var totals: [Double]
    /// Whether a hard constraint excludes each approach.
    var excluded: [Bool]
    /// Approach indices, best first.
    var ranking: [Int]
    /// The scored criteria's weights, and their fits[scored criterion][approach].
    var scoredWeights: [Double]
    var scoredRows: [[Double]]

    /// fits[approach][scored criterion], as `DecisionData` takes them.
    var scoredFits: [[Double]] { totals.indices.map { approach in scoredRows.map { $0[approach] } } }

    /// The best eligible approach.
    var winner: Int? { ranking.first.flatMap { excluded[$0] ? nil : $0 } }
    /// The next approach in the ranking, when there is a winner.
    var runnerUp: Int? { winner != nil && ranking.count > 1 ? ranking[1] : nil }
    /// The winner's lead, as `Recommendation` computes it.
    var margin: Double {
      Recommendation.margin(winner: winner.map { totals[$0] }, runnerUp: runnerUp.map { (totals[$0], excluded[$0]) })
    }
  }

  let criteria: CriteriaSet
  /// Per criterion, in table order: the fact key, the default weight, fits[criterion][level][approach] (0 where a
  /// fit is missing, as the scorer counts it), excludes[criterion][level][approach], and the inference rules.
  let keys: [String]
  let defaultWeights: [Double]
  let fits: [[[Double]]]
  let excludes: [[[Bool]]]
  let rules: [[Rule]]
  /// The cost criterion's row and the row of the fact that sets the retraining cadence.
  let costIndex: Int?
  let cadenceIndex: Int?
  /// Per criterion: whether its fact is a cost input, and whether the calculator reads it other than as a number.
  let isCostInput: [Bool]
  let isCostChoice: [Bool]

  init(_ criteria: CriteriaSet) {
    self.criteria = criteria
    let table = criteria.criteria
    let approachIDs = criteria.approaches.map(\.id)
    keys = table.map(\.fact.key)
    defaultWeights = table.map(\.weight)
    fits = table.map { criterion in criterion.levels.map { level in approachIDs.map { level.fits[$0]?.score ?? 0 } } }
    excludes = table.map { criterion in criterion.levels.map { level in approachIDs.map { level.excludes[$0] != nil } } }
    let rowOfKey = Dictionary(table.indices.map { (table[$0].fact.key, $0) }, uniquingKeysWith: { first, _ in first })
    rules = table.map { criterion in
      criterion.inferences.map { rule in
        Rule(
          level: criterion.levels.firstIndex { $0.id == rule.level },
          conditions: rule.conditions.sorted { $0.key < $1.key }.map { key, ids in
            let row = rowOfKey[key] ?? -1
            return (row, row < 0 ? [] : table[row].levels.map { ids.contains($0.id) })
          })
      }
    }
    let model = criteria.costModel
    costIndex = model.flatMap { model in table.firstIndex { $0.id == model.criterion } }
    cadenceIndex = model.flatMap { model in table.firstIndex { $0.fact.key == model.cadenceFact } }
    let inputs = model?.inputKeys ?? []
    isCostInput = keys.map(inputs.contains)
    isCostChoice = keys.map { model?.fact($0) != nil }
  }

  /// The level each criterion resolves to from the given levels: the given one, else the first inference rule
  /// whose conditions the given levels meet (rules see given facts only, so their order never matters).
  func resolve(given: [Int?]) -> [Int?] {
    given.indices.map { row in
      if let level = given[row] { return level }
      let rule = rules[row].first { rule in
        rule.conditions.allSatisfy { condition in condition.row >= 0 && given[condition.row].map { condition.allowed[$0] } ?? false }
      }
      return rule?.level
    }
  }

  /// The cost criterion's fits for a cost analysis, as the resolver sets them; `nil` when it keeps the table's
  /// (the monthly volume is not a number, or the model does not price every approach).
  static func costFits(_ analysis: CostAnalysis, approaches: [Approach]) -> [Double]? {
    guard let volume = analysis.volume, let totals = FactResolver.totals(analysis, volume: volume, approaches: approaches),
      let cheapest = totals.min()
    else { return nil }
    return totals.map { FactResolver.costFit($0, cheapest: cheapest) }
  }

  /// Scores resolved levels as `Scorer` does: `weights` per criterion, `appliesExclusions` for the criteria whose
  /// hard constraints count (those that weigh or were given), and the cost criterion's computed fits if any.
  func score(levels: [Int?], weights: [Double], appliesExclusions: (Int) -> Bool, costFits: [Double]?, method: RankingMethod)
    -> Scores
  {
    let approaches = criteria.approaches.count
    var total = 0.0
    for row in weights.indices where levels[row] != nil && weights[row] > 0 { total += weights[row] }
    var totals = [Double](repeating: 0, count: approaches)
    var excluded = [Bool](repeating: false, count: approaches)
    var scoredWeights: [Double] = []
    var scoredRows: [[Double]] = []
    for row in weights.indices {
      guard let level = levels[row] else { continue }
      let weight = weights[row]
      if weight > 0 || appliesExclusions(row) {
        for approach in 0..<approaches where excludes[row][level][approach] { excluded[approach] = true }
      }
      guard weight > 0 else { continue }
      let rowFits = row == costIndex ? costFits ?? fits[row][level] : fits[row][level]
      scoredWeights.append(weight)
      scoredRows.append(rowFits)
      if method == .wsm, total > 0 {
        for approach in 0..<approaches { totals[approach] += weight / total * rowFits[approach] * 10 }
      }
    }
    var scores = Scores(totals: totals, excluded: excluded, ranking: [], scoredWeights: scoredWeights, scoredRows: scoredRows)
    if method != .wsm {
      let data = DecisionData(
        approaches: criteria.approaches, eligible: excluded.map(!), facts: [], weights: scoredWeights, fits: scores.scoredFits)
      scores.totals = data.scores(method)
    }
    scores.ranking = Scorer.ranking(scores: scores.totals, excluded: excluded)
    return scores
  }
}
