import AdvisorCore

/// `advisor diff OLD NEW`: what changed between two JSON reports.
struct DiffCommand: Command {
  let io: any CommandIO

  static let spec = CommandSpec(
    path: "advisor diff",
    abstract:
      "Compare two JSON reports: the recommendation, every score, the facts and the criteria.",
    discussion:
      "Use it in a pull request to show how a change of facts or criteria moves the decision. Reports that are not like for like (two projects, two report versions, two approach sets, two criteria tables) get one warning line each: on standard error, and in the document for markdown and json. Exits 1 with --fail-on-change when the recommended approach changed or the reports are of two projects.",
    arguments: [
      .init(name: "old", help: "The earlier report (advisor recommend --format json)."),
      .init(name: "new", help: "The later report."),
    ],
    options: [
      SharedOptions.format(["text", "markdown", "json"]),
      .init(
        name: "fail-on-change",
        help:
          "Exit with status 1 when the recommended approach changed or the reports are of two projects."
      ),
      .init(
        name: "output", short: "o", valueName: "file",
        help: "Write the comparison to this file (atomically)."),
    ],
    examples: [
      .init("advisor diff old.json new.json", "Show what changed between two JSON reports."),
      .init(
        "advisor diff committed.json current.json --fail-on-change",
        "Fail a CI job (exit 1) when the recommendation changed."),
    ])

  func run(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.spec, arguments, io: io) else {
      return .success
    }
    try SharedOptions.refuseOverwritingInputs(
      output: parsed.value("output"), inputs: parsed.positionals, command: Self.spec)
    let old = try ReportSnapshot.load(InputFile.read(path: parsed.positionals[0]))
    let new = try ReportSnapshot.load(InputFile.read(path: parsed.positionals[1]))
    let diff = ReportDiff(old: old, new: new)
    let format = parsed.value("format") ?? "text"
    for warning in diff.warnings { io.write("advisor: warning: \(warning)\n", to: .error) }
    let output =
      switch format {
      case "json": JSONWriter().string(diff.json())
      case "markdown": MarkdownLayout().render(diff.document())
      default:
        TextLayout(width: io.lineWidth(.output)).render(diff.document(showingWarnings: false))
      }
    if let path = parsed.value("output") {
      try io.writeFile(output, to: path)
    } else {
      io.write(output, to: .output)
    }
    guard parsed.flags.contains("fail-on-change") else { return .success }
    if !diff.sameProject {
      io.write(
        "advisor: gate failed: the reports are of two projects, \(old.name) and \(new.name)\n",
        to: .error)
      return .gateFailed
    }
    if diff.recommendationChanged {
      io.write(
        "advisor: gate failed: the recommendation changed from \(old.approach ?? "none") to \(new.approach ?? "none")\n",
        to: .error)
      return .gateFailed
    }
    return .success
  }
}
