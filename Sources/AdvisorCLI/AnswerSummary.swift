import AdvisorCore

/// The short table of answers the interview shows before the report.
struct AnswerSummary {
  let report: Report
  let style: TextStyle
  /// The width the saved line wraps at: standard error's terminal.
  var width = 80

  /// The table, then the line saying where the answers were saved, if they were.
  func text(saved: String?) -> String {
    var lines = [style.bold("Your answers")]
    // Columns as wide as their longest entry, so that no name runs into its key.
    let nameWidth = (report.project.facts.map(\.criterion.name.count).max() ?? 0) + 2
    let keyWidth = (report.project.facts.map(\.criterion.fact.key.count).max() ?? 0) + 2
    for fact in report.project.facts {
      let value: String
      switch fact.status {
      case .given: value = fact.value.map { $0.display(unit: fact.criterion.fact.unit) } ?? "?"
      case .inferred: value = (fact.level?.id ?? "?") + " (inferred)"
      case .unknown: value = style.dim(fact.isIrrelevant ? "not relevant" : "unknown")
      }
      lines.append(
        "  " + TextStyle.pad(fact.criterion.name, nameWidth)
          + TextStyle.pad(fact.criterion.fact.key, keyWidth) + value)
    }
    if let saved { lines.append(Self.savedLine(saved, width: width)) }
    return lines.joined(separator: "\n") + "\n\n"
  }

  /// Where the answers were saved and how to get this report again.
  static func savedLine(_ path: String, width: Int = 80) -> String {
    TextStyle.wrap(
      "Saved to \(path); `advisor recommend \(path)` gives this report again.", width: width
    ).joined(separator: "\n")
  }
}
