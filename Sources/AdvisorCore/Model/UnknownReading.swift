/// What a criterion's fact means when the project does not give it: a probability for each level, so that every
/// approach is scored with its expected fit and the robustness analysis can draw the fact.
public struct UnknownReading: Sendable, Equatable {
  /// The probability of each level, by level id; they add up to 1.
  public var prior: [String: Double]
  /// What the report says when the fact is unknown (a conservative reading says so in words).
  public var note: String?
  /// The id of the criterion's source for the prior; `nil` marks it as the advisor's assumption.
  public var source: String?

  /// Creates a reading.
  public init(prior: [String: Double], note: String? = nil, source: String? = nil) {
    self.prior = prior
    self.note = note
    self.source = source
  }

  /// Every level equally likely: what a table that states no prior gets, marked as an assumption.
  public static func uniform(over levels: [Level]) -> UnknownReading {
    UnknownReading(
      prior: Dictionary(
        levels.map { ($0.id, 1 / Double(levels.count)) }, uniquingKeysWith: { first, _ in first }))
  }

  /// The probability of a level.
  public func probability(of level: String) -> Double { prior[level] ?? 0 }
}

/// When a criterion counts: only while other facts make it relevant.
public struct Relevance: Sendable, Equatable {
  /// Every condition must hold: fact key → the levels of that fact under which the criterion counts.
  public var conditions: [String: [String]]
  /// Why the criterion does not matter otherwise, as a clause.
  public var reason: String
  /// Where the condition stands in its table, for diagnostics.
  public var location: SourceLocation?

  /// Creates a relevance condition.
  public init(conditions: [String: [String]], reason: String, location: SourceLocation? = nil) {
    self.conditions = conditions
    self.reason = reason
    self.location = location
  }
}

/// Evidence in a level that one approach is enough, as a measured prompting baseline that meets its target.
public struct Settlement: Sendable, Equatable {
  /// The approach that is enough.
  public var approach: String
  /// Why, as a sentence.
  public var reason: String
  /// The id of the criterion's source.
  public var source: String?

  /// Creates a settlement.
  public init(approach: String, reason: String, source: String? = nil) {
    self.approach = approach
    self.reason = reason
    self.source = source
  }
}
