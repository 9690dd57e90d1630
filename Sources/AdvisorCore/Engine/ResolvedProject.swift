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

  /// Whether the criterion counts in the score: its level is known and its weight is above 0.
  public var isScored: Bool { level != nil && weight > 0 }
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

/// Matches a spec's facts to criterion levels and applies the tables' inference rules.
public struct FactResolver: Sendable {
  /// Creates a resolver.
  public init() {}

  /// Resolves every criterion. Inference rules see only given facts, so their order never matters.
  public func resolve(_ spec: ProjectSpec, with criteria: CriteriaSet) -> ResolvedProject {
    var givenLevels: [String: String] = [:]
    var facts: [ResolvedFact] = criteria.criteria.map { criterion in
      let weight = spec.weights[criterion.id] ?? criterion.weight
      guard let value = spec.value(of: criterion.fact.key), let level = Self.level(of: value, in: criterion) else {
        return ResolvedFact(criterion: criterion, weight: weight, status: .unknown)
      }
      givenLevels[criterion.fact.key] = level.id
      return ResolvedFact(criterion: criterion, weight: weight, status: .given, value: value, level: level)
    }
    for index in facts.indices where facts[index].status == .unknown && !facts[index].criterion.inferences.isEmpty {
      let rule = facts[index].criterion.inferences.first { rule in
        rule.conditions.allSatisfy { key, levels in givenLevels[key].map(levels.contains) ?? false }
      }
      if let rule, let level = facts[index].criterion.level(id: rule.level) {
        facts[index].status = .inferred
        facts[index].level = level
        facts[index].inferenceReason = rule.reason
      }
    }
    var project = ResolvedProject(spec: spec, criteria: criteria, facts: facts)
    if let model = criteria.costModel { applyCosts(model, to: &project) }
    return project
  }

  /// Computes the costs and, when the monthly volume is known as a number, lets the cost criterion's
  /// fits follow the totals: the cheapest approach over the horizon fits 10, the others 10 × cheapest / theirs.
  func applyCosts(_ model: CostModel, to project: inout ResolvedProject) {
    let cadence = project.facts.firstIndex { $0.criterion.fact.key == model.cadenceFact }.flatMap { project.facts[$0].level?.id }
    let analysis = CostCalculator(model: model, overrides: project.spec.costs).analyse(facts: project.spec.valuesByKey, knowledgeChange: cadence)
    project.cost = analysis
    guard let volume = analysis.volume, let index = project.facts.firstIndex(where: { $0.criterion.id == model.criterion }),
      var level = project.facts[index].level
    else { return }
    guard let totals = Self.totals(analysis, volume: volume, approaches: project.criteria.approaches), let cheapestTotal = totals.min()
    else { return }
    let cheapest = project.criteria.approaches[totals.firstIndex { $0 == cheapestTotal } ?? 0]
    let money = { (value: Double) in Format.money(value, model.currency) }
    for (approach, total) in zip(project.criteria.approaches, totals) {
      let fit = Self.costFit(total, cheapest: cheapestTotal)
      let reason =
        approach.id == cheapest.id
        ? "Cheapest over \(Format.grouped(analysis.months)) months at this volume: \(money(total)) in all."
        : "\(Format.grouped(analysis.months))-month total \(money(total)) against \(money(cheapestTotal)) for \(cheapest.name); "
          + catchUp(approach.id, cheapest.id, analysis)
      level.fits[approach.id] = Fit(score: fit, reason: reason, source: CostModel.sourceID)
    }
    project.facts[index].level = level
    project.facts[index].criterion.sources.append(CostModel.source)
  }

  /// Every approach's expected total over the horizon at a monthly volume; `nil` unless the model prices them all.
  static func totals(_ analysis: CostAnalysis, volume: Double, approaches: [Approach]) -> [Double]? {
    var totals: [Double] = []
    for approach in approaches {
      guard let cost = analysis.cost(of: approach.id) else { return nil }
      totals.append(cost.total(volume: volume, months: analysis.months).expected)
    }
    return totals
  }

  /// The cost fit of a total: 10 for the cheapest, 10 × cheapest / total for the others, to one decimal.
  static func costFit(_ total: Double, cheapest: Double) -> Double {
    Format.rounded(total == 0 ? 10 : cheapest == 0 ? 0 : 10 * cheapest / total, 1)
  }

  /// Where an approach's total would fall below the cheapest one's, as a clause.
  private func catchUp(_ approach: String, _ cheapest: String, _ analysis: CostAnalysis) -> String {
    guard let mine = analysis.cost(of: approach), let theirs = analysis.cost(of: cheapest) else { return "" }
    let pair = BreakEven(theirs, mine, months: analysis.months)
    guard let volume = pair.volume, pair.cheaperAbove == approach else { return "it costs more at every volume." }
    return "it becomes cheaper above \(Format.grouped(Format.significant(volume, 3))) queries a month."
  }

  /// The level a given value selects.
  static func level(of value: FactValue, in criterion: Criterion) -> Level? {
    criterion.levelIndex(of: value).map { criterion.levels[$0] }
  }
}
