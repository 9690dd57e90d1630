import AdvisorCore

/// `advisor criteria costs`: the cost model's facts and every price with its range, source and date.
struct CriteriaCostsCommand: Command {
  let io: any CommandIO

  static let spec = CommandSpec(
    path: "advisor criteria costs",
    abstract:
      "Show the cost model: its currency, the facts it reads and every price with its range, source and date.",
    discussion: """
      Lists cost-model.json of the tables in use: each fact with its type, unit, levels, default and question, \
      and each price, sorted by id and grouped by family (the id before its first dot), with its low, expected \
      and high figures, unit, source (title and address), date and note. A spec's "costs" object overrides \
      any price by id.
      """,
    options: [SharedOptions.format(["text", "json"]), SharedOptions.criteria],
    examples: [
      .init(
        "advisor criteria costs", "Print the cost model's prices with their sources and dates."),
      .init("advisor criteria costs -f json", "The same as JSON."),
    ])

  func run(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.spec, arguments, io: io) else {
      return .success
    }
    let criteria = try SharedOptions.loadCriteria(parsed, io: io)
    guard let listing = CostModelListing(criteria) else {
      throw AdvisorError.invalid([
        Diagnostic(
          file: criteria.origin,
          message: "no \(CostModel.fileName): these criteria tables have no cost model")
      ])
    }
    let rendered = CriteriaCostsListing(listing: listing, width: io.lineWidth(.output))
    io.write(
      parsed.value("format") == "json" ? JSONWriter().string(rendered.json()) : rendered.text(),
      to: .output)
    return .success
  }
}
