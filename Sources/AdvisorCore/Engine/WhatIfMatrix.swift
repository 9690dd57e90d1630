/// A resolved project as numbers — every level of every criterion as fits and exclusions in approach order —
/// so that another answer to one question can be scored without resolving and scoring the project again.
///
/// It follows the resolver and scorer exactly: inference rules see only given facts, the cost criterion's fits
/// follow the cost totals when the monthly volume is a number, and exclusions apply from criteria that weigh or
/// were given. A test checks it against a full resolve of every hypothetical spec.
struct WhatIfMatrix {
  /// An inference rule on level indices: the level it infers, and per condition the row it reads and the
  /// levels of that row that satisfy it.
  struct Rule {
    let level: Int?
    let conditions: [(row: Int, allowed: [Bool])]
  }

  /// The approach that would win and its lead over the runner-up.
  struct Outcome: Equatable {
    var winner: Int?
    var margin: Double
  }

  let project: ResolvedProject
  let method: RankingMethod
  /// Per criterion, in table order: weight, whether the spec gave it, its level index, and its inference rules.
  let weights: [Double]
  let isGiven: [Bool]
  let levels: [Int?]
  let rules: [[Rule]]
  /// fits[criterion][level][approach], 0 where a fit is missing (as the scorer counts it).
  let fits: [[[Double]]]
  /// excludes[criterion][level][approach].
  let excludes: [[[Bool]]]
  private let approaches: Int
  private let costIndex: Int?
  private let cadenceIndex: Int?
  private let baseCostFits: [Double]?
  /// Per criterion: whether its fact is a cost input, and whether the calculator reads it other than as a number.
  private let isCostInput: [Bool]
  private let isCostChoice: [Bool]
  private let cache = CostFitCache()

  init(project: ResolvedProject, method: RankingMethod) {
    self.project = project
    self.method = method
    let approachIDs = project.criteria.approaches.map(\.id)
    approaches = approachIDs.count
    let facts = project.facts
    weights = facts.map(\.weight)
    isGiven = facts.map { $0.status == .given }
    levels = facts.map { fact in fact.level.flatMap { level in fact.criterion.levels.firstIndex { $0.id == level.id } } }
    fits = facts.map { fact in fact.criterion.levels.map { level in approachIDs.map { level.fits[$0]?.score ?? 0 } } }
    excludes = facts.map { fact in fact.criterion.levels.map { level in approachIDs.map { level.excludes[$0] != nil } } }
    let rowOfKey = Dictionary(facts.indices.map { (facts[$0].criterion.fact.key, $0) }, uniquingKeysWith: { first, _ in first })
    rules = facts.map { fact in
      fact.criterion.inferences.map { rule in
        Rule(
          level: fact.criterion.levels.firstIndex { $0.id == rule.level },
          conditions: rule.conditions.sorted { $0.key < $1.key }.map { key, ids in
            let row = rowOfKey[key] ?? -1
            return (row, row < 0 ? [] : facts[row].criterion.levels.map { ids.contains($0.id) })
          })
      }
    }
    let model = project.criteria.costModel
    costIndex = model.flatMap { model in facts.firstIndex { $0.criterion.id == model.criterion } }
    cadenceIndex = model.flatMap { model in facts.firstIndex { $0.criterion.fact.key == model.cadenceFact } }
    baseCostFits = project.cost.flatMap { Self.costFits($0, approaches: project.criteria.approaches) }
    let inputs = model?.inputKeys ?? []
    isCostInput = facts.map { inputs.contains($0.criterion.fact.key) }
    isCostChoice = facts.map { model?.fact($0.criterion.fact.key) != nil }
  }

  /// The outcome with criterion `index` answered with its level `level` (as `spec.setting(key, to: .level(id))`).
  func outcome(setting index: Int, to level: Int) -> Outcome {
    // Inference rules see given facts only: the spec's, and the hypothetical answer.
    func given(_ row: Int) -> Int? { row == index ? level : isGiven[row] ? levels[row] : nil }
    var resolved = [Int?](repeating: nil, count: weights.count)
    for row in weights.indices {
      if row == index || isGiven[row] {
        resolved[row] = given(row)
      } else if let rule = rules[row].first(where: { rule in
        rule.conditions.allSatisfy { condition in condition.row >= 0 && given(condition.row).map { condition.allowed[$0] } ?? false }
      }) {
        resolved[row] = rule.level
      }
    }
    var costFits: [Double]?
    if let costIndex, resolved[costIndex] != nil { costFits = self.costFits(setting: index, to: level, levels: resolved) }
    return score(resolved, costFits: costFits, givenIndex: index)
  }

