/// A described project (spec format version 1): the facts a team knows and any weight overrides.
public struct ProjectSpec: Sendable, Equatable {
  /// The project's name.
  public var name: String
  /// A one-line description.
  public var description: String?
  /// The given facts, in the order the spec lists them.
  public var facts: [GivenFact]
  /// Criterion weight overrides, keyed by criterion id; 0 switches a criterion off.
  public var weights: [String: Double]
  /// The file the spec was read from, as the user named it.
  public var file: String
  /// Cost-model prices this project overrides (its own contracts), by price id.
  public var costs: [String: Estimate]

  /// The largest number a fact may hold: far above any real volume or corpus, well within exact doubles.
  public static let largestNumber = 1e15

  /// The numbers a fact accepts, the same in a spec, on the command line and in the interview: 1 to 1,200 months
  /// for the horizon, 0 to `largestNumber` for every other.
  public static func numberRange(for key: String) -> ClosedRange<Double> {
    key == "horizon_months" ? 1...1_200 : 0...largestNumber
  }

  /// The spec format version this advisor reads and writes.
  public static let formatVersion = 1

  /// Creates a spec.
  public init(
    name: String, description: String? = nil, facts: [GivenFact] = [],
    weights: [String: Double] = [:], file: String = "<spec>",
    costs: [String: Estimate] = [:]
  ) {
    self.name = name
    self.description = description
    self.facts = facts
    self.weights = weights
    self.file = file
    self.costs = costs
  }

  /// The given value of a fact key, if any.
  public func value(of key: String) -> FactValue? {
    facts.first { $0.key == key }?.value
  }

  /// The given values by fact key (the last one of a key repeated by hand).
  public var valuesByKey: [String: FactValue] {
    Dictionary(facts.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
  }

  /// A copy with one fact set (replacing any given value).
  public func setting(_ key: String, to value: FactValue) -> ProjectSpec {
    var copy = self
    if let index = copy.facts.firstIndex(where: { $0.key == key }) {
      copy.facts[index].value = value
    } else {
      copy.facts.append(GivenFact(key: key, value: value))
    }
    return copy
  }
}

/// One fact as a spec gives it.
public struct GivenFact: Sendable, Equatable {
  /// The fact key (`latency_budget_ms`).
  public var key: String
  /// The value.
  public var value: FactValue
  /// Where the value stands in the spec file.
  public var location: SourceLocation?

  /// Creates a given fact.
  public init(key: String, value: FactValue, location: SourceLocation? = nil) {
    self.key = key
    self.value = value
    self.location = location
  }
}

/// A fact's value: a number, or a level id (always for choice facts, optionally for numeric ones).
public enum FactValue: Sendable, Equatable, CustomStringConvertible {
  case number(Double)
  case level(String)

  /// The value as a spec would write it.
  public var description: String {
    switch self {
    case .number(let number): JSONWriter.format(number)
    case .level(let id): id
    }
  }

  /// The value as JSON.
  public var json: JSONValue {
    switch self {
    case .number(let number): .number(number)
    case .level(let id): .string(id)
    }
  }
}
