extension ReportDiff {
  /// The comparison as a document: the verdict, every score, the facts and the criteria that changed; the
  /// warnings lead it when `showingWarnings` (a text caller writes them to standard error instead).
  public func document(showingWarnings: Bool = true) -> Document {
    var lead: [Document.Block] = []
    if showingWarnings { lead += warnings.map { .text(Document.sentence($0), role: .warning) } }
    if let status { lead.append(.text("Status: \(status.before ?? "") → \(status.after ?? "")")) }
    lead += notCompared.map { .text("Note: " + $0 + ".", role: .note) }
    if let confidence, let before = confidence.before, let after = confidence.after {
      lead.append(
        .text(
          "Confidence \(Format.grouped(before))% → \(Format.grouped(after))% (\(Self.signedWhole(after - before)) points)"
        ))
    }
    if let margin, let before = margin.before, let after = margin.after {
      lead.append(
        .text(
          "Margin \(Format.fixed(before, 1)) → \(Format.fixed(after, 1)) points (\(Format.signed(after - before)))"
        ))
    }
    let columns = [
      Document.Table.Column("Approach", width: .fit(max: 26)),
      Document.Table.Column("Before", alignsRight: true, width: .fit(max: 6)),
      Document.Table.Column("After", alignsRight: true, width: .fit(max: 6)),
      Document.Table.Column("Change", alignsRight: true, width: .fit(max: 6)),
    ]
    let rows = scores.map { change in
      let delta =
        change.before.flatMap { before in change.after.map { Format.signed($0 - before) } } ?? "–"
      return Document.Table.Row(
        [
          name(of: change.key), change.before.map { Format.fixed($0, 1) } ?? "–",
          change.after.map { Format.fixed($0, 1) } ?? "–", delta,
        ].map { Document.Table.Cell($0) })
    }
    func weight(_ value: Double?) -> String { value.map(Format.fit) ?? "absent" }
    var criteria = weights.map { "weight of \($0.key): \(weight($0.before)) → \(weight($0.after))" }
    if criteriaChanged {
      criteria.insert(
        "tables: \(Self.shortDigest(old.digest)) → \(Self.shortDigest(new.digest))", at: 0)
    }
    func entries(_ lines: [String]) -> [Document.Block] {
      lines.isEmpty ? [.text("None.")] : [.items(lines.map { Document.Item($0) })]
    }
    let headline =
      recommendationChanged
      ? "Recommendation changed: \(name(of: old.approach)) → \(name(of: new.approach))"
      : "Recommendation unchanged: \(name(of: new.approach))"
    return Document(
      title: old.name == new.name ? new.name : "\(old.name) → \(new.name)",
      headline: Document.Headline(headline, tone: recommendationChanged ? .caution : .neutral),
      lead: lead,
      sections: [
        Document.Section(
          id: "scores", heading: "Scores (0-100)",
          blocks: [.table(Document.Table(columns: columns, rows: rows))]),
        Document.Section(
          id: "facts", heading: "Facts changed",
          blocks: entries(
            facts.map { "\($0.key): \($0.before ?? "unknown") → \($0.after ?? "unknown")" })),
        Document.Section(id: "criteria", heading: "Criteria changed", blocks: entries(criteria)),
      ])
  }
}

extension ReportDiff {
  /// A whole-number difference with its sign (`+3`, `-8`, `±0`).
  static func signedWhole(_ value: Double) -> String {
    let rounded = value.rounded()
    if rounded == 0 { return "±0" }
    return (rounded > 0 ? "+" : "-") + Format.grouped(abs(rounded))
  }
}

extension Format {
  /// A difference with its sign and one decimal (`+2.5`, `-0.3`, `±0.0`).
  public static func signed(_ value: Double) -> String {
    let text = fixed(value, 1)
    if text == "0.0" || text == "-0.0" { return "±0.0" }
    return value > 0 ? "+" + text : text
  }
}