  /// The cost criterion's fits when the volume is a number: the base project's when the hypothetical leaves
  /// every cost input alone, otherwise computed again (once per distinct cost input).
  private func costFits(setting index: Int, to level: Int, levels resolved: [Int?]) -> [Double]? {
    guard let model = project.criteria.costModel else { return nil }
    let cadence = cadenceIndex.flatMap { resolved[$0] }
    if !isCostInput[index], cadence == cadenceIndex.flatMap({ levels[$0] }) { return baseCostFits }
    // The calculator reads the volume, corpus and examples only as numbers, which a level id is not: every
    // level of those asks the same question.
    let memo = (index * 1024 + (isCostChoice[index] ? level + 1 : 0)) * 1024 + (cadence.map { $0 + 1 } ?? 0)
    if let known = cache.fits[memo] { return known }
    let key = project.facts[index].criterion.fact.key
    var facts = Dictionary(project.spec.facts.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    facts[key] = .level(project.facts[index].criterion.levels[level].id)
    let cadenceID = cadenceIndex.flatMap { row in cadence.map { project.facts[row].criterion.levels[$0].id } }
    let analysis = CostCalculator(model: model, overrides: project.spec.costs).analyse(
      facts: facts, knowledgeChange: cadenceID, explaining: false)
    let fits = Self.costFits(analysis, approaches: project.criteria.approaches)
    cache.fits[memo] = fits
    return fits
  }

  /// The fits the resolver gives the cost criterion for an analysis; `nil` when it keeps the table's.
  static func costFits(_ analysis: CostAnalysis, approaches: [Approach]) -> [Double]? {
    guard let volume = analysis.volume, let totals = FactResolver.totals(analysis, volume: volume, approaches: approaches),
      let cheapest = totals.min()
    else { return nil }
    return totals.map { FactResolver.costFit($0, cheapest: cheapest) }
  }

  /// Scores as `Scorer` does and draws the verdict as `Recommendation` does, from the same ranking.
  private func score(_ resolved: [Int?], costFits: [Double]?, givenIndex: Int) -> Outcome {
    var total = 0.0
    for row in weights.indices where resolved[row] != nil && weights[row] > 0 { total += weights[row] }
    var scores = [Double](repeating: 0, count: approaches)
    var excluded = [Bool](repeating: false, count: approaches)
    var scoredWeights: [Double] = []
    var scoredFits: [[Double]] = []
    for row in weights.indices {
      guard let level = resolved[row] else { continue }
      let weight = weights[row]
      if weight > 0 || isGiven[row] || row == givenIndex {
        for approach in 0..<approaches where excludes[row][level][approach] { excluded[approach] = true }
      }
      guard weight > 0 else { continue }
      let rowFits = row == costIndex ? costFits ?? fits[row][level] : fits[row][level]
      if method != .wsm {
        scoredWeights.append(weight)
        scoredFits.append(rowFits)
      } else if total > 0 {
        for approach in 0..<approaches { scores[approach] += weight / total * rowFits[approach] * 10 }
      }
    }
    if method != .wsm {
      let byApproach = (0..<approaches).map { approach in scoredFits.map { $0[approach] } }
      let data = DecisionData(
        approaches: project.criteria.approaches, eligible: excluded.map(!), facts: [], weights: scoredWeights, fits: byApproach)
      scores = data.scores(method)
    }
    let ranking = Scorer.ranking(scores: scores, excluded: excluded)
    guard let winner = ranking.first, !excluded[winner] else { return Outcome(winner: nil, margin: 0) }
    guard ranking.count > 1 else { return Outcome(winner: winner, margin: 0) }
    let runnerUp = ranking[1]
    return Outcome(winner: winner, margin: excluded[runnerUp] ? scores[winner] : scores[winner] - scores[runnerUp])
  }
}

/// Cost fits already computed for a project's hypotheticals, by the cost inputs they stand for.
private final class CostFitCache {
  var fits: [Int: [Double]?] = [:]
}
