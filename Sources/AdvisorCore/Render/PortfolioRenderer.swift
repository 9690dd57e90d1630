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

  /// The approaches in table order, for the headline's counts.
  public var approaches: [Approach]

  /// Creates the renderer for verdicts drawn from tables with these approaches.
  public init(approaches: [Approach]) {
    self.approaches = approaches
  }

  /// The portfolio as an 80-column text table.
  public func text(_ verdicts: [Verdict], failures: [Failure]) -> String {
    var lines = TextStyle.wrap(headline(verdicts, failures), width: 80, indent: "  ", firstIndent: "") + [""]
    func row(_ cells: [String]) -> String {
      var text = "  " + TextStyle.pad(cells[0], 27) + " " + TextStyle.pad(cells[1], 10)
      for cell in cells[2...] { text += TextStyle.pad(cell, 7, right: true) }
      return text.trimmingTrailingSpaces()
    }
    lines.append(row(["Project", "Verdict", "Score", "Conf.", "Margin"]) + "  Runner-up")
    for verdict in verdicts {
      let recommendation = verdict.recommendation
      lines.append(
        row([
          verdict.name, recommendation.winner?.approach.shortName ?? "none",
          recommendation.winner.map { Format.fixed($0.score, 1) } ?? "-", "\(recommendation.confidence.percent)%",
          Format.fixed(recommendation.margin, 1),
        ]) + "  " + (recommendation.runnerUp?.approach.shortName ?? "-"))
    }
    for failure in failures {
      lines += TextStyle.wrap(
        "invalid: \(failure.message)", width: 80, indent: String(repeating: " ", count: 27), firstIndent: "  " + TextStyle.pad(failure.name, 24) + " "
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The portfolio as a Markdown table.
  public func markdown(_ verdicts: [Verdict], failures: [Failure]) -> String {
    var lines = [
      "## \(headline(verdicts, failures))", "", "| Project | Recommendation | Score | Confidence | Margin | Runner-up |",
      "|---|---|---:|---:|---:|---|",
    ]
    for verdict in verdicts {
      let recommendation = verdict.recommendation
      lines.append(
        "| \(verdict.name) | **\(recommendation.winner?.approach.name ?? "none")** | "
          + "\(recommendation.winner.map { Format.fixed($0.score, 1) } ?? "–") | \(recommendation.confidence.percent)% (\(recommendation.confidence.label)) | "
          + "\(Format.fixed(recommendation.margin, 1)) | \(recommendation.runnerUp?.approach.name ?? "–") |")
    }
    for failure in failures {
      lines.append("| \(failure.name) | invalid | | | | \(failure.message.replacingAll(["|": "\\|"])) |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func headline(_ verdicts: [Verdict], _ failures: [Failure]) -> String {
    let total = verdicts.count + failures.count
    var text = "Portfolio: \(total) project\(total == 1 ? "" : "s")"
    if !failures.isEmpty { text += ", \(failures.count) invalid" }
    var counts: [String: Int] = [:]
    for verdict in verdicts { counts[verdict.recommendation.winner?.approach.name ?? "none", default: 0] += 1 }
    let order = approaches.map(\.name)
    let summary = (order + ["none"]).compactMap { name in counts[name].map { "\($0) \(name)" } }
    return summary.isEmpty ? text : text + " (" + summary.joined(separator: ", ") + ")"
  }
}
