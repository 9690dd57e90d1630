extension SensitivitySection {
  /// The document `advisor sensitivity` shows: what would change the answer, the weight flip points (as a chart
  /// when `chart`), the Monte Carlo shares and the methods side by side.
  public func document(chart: Bool, width: Int = 80) -> Document {
    let changes = report.changes.map(report.changeText)
    let changeItems =
      (changes.isEmpty ? [Report.noChangeText] : changes).map { Document.Item($0) }
      + report.questions.map { Document.Item(Report.questionText($0), label: "not given") }
    var flips: [Document.Block] = [
      chart
        ? .preformatted(flipChart(lineWidth: width)) : .items(flipLines.map { Document.Item($0) })
    ]
    if !sensitivity.flips.isEmpty { flips.append(.chart(ReportCharts.flips(self))) }
    return Document(
      title: report.project.spec.name,
      headline: Document.Headline(
        report.headline, tone: report.recommendation.status == .recommended ? .positive : .caution),
      lead: [.text(robustnessLine(pointingToDetails: false))],
      sections: [
        Document.Section(
          id: "changes", heading: "What would change the answer", blocks: [.items(changeItems)]),
        Document.Section(
          id: "flips", heading: "Weight flip points (weighted sum; the other weights unchanged)",
          blocks: flips),
        Document.Section(
          id: "monte-carlo", heading: "Monte Carlo",
          blocks: [.items([Document.Item(monteCarloLine)])]
            + (sensitivity.monteCarlo.samples > 0
              ? [.chart(ReportCharts.firstPlaces(sensitivity, approaches: approaches))] : [])),
        Document.Section(
          id: "methods", heading: "Methods", blocks: [.items(methodLines.map { Document.Item($0) })]
        ),
      ])
  }

  /// The JSON of `advisor sensitivity --format json`: the analyses with the project's name, the recommendation,
  /// and the answers and questions that would change it, under the report's own keys.
  public func reportJSON() -> JSONValue {
    let full = JSONReportRenderer().json(report)
    var value = json()
    guard case .object(var members) = value.kind else { return value }
    members.append(JSONMember(key: "name", value: .string(report.project.spec.name)))
    members.append(JSONMember(key: "recommendation", value: full.member("recommendation") ?? .null))
    members.append(
      JSONMember(
        key: "whatWouldChange", value: full.member("rationale")?.member("whatWouldChange") ?? .null)
    )
    members.append(JSONMember(key: "questions", value: full.member("questions") ?? .null))
    value.kind = .object(members)
    return value
  }
}
