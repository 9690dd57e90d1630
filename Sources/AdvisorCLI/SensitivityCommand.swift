import AdvisorCore

/// `advisor sensitivity SPEC`: every robustness analysis of a recommendation.
struct SensitivityCommand {
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
      SharedOptions.format(["text", "json", "markdown"])
    ] + SharedOptions.analysis + [SharedOptions.criteria])

  func run(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.spec, arguments, io: io) else { return .success }
    let criteria = try SharedOptions.loadCriteria(parsed, io: io)
    let path = parsed.positionals[0]
    let spec = try ProjectSpec.load(
      SharedOptions.input(path, io: io), criteria: criteria)
    let report = Advisor(options: try SharedOptions.advisorOptions(parsed, command: Self.spec)).recommend(spec, criteria: criteria)
    let section = SensitivitySection(report: report)
    switch parsed.value("format") ?? "text" {
    case "json":
      let changes = JSONReportRenderer().json(report)
      var value = section.json()
      if case .object(var members) = value.kind {
        members.append(JSONMember(key: "name", value: .string(spec.name)))
        members.append(JSONMember(key: "recommendation", value: changes.member("recommendation") ?? .null))
        members.append(JSONMember(key: "whatWouldChange", value: changes.member("rationale")?.member("whatWouldChange") ?? .null))
        members.append(JSONMember(key: "questions", value: changes.member("questions") ?? .null))
        value.kind = .object(members)
      }
      io.write(JSONWriter().string(value), to: .output)
    case "markdown":
      io.write(markdown(report, section), to: .output)
    default:
      io.write(text(report, section, chart: io.isTerminal(.output)), to: .output)
    }
    return .success
  }

  private func text(_ report: Report, _ section: SensitivitySection, chart: Bool) -> String {
    var out = TextStyle.wrap("\(report.project.spec.name): \(report.headline)", width: 80, indent: "  ", firstIndent: "")
    out += TextStyle.wrap(section.robustnessLine, width: 80, indent: "  ", firstIndent: "  ")
    out += ["", "What would change the answer"]
    let changes = report.changes.map(report.changeText)
    out += (changes.isEmpty ? [Report.noChangeText] : changes).flatMap { TextStyle.wrap($0, width: 80, indent: "    ", firstIndent: "  • ") }
    for question in report.questions {
      out += TextStyle.wrap("not given: " + Report.questionText(question), width: 80, indent: "    ", firstIndent: "  • ")
    }
    out += ["", "Weight flip points (weighted sum; the other weights unchanged)"]
    out += chart ? section.flipChart() : section.flipLines.flatMap { TextStyle.wrap($0, width: 80, indent: "    ", firstIndent: "  • ") }
    out += ["", "Monte Carlo"] + TextStyle.wrap(section.monteCarloLine, width: 80, indent: "    ", firstIndent: "  • ")
    out += ["", "Methods"] + section.methodLines.flatMap { TextStyle.wrap($0, width: 80, indent: "    ", firstIndent: "  • ") }
    return out.joined(separator: "\n") + "\n"
  }

  private func markdown(_ report: Report, _ section: SensitivitySection) -> String {
    var out = ["## \(report.project.spec.name): \(report.headline)", "", section.robustnessLine, "", "### What would change the answer", ""]
    let changes = report.changes.map(report.changeText)
    out += (changes.isEmpty ? [Report.noChangeText] : changes).map { "- " + $0 }
    out += report.questions.map { "- not given: " + Report.questionText($0) }
    out += ["", "### Weight flip points", ""] + section.flipLines.map { "- " + $0 }
    out += ["", "### Monte Carlo and methods", "", "- " + section.monteCarloLine] + section.methodLines.map { "- " + $0 }
    return out.joined(separator: "\n") + "\n"
  }
}
