/// Which questions an interview asks, in which order: core criteria first, heaviest first.
public struct InterviewPlan: Sendable {
  /// The criteria every interview asks.
  public var core: [Criterion]
  /// The criteria offered after the core ones (all asked with `--all`).
  public var extra: [Criterion]
  /// Every table, to read the facts a question's relevance depends on.
  let criteria: [Criterion]

  /// Plans the questions for a set of tables.
  public init(criteria: CriteriaSet) {
    let ordered = criteria.criteria.enumerated().sorted { lhs, rhs in
      lhs.element.weight != rhs.element.weight
        ? lhs.element.weight > rhs.element.weight : lhs.offset < rhs.offset
    }.map(\.element)
    core = ordered.filter(\.isCore)
    extra = ordered.filter { !$0.isCore }
    self.criteria = criteria.criteria
  }

  /// Why a question need not be asked, given the answers so far: its criterion applies only under a condition
  /// that an answer already rules out. `nil` when it may matter.
  public func skipReason(for criterion: Criterion, given spec: ProjectSpec) -> String? {
    guard let relevance = criterion.relevance else { return nil }
    for (key, allowed) in relevance.conditions {
      guard let value = spec.value(of: key),
        let condition = criteria.first(where: { $0.fact.key == key }),
        let index = condition.levelIndex(of: value)
      else { continue }
      if !allowed.contains(condition.levels[index].id) { return relevance.reason }
    }
    return nil
  }
}
