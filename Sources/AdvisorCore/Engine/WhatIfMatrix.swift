/// A resolved project as numbers — every level of every criterion as fits and exclusions in approach order —
/// so that another answer to one question can be scored without resolving and scoring the project again.
///
/// It follows the resolver and scorer exactly: inference rules see only given facts, the cost criterion's fits
/// follow the cost totals when the monthly volume is a number, and exclusions apply from criteria that weigh or
/// were given. A test checks it against a full resolve of every hypothetical spec.
struct WhatIfMatrix {
  /// One criterion: its weight, its base answer, and each level's fits and exclusions.
  struct Row {
    let criterion: Criterion
    let weight: Double
    let isGiven: Bool
    let level: Int?
    /// fits[level][approach], 0 where a fit is missing (as the scorer counts it).
    let fits: [[Double]]
    /// excludes[level][approach].
    let excludes: [[Bool]]
  }

  /// The approach that would win and its lead over the runner-up.
  struct Outcome: Equatable {
    var winner: Int?
    var margin: Double
  }

  let project: ResolvedProject
  let method: RankingMethod
  let rows: [Row]
  private let givenLevels: [String: String]
  private let costIndex: Int?
  private let cadenceIndex: Int?
  private let baseCostFits: [Double]?

  init(project: ResolvedProject, method: RankingMethod) {
    self.project = project
    self.method = method
    let approaches = project.criteria.approaches
    rows = project.facts.map { fact in
      let levels = fact.criterion.levels
      return Row(
        criterion: fact.criterion, weight: fact.weight, isGiven: fact.status == .given,
        level: fact.level.flatMap { level in levels.firstIndex { $0.id == level.id } },
        fits: levels.map { level in approaches.map { level.fits[$0.id]?.score ?? 0 } },
        excludes: levels.map { level in approaches.map { level.excludes[$0.id] != nil } })
    }
    givenLevels = Dictionary(
      project.facts.compactMap { fact in fact.status == .given ? fact.level.map { (fact.criterion.fact.key, $0.id) } : nil },
      uniquingKeysWith: { first, _ in first })
    let model = project.criteria.costModel
    costIndex = model.flatMap { model in project.facts.firstIndex { $0.criterion.id == model.criterion } }
    cadenceIndex = model.flatMap { model in project.facts.firstIndex { $0.criterion.fact.key == model.cadenceFact } }
    baseCostFits = project.cost.flatMap { Self.costFits($0, approaches: approaches) }
  }

  /// The outcome with criterion `index` answered with its level `level` (as `spec.setting(key, to: .level(id))`).
  func outcome(setting index: Int, to level: Int) -> Outcome {
    let key = rows[index].criterion.fact.key
    var given = givenLevels
    given[key] = rows[index].criterion.levels[level].id
    var levels: [Int?] = []
    levels.reserveCapacity(rows.count)
    for (row, base) in zip(rows, rows.indices) {
      if base == index {
        levels.append(level)
      } else if row.isGiven {
        levels.append(row.level)
      } else {
        let rule = row.criterion.inferences.first { rule in
          rule.conditions.allSatisfy { key, ids in given[key].map(ids.contains) ?? false }
        }
        levels.append(rule.flatMap { rule in row.criterion.levels.firstIndex { $0.id == rule.level } })
      }
    }
    var fits = zip(rows, levels).map { row, level in level.map { row.fits[$0] } }
    if let costIndex, fits[costIndex] != nil, let computed = costFits(settingKey: key, to: given[key] ?? "", levels: levels) {
      fits[costIndex] = computed
    }
    return score(levels: levels, fits: fits, givenIndex: index)
  }

  /// The cost criterion's fits when the volume is a number: the base project's when the hypothetical leaves
  /// every cost input alone, otherwise computed again.
  private func costFits(settingKey key: String, to id: String, levels: [Int?]) -> [Double]? {
    guard let model = project.criteria.costModel else { return nil }
    let cadence = cadenceIndex.flatMap { index in levels[index].map { rows[index].criterion.levels[$0].id } }
    let baseCadence = cadenceIndex.flatMap { index in rows[index].level.map { rows[index].criterion.levels[$0].id } }
    if !model.inputKeys.contains(key), cadence == baseCadence { return baseCostFits }
    var facts = Dictionary(project.spec.facts.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    facts[key] = .level(id)
    let analysis = CostCalculator(model: model, overrides: project.spec.costs).analyse(facts: facts, knowledgeChange: cadence)
    return Self.costFits(analysis, approaches: project.criteria.approaches)
  }

  /// The fits the resolver gives the cost criterion for an analysis; `nil` when it keeps the table's.
  static func costFits(_ analysis: CostAnalysis, approaches: [Approach]) -> [Double]? {
    guard let volume = analysis.volume, let totals = FactResolver.totals(analysis, volume: volume, approaches: approaches),
      let cheapest = totals.min()
    else { return nil }
    return totals.map { FactResolver.costFit($0, cheapest: cheapest) }
  }

  /// Scores and ranks as `Scorer` and `Recommendation` do.
  private func score(levels: [Int?], fits: [[Double]?], givenIndex: Int) -> Outcome {
    let approaches = project.criteria.approaches.count
    var total = 0.0
    for (row, level) in zip(rows, levels) where level != nil && row.weight > 0 { total += row.weight }
    var scores = [Double](repeating: 0, count: approaches)
    var excluded = [Bool](repeating: false, count: approaches)
    var scoredWeights: [Double] = []
    var scoredFits: [[Double]] = []
    for (index, row) in rows.enumerated() {
      guard let level = levels[index], let rowFits = fits[index] else { continue }
      if row.weight > 0 || row.isGiven || index == givenIndex {
        for approach in 0..<approaches where row.excludes[level][approach] { excluded[approach] = true }
      }
      guard row.weight > 0 else { continue }
      scoredWeights.append(row.weight)
      scoredFits.append(rowFits)
      if total > 0 {
        for approach in 0..<approaches { scores[approach] += row.weight / total * rowFits[approach] * 10 }
      }
    }
    if method != .wsm {
      let byApproach = (0..<approaches).map { approach in scoredFits.map { $0[approach] } }
      let data = DecisionData(
        approaches: project.criteria.approaches, eligible: excluded.map(!), facts: [], weights: scoredWeights, fits: byApproach)
      scores = data.scores(method)
    }
    let ranking = (0..<approaches).sorted { lhs, rhs in
      if excluded[lhs] != excluded[rhs] { return !excluded[lhs] }
      if scores[lhs] != scores[rhs] { return scores[lhs] > scores[rhs] }
      return lhs < rhs
    }
    guard let winner = ranking.first, !excluded[winner] else { return Outcome(winner: nil, margin: 0) }
    guard ranking.count > 1 else { return Outcome(winner: winner, margin: 0) }
    let runnerUp = ranking[1]
    return Outcome(winner: winner, margin: excluded[runnerUp] ? scores[winner] : scores[winner] - scores[runnerUp])
  }
}
