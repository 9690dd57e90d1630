/// Builds a report's document once: every section that text, Markdown and HTML show, in one order and under one
/// set of conditions, with the sentences of `Report+Phrasing.swift`.
public struct ReportDocument: Sendable {
  /// The report.
  public let report: Report
  /// Whether to add the short sensitivity section (`recommend --sensitivity`).
  public var showsSensitivity: Bool
  /// Whether to add the charts, which only a drawing layout (HTML) shows; text and Markdown skip computing them.
  public var includesCharts: Bool

  /// Creates the builder.
  public init(report: Report, showsSensitivity: Bool = false, includesCharts: Bool = false) {
    self.report = report
    self.showsSensitivity = showsSensitivity
    self.includesCharts = includesCharts
  }

  /// The section identifiers, in the order they appear.
  public static let sectionOrder = [
    "why", "changes", "sensitivity", "questions", "requirements", "costs", "matrix", "plan",
    "next-steps", "precedents",
  ]

  /// The document.
  public func document() -> Document {
    let spec = report.project.spec
    let sources = report.citedSources
    func cite(_ source: Source?) -> [Int] {
      Report.citationIndex(of: source, in: sources).map { [$0] } ?? []
    }
    var lead: [Document.Block] = []
    if !report.summaryLine.isEmpty { lead.append(.text(Document.sentence(report.summaryLine))) }
    if let provisional = report.provisionalLine { lead.append(.text(provisional)) }
    lead.append(.text(SensitivitySection(report: report).robustnessLine))
    lead += report.warnings.map { .text($0, role: .warning) }
    let sections = [
      why(cite), changes(), sensitivity(), questions(), requirements(cite), costs(), matrix(),
      plan(), nextSteps(cite), precedents(),
    ].compactMap { $0 }
    return Document(
      title: spec.name, subtitle: spec.description,
      headline: Document.Headline(
        report.headline, tone: report.recommendation.status == .recommended ? .positive : .caution),
      lead: lead, sections: sections, sources: sources,
      colophon: "advisor \(report.toolVersion) · criteria: \(report.project.criteria.origin)")
  }

  private func why(_ cite: (Source?) -> [Int]) -> Document.Section {
    var blocks: [Document.Block] = []
    if report.drivers.isEmpty {
      blocks.append(.text("No criterion separates the top two approaches."))
    }
    let drivers = report.drivers.prefix(Report.driverLimit).map { driver in
      // The contrast's source, when it is another one: a shared source is cited once.
      let own = cite(driver.source)
      let contrast = cite(driver.contrastSource).filter { !own.contains($0) }
      return Document.Item(Report.driverText(driver), citations: own + contrast)
    }
    if !drivers.isEmpty { blocks.append(.items(drivers, marker: .number)) }
    if let counter = report.counterpoints.first {
      blocks.append(.text("Against: " + Report.driverText(counter)))
    }
    return Document.Section(id: "why", heading: "Why", blocks: blocks)
  }

  private func changes() -> Document.Section {
    let blocks: [Document.Block] =
      report.changes.isEmpty
      ? [.text(Report.noChangeText)]
      : [.items(report.changes.prefix(6).map { Document.Item(report.changeText($0)) })]
    return Document.Section(id: "changes", heading: "What would change the answer", blocks: blocks)
  }

  private func sensitivity() -> Document.Section? {
    guard showsSensitivity else { return nil }
    let section = SensitivitySection(report: report)
    let lines = [section.monteCarloLine] + section.methodLines + section.fragileFlipLines
    var blocks: [Document.Block] = [.items(lines.map { Document.Item($0) })]
    if includesCharts, report.sensitivity.monteCarlo.samples > 0 {
      blocks.append(
        .chart(
          ReportCharts.firstPlaces(
            report.sensitivity, approaches: report.project.criteria.approaches)))
    }
    if includesCharts, !report.sensitivity.flips.isEmpty {
      blocks.append(.chart(ReportCharts.flips(section)))
    }
    return Document.Section(id: "sensitivity", heading: "How solid it is", blocks: blocks)
  }

  private func questions() -> Document.Section? {
    guard !report.questions.isEmpty else { return nil }
    return Document.Section(
      id: "questions",
      heading: "Questions you did not answer (most likely to change the answer first)",
      blocks: [.items(report.questions.map { Document.Item(Report.questionText($0)) })])
  }

  private func requirements(_ cite: (Source?) -> [Int]) -> Document.Section? {
    let excluded = report.scorecard.ranking.filter(\.isExcluded)
    guard !excluded.isEmpty else { return nil }
    let items = excluded.map { result in
      Document.Item(
        Report.exclusionText(result), label: result.approach.name,
        citations: result.exclusions.flatMap { cite($0.criterion.source(id: $0.exclusion.source)) })
    }
    return Document.Section(
      id: "requirements", heading: "Requirements not met", blocks: [.items(items)])
  }

  private func costs() -> Document.Section? {
    guard let cost = report.project.cost else { return nil }
    let costs = CostSection(analysis: cost, approaches: report.project.criteria.approaches)
    var blocks: [Document.Block] = [.items(costs.summaryLines().map { Document.Item($0) })]
    if includesCharts {
      blocks.append(
        .chart(ReportCharts.costs(cost, approaches: report.project.criteria.approaches)))
    }
    let breakEvens = costs.breakEvenLines(crossingOnly: true)
    if !breakEvens.isEmpty {
      blocks.append(
        .collapsible(
          summary: "Break-even volumes",
          blocks: [.items(breakEvens.map { Document.Item($0) }, marker: .arrow)]))
    }
    if !cost.premise.isEmpty { blocks.append(.text(cost.premise, role: .note)) }
    blocks.append(
      .text("`advisor cost` shows the arithmetic and the prices it rests on.", role: .note))
    return Document.Section(id: "costs", heading: costs.heading, blocks: blocks)
  }

  private func matrix() -> Document.Section {
    Document.Section(
      id: "matrix", heading: "Decision matrix",
      blocks: [.table(DecisionMatrixTable(report: report).table())])
  }

  private func plan() -> Document.Section? {
    guard !report.plan.steps.isEmpty || report.plan.now != nil else { return nil }
    return Document.Section(
      id: "plan", heading: "Plan",
      blocks: [.items(report.planLines.map { Document.Item($0) }, marker: .number)])
  }

  private func nextSteps(_ cite: (Source?) -> [Int]) -> Document.Section? {
    guard let winner = report.recommendation.winner, !report.nextSteps.isEmpty else { return nil }
    let items = report.nextSteps.map { Document.Item($0.step.text, citations: cite($0.source)) }
    return Document.Section(
      id: "next-steps", heading: "Next steps for \(winner.approach.name)",
      blocks: [.items(items, marker: .number)])
  }

  private func precedents() -> Document.Section? {
    guard !report.precedents.isEmpty else { return nil }
    var blocks: [Document.Block] = []
    if let note = report.precedentNote { blocks.append(.text(note, role: .strong)) }
    blocks.append(
      .items(
        report.precedents.map { Document.Item(report.precedentLine($0), link: $0.precedent.source) }
      ))
    return Document.Section(
      id: "precedents", heading: "Published projects like this one", blocks: blocks)
  }
}
