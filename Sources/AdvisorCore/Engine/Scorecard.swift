/// The weighted-sum scores of every approach, with the decision matrix behind them as the report shows it: a row
/// per criterion with its fact, a cell per approach. `DecisionMatrix` holds the same numbers for the ranking methods.
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
    /// When it binds only because facts its `unless` reads were not given: those facts, each with the levels
    /// that would lift it; empty when no answer could.
    public var liftedIf: [String: [String]]

    /// Whether an answer to a fact not given could lift it.
    public var isOpen: Bool { !liftedIf.isEmpty }
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
      && lhs.settlement?.criterion.id == rhs.settlement?.criterion.id
      && lhs.settlement?.settlement == rhs.settlement?.settlement
  }

  /// The result for an approach id.
  public func result(for approach: String) -> Result? {
    ranking.first { $0.approach.id == approach }
  }
}
