/// A resolved project on the tables' numbers, so that another answer to one question can be scored without
/// resolving and scoring the project again. A test checks it against a full resolve of every hypothetical spec.
struct WhatIfMatrix {
  /// The approach that would win and its lead over the runner-up.
  struct Outcome: Equatable {
    var winner: Int?
    var margin: Double
  }

  let project: ResolvedProject
  let method: RankingMethod
  let model: DecisionModel
  /// Per criterion, in table order: weight, whether the spec gave it, and its level index.
  let weights: [Double]
  let isGiven: [Bool]
  let levels: [Int?]
  private let baseCostFits: [Double]?
  private let cache = CostFitCache()

  init(project: ResolvedProject, method: RankingMethod) {
    self.project = project
    self.method = method
    model = DecisionModel(project.criteria)
    let facts = project.facts
    weights = facts.map(\.weight)
    isGiven = facts.map { $0.status == .given }
    levels = facts.map { fact in fact.level.flatMap { level in fact.criterion.levels.firstIndex { $0.id == level.id } } }
    baseCostFits = project.cost.flatMap { DecisionModel.costFits($0, approaches: project.criteria.approaches) }
  }

  /// The outcome with criterion `index` answered with its level `level` (as `spec.setting(key, to: .level(id))`).
  func outcome(setting index: Int, to level: Int) -> Outcome {
    // Inference rules see given facts only: the spec's, and the hypothetical answer.
    var given = weights.indices.map { row in isGiven[row] ? levels[row] : nil }
    given[index] = level
    let resolved = model.resolve(given: given)
    var costFits: [Double]?
    if let costIndex = model.costIndex, resolved[costIndex] != nil { costFits = self.costFits(setting: index, to: level, levels: resolved) }
    let scores = model.score(
      levels: resolved, weights: weights, appliesExclusions: { $0 == index || isGiven[$0] }, costFits: costFits, method: method)
    return Outcome(winner: scores.winner, margin: scores.margin)
  }

  /// The cost criterion's fits when the volume is a number: the base project's when the hypothetical leaves
  /// every cost input alone, otherwise computed again (once per distinct cost input).
  private func costFits(setting index: Int, to level: Int, levels resolved: [Int?]) -> [Double]? {
    guard let costModel = project.criteria.costModel else { return nil }
    let cadenceIndex = model.cadenceIndex
    let cadence = cadenceIndex.flatMap { resolved[$0] }
    if !model.isCostInput[index], cadence == cadenceIndex.flatMap({ levels[$0] }) { return baseCostFits }
    // The calculator reads the volume, corpus and examples only as numbers, which a level id is not: every
    // level of those asks the same question.
    let memo = (index * 1024 + (model.isCostChoice[index] ? level + 1 : 0)) * 1024 + (cadence.map { $0 + 1 } ?? 0)
    if let known = cache.fits[memo] { return known }
    let key = project.facts[index].criterion.fact.key
    var facts = project.spec.valuesByKey
    facts[key] = .level(project.facts[index].criterion.levels[level].id)
    let cadenceID = cadenceIndex.flatMap { row in cadence.map { project.facts[row].criterion.levels[$0].id } }
    let analysis = CostCalculator(model: costModel, overrides: project.spec.costs).analyse(
      facts: facts, knowledgeChange: cadenceID, explaining: false)
    let fits = DecisionModel.costFits(analysis, approaches: project.criteria.approaches)
    cache.fits[memo] = fits
    return fits
  }
}

/// Cost fits already computed for a project's hypotheticals, by the cost inputs they stand for.
private final class CostFitCache {
  var fits: [Int: [Double]?] = [:]
}
