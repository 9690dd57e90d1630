import AdvisorCore

/// `advisor criteria list|costs|sources|validate`: show and check criteria tables.
struct CriteriaCommand {
  let io: any CommandIO

  static let spec = CommandSpec(
    path: "advisor criteria",
    abstract: "List or validate the criteria tables.",
    subcommands: [
      ("list", "Show the criteria, the facts they read and their levels."),
      ("costs", "Show the cost model: its facts and every price with its range, source and date."),
      ("sources", "Print every source the tables cite, as Markdown (docs/sources.md)."),
      ("validate", "Check a folder of criteria tables and report every problem."),
    ])

  static let listSpec = CommandSpec(
    path: "advisor criteria list",
    abstract: "Show the criteria, the facts they read, their weights and levels.",
    options: [SharedOptions.format(["text", "markdown"]), SharedOptions.criteria],
    examples: [
      .init("advisor criteria list", "Print the criteria, their weights and levels."),
      .init("advisor criteria list --criteria ./my-criteria", "Print a copy of the tables you edited."),
    ])

  static let costsSpec = CommandSpec(
    path: "advisor criteria costs",
    abstract: "Show the cost model: its currency, the facts it reads and every price with its range, source and date.",
    discussion: """
      Lists cost-model.json of the tables in use: each fact with its type, unit, levels, default and question, \
      and each price, sorted by id and grouped by family (the id before its first dot), with its low, expected \
      and high figures, unit, source (title and address), date and note. A spec's "costs" object overrides \
      any price by id.
      """,
    options: [SharedOptions.format(["text", "json"]), SharedOptions.criteria],
    examples: [
      .init("advisor criteria costs", "Print the cost model's prices with their sources and dates."),
      .init("advisor criteria costs -f json", "The same as JSON."),
    ])

  static let sourcesSpec = CommandSpec(
    path: "advisor criteria sources",
    abstract: "Print every source the criteria tables cite, as Markdown.",
    discussion: """
      One row per source of profiles.json, the criteria tables and cost-model.json, sorted by id: its title, \
      its address and the tables that cite it. Tables that list an id with the same title and address share a \
      row. `swift run generate-advisor` writes the built-in tables' list to docs/sources.md.
      """,
    options: [SharedOptions.criteria],
    examples: [
      .init("advisor criteria sources", "List every source the tables cite.")
    ])

  static let validateSpec = CommandSpec(
    path: "advisor criteria validate",
    abstract: "Check a folder of criteria tables and report every problem.",
    discussion: """
      Checks that every level has a fit from 0 to 10 for every approach in profiles.json, that weights are \
      not negative, that numeric bounds ascend, that every cited source is listed, and that inference rules \
      name existing facts and levels. Exits 0 when the tables are valid and 65 otherwise.

      It also warns, on standard error, of every cost-model price dated more than 18 months before today (a \
      date is YYYY, YYYY-MM or YYYY-MM-DD; a bare year counts as its December, a month as its last day). \
      Warnings do not change the exit code.
      """,
    arguments: [.init(name: "dir", help: "The folder to check (default: --criteria, ADVISOR_CRITERIA, or the built-in tables).", isOptional: true)],
    options: [SharedOptions.criteria],
    examples: [
      .init("advisor criteria validate ./my-criteria", "Check an edited copy of the tables before using it.")
    ])

  func run(_ arguments: [String]) throws -> ExitCode {
    guard let first = arguments.first, !first.hasPrefix("-") || first == "-h" || first == "--help" else {
      if arguments.isEmpty {
        io.write(HelpFormatter.help(Self.spec, width: io.lineWidth(.output)), to: .output)
        return .success
      }
      throw UsageError(message: "Unknown option '\(arguments[0])'.", command: Self.spec)
    }
    switch first {
    case "-h", "--help":
      io.write(HelpFormatter.help(Self.spec, width: io.lineWidth(.output)), to: .output)
      return .success
    case "list": return try list(Array(arguments.dropFirst()))
    case "costs": return try costs(Array(arguments.dropFirst()))
    case "sources": return try sources(Array(arguments.dropFirst()))
    case "validate": return try validate(Array(arguments.dropFirst()))
    default:
      var message = "Unknown subcommand '\(first)'."
      if let suggestion = Suggestion.nearest(to: first, in: Self.spec.subcommands.map(\.name)) { message += " Did you mean '\(suggestion)'?" }
      throw UsageError(message: message, command: Self.spec)
    }
  }

  private func list(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.listSpec, arguments, io: io) else { return .success }
    let criteria = try SharedOptions.loadCriteria(parsed, io: io)
    let document = CriteriaListing(criteria: criteria).document()
    io.write(
      parsed.value("format") == "markdown" ? MarkdownLayout().render(document) : TextLayout(width: io.lineWidth(.output)).render(document),
      to: .output)
    return .success
  }

  private func costs(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.costsSpec, arguments, io: io) else { return .success }
    let criteria = try SharedOptions.loadCriteria(parsed, io: io)
    guard let listing = CostModelListing(criteria) else {
      throw AdvisorError.invalid([Diagnostic(file: criteria.origin, message: "no \(CostModel.fileName): these criteria tables have no cost model")])
    }
    let rendered = CriteriaCostsListing(listing: listing, width: io.lineWidth(.output))
    io.write(parsed.value("format") == "json" ? JSONWriter().string(rendered.json()) : rendered.text(), to: .output)
    return .success
  }

  private func sources(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.sourcesSpec, arguments, io: io) else { return .success }
    let criteria = try SharedOptions.loadCriteria(parsed, io: io)
    io.write(SourcesDocument(catalog: SourceCatalog(criteria)).markdown(), to: .output)
    return .success
  }

  private func validate(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.validateSpec, arguments, io: io) else { return .success }
    var options = parsed
    if let directory = parsed.positionals.first { options.values["criteria"] = directory }
    let criteria = try SharedOptions.loadCriteria(options, io: io)
    let levels = criteria.criteria.reduce(0) { $0 + $1.levels.count }
    let sources = criteria.criteria.reduce(0) { $0 + $1.sources.count }
    for warning in try staleDateWarnings(criteria) { io.write(warning.description + "\n", to: .error) }
    io.write(
      "\(criteria.origin): valid: \(criteria.criteria.count) criteria, \(levels) levels, \(criteria.approaches.count) approaches, \(sources) source entries, \(criteria.precedents.count) precedents; digest \(criteria.digest)\n",
      to: .output)
    return .success
  }

  /// The warnings for the cost model's old prices, as of the clock's today. The model's file, when the tables
  /// came from a folder, gives each its line and column.
  private func staleDateWarnings(_ criteria: CriteriaSet) throws -> [Diagnostic] {
    guard let model = criteria.costModel else { return [] }
    let file = (criteria.origin.hasSuffix("/") ? criteria.origin : criteria.origin + "/") + CostModel.fileName
    let root = try? InputFile.read(path: file).parseJSON()
    return model.staleDateWarnings(on: try Clock.today(environment: io.environment), file: file, root: root)
  }
}
