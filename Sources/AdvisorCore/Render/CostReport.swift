/// The output of `advisor cost`: every approach's terms, totals, break-evens, assumptions and an optional sweep.
public struct CostReport: Sendable {
  let spec: ProjectSpec
  let analysis: CostAnalysis
  let criteria: CriteriaSet
  let sweep: CostSweep?

  /// Creates the report.
  public init(spec: ProjectSpec, analysis: CostAnalysis, criteria: CriteriaSet, sweep: CostSweep?) {
    self.spec = spec
    self.analysis = analysis
    self.criteria = criteria
    self.sweep = sweep
  }

  private var section: CostSection { CostSection(analysis: analysis, approaches: criteria.approaches) }

  private var assumptionsText: String {
    "Inputs: " + analysis.assumptions.map { "\($0.key) \($0.value)\($0.given ? "" : " (default)")" }.joined(separator: ", ") + "."
  }

  /// The report as text; `chart` adds the sweep's chart (on a terminal).
  public func text(chart: Bool) -> String {
    var out = TextStyle.wrap("\(spec.name): " + section.heading, width: 80, indent: "  ", firstIndent: "")
    out += TextStyle.wrap(assumptionsText, width: 80, indent: "  ", firstIndent: "")
    for cost in analysis.costs {
      out += ["", section.name(cost.approach)]
      for term in cost.terms {
        let per = term.period == .once ? "once" : "a \(term.period.rawValue)"
        let head =
          "  " + TextStyle.pad(Format.money(term.estimate.expected, analysis.currency), 10, right: true) + " " + TextStyle.pad(per, 8)
          + TextStyle.pad("(\(section.range(term.estimate)))", 22) + " "
        out += TextStyle.wrap(term.label, width: 80, indent: String(repeating: " ", count: head.count), firstIndent: head)
      }
      if let volume = analysis.volume {
        let total = cost.total(volume: volume, months: analysis.months)
        out.append("  " + TextStyle.pad(Format.money(total.expected, analysis.currency), 10, right: true) + " total    (\(section.range(total)))")
        out += TextStyle.wrap(
          "largest: " + section.assumptionLines(for: cost.approach, volume: volume).joined(separator: "; "), width: 80, indent: "    ",
          firstIndent: "  ")
      }
    }
    out +=
      ["", "Break-even (expected values)"] + section.breakEvenLines().flatMap { TextStyle.wrap($0, width: 80, indent: "    ", firstIndent: "  ") }
    if let sweep {
      out += ["", "Totals over \(section.months) months by monthly volume"] + sweep.table()
      if chart { out += [""] + sweep.chart() }
    }
    out +=
      [""]
      + TextStyle.wrap(
        "Prices: \(CostModel.fileName) in \(criteria.origin), each with its range, source and date (advisor criteria costs). Override one with your contract's figure in the spec: \"costs\": {\"generation_input.mid\": 1.5}.",
        width: 80)
    return out.joined(separator: "\n") + "\n"
  }

  /// The report as Markdown.
  public func markdown() -> String {
    var out = [
      "## \(spec.name): \(section.heading)", "", assumptionsText, "", "| Approach | Setup | Monthly | Per query | Total |",
      "|---|---:|---:|---:|---:|",
    ]
    for cost in analysis.costs {
      let total = analysis.volume.map { cost.total(volume: $0, months: analysis.months) }
      out.append(
        "| \(section.name(cost.approach)) | \(Format.money(cost.setup.expected, analysis.currency)) | \(Format.money(cost.monthly.expected, analysis.currency)) | "
          + "\(Format.money(cost.perQuery.expected, analysis.currency)) | \(total.map { "\(Format.money($0.expected, analysis.currency)) (\(section.range($0)))" } ?? "–") |"
      )
    }
    out += ["", "**Break-even**", ""] + section.breakEvenLines().map { "- " + $0 }
    if let sweep { out += ["", "```text"] + sweep.table() + ["```"] }
    return out.joined(separator: "\n") + "\n"
  }

  /// The report as JSON.
  public func json() -> JSONValue {
    var value = section.json()
    guard case .object(var members) = value.kind else { return value }
    members.append(JSONMember(key: "name", value: .string(spec.name)))
    if let sweep {
      let rows = sweep.volumes.map { volume in
        JSONValue.object(
          [("volume", .number(volume))] + zip(analysis.costs, sweep.totals(at: volume)).map { ($0.0.approach, .number(Format.rounded($0.1, 2))) })
      }
      members.append(JSONMember(key: "sweep", value: .array(rows)))
    }
    value.kind = .object(members)
    return value
  }
}
