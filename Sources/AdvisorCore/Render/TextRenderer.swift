/// The report for a person at a terminal: 80 columns, colour only when the style allows it.
public struct TextRenderer: ReportRenderer {
  /// Colour and bold, or plain.
  public var style: TextStyle
  /// The line width.
  public var width: Int
  /// Whether to add the short sensitivity section.
  public var showsSensitivity: Bool

  /// Creates a text renderer.
  public init(style: TextStyle = TextStyle(enabled: false), width: Int = 80, showsSensitivity: Bool = false) {
    self.style = style
    self.width = width
    self.showsSensitivity = showsSensitivity
  }

  /// Renders the whole report.
  public func render(_ report: Report) -> String {
    var out: [String] = []
    let spec = report.project.spec
    out += TextStyle.wrap(spec.name + (spec.description.map { " — " + $0 } ?? ""), width: width, indent: "  ", firstIndent: "").map(style.bold)
    out.append("")
    out.append(style.bold(report.recommendation.status == .recommended ? style.green(report.headline) : style.yellow(report.headline)))
    if !report.summaryLine.isEmpty { out += TextStyle.wrap(report.summaryLine, width: width, indent: "  ") }
    if let provisional = report.provisionalLine { out += TextStyle.wrap(provisional, width: width, indent: "  ") }
    out += TextStyle.wrap(SensitivitySection(report: report).robustnessLine, width: width, indent: "  ")
    for warning in report.warnings {
      out += TextStyle.wrap(style.yellow("warning:") + " " + warning, width: width + (style.enabled ? 9 : 0), indent: "  ")
    }
    let sources = report.citedSources
    func cite(_ source: Source?) -> String {
      guard let index = Report.citationIndex(of: source, in: sources) else { return "" }
      return " [\(index + 1)]"
    }
    section("Why", into: &out)
    if report.drivers.isEmpty { out.append("  No criterion separates the top two approaches.") }
    for (index, driver) in report.drivers.prefix(Report.driverLimit).enumerated() {
      out += TextStyle.wrap(Report.driverText(driver) + cite(driver.source), width: width, indent: "     ", firstIndent: "  \(index + 1). ")
    }
    if let counter = report.counterpoints.first {
      out += TextStyle.wrap("Against: " + Report.driverText(counter), width: width, indent: "     ", firstIndent: "  ")
    }
    section("What would change the answer", into: &out)
    if report.changes.isEmpty {
      out += TextStyle.wrap(Report.noChangeText, width: width, indent: "  ", firstIndent: "  ")
    } else {
      for change in report.changes.prefix(6) {
        out += TextStyle.wrap(report.changeText(change), width: width, indent: "    ", firstIndent: "  • ")
      }
    }
    if showsSensitivity {
      section("How solid it is", into: &out)
      out += SensitivitySection(report: report).shortText(width: width)
    }
    if !report.questions.isEmpty {
      section("Questions you did not answer (most likely to change the answer first)", into: &out)
      for question in report.questions {
        out += TextStyle.wrap(Report.questionText(question), width: width, indent: "    ", firstIndent: "  • ")
      }
    }
    let excluded = report.scorecard.ranking.filter(\.isExcluded)
    if !excluded.isEmpty {
      section("Requirements not met", into: &out)
      for result in excluded {
        let text =
          "\(result.approach.name): " + Report.exclusionText(result)
          + result.exclusions.map { cite($0.criterion.source(id: $0.exclusion.source)) }.joined()
        out += TextStyle.wrap(text, width: width, indent: "    ", firstIndent: "  • ")
      }
    }
    if let cost = report.project.cost {
      let costs = CostSection(analysis: cost, approaches: report.project.criteria.approaches)
      section(costs.heading, into: &out)
      for line in costs.summaryLines() { out += TextStyle.wrap(line, width: width, indent: "    ", firstIndent: "  • ") }
      for line in costs.breakEvenLines(crossingOnly: true) { out += TextStyle.wrap(line, width: width, indent: "    ", firstIndent: "  ↔ ") }
      if !cost.premise.isEmpty { out += TextStyle.wrap(cost.premise, width: width, indent: "  ", firstIndent: "  ").map(style.dim) }
      out += TextStyle.wrap("`advisor cost` shows the arithmetic and the prices it rests on.", width: width, indent: "  ", firstIndent: "  ").map(
        style.dim)
    }
    section("Decision matrix", into: &out)
    out += matrix(report)
    if !report.plan.steps.isEmpty || report.plan.now != nil {
      section("Plan", into: &out)
      for (index, line) in report.planLines.enumerated() {
        out += TextStyle.wrap(line, width: width, indent: "     ", firstIndent: "  \(index + 1). ")
      }
    }
    if let winner = report.recommendation.winner, !report.nextSteps.isEmpty {
      section("Next steps for \(winner.approach.name)", into: &out)
      for (index, entry) in report.nextSteps.enumerated() {
        out += TextStyle.wrap(entry.step.text + cite(entry.source), width: width, indent: "     ", firstIndent: "  \(index + 1). ")
      }
    }
    if !report.precedents.isEmpty {
      section("Published projects like this one", into: &out)
      if let note = report.precedentNote { out += TextStyle.wrap(note, width: width, indent: "  ", firstIndent: "  ") }
      for match in report.precedents {
        out += TextStyle.wrap(report.precedentLine(match), width: width, indent: "    ", firstIndent: "  • ")
        if let url = match.precedent.source.url {
          out += TextStyle.wrap("<\(url)>", width: width, indent: "    ", firstIndent: "    ").map(style.dim)
        }
      }
    }
    if !sources.isEmpty {
      section("Sources", into: &out)
      for (index, source) in sources.enumerated() {
        let text = source.title + (source.url.map { " <\($0)>" } ?? "")
        out += TextStyle.wrap(text, width: width, indent: "      ", firstIndent: TextStyle.pad("  [\(index + 1)]", 6))
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  private func section(_ title: String, into out: inout [String]) {
    out.append("")
    out.append(style.bold(title))
  }

  /// Rows of criteria, columns of approaches: each cell is the fit (0-10) and the points it adds.
  private func matrix(_ report: Report) -> [String] {
    let approaches = report.project.criteria.approaches
    let cellWidth = 10
    let levelWidth = max(8, width - 2 - 16 - 1 - 4 - 2 - cellWidth * approaches.count - 1)
    func line(_ name: String, _ weight: String, _ level: String, _ cells: [String]) -> String {
      var text = "  " + TextStyle.pad(name, 16) + " " + TextStyle.pad(weight, 4, right: true) + "  " + TextStyle.pad(level, levelWidth)
      for cell in cells { text += TextStyle.pad(cell, cellWidth, right: true) }
      return text.trimmingTrailingSpaces()
    }
    var lines = [style.dim("  fit 0-10 and points; * inferred, ? unknown (expected fit), weight 0 is off")]
    lines.append(style.bold(line("Criterion", "Wt", "Level", approaches.map(\.shortName))))
    for row in report.scorecard.rows {
      let fact = row.fact
      let marker = fact.status == .inferred ? "*" : fact.status == .unknown ? "?" : ""
      let level = fact.isIrrelevant ? "not relevant" : fact.level.map { marker + $0.id } ?? "? unknown"
      let cells = row.cells.map { cell -> String in
        guard let fit = cell.fit, !fact.isIrrelevant else { return "-" }
        return fact.isScored ? "\(Format.fit(fit)) \(TextStyle.pad(Format.fixed(cell.contribution, 1), 4, right: true))" : Format.fit(fit)
      }
      lines.append(line(fact.criterion.name, Format.fit(fact.weight), level, cells))
    }
    let results = approaches.map { report.scorecard.result(for: $0.id) }
    lines.append(line("Score", "", "", results.map { result in result.map { Format.fixed($0.score, 1) } ?? "" }))
    lines.append(line("Rank", "", "", results.map { result in result.map { "\($0.rank)" + ($0.isExcluded ? " fails" : "") } ?? "" }))
    return lines
  }
}
