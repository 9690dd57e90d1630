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
