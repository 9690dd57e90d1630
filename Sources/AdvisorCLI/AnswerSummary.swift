import AdvisorCore

/// The short table of answers the interview shows before the report.
struct AnswerSummary {
  let report: Report
  let style: TextStyle

  func text(saved: String?) -> String {
    var lines = [style.bold("Your answers")]
    for fact in report.project.facts {
      let value: String
      switch fact.status {
      case .given: value = fact.value.map { $0.display(unit: fact.criterion.fact.unit) } ?? "?"
      case .inferred: value = (fact.level?.id ?? "?") + " (inferred)"
      case .unknown: value = style.dim("unknown")
      }
      lines.append("  " + TextStyle.pad(fact.criterion.name, 18) + TextStyle.pad(fact.criterion.fact.key, 22) + value)
    }
    if let saved { lines.append("Saved to \(saved); `advisor recommend \(saved)` gives this report again.") }
    return lines.joined(separator: "\n") + "\n\n"
  }
}
