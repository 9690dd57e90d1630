/// The weighted-sum scores of every approach, with the decision matrix behind them.
public struct Scorecard: Sendable, Equatable {
  /// One matrix cell: an approach's fit on a criterion and what it adds to the score.
  public struct Cell: Sendable, Equatable {
    /// The approach id.
    public var approach: String
    /// The fit 0-10, when the criterion's level is known.
    public var fit: Double?
    /// Points added to the 0-100 score (weight share × fit × 10); 0 when not scored.
    public var contribution: Double
  }

  /// One matrix row: a criterion and its cells in approach order.
  public struct Row: Sendable, Equatable {
    /// The criterion and its resolved fact.
    public var fact: ResolvedFact
    /// The cells, in approach order.
    public var cells: [Cell]
  }

  /// An approach's total and rank.
  public struct Result: Sendable, Equatable {
    /// The approach.
    public var approach: Approach
    /// The weighted mean of fits, 0-100.
    public var score: Double
    /// 1 for the best; excluded approaches rank after all others.
    public var rank: Int
    /// The hard constraints that rule the approach out; empty when it is eligible.
    public var exclusions: [ExclusionNote]

    /// Whether a hard constraint rules the approach out.
    public var isExcluded: Bool { !exclusions.isEmpty }
  }

  /// A hard constraint met by the project, with the criterion that imposed it.
  public struct ExclusionNote: Sendable, Equatable {
    /// The criterion whose level excludes the approach.
    public var criterion: Criterion
    /// The constraint.
    public var exclusion: Exclusion
  }

  /// The rows, in table order.
  public var rows: [Row]
  /// The approaches, best first.
  public var ranking: [Result]
  /// The total weight of the criteria that were scored.
  public var scoredWeight: Double

  /// The result for an approach id.
  public func result(for approach: String) -> Result? {
    ranking.first { $0.approach.id == approach }
  }
}

/// Scores a resolved project by the weighted sum: each approach's score is the weighted mean of its
/// fits over the criteria whose level is known, × 10. Unknown criteria favour no approach.
public struct Scorer: Sendable {
  /// The method that ranks the approaches; the matrix's points are always the weighted sum's.
  public var method: RankingMethod

  /// Creates a scorer.
  public init(method: RankingMethod = .wsm) {
    self.method = method
  }

  /// Scores and ranks every approach.
  public func score(_ project: ResolvedProject) -> Scorecard {
    let approaches = project.criteria.approaches
    let facts = project.facts
    var totalWeight = 0.0
    for index in facts.indices where facts[index].isScored { totalWeight += facts[index].weight }
    var rows: [Scorecard.Row] = []
    rows.reserveCapacity(facts.count)
    var totals = [Double](repeating: 0, count: approaches.count)
    for fact in facts {
      var cells: [Scorecard.Cell] = []
      cells.reserveCapacity(approaches.count)
      let isScored = fact.isScored && totalWeight > 0
      for index in approaches.indices {
        let id = approaches[index].id
        let fit = fact.level?.fits[id]?.score
        var contribution = 0.0
        if isScored, let fit {
          contribution = fact.weight / totalWeight * fit * 10
          totals[index] += contribution
        }
        cells.append(Scorecard.Cell(approach: id, fit: fit, contribution: contribution))
      }
      rows.append(Scorecard.Row(fact: fact, cells: cells))
    }
    let excluded = exclusions(project)
    if method != .wsm {
      let provisional = Scorecard(rows: rows, ranking: [], scoredWeight: totalWeight)
      totals = DecisionData(scorecard: provisional, approaches: approaches, excluded: excluded).scores(method)
    }
    let order = Self.ranking(scores: totals, excluded: approaches.map { !(excluded[$0.id] ?? []).isEmpty })
    let ranking = order.enumerated().map { offset, index in
      Scorecard.Result(approach: approaches[index], score: totals[index], rank: offset + 1, exclusions: excluded[approaches[index].id] ?? [])
    }
    return Scorecard(rows: rows, ranking: ranking, scoredWeight: totalWeight)
  }

  /// Approach indices, best first: eligible approaches before excluded ones, then by score, earlier ones on a tie.
  static func ranking(scores: [Double], excluded: [Bool]) -> [Int] {
    scores.indices.sorted { lhs, rhs in
      if excluded[lhs] != excluded[rhs] { return !excluded[lhs] }
      if scores[lhs] != scores[rhs] { return scores[lhs] > scores[rhs] }
      return lhs < rhs
    }
  }

  /// The hard constraints that apply, by approach id.
  private func exclusions(_ project: ResolvedProject) -> [String: [Scorecard.ExclusionNote]] {
    var result: [String: [Scorecard.ExclusionNote]] = [:]
    for fact in project.facts where fact.weight > 0 || fact.status == .given {
      for (approach, exclusion) in fact.level?.excludes ?? [:] {
        result[approach, default: []].append(Scorecard.ExclusionNote(criterion: fact.criterion, exclusion: exclusion))
      }
    }
    return result.mapValues { notes in notes.sorted { $0.criterion.id < $1.criterion.id } }
  }
}
