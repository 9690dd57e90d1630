import AdvisorCore

/// `advisor criteria list|validate`: show and check criteria tables.
struct CriteriaCommand {
  let io: any CommandIO

  static let spec = CommandSpec(
    path: "advisor criteria",
    abstract: "List or validate the criteria tables.",
    subcommands: [
      ("list", "Show the criteria, the facts they read and their levels."),
      ("validate", "Check a folder of criteria tables and report every problem."),
    ])

  static let listSpec = CommandSpec(
    path: "advisor criteria list",
    abstract: "Show the criteria, the facts they read, their weights and levels.",
    options: [SharedOptions.criteria])

  static let validateSpec = CommandSpec(
    path: "advisor criteria validate",
    abstract: "Check a folder of criteria tables and report every problem.",
    discussion: """
      Checks that every level has a fit from 0 to 10 for every approach in profiles.json, that weights are \
      not negative, that numeric bounds ascend, that every cited source is listed, and that inference rules \
      name existing facts and levels. Exits 0 when the tables are valid and 65 otherwise.
      """,
    arguments: [.init(name: "dir", help: "The folder to check (default: --criteria, ADVISOR_CRITERIA, or the built-in tables).", isOptional: true)],
    options: [SharedOptions.criteria])

  func run(_ arguments: [String]) throws -> ExitCode {
    guard let first = arguments.first, !first.hasPrefix("-") || first == "-h" || first == "--help" else {
      if arguments.isEmpty {
        io.write(HelpFormatter.help(Self.spec), to: .output)
        return .success
      }
      throw UsageError(message: "Unknown option '\(arguments[0])'.", command: Self.spec)
    }
    switch first {
    case "-h", "--help":
      io.write(HelpFormatter.help(Self.spec), to: .output)
      return .success
    case "list": return try list(Array(arguments.dropFirst()))
    case "validate": return try validate(Array(arguments.dropFirst()))
    default:
      var message = "Unknown subcommand '\(first)'."
      if let suggestion = Suggestion.nearest(to: first, in: ["list", "validate"]) { message += " Did you mean '\(suggestion)'?" }
      throw UsageError(message: message, command: Self.spec)
    }
  }

  private func list(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.listSpec, arguments, io: io) else { return .success }
    let criteria = try SharedOptions.loadCriteria(parsed, io: io)
    io.write(CriteriaListing(criteria: criteria).text(), to: .output)
    return .success
  }

  private func validate(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.validateSpec, arguments, io: io) else { return .success }
    var options = parsed
    if let directory = parsed.positionals.first { options.values["criteria"] = directory }
    let criteria = try SharedOptions.loadCriteria(options, io: io)
    let levels = criteria.criteria.reduce(0) { $0 + $1.levels.count }
    let sources = criteria.criteria.reduce(0) { $0 + $1.sources.count }
    io.write(
      "\(criteria.origin): valid: \(criteria.criteria.count) criteria, \(levels) levels, \(criteria.approaches.count) approaches, \(sources) source entries; digest \(criteria.digest)\n",
      to: .output)
    return .success
  }
}
