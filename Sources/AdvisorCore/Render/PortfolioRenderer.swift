/// One row per project for a batch run: a platform team's view of every LLM project at once.
public struct PortfolioRenderer: Sendable {
  /// A project that could not be scored, with its name and the first line of its error.
  public struct Failure: Sendable, Equatable {
    /// The spec's name or file.
    public var name: String
    /// Why it could not be scored.
    public var message: String

    /// Creates a failure.
    public init(name: String, message: String) {
      self.name = name
      self.message = message
    }
  }

  /// A project's verdict with its line of the table, rendered on its own so that a batch can render the rows
  /// where it scores the specs.
  public struct Row: Sendable, Equatable {
    /// The verdict.
    public var verdict: Verdict
    /// The table line, without its newline.
    public var line: String

    /// Pairs a verdict with its line.
    public init(verdict: Verdict, line: String) {
      self.verdict = verdict
      self.line = line
    }
  }

  /// The table layouts.
  public enum Style: Sendable {
    /// An 80-column text table.
    case text
    /// A Markdown table.
    case markdown
    /// A self-contained HTML page: the table, and a chart of how many projects each approach leads.
    case html
  }

  /// The approaches in table order, for the headline's counts.
  public var approaches: [Approach]
  /// The layout.
  public var style: Style

  /// Creates the renderer for verdicts drawn from tables with these approaches.
  public init(approaches: [Approach], style: Style = .text) {
    self.approaches = approaches
    self.style = style
  }

  /// The portfolio of these verdicts and failures.
  public func render(_ verdicts: [Verdict], failures: [Failure]) -> String {
    render(verdicts.map(row), failures: failures)
  }

