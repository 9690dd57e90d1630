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
  /// `base` is a project with the same cost inputs whose cost analysis and cost-derived fits are reused
  /// (the what-if analysis varies other facts).
  public func resolve(_ spec: ProjectSpec, with criteria: CriteriaSet, reusingCostsOf base: ResolvedProject? = nil) -> ResolvedProject {
    var givenLevels: [String: String] = [:]
    var facts: [ResolvedFact] = criteria.criteria.map { criterion in
      let weight = spec.weights[criterion.id] ?? criterion.weight
      guard let value = spec.value(of: criterion.fact.key), let level = Self.level(of: value, in: criterion) else {
        return ResolvedFact(criterion: criterion, weight: weight, status: .unknown)
      }
      givenLevels[criterion.fact.key] = level.id
      return ResolvedFact(criterion: criterion, weight: weight, status: .given, value: value, level: level)
    }
    for index in facts.indices where facts[index].status == .unknown {
      let criterion = facts[index].criterion
      let rule = criterion.inferences.first { rule in
        rule.conditions.allSatisfy { key, levels in givenLevels[key].map(levels.contains) ?? false }
      }
      if let rule, let level = criterion.level(id: rule.level) {
        facts[index].status = .inferred
        facts[index].level = level
        facts[index].inferenceReason = rule.reason
      }
    }
    var project = ResolvedProject(spec: spec, criteria: criteria, facts: facts)
    if let model = criteria.costModel {
      if let base, let index = project.facts.firstIndex(where: { $0.criterion.id == model.criterion }), project.facts[index].level != nil {
        project.cost = base.cost
        project.facts[index].level = base.facts[index].level
        project.facts[index].criterion = base.facts[index].criterion
      } else {
        applyCosts(model, to: &project)
      }
    }
    return project
  }

  /// Computes the costs and, when the monthly volume is known as a number, lets the cost criterion's
  /// fits follow the totals: the cheapest approach over the horizon fits 10, the others 10 × cheapest / theirs.
  func applyCosts(_ model: CostModel, to project: inout ResolvedProject) {
    let given = Dictionary(project.spec.facts.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    let cadence = project.facts.first { $0.criterion.fact.key == model.cadenceFact }?.level?.id
    let analysis = CostCalculator(model: model, overrides: project.spec.costs).analyse(facts: given, knowledgeChange: cadence)
    project.cost = analysis
    guard let volume = analysis.volume, let index = project.facts.firstIndex(where: { $0.criterion.id == model.criterion }),
      var level = project.facts[index].level
    else { return }
    let totals = project.criteria.approaches.map { approach in analysis.cost(of: approach.id)?.total(volume: volume, months: analysis.months).expected
    }
    guard let cheapestTotal = totals.compactMap({ $0 }).min(), totals.allSatisfy({ $0 != nil }) else { return }
    let cheapest = project.criteria.approaches[totals.firstIndex { $0 == cheapestTotal } ?? 0]
    let money = { (value: Double) in Format.money(value, model.currency) }
    for (approach, total) in zip(project.criteria.approaches, totals.compactMap { $0 }) {
      let fit = total == 0 ? 10 : cheapestTotal == 0 ? 0 : 10 * cheapestTotal / total
      let reason =
        approach.id == cheapest.id
        ? "Cheapest over \(Format.grouped(analysis.months)) months at this volume: \(money(total)) in all."
        : "\(Format.grouped(analysis.months))-month total \(money(total)) against \(money(cheapestTotal)) for \(cheapest.name); "
          + catchUp(approach.id, cheapest.id, analysis)
      level.fits[approach.id] = Fit(score: Format.rounded(fit, 1), reason: reason, source: CostModel.sourceID)
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

  /// The level a given value selects.
  static func level(of value: FactValue, in criterion: Criterion) -> Level? {
    switch value {
    case .number(let number): criterion.level(for: number)
    case .level(let id): criterion.level(id: id)
    }
  }
}
