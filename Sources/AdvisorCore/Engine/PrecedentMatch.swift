/// A published decision set beside a project: how alike they are over the facts both state, and where they part.
public struct PrecedentMatch: Sendable, Equatable {
  /// One fact both state, with each side's value as a reader would write it.
  public struct Difference: Sendable, Equatable {
    /// The fact key.
    public var key: String
    /// The project's value.
    public var project: String
    /// The precedent's value.
    public var precedent: String
  }

  /// The precedent.
  public var precedent: Precedent
  /// 0 to 1: the weighted share of the facts either states on which both agree (see `PrecedentMatcher`).
  public var similarity: Double
  /// The facts both state at the same level, in table order.
  public var shared: [String]
  /// The facts both state at different levels, in table order.
  public var differences: [Difference]
}

/// Finds the published decisions most like a project. A fact counts only when both state it: the same level
/// scores 1, a number's level one step away 1 − 1/(levels − 1) and so on, another choice 0; each is weighted by
/// its criterion's weight, and the sum is divided by the weight of every fact either side states, so a
/// precedent that shares few facts cannot look alike. The measure is symmetric and deterministic; ties go to
/// the precedent id. Precedents never change a score.
public struct PrecedentMatcher: Sendable {
  let criteria: CriteriaSet
  /// The counting criteria, by position in the tables.
  private let rows: [Int]
  /// Each precedent's level per row (`nil`: not stated), computed once.
  private let library: [[Int?]]

  /// Creates a matcher over a set's tables and library.
  public init(criteria: CriteriaSet) {
    self.criteria = criteria
    let rows = criteria.criteria.indices.filter { criteria.criteria[$0].weight > 0 }
    self.rows = rows
    library = criteria.precedents.map { Self.levels($0.facts, rows: rows, criteria: criteria) }
  }

  /// The similarity of two sets of facts, 0 to 1.
  public func similarity(_ lhs: [GivenFact], _ rhs: [GivenFact]) -> Double {
    compare(
      Self.levels(lhs, rows: rows, criteria: criteria),
      Self.levels(rhs, rows: rows, criteria: criteria)
    ).similarity
  }

  /// The `limit` precedents most like the spec, most similar first.
  public func matches(for spec: ProjectSpec, limit: Int) -> [PrecedentMatch] {
    let project = Self.levels(spec.facts, rows: rows, criteria: criteria)
    let scored = library.indices.map { index in (index, compare(project, library[index]).similarity)
    }
    let best = scored.sorted { lhs, rhs in
      lhs.1 != rhs.1 ? lhs.1 > rhs.1 : criteria.precedents[lhs.0].id < criteria.precedents[rhs.0].id
    }.prefix(limit)
    return best.map { index, similarity in
      let precedent = criteria.precedents[index]
      let comparison = compare(project, library[index], spec.facts, precedent.facts)
      return PrecedentMatch(
        precedent: precedent, similarity: similarity, shared: comparison.shared,
        differences: comparison.differences)
    }
  }

  /// A set of facts as a level per counting row; the last value given for a key wins.
  private static func levels(_ facts: [GivenFact], rows: [Int], criteria: CriteriaSet) -> [Int?] {
    rows.map { row in
      let criterion = criteria.criteria[row]
      return facts.last { $0.key == criterion.fact.key }.flatMap {
        criterion.levelIndex(of: $0.value)
      }
    }
  }

  /// The weighted agreement of two level vectors; with the facts, also what they share and where they differ.
  private func compare(
    _ lhs: [Int?], _ rhs: [Int?], _ left: [GivenFact] = [], _ right: [GivenFact] = []
  ) -> (
    similarity: Double, shared: [String], differences: [PrecedentMatch.Difference]
  ) {
    var agreed = 0.0
    var stated = 0.0
    var shared: [String] = []
    var differences: [PrecedentMatch.Difference] = []
    let explaining = !left.isEmpty || !right.isEmpty
    for (position, row) in rows.enumerated() {
      let (i, j) = (lhs[position], rhs[position])
      guard i != nil || j != nil else { continue }
      let criterion = criteria.criteria[row]
      stated += criterion.weight
      guard let i, let j else { continue }
      let score: Double =
        i == j
        ? 1
        : criterion.fact.kind == .number && criterion.levels.count > 1
          ? 1 - Double(abs(i - j)) / Double(criterion.levels.count - 1) : 0
      agreed += criterion.weight * score
      guard explaining else { continue }
      let key = criterion.fact.key
      if i == j {
        shared.append(key)
      } else if let mine = left.last(where: { $0.key == key }),
        let theirs = right.last(where: { $0.key == key })
      {
        let unit = criterion.fact.unit
        differences.append(
          .init(
            key: key, project: mine.value.display(unit: unit),
            precedent: theirs.value.display(unit: unit)))
      }
    }
    return (stated == 0 ? 0 : agreed / stated, shared, differences)
  }
}
