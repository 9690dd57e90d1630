import AdvisorCore

/// `advisor criteria list`: the criteria, the facts they read, their weights and levels.
struct CriteriaListCommand: Command {
  let io: any CommandIO

  static let spec = CommandSpec(
    path: "advisor criteria list",
    abstract: "Show the criteria, the facts they read, their weights and levels.",
    options: [SharedOptions.format(["text", "markdown"]), SharedOptions.criteria],
    examples: [
      .init("advisor criteria list", "Print the criteria, their weights and levels."),
      .init(
        "advisor criteria list --criteria ./my-criteria", "Print a copy of the tables you edited."),
    ])

  func run(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.spec, arguments, io: io) else {
      return .success
    }
    let criteria = try SharedOptions.loadCriteria(parsed, io: io)
    let document = CriteriaListing(criteria: criteria).document()
    io.write(
      parsed.value("format") == "markdown"
        ? MarkdownLayout().render(document)
        : TextLayout(width: io.lineWidth(.output)).render(document),
      to: .output)
    return .success
  }
}
