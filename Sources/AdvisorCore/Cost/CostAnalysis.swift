/// One named part of an approach's cost, so the report can show its arithmetic.
public struct CostTerm: Sendable, Equatable {
  /// When a term is paid.
  public enum Period: String, Sendable {
    case once
    case month
    case query
  }

  /// What the term is (`fine-tuning project (engineering, curation)`).
  public var label: String
  /// Its range.
  public var estimate: Estimate
  /// Once, monthly or per query.
  public var period: Period
}

/// An approach's costs: what it takes to set up, to keep running each month, and each query.
public struct ApproachCost: Sendable, Equatable {
  /// The approach id.
  public var approach: String
  /// Every term, in the order computed.
  public var terms: [CostTerm]

  /// The one-off costs.
  public var setup: Estimate { sum(.once) }
  /// The fixed monthly costs.
  public var monthly: Estimate { sum(.month) }
  /// The cost of one query.
  public var perQuery: Estimate { sum(.query) }

  /// setup + (monthly + perQuery × volume) × months.
  public func total(volume: Double, months: Double) -> Estimate {
    setup + (monthly + perQuery * volume) * months
  }

  /// The terms' contributions to the total at a volume and horizon, largest expected value first.
  public func largestTerms(volume: Double, months: Double) -> [(term: CostTerm, total: Estimate)] {
    terms.map { term -> (CostTerm, Estimate) in
      switch term.period {
      case .once: (term, term.estimate)
      case .month: (term, term.estimate * months)
      case .query: (term, term.estimate * (volume * months))
      }
    }.sorted { $0.1.expected > $1.1.expected }
  }

  private func sum(_ period: CostTerm.Period) -> Estimate {
    terms.filter { $0.period == period }.reduce(.zero) { $0 + $1.estimate }
  }
}

/// The volume at which two approaches cost the same over the horizon.
public struct BreakEven: Sendable, Equatable {
  /// The two approach ids, in profile order.
  public var first: String
  /// The second approach id.
  public var second: String
  /// The monthly volume where the totals cross; `nil` when they never do at a positive volume.
  public var volume: Double?
  /// The approach that is cheaper above the crossing (or everywhere, when there is none).
  public var cheaperAbove: String
  /// The approach that is cheaper below the crossing.
  public var cheaperBelow: String

  /// The closed form q* = ((S_b − S_a) + (F_b − F_a)·n) / ((P_a − P_b)·n), at expected values.
  public init(_ a: ApproachCost, _ b: ApproachCost, months: Double) {
    first = a.approach
    second = b.approach
    let setupGap = b.setup.expected - a.setup.expected
    let monthlyGap = b.monthly.expected - a.monthly.expected
    let perQueryGap = a.perQuery.expected - b.perQuery.expected
    let crossing =
      perQueryGap == 0 ? nil : (setupGap + monthlyGap * months) / (perQueryGap * months)
    if let crossing, crossing > 0, crossing.isFinite {
      volume = crossing
      cheaperAbove = perQueryGap > 0 ? b.approach : a.approach
      cheaperBelow = perQueryGap > 0 ? a.approach : b.approach
    } else {
      volume = nil
      // No crossing: whichever is cheaper at a small volume is cheaper at every volume.
      let cheaper =
        a.total(volume: 1, months: months).expected <= b.total(volume: 1, months: months).expected
        ? a.approach : b.approach
      cheaperAbove = cheaper
      cheaperBelow = cheaper
    }
  }
}

/// The cost model applied to one project.
public struct CostAnalysis: Sendable, Equatable {
  /// The inputs the model used, each with whether it was given or assumed.
  public var assumptions: [(key: String, value: String, given: Bool)]
  /// Each approach's costs, in profile order.
  public var costs: [ApproachCost]
  /// The horizon, in months.
  public var months: Double
  /// The project's monthly volume, when known as a number.
  public var volume: Double?
  /// The currency of every figure.
  public var currency: String
  /// The premises of every figure in one sentence (tier and example models, hosting, tokens per query, horizon)
  /// and where to change them; empty when the analysis was made without explaining.
  public var premise: String = ""

  /// Analyses are equal when their figures are.
  public static func == (lhs: CostAnalysis, rhs: CostAnalysis) -> Bool {
    lhs.costs == rhs.costs && lhs.months == rhs.months && lhs.volume == rhs.volume
      && lhs.currency == rhs.currency
      && lhs.assumptions.map(\.key) == rhs.assumptions.map(\.key)
      && lhs.assumptions.map(\.value) == rhs.assumptions.map(\.value)
  }

  /// The cost of an approach.
  public func cost(of approach: String) -> ApproachCost? {
    costs.first { $0.approach == approach }
  }

  /// The break-even volume of every pair of approaches.
  public var breakEvens: [BreakEven] {
    var result: [BreakEven] = []
    for (index, first) in costs.enumerated() {
      for second in costs[(index + 1)...] {
        result.append(BreakEven(first, second, months: months))
      }
    }
    return result
  }

  /// The same analysis for another volume or horizon.
  public func with(volume: Double?, months: Double? = nil) -> CostAnalysis {
    var copy = self
    copy.volume = volume
    if let months { copy.months = months }
    return copy
  }
}
