/// A resolved project and its evaluation, so that another answer to one question can be scored through the
/// decision model without resolving the whole spec again. A hypothetical answer to a fact the spec gave as a
/// number is a number too (the value of that level nearest the given one), priced by the same cost model as
/// the verdict.
struct WhatIfMatrix {
  /// The approach that would win and its lead over the runner-up.
  struct Outcome: Equatable {
    var winner: Int?
    var margin: Double
  }

  let project: ResolvedProject
  let method: RankingMethod
  let model: DecisionModel
  let evaluation: Evaluation
  private let cache = CostFitCache()

  init(
    project: ResolvedProject, model: DecisionModel, evaluation: Evaluation, method: RankingMethod
  ) {
    self.project = project
    self.method = method
    self.model = model
    self.evaluation = evaluation
  }

  /// The value a hypothetical answer stands for: for a fact given as a number, the number of that level nearest
  /// the given one; otherwise the level's id.
  func value(setting index: Int, to level: Int) -> FactValue {
    let criterion = project.facts[index].criterion
    guard case .number(let number)? = project.facts[index].value,
      let current = evaluation.given[index]
    else {
      return .level(criterion.levels[level].id)
    }
    if level < current, let bound = criterion.levels[level].upTo { return .number(bound) }
    if level > current, let bound = criterion.levels[level - 1].upTo {
      return .number(Swift.max(bound + 1, (bound * 100).rounded(.up) / 100))
    }
    return .number(number)
  }

  /// The outcome with criterion `index` answered with its level `level`.
  func outcome(setting index: Int, to level: Int) -> Outcome {
    let scores = evaluation(setting: [(index, level)])
    return Outcome(winner: scores.winner, margin: scores.margin)
  }

  /// The evaluation with several criteria answered at once, each `(index, level)`.
  func evaluation(setting changes: [(index: Int, level: Int)]) -> Evaluation {
    // Inference rules see given facts only: the spec's, and the hypothetical answers.
    var given = evaluation.given
    for change in changes { given[change.index] = change.level }
    let levels = model.resolve(given: given)
    var costFits: [Double]?
    if let costIndex = model.costIndex, levels[costIndex] != nil {
      costFits = self.costFits(setting: changes, levels: levels)
    }
    return model.evaluate(
      given: given, levels: levels, weights: evaluation.weights, costFits: costFits, method: method)
  }

  /// The cost criterion's fits: the project's when the hypotheticals leave every cost input alone, otherwise
  /// priced again (once per distinct set of cost inputs); `nil` when the volume is not a number.
  private func costFits(setting changes: [(index: Int, level: Int)], levels: [Int?]) -> [Double]? {
    let cadenceIndex = model.cadenceIndex
    let cadence = cadenceIndex.flatMap { levels[$0] }
    let priced = changes.filter { model.isCostInput[$0.index] }
    if priced.isEmpty, cadence == cadenceIndex.flatMap({ evaluation.levels[$0] }) {
      return evaluation.costFits
    }
    var facts = project.spec.valuesByKey
    var key: [Int] = [cadence.map { $0 + 1 } ?? 0]
    for change in changes {
      let value = value(setting: change.index, to: change.level)
      facts[project.facts[change.index].criterion.fact.key] = value
      // A level id is no number to the calculator: every level of a numeric fact given as a level asks the same.
      let numeric: Bool = if case .number = value { true } else { false }
      if model.isCostInput[change.index] || numeric { key += [change.index, change.level] }
    }
    guard case .number = facts[CostCalculator.volumeKey] else { return nil }
    if let known = cache.fits[key] { return known }
    let analysis = model.costAnalysis(
      facts, levels: levels, overrides: project.spec.costs, explaining: false)
    let fits = analysis.flatMap {
      DecisionModel.costFits($0, approaches: project.criteria.approaches)
    }
    cache.fits[key] = fits
    return fits
  }
}

/// Cost fits already computed for a project's hypotheticals, by the cost inputs they stand for.
private final class CostFitCache {
  var fits: [[Int]: [Double]?] = [:]
}