  /// The portfolio of rows already rendered (by this renderer's `row`) and failures.
  public func render(_ rows: [Row], failures: [Failure]) -> String {
    let headline = headline(rows.map(\.verdict), failures)
    var lines: [String]
    switch style {
    case .text:
      lines = TextStyle.wrap(headline, width: 80, indent: "  ", firstIndent: "") + [""]
      lines.append(Self.cells("Project", "Verdict", ["Score", "Conf.", "Margin"]) + "  Runner-up")
      lines += rows.map(\.line)
      if rows.contains(where: { $0.verdict.recommendation.status != .recommended }) {
        lines += ["", Self.legend]
      }
      for failure in failures {
        lines += TextStyle.wrap(
          "invalid: \(failure.message)", width: 80, indent: String(repeating: " ", count: 27),
          firstIndent: "  " + TextStyle.pad(failure.name, 24) + " ")
      }
    case .html:
      return HTMLLayout().render(document(headline: headline, rows.map(\.verdict), failures))
    case .markdown:
      lines = [
        "## \(headline)", "",
        "| Project | Recommendation | Score | Confidence | Margin | Runner-up | Next step |",
        "|---|---|---:|---:|---:|---|---|",
      ]
      lines += rows.map(\.line)
      for failure in failures {
        lines.append(
          "| \(failure.name) | invalid | | | | \(failure.message.replacingAll(["|": "\\|"])) | |")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The HTML page's document: the portfolio table and the count of projects each approach leads.
  private func document(headline: String, _ verdicts: [Verdict], _ failures: [Failure]) -> Document
  {
    let columns = [
      Document.Table.Column("Project"), Document.Table.Column("Recommendation"),
      Document.Table.Column("Score", alignsRight: true),
      Document.Table.Column("Confidence", alignsRight: true),
      Document.Table.Column("Margin", alignsRight: true),
      Document.Table.Column("Runner-up"), Document.Table.Column("Next step"),
    ]
    let rows = verdicts.map { verdict in
      let recommendation = verdict.recommendation
      let cells = [
        verdict.name,
        recommendation.winner.map { $0.approach.name + Self.words(recommendation.status) }
          ?? "none meets every requirement",
        recommendation.winner.map { Format.fixed($0.score, 1) } ?? "–",
        "\(recommendation.confidence.percent)% (\(recommendation.confidence.label))",
        Format.fixed(recommendation.margin, 1),
        recommendation.runnerUp?.approach.name ?? "–", verdict.nextStep.map(Self.stepText) ?? "–",
      ]
      return Document.Table.Row(cells.map { Document.Table.Cell($0) })
    }
    var counts = [Int](repeating: 0, count: approaches.count + 1)
    for verdict in verdicts {
      counts[
        verdict.recommendation.winner.flatMap { winner in
          approaches.firstIndex { $0.id == winner.approach.id }
        } ?? approaches.count] += 1
    }
    let total = Double(max(1, verdicts.count))
    let bars = zip(approaches.map(\.name) + ["none"], counts).filter { $0.1 > 0 }.map {
      Document.Chart.Bar(label: $0.0, share: Double($0.1) / total)
    }
    var sections = [
      Document.Section(
        id: "projects", heading: "Projects",
        blocks: [
          .chart(
            Document.Chart(
              title: "Share of projects each approach leads",
              summary: bars.map { "\($0.label) \(Format.percent($0.share))" }.joined(
                separator: ", ") + ".", kind: .bars(bars))),
          .table(Document.Table(columns: columns, rows: rows)),
        ])
    ]
    if !failures.isEmpty {
      sections.append(
        Document.Section(
          id: "invalid", heading: "Specs that could not be scored",
          blocks: [.items(failures.map { Document.Item($0.message, label: $0.name) })]))
    }
    let summary =
      headline.hasPrefix("Portfolio: ") ? String(headline.dropFirst("Portfolio: ".count)) : headline
    return Document(
      title: "Portfolio", headline: Document.Headline(Document.sentence(summary)),
      sections: sections)
  }

  /// A verdict's line of the table.
  public func row(_ verdict: Verdict) -> Row {
    let recommendation = verdict.recommendation
    let score = recommendation.winner.map { Format.fixed($0.score, 1) }
    let margin = Format.fixed(recommendation.margin, 1)
    let confidence = recommendation.confidence
    switch style {
    case .text:
      let verdictCell =
        recommendation.winner.map { $0.approach.shortName + Self.mark(recommendation.status) }
        ?? "none"
      var line =
        Self.cells(verdict.name, verdictCell, [score ?? "-", "\(confidence.percent)%", margin])
        + "  " + (recommendation.runnerUp?.approach.shortName ?? "-")
      if let step = verdict.nextStep {
        line +=
          "\n"
          + TextStyle.wrap(
            Self.stepText(step), width: 80, indent: String(repeating: " ", count: 10),
            firstIndent: "    next: "
          )
          .joined(separator: "\n")
      }
      return Row(verdict: verdict, line: line)
    case .html:
      return Row(verdict: verdict, line: "")
    case .markdown:
      let line =
        "| \(verdict.name) | \(recommendation.winner.map { "**\($0.approach.name)**" + Self.words(recommendation.status) } ?? "none meets every requirement") | \(score ?? "–") | "
        + "\(confidence.percent)% (\(confidence.label)) | \(margin) | \(recommendation.runnerUp?.approach.name ?? "–") | "
        + "\(verdict.nextStep.map { MarkdownLayout.escape(Self.stepText($0)) } ?? "–") |"
      return Row(verdict: verdict, line: line)
    }
  }

  /// A plan step in a few words, its conditions phrased as the report's plan phrases them.
  static func stepText(_ step: Plan.Step) -> String {
    let conditions = Report.conditionText(step.conditions)
    return step.kind == .next
      ? "\(step.approach.name) once \(conditions)"
      : "\(step.approach.name) would be enough if \(conditions)"
  }

  /// The text table's mark for a verdict that is not a settled recommendation.
  static func mark(_ status: Recommendation.Status) -> String {
    switch status {
    case .provisional: "?"
    case .closeCall: "~"
    case .recommended, .unmet: ""
    }
  }

  /// The Markdown table's words for the same.
  static func words(_ status: Recommendation.Status) -> String {
    switch status {
    case .provisional: " (provisional)"
    case .closeCall: " (too close to call)"
    case .recommended, .unmet: ""
    }
  }

  /// What the text table's marks mean.
  static let legend = "  ? no recommendation yet: the leader is provisional  ~ too close to call"

  /// The text table's cells: a name, a verdict, and right-aligned numbers.
  private static func cells(_ name: String, _ verdict: String, _ numbers: [String]) -> String {
    var text = "  " + TextStyle.pad(name, 27) + " " + TextStyle.pad(verdict, 10)
    for number in numbers { text += TextStyle.pad(number, 7, right: true) }
    return text.trimmingTrailingSpaces()
  }

  private func headline(_ verdicts: [Verdict], _ failures: [Failure]) -> String {
    let total = verdicts.count + failures.count
    var text = "Portfolio: \(total) project\(total == 1 ? "" : "s")"
    if !failures.isEmpty { text += ", \(failures.count) invalid" }
    var counts: [String: Int] = [:]
    for verdict in verdicts {
      counts[verdict.recommendation.winner?.approach.name ?? "none", default: 0] += 1
    }
    let order = approaches.map(\.name)
    let summary = (order + ["none"]).compactMap { name in counts[name].map { "\($0) \(name)" } }
    return summary.isEmpty ? text : text + " (" + summary.joined(separator: ", ") + ")"
  }
}
