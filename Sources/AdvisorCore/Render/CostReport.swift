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

  private var section: CostSection {
    CostSection(analysis: analysis, approaches: criteria.approaches)
  }

  private var assumptionsText: String {
    "Inputs: "
      + analysis.assumptions.map { "\($0.key) \($0.value)\($0.given ? "" : " (default)")" }.joined(
        separator: ", ") + "."
  }

  private func money(_ value: Double) -> String { Format.money(value, analysis.currency) }

  /// The report as a document; `chart` adds the sweep's chart drawn in characters (on a terminal), to fit in
  /// `width` columns.
  public func document(chart: Bool, width: Int = 80) -> Document {
    var sections = [summary()] + analysis.costs.map(terms)
    sections.append(
      Document.Section(
        id: "break-even", heading: "Break-even (expected values)",
        blocks: [.items(section.breakEvenLines().map { Document.Item($0) })]))
    if let sweep {
      var blocks: [Document.Block] = [.table(sweep.table())]
      if chart {
        blocks.append(
          .preformatted(
            sweep.chart(width: max(20, width - sweep.chartMargin - 4), lineWidth: width)))
      }
      sections.append(
        Document.Section(
          id: "sweep", heading: "Totals over \(section.months) months by monthly volume",
          blocks: blocks))
    }
    sections.append(
      Document.Section(
        id: "prices", heading: "Prices",
        blocks: [
          .text(
            "\(CostModel.fileName) in \(criteria.origin), each with its range, source and date (advisor criteria costs). Override one "
              + "with your contract's figure in the spec: \"costs\": {\"generation_input.mid\": 1.5}."
          )
        ]))
    return Document(
      title: spec.name, headline: Document.Headline(section.heading),
      lead: [.text(assumptionsText)], sections: sections)
  }

  /// Every approach's setup, monthly, per-query and total cost in one table.
  private func summary() -> Document.Section {
    let columns = [
      Document.Table.Column("Approach", width: .fit(max: 26)),
      Document.Table.Column("Setup", alignsRight: true, width: .fit(max: 32)),
      Document.Table.Column("Monthly", alignsRight: true, width: .fit(max: 32)),
      Document.Table.Column("Per query", alignsRight: true, width: .fit(max: 32)),
      Document.Table.Column("Total", alignsRight: true, width: .fit(max: 32)),
    ]
    let rows = analysis.costs.map { cost in
      let total = analysis.volume.map { cost.total(volume: $0, months: analysis.months) }
      return Document.Table.Row([
        Document.Table.Cell(section.name(cost.approach)),
        Document.Table.Cell(money(cost.setup.expected)),
        Document.Table.Cell(money(cost.monthly.expected)),
        Document.Table.Cell(money(cost.perQuery.expected)),
        Document.Table.Cell(
          total.map { "\(money($0.expected)) (\(section.range($0)))" } ?? "–",
          compact: total.map { money($0.expected) } ?? "-"),
      ])
    }
    // A narrow terminal gets the approaches' short names.
    var narrow = Document.Table(columns: columns, rows: rows)
    for (index, cost) in analysis.costs.enumerated() {
      narrow.rows[index].cells[0] = Document.Table.Cell(section.shortName(cost.approach))
    }
    return Document.Section(
      id: "summary", heading: "Summary",
      blocks: [
        .table(Document.Table(columns: columns, rows: rows, narrow: narrow)),
        .chart(ReportCharts.costs(analysis, approaches: criteria.approaches)),
      ])
  }

  /// One approach's terms with their ranges, its total and its largest terms; on a narrow terminal the amounts
  /// come in few characters (`$1.32M`) and the term's words take what is left.
  private func terms(_ cost: ApproachCost) -> Document.Section {
    func table(money: (Double) -> String, termWidth: Int) -> Document.Table {
      let columns = [
        Document.Table.Column("Expected", alignsRight: true, width: .fit(max: 32)),
        Document.Table.Column("Per", width: .fit(max: 8)),
        Document.Table.Column("Range", width: .fit(max: 64)),
        Document.Table.Column("Term", width: .fill(min: termWidth)),
      ]
      func range(_ estimate: Estimate) -> String {
        "\(money(estimate.low))–\(money(estimate.high))"
      }
      var rows = cost.terms.map { term in
        Document.Table.Row([
          Document.Table.Cell(money(term.estimate.expected)),
          Document.Table.Cell(term.period == .once ? "once" : "a \(term.period.rawValue)"),
          Document.Table.Cell(range(term.estimate)), Document.Table.Cell(term.label),
        ])
      }
      if let volume = analysis.volume {
        let total = cost.total(volume: volume, months: analysis.months)
        rows.append(
          Document.Table.Row(
            [
              Document.Table.Cell(money(total.expected)), Document.Table.Cell("total"),
              Document.Table.Cell(range(total)),
              Document.Table.Cell("over \(section.months) months"),
            ], isSummary: true))
      }
      return Document.Table(columns: columns, rows: rows)
    }
    var full = table(money: money, termWidth: 20)
    full.narrow = table(money: { Format.moneyAbbreviated($0, analysis.currency) }, termWidth: 12)
    var blocks: [Document.Block] = [.table(full)]
    if let volume = analysis.volume {
      blocks.append(
        .text(
          "Largest: "
            + section.assumptionLines(for: cost.approach, volume: volume).joined(separator: "; ")
            + "."))
    }
    return Document.Section(
      id: "approach-\(cost.approach)", heading: section.name(cost.approach), blocks: blocks)
  }

  /// The report as JSON.
  public func json() -> JSONValue {
    var value = section.json()
    guard case .object(var members) = value.kind else { return value }
    members.append(JSONMember(key: "name", value: .string(spec.name)))
    if let sweep {
      let rows = sweep.volumes.map { volume in
        JSONValue.object(
          [("volume", .number(volume))]
            + zip(analysis.costs, sweep.totals(at: volume)).map {
              ($0.0.approach, .number(Format.rounded($0.1, 2)))
            })
      }
      members.append(JSONMember(key: "sweep", value: .array(rows)))
    }
    value.kind = .object(members)
    return value
  }
}
