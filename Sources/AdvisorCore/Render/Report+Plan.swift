extension Report {
  /// A step's conditions as a clause: `prompting_baseline is falls_short and labeled_examples is 1,000 examples`.
  public static func conditionText(_ conditions: [Plan.Condition]) -> String {
    conditions.map { condition in
      let unit = condition.criterion.fact.unit
      let shown = condition.value.display(unit: unit)
      guard let current = condition.current else {
        return "\(condition.criterion.fact.key) turns out \(shown)"
      }
      return "\(condition.criterion.fact.key) is \(shown) (now \(current.display(unit: unit)))"
    }.joined(separator: " and ")
  }

  /// The plan as sentences, one per step: the approach now, then each step with its conditions, cost and what to
  /// measure.
  public var planLines: [String] {
    var lines: [String] = []
    let currency = project.cost?.currency ?? "USD"
    if let now = plan.now {
      // The approach's own first steps follow the plan as its next steps; the plan does not repeat them.
      lines.append(
        "Now: \(now.name)" + (now.nextSteps.isEmpty ? "." : ", starting with its next steps below.")
      )
    } else {
      lines.append(
        "Now: no approach meets every requirement; each step below says what would let one lead.")
    }
    for step in plan.steps {
      var text =
        switch step.kind {
        case .next: "Then \(step.approach.name), once \(Self.conditionText(step.conditions))"
        case .lighter:
          "\(step.approach.name) would be enough if \(Self.conditionText(step.conditions))"
        }
      text += step.lead >= 0.05 ? " (it would lead by \(Format.fixed(step.lead, 1)) points)." : "."
      if let total = step.total, let volume = project.cost?.volume {
        text +=
          " It would cost \(Format.money(total.expected, currency)) over \(Format.grouped(project.cost?.months ?? 12)) months"
        text += " at \(Format.grouped(volume)) queries a month"
        if let current = step.currentTotal, let now = plan.now {
          text += ", against \(Format.money(current.expected, currency)) for \(now.name)"
        }
        if let crossing = step.breakEven?.volume {
          text +=
            "; \(Format.grouped(Format.significant(crossing, 3))) queries a month is where the two totals cross"
        }
        text += "."
      }
      if let measure = step.measure { text += " To decide, measure: \(measure.text)" }
      lines.append(text)
    }
    return lines
  }
}
