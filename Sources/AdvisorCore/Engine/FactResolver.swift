/// Matches a spec's facts to criterion levels through the decision model, with the explained cost analysis.
public struct FactResolver: Sendable {
  /// Creates a resolver.
  public init() {}

  /// Resolves every criterion.
  public func resolve(_ spec: ProjectSpec, with criteria: CriteriaSet) -> ResolvedProject {
    resolve(spec, model: DecisionModel(criteria), method: .wsm).project
  }

  /// The resolved project and the evaluation it was drawn from.
  func resolve(_ spec: ProjectSpec, model: DecisionModel, method: RankingMethod) -> (
    project: ResolvedProject, evaluation: Evaluation
  ) {
    let facts = spec.valuesByKey
    let levels = model.resolve(given: model.given(facts))
    let analysis = model.costAnalysis(
      facts, levels: levels, overrides: spec.costs, explaining: true)
    let evaluation = model.evaluate(spec, method: method, analysis: analysis)
    let table = model.criteria.criteria
    let resolved = table.indices.map { row -> ResolvedFact in
      let criterion = table[row]
      var fact = ResolvedFact(
        criterion: criterion, weight: evaluation.weights[row], status: .unknown)
      fact.relevance = evaluation.relevance[row]
      if let level = evaluation.given[row] {
        fact.status = .given
        fact.value = facts[criterion.fact.key]
        fact.level = criterion.levels[level]
      } else if let level = evaluation.levels[row] {
        fact.status = .inferred
        fact.level = criterion.levels[level]
        // The rule the model applied: the first whose conditions the given levels meet.
        let rule = model.rules[row].firstIndex { rule in
          rule.conditions.allSatisfy { model.holds($0, evaluation.given) }
        }
        fact.inferenceReason = rule.map { criterion.inferences[$0].reason }
      }
      return fact
    }
    var project = ResolvedProject(
      spec: spec, criteria: model.criteria, facts: resolved, cost: analysis)
    if let analysis, let costFits = evaluation.costFits, let index = model.costIndex {
      explainCosts(costFits, analysis, at: index, in: &project)
    }
    return (project, evaluation)
  }

  /// The cost criterion's level shows the fits the cost model computed, each with the totals behind it.
  private func explainCosts(
    _ costFits: [Double], _ analysis: CostAnalysis, at index: Int, in project: inout ResolvedProject
  ) {
    guard let model = project.criteria.costModel, var level = project.facts[index].level,
      let volume = analysis.volume,
      let totals = DecisionModel.totals(
        analysis, volume: volume, approaches: project.criteria.approaches),
      let cheapestTotal = totals.min()
    else { return }
    let approaches = project.criteria.approaches
    let cheapest = approaches[totals.firstIndex { $0 == cheapestTotal } ?? 0]
    let money = { (value: Double) in Format.money(value, model.currency) }
    for (offset, approach) in approaches.enumerated() {
      let total = totals[offset]
      let reason =
        approach.id == cheapest.id
        ? "Cheapest over \(Format.grouped(analysis.months)) months at this volume: \(money(total)) in all."
        : "\(Format.grouped(analysis.months))-month total \(money(total)) against \(money(cheapestTotal)) for \(cheapest.name); "
          + catchUp(approach.id, cheapest.id, analysis)
      level.fits[approach.id] = Fit(
        score: costFits[offset], reason: reason, source: CostModel.sourceID)
    }
    project.facts[index].level = level
    project.facts[index].criterion.sources.append(CostModel.source)
  }

  /// Where an approach's total would fall below the cheapest one's, as a clause.
  private func catchUp(_ approach: String, _ cheapest: String, _ analysis: CostAnalysis) -> String {
    guard let mine = analysis.cost(of: approach), let theirs = analysis.cost(of: cheapest) else {
      return ""
    }
    let pair = BreakEven(theirs, mine, months: analysis.months)
    guard let volume = pair.volume, pair.cheaperAbove == approach else {
      return "it costs more at every volume."
    }
    return
      "it becomes cheaper above \(Format.grouped(Format.significant(volume, 3))) queries a month."
  }
}
