import AdvisorCore

/// `advisor criteria sources`: every source the tables cite, as Markdown.
struct CriteriaSourcesCommand: Command {
  let io: any CommandIO

  static let spec = CommandSpec(
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

  func run(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.spec, arguments, io: io) else {
      return .success
    }
    let criteria = try SharedOptions.loadCriteria(parsed, io: io)
    io.write(SourcesDocument(catalog: SourceCatalog(criteria)).markdown(), to: .output)
    return .success
  }
}
