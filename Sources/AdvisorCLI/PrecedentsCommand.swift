import AdvisorCore

/// `advisor precedents SPEC | --list`: the published decisions most like a project, or the whole library.
struct PrecedentsCommand: Command {
  let io: any CommandIO

  static let spec = CommandSpec(
    path: "advisor precedents",
    abstract:
      "List the published projects most like a spec, or the whole library of published decisions.",
    discussion: """
      The library (criteria/precedents.json) holds real projects as their write-ups describe them: the facts they \
      state, the approach the team chose, whether it was kept, and the source. Similarity counts only the facts \
      both sides state, weighted like the criteria; precedents explain a verdict and never change a score.
      """,
    arguments: [
      .init(
        name: "spec", help: "The project spec; - reads standard input. Not with --list.",
        isOptional: true)
    ],
    options: [
      .init(name: "list", help: "List every precedent in the library instead."),
      .init(
        name: "limit", valueName: "count", help: "How many similar precedents to show.",
        defaultValue: "10"),
      SharedOptions.format(["text", "json"]),
      SharedOptions.criteria,
    ],
    examples: [
      .init("advisor precedents project.json", "List the published projects most like this one."),
      .init("advisor precedents --list", "List the whole library of published projects."),
    ])

  func run(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.spec, arguments, io: io) else {
      return .success
    }
    let criteria = try SharedOptions.loadCriteria(parsed, io: io)
    let listing = parsed.flags.contains("list")
    guard listing != (parsed.positionals.first != nil) else {
      throw UsageError(
        message: listing
          ? "Give a spec or --list, not both."
          : "Missing a spec (or --list for the whole library).", command: Self.spec)
    }
    guard let limit = Int(parsed.value("limit") ?? "10"), limit > 0 else {
      throw UsageError(
        message:
          "The value '\(parsed.value("limit") ?? "")' is invalid for '--limit'. Expected a whole number above 0.",
        command: Self.spec)
    }
    let document: PrecedentListing
    if listing {
      document = PrecedentListing(criteria: criteria, matches: nil, spec: nil)
    } else {
      let spec = try ProjectSpec.load(
        SharedOptions.input(parsed.positionals[0], io: io), criteria: criteria)
      document = PrecedentListing(
        criteria: criteria,
        matches: PrecedentMatcher(criteria: criteria).matches(for: spec, limit: limit), spec: spec)
    }
    io.write(
      parsed.value("format") == "json" ? JSONWriter().string(document.json()) : document.text(),
      to: .output)
    return .success
  }
}
