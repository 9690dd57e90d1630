@testable import AdvisorCore

/// Writes the criteria tables as Swift source (`DefaultCriteria+Values.swift`), so that the binary starts with
/// its default tables already decoded. Only the tests use it: they check the generated file and re-record it.
struct SwiftSource {
  /// The whole generated file for a criteria set.
  static func file(_ set: CriteriaSet) -> String {
    var lines = [
      "// Generated from criteria/*.json by `ADVISOR_RECORD=1 swift test --filter DefaultCriteriaValuesTests`",
      "// (scripts/embed-criteria.sh runs it). Do not edit by hand.",
      "",
      "// swift-format-ignore-file",
      "",
      "/// The default criteria tables (the repository's `criteria/` folder) compiled in as values.",
      "enum DefaultCriteria {",
      "  /// The approaches of `profiles.json`.",
      "  static func profiles() -> Profiles {",
      "    Profiles(",
      "      approaches: \(list(set.profiles.approaches.map(approach))),",
      "      sources: \(list(set.profiles.sources.map(source))))",
      "  }",
      "",
      "  /// One value per criterion table, in file-name order.",
      "  static func criteria() -> [Criterion] {",
      "    [\(set.criteria.indices.map { "criterion\($0)()" }.joined(separator: ", "))]",
      "  }",
    ]
    for (index, criterion) in set.criteria.enumerated() {
      lines += ["", "  private static func criterion\(index)() -> Criterion {", "    \(self.criterion(criterion))", "  }"]
    }
    lines += [
      "", "  /// The cost model of `cost-model.json`.", "  static func costModel() -> CostModel? {", "    \(set.costModel.map(costModel) ?? "nil")",
      "  }", "", "  /// The published decisions of `precedents.json`.", "  static func precedents() -> [Precedent] {",
      "    \(list(set.precedents.map(precedent)))", "  }", "}",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  static func string(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      default: result += scalar.value < 0x20 ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
      }
    }
    return result + "\""
  }

  static func optional(_ text: String?) -> String { text.map(string) ?? "nil" }

  static func number(_ value: Double) -> String {
    value.isFinite ? "\(value)" : (value < 0 ? "-.infinity" : ".infinity")
  }

  static func list(_ items: [String]) -> String {
    items.isEmpty ? "[]" : "[" + items.joined(separator: ", ") + "]"
  }

  static func dictionary(_ pairs: [(String, String)]) -> String {
    pairs.isEmpty ? "[:]" : "[" + pairs.sorted { $0.0 < $1.0 }.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "]"
  }

  static func source(_ source: Source) -> String {
    "Source(id: \(string(source.id)), title: \(string(source.title)), url: \(optional(source.url)))"
  }

  static func approach(_ approach: Approach) -> String {
    let steps = approach.nextSteps.map { "NextStep(text: \(string($0.text)), source: \(optional($0.source)))" }
    return "Approach(id: \(string(approach.id)), name: \(string(approach.name)), shortName: \(string(approach.shortName)), "
      + "summary: \(string(approach.summary)), nextSteps: \(list(steps)))"
  }

  static func criterion(_ criterion: Criterion) -> String {
    let fact = criterion.fact
    let levels = criterion.levels.map { level in
      let fits = level.fits.map {
        ($0.key, "Fit(score: \(number($0.value.score)), reason: \(string($0.value.reason)), source: \(optional($0.value.source)))")
      }
      let excludes = level.excludes.map { approach, exclusion in
        (
          approach,
          "Exclusion(reason: \(string(exclusion.reason)), source: \(optional(exclusion.source)), unless: \(conditions(exclusion.unless)), "
            + "remedy: \(optional(exclusion.remedy)), location: \(location(exclusion.location)))"
        )
      }
      let settles = level.settles.map { "Settlement(approach: \(string($0.approach)), reason: \(string($0.reason)), source: \(optional($0.source)))" }
      return "\n      Level(id: \(string(level.id)), label: \(string(level.label)), upTo: \(level.upTo.map(number) ?? "nil"), "
        + "fits: \(dictionary(fits)), excludes: \(dictionary(excludes)), settles: \(settles ?? "nil"))"
    }
    let inferences = criterion.inferences.map { rule in
      "\n      Inference(level: \(string(rule.level)), conditions: \(conditions(rule.conditions)), reason: \(string(rule.reason)), "
        + "location: \(location(rule.location)))"
    }
    let unknown = criterion.unknown
    let reading =
      "UnknownReading(prior: \(dictionary(unknown.prior.map { ($0.key, number($0.value)) })), note: \(optional(unknown.note)), "
      + "source: \(optional(unknown.source)))"
    let relevance = criterion.relevance.map {
      "Relevance(conditions: \(conditions($0.conditions)), reason: \(string($0.reason)), location: \(location($0.location)))"
    }
    return "Criterion(\n      id: \(string(criterion.id)), name: \(string(criterion.name)), question: \(string(criterion.question)),"
      + "\n      help: \(string(criterion.help)), weight: \(number(criterion.weight)),"
      + "\n      fact: FactDefinition(key: \(string(fact.key)), kind: .\(fact.kind.rawValue), unit: \(optional(fact.unit))),"
      + "\n      levels: \(list(levels)),\n      inferences: \(list(inferences)),"
      + "\n      sources: \(list(criterion.sources.map { "\n      " + source($0) })), isCore: \(criterion.isCore), isActionable: \(criterion.isActionable),"
      + "\n      unknown: \(reading),\n      relevance: \(relevance ?? "nil"))"
  }

