/// The weighted-sum scores of every approach, with the decision matrix behind them.
public struct Scorecard: Sendable, Equatable {
  /// One matrix cell: an approach's fit on a criterion and what it adds to the score.
  public struct Cell: Sendable, Equatable {
    /// The approach id.
    public var approach: String
    /// The fit 0-10: the level's, or the one expected under the prior when the fact is unknown.
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
    /// 1 for the best; an approach that fails a requirement ranks after every approach that meets them all.
    public var rank: Int
    /// The requirements the approach cannot meet; empty when it is eligible.
    public var exclusions: [ExclusionNote]

    /// Whether the approach fails a requirement.
    public var isExcluded: Bool { !exclusions.isEmpty }
  }

  /// A requirement of the project that an approach cannot meet, with the criterion that states it.
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
  /// The settling level that declares one approach enough, when one applies.
  public var settlement: (criterion: Criterion, settlement: Settlement)?

  /// Scorecards are equal when their rows, ranking and settling criterion are.
  public static func == (lhs: Scorecard, rhs: Scorecard) -> Bool {
    lhs.rows == rhs.rows && lhs.ranking == rhs.ranking && lhs.scoredWeight == rhs.scoredWeight
      && lhs.settlement?.criterion.id == rhs.settlement?.criterion.id && lhs.settlement?.settlement == rhs.settlement?.settlement
  }

  /// The result for an approach id.
  public func result(for approach: String) -> Result? {
    ranking.first { $0.approach.id == approach }
  }
}

/// Lays an evaluation out as the decision matrix: one row per criterion, points of score per cell, the ranking
/// with each approach's failed requirements. The scores are the decision model's; the matrix's points are always
/// the weighted sum's.
public struct Scorer: Sendable {
  /// The method that ranks the approaches.
  public var method: RankingMethod

  /// Creates a scorer.
  public init(method: RankingMethod = .wsm) {
    self.method = method
  }

  /// Scores and ranks every approach of a resolved project.
  public func score(_ project: ResolvedProject) -> Scorecard {
    let model = DecisionModel(project.criteria)
    return Self.scorecard(project, model.evaluate(project.spec, method: method, analysis: project.cost))
  }

  /// The matrix of a project and its evaluation.
  static func scorecard(_ project: ResolvedProject, _ evaluation: Evaluation) -> Scorecard {
    let approaches = project.criteria.approaches
    let facts = project.facts
    let totalWeight = facts.indices.reduce(0) { $0 + evaluation.effectiveWeight($1) }
    let rows = facts.indices.map { row in
      let weight = evaluation.effectiveWeight(row)
      return Scorecard.Row(
        fact: facts[row],
        cells: approaches.indices.map { approach in
          let fit = evaluation.column(row, approach)
          let contribution = weight > 0 && totalWeight > 0 ? weight / totalWeight * fit * 10 : 0
          return Scorecard.Cell(approach: approaches[approach].id, fit: fit, contribution: contribution)
        })
    }
    let ranking = evaluation.ranking.enumerated().map { offset, index in
      let approach = approaches[index]
      let notes = evaluation.exclusionNotes(approach, at: index, in: project.criteria.criteria) { facts[$0].criterion }
      return Scorecard.Result(approach: approach, score: evaluation.totals[index], rank: offset + 1, exclusions: notes)
    }
    let settlement = evaluation.settlement.flatMap { row, _ in
      facts[row].level?.settles.map { (criterion: facts[row].criterion, settlement: $0) }
    }
    return Scorecard(rows: rows, ranking: ranking, scoredWeight: totalWeight, settlement: settlement)
  }
}
