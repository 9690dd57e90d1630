/// The cost model as `advisor criteria costs` lists it: its currency and facts, and its prices sorted by id and
/// grouped by family (the id before its first dot: `generation_input.small` is in `generation_input`), each
/// with its source resolved from the model's `sources`.
public struct CostModelListing: Sendable, Equatable {
  /// One price with its source.
  public struct Item: Sendable, Equatable {
    /// The price as the model gives it.
    public var price: Price
    /// The source its `source` id names; the loader guarantees there is one.
    public var source: Source?
  }

  /// The prices of one family, sorted by id.
  public struct Group: Sendable, Equatable {
    /// The family: the ids' common part before their first dot.
    public var name: String
    /// Its prices.
    public var items: [Item]
  }

  /// Where the tables came from: `built-in` or a directory path.
  public var origin: String
  /// The tables' digest.
  public var digest: String
  /// The currency of every price.
  public var currency: String
  /// The facts only the cost model reads, in the model's order.
  public var facts: [CostFact]
  /// The price families, sorted by name.
  public var groups: [Group]
  /// The sources the prices cite, as the model lists them.
  public var sources: [Source]

  /// The listing of a criteria set's cost model; `nil` when the tables have none.
  public init?(_ criteria: CriteriaSet) {
    guard let model = criteria.costModel else { return nil }
    origin = criteria.origin
    digest = criteria.digest
    currency = model.currency
    facts = model.facts
    sources = model.sources
    var families: [String: [Item]] = [:]
    for (id, price) in model.prices {
      families[Self.family(of: id), default: []].append(
        Item(price: price, source: model.sources.first { $0.id == price.source }))
    }
    groups = families.sorted { $0.key < $1.key }.map {
      Group(name: $0.key, items: $0.value.sorted { $0.price.id < $1.price.id })
    }
  }

  /// Every price, family by family.
  public var items: [Item] { groups.flatMap(\.items) }

  /// The family of a price id: its part before the first dot, or the whole id.
  public static func family(of id: String) -> String {
    id.firstIndex(of: ".").map { String(id[..<$0]) } ?? id
  }
}
