import AdvisorCore

/// The text and JSON of `advisor criteria costs`: the cost model's currency, facts and prices.
struct CriteriaCostsListing {
  /// The version of the JSON output; raised on any incompatible change.
  static let listingVersion = 1

  let listing: CostModelListing
  var width = HelpFormatter.standardWidth

  /// The model as text: the facts, then the prices family by family, each with its range, unit, source and date.
  func text() -> String {
    let prices = listing.items
    let cited = Set(prices.map(\.price.source)).count
    var out = TextStyle.wrap(
      "Cost model: \(listing.origin), prices in \(listing.currency) (\(listing.facts.count) facts, \(prices.count) prices from \(cited) sources)",
      width: width, indent: "  ", firstIndent: "")
    out += TextStyle.wrap(
      "A spec's \"costs\" object overrides any price by id, with a number or a {low, expected, high} range; `advisor cost SPEC` shows the arithmetic.",
      width: width)
    out += ["", "Facts (the default applies when a spec does not give the fact)"]
    for fact in listing.facts {
      out += TextStyle.wrap(
        "\(fact.key): \(Self.type(of: fact)); default \(Self.value(fact.defaultValue))",
        width: width, indent: "      ", firstIndent: "  ")
      out += TextStyle.wrap(fact.question, width: width, indent: "    ")
    }
    out += ["", "Prices (low / expected / high), sorted by id"]
    var afterFamily = true
    for group in listing.groups {
      let isFamily = group.items.count > 1
      if isFamily {
        out += ["", "\(group.name) (\(group.items.count) prices)"]
      } else if afterFamily {
        out.append("")
      }
      afterFamily = isFamily
      for item in group.items { out += lines(item) }
    }
    return out.joined(separator: "\n") + "\n"
  }

  private func lines(_ item: CostModelListing.Item) -> [String] {
    let price = item.price
    var out = TextStyle.wrap(
      "\(price.id): \(Self.range(price.estimate)) \(price.unit), dated \(price.date)", width: width,
      indent: "      ", firstIndent: "  ")
    var source = "source \(price.source)"
    if let resolved = item.source {
      source += ": " + resolved.title + (resolved.url.map { ", " + $0 } ?? "")
    }
    out += TextStyle.wrap(source, width: width, indent: "      ", firstIndent: "    ")
    if let note = price.note {
      out += TextStyle.wrap("note: " + note, width: width, indent: "      ", firstIndent: "    ")
    }
    return out
  }

  /// The model as JSON: `listingVersion`, the tool, the tables' origin and digest, the currency, the facts,
  /// the prices sorted by id with their sources resolved, and the sources.
  func json() -> JSONValue {
    func source(_ source: Source) -> JSONValue {
      .object([
        ("id", .string(source.id)), ("title", .string(source.title)),
        ("url", .optional(source.url)),
      ])
    }
    let facts = listing.facts.map { fact -> JSONValue in
      .object([
        ("key", .string(fact.key)), ("type", .string(fact.kind.rawValue)),
        ("unit", .optional(fact.unit)),
        ("levels", .array(fact.levels.map { .string($0) })), ("default", fact.defaultValue.json),
        ("question", .string(fact.question)),
      ])
    }
    let prices = listing.items.sorted { $0.price.id < $1.price.id }.map { item -> JSONValue in
      let price = item.price
      return .object([
        ("id", .string(price.id)), ("family", .string(CostModelListing.family(of: price.id))),
        ("low", .number(price.estimate.low)), ("expected", .number(price.estimate.expected)),
        ("high", .number(price.estimate.high)),
        ("unit", .string(price.unit)),
        ("source", item.source.map(source) ?? .object([("id", .string(price.source))])),
        ("date", .string(price.date)), ("note", .optional(price.note)),
      ])
    }
    return .object([
      ("listingVersion", .int(Self.listingVersion)),
      ("tool", .object([("name", .string("advisor")), ("version", .string(Advisor.version))])),
      (
        "criteria",
        .object([("origin", .string(listing.origin)), ("digest", .string(listing.digest))])
      ),
      ("currency", .string(listing.currency)),
      ("facts", .array(facts)),
      ("prices", .array(prices)),
      ("sources", .array(listing.sources.sorted { $0.id < $1.id }.map(source))),
    ])
  }

  /// `number, tokens` or `choice of api, self_hosted`.
  static func type(of fact: CostFact) -> String {
    switch fact.kind {
    case .number: "number" + (fact.unit.map { ", \($0)" } ?? "")
    case .choice: "choice of " + fact.levels.joined(separator: ", ")
    }
  }

  /// A fact's value as text: `500`, `1,000,000` or a level id.
  static func value(_ value: FactValue) -> String {
    switch value {
    case .number(let number): figure(number)
    case .level(let id): id
    }
  }

  /// `0.1 / 0.15 / 0.3`, or one figure when the three agree.
  static func range(_ estimate: Estimate) -> String {
    if estimate.low == estimate.high { return figure(estimate.expected) }
    return [estimate.low, estimate.expected, estimate.high].map(figure).joined(separator: " / ")
  }

  /// A figure as the model states it: whole numbers with thousands separators, others in their shortest form.
  static func figure(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? Format.grouped(value) : JSONWriter.format(value)
  }
}
