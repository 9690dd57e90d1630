import AdvisorCore

/// `advisor diff OLD NEW`: what changed between two JSON reports.
struct DiffCommand: Command {
  let io: any CommandIO

  static let spec = CommandSpec(
    path: "advisor diff",
    abstract: "Compare two JSON reports: the recommendation, every score, the facts and the criteria.",
    discussion:
      "Use it in a pull request to show how a change of facts or criteria moves the decision. Exits 1 with --fail-on-change when the recommended approach changed.",
    arguments: [
      .init(name: "old", help: "The earlier report (advisor recommend --format json)."),
      .init(name: "new", help: "The later report."),
    ],
    options: [
      SharedOptions.format(["text", "markdown"]),
      .init(name: "fail-on-change", help: "Exit with status 1 when the recommended approach changed."),
      .init(name: "output", short: "o", valueName: "file", help: "Write the comparison to this file (atomically)."),
    ],
    examples: [
      .init("advisor diff old.json new.json", "Show what changed between two JSON reports."),
      .init("advisor diff committed.json current.json --fail-on-change", "Fail a CI job (exit 1) when the recommendation changed."),
    ])

  func run(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.spec, arguments, io: io) else { return .success }
    try SharedOptions.refuseOverwritingInputs(output: parsed.value("output"), inputs: parsed.positionals, command: Self.spec)
    let old = try ReportSnapshot.load(InputFile.read(path: parsed.positionals[0]))
    let new = try ReportSnapshot.load(InputFile.read(path: parsed.positionals[1]))
    let diff = ReportDiff(old: old, new: new)
    let document = diff.document()
    let output = parsed.value("format") == "markdown" ? MarkdownLayout().render(document) : TextLayout(width: io.lineWidth(.output)).render(document)
    if let path = parsed.value("output") {
      try io.writeFile(output, to: path)
    } else {
      io.write(output, to: .output)
    }
    if parsed.flags.contains("fail-on-change"), diff.recommendationChanged {
      io.write("advisor: gate failed: the recommendation changed from \(old.approach ?? "none") to \(new.approach ?? "none")\n", to: .error)
      return .gateFailed
    }
    return .success
  }
}
