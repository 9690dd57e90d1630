/// A cost as a range: low, expected and high. Every cost in the model is non-negative, so sums and
/// products of ranges are taken bound by bound.
public struct Estimate: Sendable, Equatable {
  /// The optimistic value.
  public var low: Double
  /// The value the advisor uses to rank.
  public var expected: Double
  /// The pessimistic value.
  public var high: Double

  /// A range.
  public init(low: Double, expected: Double, high: Double) {
    self.low = low
    self.expected = expected
    self.high = high
  }

  /// A single value.
  public init(_ value: Double) {
    self.init(low: value, expected: value, high: value)
  }

  /// Nothing.
  public static let zero = Estimate(0)

  /// Bound-by-bound sum.
  public static func + (lhs: Estimate, rhs: Estimate) -> Estimate {
    Estimate(
      low: lhs.low + rhs.low, expected: lhs.expected + rhs.expected, high: lhs.high + rhs.high)
  }

  /// Bound-by-bound product (both non-negative).
  public static func * (lhs: Estimate, rhs: Estimate) -> Estimate {
    Estimate(
      low: lhs.low * rhs.low, expected: lhs.expected * rhs.expected, high: lhs.high * rhs.high)
  }

  /// Scaled by a known quantity.
  public static func * (lhs: Estimate, rhs: Double) -> Estimate {
    Estimate(low: lhs.low * rhs, expected: lhs.expected * rhs, high: lhs.high * rhs)
  }
}

/// One priced figure of the cost model, with what it is measured in and where it comes from.
public struct Price: Sendable, Equatable {
  /// The figure's id (`generation_input.small`), also the key a spec's `costs` overrides.
  public var id: String
  /// Its range.
  public var estimate: Estimate
  /// What it is measured in.
  public var unit: String
  /// The id of its source in the cost model.
  public var source: String
  /// When the figure was published or checked.
  public var date: String
  /// How the figure was derived, when not obvious.
  public var note: String?
}

/// A spec fact that only the cost model reads (token counts, model size, hosting…), with its default.
public struct CostFact: Sendable, Equatable {
  /// The fact key in a spec's `facts`.
  public var key: String
  /// Number or choice.
  public var kind: FactDefinition.Kind
  /// The unit of a number.
  public var unit: String?
  /// The values a choice accepts.
  public var levels: [String]
  /// The value used when the spec does not give one.
  public var defaultValue: FactValue
  /// The question an interview would ask.
  public var question: String
}

/// The prices and rules the advisor computes costs with, from `criteria/cost-model.json`.
public struct CostModel: Sendable, Equatable {
  /// The criterion whose fits the computed costs replace when the query volume is known.
  public var criterion: String
  /// The currency of every price.
  public var currency: String
  /// The facts only the cost model reads.
  public var facts: [CostFact]
  /// Model size classes by inclusive upper bound in billions of parameters; the last has none.
  public var sizeClasses: [(id: String, upTo: Double?)]
  /// The size class whose open-weight models stand in for each price tier (`mid` → `medium`), when the project
  /// gives no model size.
  public var tierSizeClass: [String: String]
  /// The parameter count, in billions, assumed for each price tier when the project gives none.
  public var tierBillions: [String: Double]
  /// Hosted models of each price tier, named in reports (`Claude Sonnet 5.5, GPT-6.2 Sol`).
  public var tierExamples: [String: String]
  /// The fact whose level sets the retraining cadence (`knowledge_change`).
  public var cadenceFact: String
  /// Fine-tuning retrains a month, by level of `cadenceFact`.
  public var retrainsPerMonth: [String: Double]
  /// Retrains a month for a hybrid, whose fresh facts come from retrieval.
  public var hybridRetrainsPerMonth: Double
  /// The recipe that prices each approach, by approach id: one for every approach of the profiles.
  public var recipes: [String: CostRecipe]
  /// Every price, by id.
  public var prices: [String: Price]
  /// The sources the prices cite.
  public var sources: [Source]

  /// Models are equal when their data is.
  public static func == (lhs: CostModel, rhs: CostModel) -> Bool {
    lhs.criterion == rhs.criterion && lhs.currency == rhs.currency && lhs.facts == rhs.facts
      && lhs.prices == rhs.prices
      && lhs.sizeClasses.map(\.id) == rhs.sizeClasses.map(\.id)
      && lhs.sizeClasses.map(\.upTo) == rhs.sizeClasses.map(\.upTo)
      && lhs.tierSizeClass == rhs.tierSizeClass && lhs.tierBillions == rhs.tierBillions
      && lhs.tierExamples == rhs.tierExamples
      && lhs.cadenceFact == rhs.cadenceFact && lhs.retrainsPerMonth == rhs.retrainsPerMonth
      && lhs.hybridRetrainsPerMonth == rhs.hybridRetrainsPerMonth && lhs.recipes == rhs.recipes
      && lhs.sources == rhs.sources
  }

  /// Every fact key whose value changes the analysis: the model's own facts, the volume, the corpus and the
  /// retraining cadence (training runs are priced on a curated set, not on the examples a team holds).
  public var inputKeys: Set<String> {
    Set(facts.map(\.key) + ["queries_per_month", cadenceFact] + CostCalculator.criteriaInputKeys)
  }

  /// The cost fact with this key.
  public func fact(_ key: String) -> CostFact? {
    facts.first { $0.key == key }
  }

  /// The size class of a model with this many billion parameters.
  public func sizeClass(for billions: Double) -> String {
    sizeClasses.first { $0.upTo.map { billions <= $0 } ?? true }?.id ?? "medium"
  }
}
