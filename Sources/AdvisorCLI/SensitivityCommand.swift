import AdvisorCore

/// `advisor sensitivity SPEC`: every robustness analysis of a recommendation.
struct SensitivityCommand: Command {
  let io: any CommandIO

  static let spec = CommandSpec(
    path: "advisor sensitivity",
    abstract: "Show how solid a recommendation is and what would change it.",
    discussion: """
      What would change the answer: for every fact, the nearest other answer that changes the winner, and for \
      every unknown fact the answers that would. Weight flip points: for every criterion, the interval of its \
      weight (the others unchanged) within which the winner stays, exact for the weighted sum. Monte Carlo: \
      each approach's share of first places over random weights drawn around the current ones. Method \
      agreement: the weighted sum, the weighted product and TOPSIS side by side.
      """,
    arguments: [.init(name: "spec", help: "The project spec; - reads standard input.")],
    options: [
      SharedOptions.format(["text", "json", "markdown", "html"])
    ] + SharedOptions.analysis + [SharedOptions.criteria],
    examples: [
      .init(
        "advisor sensitivity project.json",
        "Show what would change the answer, the weight flip points and the Monte Carlo shares."),
      .init(
        "advisor sensitivity project.json --samples 100000 --seed 7",
        "Draw more samples, reproducibly."),
    ])

  func run(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.spec, arguments, io: io) else {
      return .success
    }
    let criteria = try SharedOptions.loadCriteria(parsed, io: io)
    let path = parsed.positionals[0]
    let spec = try ProjectSpec.load(
      SharedOptions.input(path, io: io), criteria: criteria)
    let report = Advisor(options: try SharedOptions.advisorOptions(parsed, command: Self.spec))
      .recommend(spec, criteria: criteria)
    let section = SensitivitySection(report: report)
    switch parsed.value("format") ?? "text" {
    case "json": io.write(JSONWriter().string(section.reportJSON()), to: .output)
    case "markdown": io.write(MarkdownLayout().render(section.document(chart: false)), to: .output)
    case "html": io.write(HTMLLayout().render(section.document(chart: false)), to: .output)
    default:
      let width = io.lineWidth(.output)
      io.write(
        TextLayout(width: width).render(
          section.document(chart: io.isTerminal(.output), width: width)), to: .output)
    }
    return .success
  }
}
