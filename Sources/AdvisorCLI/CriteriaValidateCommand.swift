import AdvisorCore

/// `advisor criteria validate [DIR]`: check a folder of tables and report every problem.
struct CriteriaValidateCommand: Command {
  let io: any CommandIO

  static let spec = CommandSpec(
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
    arguments: [
      .init(
        name: "dir",
        help:
          "The folder to check (default: --criteria, ADVISOR_CRITERIA, or the built-in tables).",
        isOptional: true)
    ],
    options: [SharedOptions.criteria],
    examples: [
      .init(
        "advisor criteria validate ./my-criteria",
        "Check an edited copy of the tables before using it.")
    ])

  func run(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.spec, arguments, io: io) else {
      return .success
    }
    var options = parsed
    if let directory = parsed.positionals.first { options.values["criteria"] = directory }
    let criteria = try SharedOptions.loadCriteria(options, io: io)
    let levels = criteria.criteria.reduce(0) { $0 + $1.levels.count }
    let sources = criteria.criteria.reduce(0) { $0 + $1.sources.count }
    for warning in try staleDateWarnings(criteria) {
      io.write(warning.description + "\n", to: .error)
    }
    io.write(
      "\(criteria.origin): valid: \(criteria.criteria.count) criteria, \(levels) levels, \(criteria.approaches.count) approaches, \(sources) source entries, \(criteria.precedents.count) precedents; digest \(criteria.digest)\n",
      to: .output)
    return .success
  }

  /// The warnings for the cost model's old prices, as of the clock's today. The model's file, when the tables
  /// came from a folder, gives each its line and column.
  private func staleDateWarnings(_ criteria: CriteriaSet) throws -> [Diagnostic] {
    guard let model = criteria.costModel else { return [] }
    let file =
      (criteria.origin.hasSuffix("/") ? criteria.origin : criteria.origin + "/")
      + CostModel.fileName
    let root = try? InputFile.read(path: file).parseJSON()
    return model.staleDateWarnings(
      on: try Clock.today(environment: io.environment), file: file, root: root)
  }
}
