/// The cost section the report formats and `advisor cost` share, so all of them show the same figures.
public struct CostSection: Sendable {
  /// The analysis.
  public let analysis: CostAnalysis
  /// The approaches, for names and order.
  public let approaches: [Approach]

  /// Creates a section.
  public init(analysis: CostAnalysis, approaches: [Approach]) {
    self.analysis = analysis
    self.approaches = approaches
  }

  func money(_ value: Double) -> String { Format.money(value, analysis.currency) }

  func range(_ estimate: Estimate) -> String { "\(money(estimate.low))–\(money(estimate.high))" }

  func name(_ id: String) -> String { approaches.first { $0.id == id }?.name ?? id }
  /// An approach's short name (`Fine-tune`), for narrow columns.
  func shortName(_ id: String) -> String { approaches.first { $0.id == id }?.shortName ?? id }

  var months: String { Format.grouped(analysis.months) }

  /// The section's heading line.
  public var heading: String {
    guard let volume = analysis.volume else {
      return "Costs (\(analysis.currency); queries_per_month unknown, so no totals)"
    }
    return
      "Costs over \(months) months at \(Format.grouped(volume)) queries a month (\(analysis.currency))"
  }

  /// One line per approach: total with its range, then setup, monthly and per query.
  public func summaryLines() -> [String] {
    analysis.costs.map { cost in
      var line = name(cost.approach) + ": "
      if let volume = analysis.volume {
        let total = cost.total(volume: volume, months: analysis.months)
        line += "\(money(total.expected)) over \(months) months (\(range(total))); "
      }
      line +=
        "setup \(money(cost.setup.expected)), \(money(cost.monthly.expected)) a month, \(money(cost.perQuery.expected)) a query."
      if let volume = analysis.volume {
        let largest = cost.largestTerms(volume: volume, months: analysis.months).prefix(3).map {
          "\($0.term.label) \(money($0.total.expected))"
        }
        line += " Mostly " + largest.joined(separator: ", ") + "."
      }
      return line
    }
  }

  /// A sentence per pair of approaches on where their totals cross; with `crossingOnly`, only the pairs
  /// that cross, then one line for the rest.
  public func breakEvenLines(crossingOnly: Bool = false) -> [String] {
    guard crossingOnly else { return analysis.breakEvens.map(breakEvenLine) }
    let crossing = analysis.breakEvens.filter { $0.volume != nil }
    let others = analysis.breakEvens.count - crossing.count
    var lines = crossing.map(breakEvenLine)
    if others > 0 {
      lines.append(
        crossing.isEmpty
          ? "No two approaches' totals cross within \(months) months."
          : others == 1
            ? "The other pair never crosses within \(months) months."
            : "The other \(others) pairs never cross within \(months) months.")
    }
    return lines
  }

  private func breakEvenLine(_ pair: BreakEven) -> String {
    let pairName = "\(name(pair.first)) vs \(name(pair.second))"
    guard let volume = pair.volume else {
      return
        "\(pairName): never cross within \(months) months; \(name(pair.cheaperAbove)) is cheaper at every volume."
    }
    return
      "\(pairName): \(name(pair.cheaperAbove)) is cheaper above \(Format.grouped(Format.significant(volume, 3))) queries a month."
  }

  /// The three largest terms of an approach's total, as the assumptions it rests on.
  public func assumptionLines(for approach: String, volume: Double) -> [String] {
    guard let cost = analysis.cost(of: approach) else { return [] }
    return cost.largestTerms(volume: volume, months: analysis.months).prefix(3).map { entry in
      let period =
        switch entry.term.period {
        case .once: "once"
        case .month: "\(money(entry.term.estimate.expected)) a month"
        case .query: "\(money(entry.term.estimate.expected)) a query"
        }
      return "\(entry.term.label): \(money(entry.total.expected)) (\(period))"
    }
  }

  /// The analysis as JSON, for reports and `advisor cost --format json`.
  public func json() -> JSONValue {
    func estimate(_ value: Estimate) -> JSONValue {
      .object([
        ("low", .number(Format.rounded(value.low, 6))),
        ("expected", .number(Format.rounded(value.expected, 6))),
        ("high", .number(Format.rounded(value.high, 6))),
      ])
    }
    let approachesJSON = analysis.costs.map { cost -> JSONValue in
      var members: [(String, JSONValue)] = [
        ("approach", .string(cost.approach)), ("setup", estimate(cost.setup)),
        ("monthly", estimate(cost.monthly)),
        ("perQuery", estimate(cost.perQuery)),
        (
          "terms",
          .array(
            cost.terms.map {
              .object([
                ("label", .string($0.label)), ("period", .string($0.period.rawValue)),
                ("cost", estimate($0.estimate)),
              ])
            })
        ),
      ]
      if let volume = analysis.volume {
        members.append(("total", estimate(cost.total(volume: volume, months: analysis.months))))
        members.append(
          (
            "largestTerms",
            .array(assumptionLines(for: cost.approach, volume: volume).map { .string($0) })
          ))
      }
      return .object(members)
    }
    return .object([
      ("currency", .string(analysis.currency)), ("months", .number(analysis.months)),
      ("volume", analysis.volume.map { .number($0) } ?? .null),
      ("premise", .string(analysis.premise)),
      (
        "assumptions",
        .object(
          analysis.assumptions.map {
            ($0.key, .object([("value", .string($0.value)), ("given", .bool($0.given))]))
          })
      ),
      ("approaches", .array(approachesJSON)),
      (
        "breakEven",
        .array(
          analysis.breakEvens.map { pair in
            .object([
              ("between", .array([.string(pair.first), .string(pair.second)])),
              ("volume", pair.volume.map { .number(Format.rounded($0, 0)) } ?? .null),
              ("cheaperAbove", .string(pair.cheaperAbove)),
              ("cheaperBelow", .string(pair.cheaperBelow)),
            ])
          })
      ),
    ])
  }
}
