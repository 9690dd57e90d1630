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
    return ResolvedProject(spec: spec, criteria: criteria, facts: facts)
  }

  /// The level a given value selects.
  static func level(of value: FactValue, in criterion: Criterion) -> Level? {
    switch value {
    case .number(let number): criterion.level(for: number)
    case .level(let id): criterion.level(id: id)
    }
  }
}
