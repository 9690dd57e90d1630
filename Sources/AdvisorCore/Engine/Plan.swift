/// What a team does after the verdict: the approach to use now, then the steps that the decision model says
/// would make another approach lead, each with the facts that would have to hold, what it would cost and what to
/// measure. Computed from the same model as the verdict, never written per case.
public struct Plan: Sendable, Equatable {
  /// One fact a step depends on.
  public struct Condition: Sendable, Equatable {
    /// The criterion whose fact it is.
    public var criterion: Criterion
    /// The level the step needs.
    public var to: Level
    /// The value that stands for it: a number for a fact given as a number, else the level id.
    public var value: FactValue
    /// The value the spec gives now, when it gives one.
    public var current: FactValue?
  }

  /// Whether a step goes to a heavier approach or says when a lighter one would be enough.
  public enum Kind: String, Sendable {
    /// A heavier approach, once its conditions hold.
    case next
    /// A lighter approach that would be enough under its conditions.
    case lighter
  }

  /// One step.
  public struct Step: Sendable, Equatable {
    /// The approach the step leads to.
    public var approach: Approach
    /// Next or lighter.
    public var kind: Kind
    /// Every condition must hold (one or two facts).
    public var conditions: [Condition]
    /// The step's lead over the runner-up once they hold, in points.
    public var lead: Double
    /// The step approach's total over the horizon at the project's volume under those conditions, when priced.
    public var total: Estimate?
    /// The current approach's total under the same conditions, for comparison.
    public var currentTotal: Estimate?
    /// Where the two totals cross, when they do.
    public var breakEven: BreakEven?
    /// What to measure to decide: the step approach's first next step.
    public var measure: NextStep?
  }

  /// The approach to use now; `nil` when no approach meets every requirement.
  public var now: Approach?
  /// The steps, heavier ones first in commitment order, then at most one lighter one.
  public var steps: [Step]

  /// An empty plan.
  public static let empty = Plan(now: nil, steps: [])
}
