import AdvisorCore

/// `advisor recommend SPEC`: load → resolve → score → render.
struct RecommendCommand {
  let io: any CommandIO

  static let spec = CommandSpec(
    path: "advisor recommend",
    abstract: "Score a project spec and print the recommendation, its rationale and the decision matrix.",
    discussion: """
      Unknown facts favour no approach: the report lists them and says which answers would change the \
      recommendation. Facts that other facts imply (knowledge that changes daily is knowledge the model lacks) \
      are inferred by the criteria tables and marked as such.
      """,
    arguments: [.init(name: "spec", help: "The project spec (JSON, spec version 1); - reads standard input.")],
    options: [
      .init(
        name: "format", short: "f", valueName: "format", help: "Output format: text, json or markdown.", defaultValue: "text",
        choices: OutputFormat.allCases.map(\.rawValue)),
      .init(name: "output", short: "o", valueName: "file", help: "Write the report to this file (atomically) instead of standard output."),
      SharedOptions.criteria,
      SharedOptions.color,
    ])

  func run(_ arguments: [String]) throws -> ExitCode {
    let parsed = try ArgumentParser(spec: Self.spec).parse(arguments)
    if parsed.flags.contains("help") {
      io.write(HelpFormatter.help(Self.spec), to: .output)
      return .success
    }
    let criteria = try SharedOptions.loadCriteria(parsed, io: io)
    let path = parsed.positionals[0]
    let input = path == "-" ? InputFile(name: "<stdin>", bytes: io.readStandardInput()) : try InputFile.read(path: path)
    let spec = try ProjectSpec.load(input, criteria: criteria)
    let report = Advisor().recommend(spec, criteria: criteria)
    let format = OutputFormat(rawValue: parsed.value("format") ?? "text") ?? .text
    if let output = parsed.value("output") {
      try io.writeFile(format.renderer(color: false).render(report), to: output)
    } else {
      io.write(format.renderer(color: SharedOptions.useColor(parsed, io: io)).render(report), to: .output)
    }
    return .success
  }
}
