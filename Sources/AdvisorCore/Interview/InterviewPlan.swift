/// Which questions an interview asks, in which order: core criteria first, heaviest first.
public struct InterviewPlan: Sendable {
  /// The criteria every interview asks.
  public var core: [Criterion]
  /// The criteria offered after the core ones (all asked with `--all`).
  public var extra: [Criterion]

  /// Plans the questions for a set of tables.
  public init(criteria: CriteriaSet) {
    let ordered = criteria.criteria.enumerated().sorted { lhs, rhs in
      lhs.element.weight != rhs.element.weight ? lhs.element.weight > rhs.element.weight : lhs.offset < rhs.offset
    }.map(\.element)
    core = ordered.filter(\.isCore)
    extra = ordered.filter { !$0.isCore }
  }
}