  static func conditions(_ conditions: [String: [String]]) -> String {
    dictionary(conditions.map { ($0.key, list($0.value.map(string))) })
  }

  static func location(_ location: SourceLocation?) -> String {
    location.map { "SourceLocation(line: \($0.line), column: \($0.column))" } ?? "nil"
  }

  static func costModel(_ model: CostModel) -> String {
    let facts = model.facts.map { fact in
      "\n      CostFact(key: \(string(fact.key)), kind: .\(fact.kind.rawValue), unit: \(optional(fact.unit)), levels: \(list(fact.levels.map(string))), "
        + "defaultValue: \(value(fact.defaultValue)), question: \(string(fact.question)))"
    }
    let sizes = model.sizeClasses.map { "(id: \(string($0.id)), upTo: \($0.upTo.map(number) ?? "nil"))" }
    let prices = model.prices.map { id, price in
      (
        id,
        "\n      Price(id: \(string(price.id)), estimate: Estimate(low: \(number(price.estimate.low)), expected: \(number(price.estimate.expected)), "
          + "high: \(number(price.estimate.high))), unit: \(string(price.unit)), source: \(string(price.source)), date: \(string(price.date)), "
          + "note: \(optional(price.note)))"
      )
    }
    return "CostModel(\n      criterion: \(string(model.criterion)), currency: \(string(model.currency)), facts: \(list(facts)),"
      + "\n      sizeClasses: \(list(sizes)), tierSizeClass: \(dictionary(model.tierSizeClass.map { ($0.key, string($0.value)) })), "
      + "tierBillions: \(dictionary(model.tierBillions.map { ($0.key, number($0.value)) })), "
      + "tierExamples: \(dictionary(model.tierExamples.map { ($0.key, string($0.value)) })), cadenceFact: \(string(model.cadenceFact)),"
      + "\n      retrainsPerMonth: \(dictionary(model.retrainsPerMonth.map { ($0.key, number($0.value)) })), "
      + "hybridRetrainsPerMonth: \(number(model.hybridRetrainsPerMonth)), recipes: \(dictionary(model.recipes.map { ($0.key, ".\($0.value)") })),"
      + "\n      prices: \(dictionary(prices)),\n      sources: \(list(model.sources.map { "\n      " + source($0) })))"
  }

  static func precedent(_ entry: Precedent) -> String {
    let facts = entry.facts.map { "GivenFact(key: \(string($0.key)), value: \(value($0.value)), location: \(location($0.location)))" }
    return "\n      Precedent(id: \(string(entry.id)), name: \(string(entry.name)), organisation: \(string(entry.organisation)), "
      + "date: \(string(entry.date)), choice: \(string(entry.choice)), kept: \(entry.kept.map { "\($0)" } ?? "nil"), why: \(string(entry.why)), "
      + "source: \(source(entry.source)), facts: \(list(facts)), evidence: \(dictionary(entry.evidence.map { ($0.key, string($0.value)) })), "
      + "note: \(optional(entry.note)))"
  }

  static func value(_ value: FactValue) -> String {
    switch value {
    case .number(let number): ".number(\(self.number(number)))"
    case .level(let id): ".level(\(string(id)))"
    }
  }
}
