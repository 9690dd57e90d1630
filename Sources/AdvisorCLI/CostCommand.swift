import AdvisorCore

/// `advisor cost SPEC`: the cost model's arithmetic for a project.
struct CostCommand: Command {
  let io: any CommandIO

  static let spec = CommandSpec(
    path: "advisor cost",
    abstract:
      "Show each approach's setup, monthly and per-query costs, totals and break-even volumes.",
    discussion: """
      Prices come from criteria/cost-model.json, each with its range, source and date; a spec's "costs" object \
      overrides any of them with your own contracts. --volume and --horizon explore other scenarios; --sweep \
      prints the totals across volumes, with a chart of the curves on a terminal.
      """,
    arguments: [.init(name: "spec", help: "The project spec; - reads standard input.")],
    options: [
      .init(
        name: "volume", valueName: "queries",
        help: "Queries a month (overrides queries_per_month; 1.5M and 20k are understood)."),
      .init(
        name: "horizon", valueName: "months",
        help: "Months to compare over (overrides horizon_months)."),
      .init(
        name: "sweep", valueName: "from:to",
        help: "Totals from one monthly volume to another in 1-2-5 steps, e.g. 1e3:1e8."),
      SharedOptions.format(["text", "json", "markdown", "html"]),
      SharedOptions.criteria,
    ],
    examples: [
      .init(
        "advisor cost project.json",
        "Show every approach's cost terms, totals and break-even volumes."),
      .init(
        "advisor cost project.json --volume 2M --horizon 24",
        "Price two million queries a month over two years."),
      .init(
        "advisor cost project.json --sweep 1e3:1e8",
        "Tabulate the totals from a thousand to a hundred million queries a month."),
    ])

  func run(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.spec, arguments, io: io) else {
      return .success
    }
    let criteria = try SharedOptions.loadCriteria(parsed, io: io)
    guard criteria.costModel != nil else {
      throw AdvisorError.invalid([
        Diagnostic(
          file: criteria.origin,
          message: "no \(CostModel.fileName): these criteria tables have no cost model")
      ])
    }
    let path = parsed.positionals[0]
    var spec = try ProjectSpec.load(
      SharedOptions.input(path, io: io), criteria: criteria)
    if let text = parsed.value("volume") {
      spec = spec.setting(
        "queries_per_month",
        to: .number(try quantity(text, option: "volume", fact: "queries_per_month")))
    }
    if let text = parsed.value("horizon") {
      spec = spec.setting(
        "horizon_months", to: .number(try quantity(text, option: "horizon", fact: "horizon_months"))
      )
    }
    guard let analysis = FactResolver().resolve(spec, with: criteria).cost else { return .success }
    var sweep: CostSweep?
    if let text = parsed.value("sweep") {
      let bounds = text.split(separator: ":").map(String.init)
      guard bounds.count == 2, let lower = try? quantity(bounds[0], option: "sweep"),
        let upper = try? quantity(bounds[1], option: "sweep"),
        lower > 0, upper > lower
      else {
        throw UsageError(
          message:
            "The value '\(text)' is invalid for '--sweep'. Expected FROM:TO volumes, e.g. 1e3:1e8.",
          command: Self.spec)
      }
      sweep = CostSweep(
        analysis: analysis, approaches: criteria.approaches,
        volumes: CostSweep.volumes(from: lower, to: upper))
    }
    let report = CostReport(spec: spec, analysis: analysis, criteria: criteria, sweep: sweep)
    switch parsed.value("format") ?? "text" {
    case "json": io.write(JSONWriter().string(report.json()), to: .output)
    case "markdown": io.write(MarkdownLayout().render(report.document(chart: false)), to: .output)
    case "html": io.write(HTMLLayout().render(report.document(chart: false)), to: .output)
    default:
      let width = io.lineWidth(.output)
      io.write(
        TextLayout(width: width).render(
          report.document(chart: io.isTerminal(.output), width: width)), to: .output)
    }
    return .success
  }

  /// A number from the command line, within the limits the fact has in a spec.
  private func quantity(_ text: String, option: String, fact: String = "queries_per_month") throws
    -> Double
  {
    switch AnswerParser.number(text, unit: nil, in: ProjectSpec.numberRange(for: fact)) {
    case .success(let value): return value
    case .failure(let error):
      throw UsageError(
        message: "The value '\(text)' is invalid for '--\(option)': \(error.reason).",
        command: Self.spec)
    }
  }
}
