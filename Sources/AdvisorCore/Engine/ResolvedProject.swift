/// Whether a criterion's fact was given by the spec, inferred from other facts, or is unknown.
public enum FactStatus: String, Sendable, Equatable {
  case given
  case inferred
  case unknown
}

/// One criterion with the level the project's facts put it at.
public struct ResolvedFact: Sendable, Equatable {
  /// The criterion.
  public var criterion: Criterion
  /// The weight in force: the spec's override or the table's default.
  public var weight: Double
  /// Given, inferred or unknown.
  public var status: FactStatus
  /// The value the spec gave, when given.
  public var value: FactValue?
  /// The level, when given or inferred.
  public var level: Level?
  /// Why the level was inferred, when inferred.
  public var inferenceReason: String?
  /// The probability that the criterion is relevant here: 1 unless its table makes it depend on another fact,
  /// 0 when a known fact rules it out, between when that fact is unknown.
  public var relevance: Double = 1

  /// Whether the criterion counts in the score: it weighs and may be relevant (an unknown fact counts at its
  /// expected fit under the prior).
  public var isScored: Bool { weight > 0 && relevance > 0 }
  /// Whether a known fact rules the criterion out here.
  public var isIrrelevant: Bool { relevance == 0 }
}

/// A project whose facts have been matched to the levels of every criterion.
public struct ResolvedProject: Sendable, Equatable {
  /// The spec as read.
  public var spec: ProjectSpec
  /// The tables used.
  public var criteria: CriteriaSet
  /// One entry per criterion, in table order.
  public var facts: [ResolvedFact]
  /// The cost model applied to the project, when the tables have one.
  public var cost: CostAnalysis?
}

/// Matches a spec's facts to criterion levels through the decision model, with the explained cost analysis.
public struct FactResolver: Sendable {
  /// Creates a resolver.
  public init() {}

  /// Resolves every criterion.
  public func resolve(_ spec: ProjectSpec, with criteria: CriteriaSet) -> ResolvedProject {
    resolve(spec, model: DecisionModel(criteria), method: .wsm).project
  }

  /// The resolved project and the evaluation it was drawn from.
  func resolve(_ spec: ProjectSpec, model: DecisionModel, method: RankingMethod) -> (project: ResolvedProject, evaluation: Evaluation) {
    let facts = spec.valuesByKey
    let levels = model.resolve(given: model.given(facts))
    let analysis = model.costAnalysis(facts, levels: levels, overrides: spec.costs, explaining: true)
    let evaluation = model.evaluate(spec, method: method, analysis: analysis)
    let table = model.criteria.criteria
    let resolved = table.indices.map { row -> ResolvedFact in
      let criterion = table[row]
      var fact = ResolvedFact(criterion: criterion, weight: evaluation.weights[row], status: .unknown)
      fact.relevance = evaluation.relevance[row]
      if let level = evaluation.given[row] {
        fact.status = .given
        fact.value = facts[criterion.fact.key]
        fact.level = criterion.levels[level]
      } else if let level = evaluation.levels[row] {
        fact.status = .inferred
        fact.level = criterion.levels[level]
        // The rule the model applied: the first whose conditions the given levels meet.
        let rule = model.rules[row].firstIndex { rule in rule.conditions.allSatisfy { model.holds($0, evaluation.given) } }
        fact.inferenceReason = rule.map { criterion.inferences[$0].reason }
      }
      return fact
    }
    var project = ResolvedProject(spec: spec, criteria: model.criteria, facts: resolved, cost: analysis)
    if let analysis, let costFits = evaluation.costFits, let index = model.costIndex { explainCosts(costFits, analysis, at: index, in: &project) }
    return (project, evaluation)
  }

  /// The cost criterion's level shows the fits the cost model computed, each with the totals behind it.
  private func explainCosts(_ costFits: [Double], _ analysis: CostAnalysis, at index: Int, in project: inout ResolvedProject) {
    guard let model = project.criteria.costModel, var level = project.facts[index].level, let volume = analysis.volume,
      let totals = DecisionModel.totals(analysis, volume: volume, approaches: project.criteria.approaches), let cheapestTotal = totals.min()
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
      level.fits[approach.id] = Fit(score: costFits[offset], reason: reason, source: CostModel.sourceID)
    }
    project.facts[index].level = level
    project.facts[index].criterion.sources.append(CostModel.source)
  }

  /// Where an approach's total would fall below the cheapest one's, as a clause.
  private func catchUp(_ approach: String, _ cheapest: String, _ analysis: CostAnalysis) -> String {
    guard let mine = analysis.cost(of: approach), let theirs = analysis.cost(of: cheapest) else { return "" }
    let pair = BreakEven(theirs, mine, months: analysis.months)
    guard let volume = pair.volume, pair.cheaperAbove == approach else { return "it costs more at every volume." }
    return "it becomes cheaper above \(Format.grouped(Format.significant(volume, 3))) queries a month."
  }
}
