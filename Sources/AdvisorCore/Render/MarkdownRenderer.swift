/// The report as GitHub-flavoured Markdown, for a pull-request comment or a CI job summary.
public struct MarkdownRenderer: ReportRenderer {
  /// Whether to add the short sensitivity section.
  public var showsSensitivity: Bool

  /// Creates the renderer.
  public init(showsSensitivity: Bool = false) {
    self.showsSensitivity = showsSensitivity
  }

  /// Renders the report.
  public func render(_ report: Report) -> String {
    let spec = report.project.spec
    var out: [String] = []
    out.append("## \(escape(spec.name)): **\(escape(report.headline))**")
    out.append("")
    if let description = spec.description { out += ["_\(escape(description))_", ""] }
    if !report.summaryLine.isEmpty { out += [escape(report.summaryLine.prefix(1).uppercased() + report.summaryLine.dropFirst() + "."), ""] }
    if let provisional = report.provisionalLine { out += [escape(provisional), ""] }
    out += [escape(SensitivitySection(report: report).robustnessLine), ""]
    for warning in report.warnings { out.append("> **Warning:** \(escape(warning))") }
    if !report.warnings.isEmpty { out.append("") }
    out += ["### Why", ""]
    if report.drivers.isEmpty { out.append("No criterion separates the top two approaches.") }
    for (index, driver) in report.drivers.prefix(Report.driverLimit).enumerated() {
      out.append("\(index + 1). \(escape(Report.driverText(driver)))\(driver.source.map { " (\(link($0)))" } ?? "")")
    }
    if let counter = report.counterpoints.first { out += ["", "Against: \(escape(Report.driverText(counter)))"] }
    out += ["", "### What would change the answer", ""]
    out += report.changes.isEmpty ? [Report.noChangeText] : report.changes.map { "- \(escape(report.changeText($0)))" }
    if showsSensitivity {
      let section = SensitivitySection(report: report)
      out += ["", "### How solid it is", ""] + ([section.monteCarloLine] + section.methodLines + section.flipLines).map { "- \(escape($0))" }
    }
    if !report.questions.isEmpty {
      out += ["", "### Questions you did not answer", ""]
      out += report.questions.map { "- \(escape(Report.questionText($0)))" }
    }
    let excluded = report.scorecard.ranking.filter(\.isExcluded)
    if !excluded.isEmpty {
      out += ["", "### Requirements not met", ""]
      out += excluded.map { "- **\(escape($0.approach.name))**: \(escape(Report.exclusionText($0)))" }
    }
    if let cost = report.project.cost {
      let costs = CostSection(analysis: cost, approaches: report.project.criteria.approaches)
      out += ["", "### \(escape(costs.heading))", ""] + costs.summaryLines().map { "- \(escape($0))" }
      if !cost.premise.isEmpty { out += ["", "_\(escape(cost.premise))_"] }
      out +=
        ["", "<details><summary>Break-even volumes</summary>", ""] + costs.breakEvenLines(crossingOnly: true).map { "- \(escape($0))" } + [
          "", "</details>",
        ]
    }
    out += ["", "### Decision matrix", ""] + matrix(report)
    if !report.plan.steps.isEmpty || report.plan.now != nil {
      out += ["", "### Plan", ""] + report.planLines.enumerated().map { "\($0.offset + 1). \(escape($0.element))" }
    }
    if let winner = report.recommendation.winner, !report.nextSteps.isEmpty {
      out += ["", "### Next steps for \(escape(winner.approach.name))", ""]
      for (index, entry) in report.nextSteps.enumerated() {
        out.append("\(index + 1). \(escape(entry.step.text))\(entry.source.map { " (\(link($0)))" } ?? "")")
      }
    }
    if !report.precedents.isEmpty {
      out += ["", "### Published projects like this one", ""]
      if let note = report.precedentNote { out += ["**\(escape(note))**", ""] }
      out += report.precedents.map {
        "- \(escape(report.precedentLine($0)))\($0.precedent.source.url == nil ? "" : " (\(link($0.precedent.source)))")"
      }
    }
    let sources = report.citedSources
    if !sources.isEmpty {
      out += ["", "<details><summary>Sources</summary>", ""]
      out += sources.map { "- \(link($0))" }
      out += ["", "</details>"]
    }
    out += ["", "<sub>advisor \(report.toolVersion) · criteria: \(escape(report.project.criteria.origin))</sub>"]
    return out.joined(separator: "\n") + "\n"
  }

  private func matrix(_ report: Report) -> [String] {
    let approaches = report.project.criteria.approaches
    var lines = [
      "| Criterion | Weight | Fact | " + approaches.map { escape($0.name) }.joined(separator: " | ") + " |",
      "|---|---:|---|" + String(repeating: "---:|", count: approaches.count),
    ]
    for row in report.scorecard.rows {
      let fact = row.fact
      let status =
        fact.isIrrelevant ? " _(not relevant here)_" : fact.status == .inferred ? " _(inferred)_" : fact.status == .unknown ? " _(expected)_" : ""
      let cells = row.cells.map { cell -> String in
        guard let fit = cell.fit, !fact.isIrrelevant else { return "–" }
        return fact.isScored ? "\(Format.fit(fit)) · \(Format.fixed(cell.contribution, 1))" : Format.fit(fit)
      }
      lines.append(
        "| \(escape(fact.criterion.name)) | \(Format.fit(fact.weight)) | \(escape(Report.valueText(fact)))\(status) | "
          + cells.joined(separator: " | ") + " |")
    }
    let results = approaches.map { report.scorecard.result(for: $0.id) }
    let scores = results.map { result in result.map { "**\(Format.fixed($0.score, 1))**" } ?? "" }
    let ranks = results.map { result in result.map { "\($0.rank)\($0.isExcluded ? " (fails a requirement)" : "")" } ?? "" }
    lines.append("| **Score** | | | " + scores.joined(separator: " | ") + " |")
    lines.append("| Rank | | | " + ranks.joined(separator: " | ") + " |")
    lines += ["", "Cells show the fit (0–10) and the points it adds to the 0–100 score; an unknown fact counts at its expected fit under its prior."]
    return lines
  }

  private func link(_ source: Source) -> String {
    source.url.map { "[\(escape(source.title))](\($0))" } ?? escape(source.title)
  }

  private func escape(_ text: String) -> String { Self.escape(text) }

  /// Escapes the characters that would break a table cell or start unintended formatting.
  public static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      // Intraword underscores (fact keys) are literal in GitHub-flavoured Markdown and stay unescaped.
      case "|", "*", "`", "<", ">", "[", "]": result += "\\\(character)"
      default: result.append(character)
      }
    }
    return result
  }
}
