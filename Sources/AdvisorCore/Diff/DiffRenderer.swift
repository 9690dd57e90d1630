/// `advisor diff` output: text for a terminal, Markdown for a pull-request comment.
public struct DiffRenderer: Sendable {
  /// Creates the renderer.
  public init() {}

  /// The comparison as text.
  public func text(_ diff: ReportDiff) -> String {
    var lines = [headline(diff)]
    if let status = diff.status { lines.append("  status: \(status.before ?? "") → \(status.after ?? "")") }
    lines += diff.notCompared.flatMap { TextStyle.wrap("note: " + $0, width: 80, indent: "  ", firstIndent: "  ") }
    lines += ["", "Scores (0-100)"]
    for change in diff.scores {
      lines.append("  " + TextStyle.pad(diff.name(of: change.key), 26) + " " + scoreChange(change))
    }
    lines.append("")
    lines += section("Facts changed", diff.facts.map { "\($0.key): \($0.before ?? "unknown") → \($0.after ?? "unknown")" })
    var criteria = diff.weights.map { "weight of \($0.key): \(weight($0.before)) → \(weight($0.after))" }
    if diff.criteriaChanged { criteria.insert("tables: \(short(diff.old.digest)) → \(short(diff.new.digest))", at: 0) }
    lines += section("Criteria changed", criteria)
    return lines.joined(separator: "\n") + "\n"
  }

  /// The comparison as Markdown.
  public func markdown(_ diff: ReportDiff) -> String {
    var lines = ["### advisor: \(headline(diff))", ""]
    if let status = diff.status { lines += ["Status: `\(status.before ?? "")` → `\(status.after ?? "")`", ""] }
    lines += diff.notCompared.map { "> Note: \($0)." } + (diff.notCompared.isEmpty ? [] : [""])
    lines += ["| Approach | Before | After | Change |", "|---|---:|---:|---:|"]
    for change in diff.scores {
      let delta = change.before.flatMap { before in change.after.map { Format.signed($0 - before) } } ?? "–"
      lines.append(
        "| \(diff.name(of: change.key)) | \(change.before.map { Format.fixed($0, 1) } ?? "–") | \(change.after.map { Format.fixed($0, 1) } ?? "–") | \(delta) |"
      )
    }
    let facts = diff.facts.map { "- `\($0.key)`: \($0.before ?? "unknown") → \($0.after ?? "unknown")" }
    lines += ["", "**Facts changed**", ""] + (facts.isEmpty ? ["None."] : facts)
    var criteria = diff.weights.map { "- weight of `\($0.key)`: \(weight($0.before)) → \(weight($0.after))" }
    if diff.criteriaChanged { criteria.insert("- tables: `\(short(diff.old.digest))` → `\(short(diff.new.digest))`", at: 0) }
    lines += ["", "**Criteria changed**", ""] + (criteria.isEmpty ? ["None."] : criteria)
    return lines.joined(separator: "\n") + "\n"
  }

  private func headline(_ diff: ReportDiff) -> String {
    let name = diff.new.name
    guard diff.recommendationChanged else { return "\(name): recommendation unchanged, \(diff.name(of: diff.new.approach))" }
    return "\(name): recommendation changed, \(diff.name(of: diff.old.approach)) → \(diff.name(of: diff.new.approach))"
  }

  private func scoreChange(_ change: ReportDiff.Change<Double>) -> String {
    let before = change.before.map { Format.fixed($0, 1) } ?? "–"
    let after = change.after.map { Format.fixed($0, 1) } ?? "–"
    let delta = change.before.flatMap { before in change.after.map { Format.signed($0 - before) } } ?? ""
    return TextStyle.pad(before, 5, right: true) + " → " + TextStyle.pad(after, 5, right: true) + "  " + delta
  }

  private func section(_ title: String, _ entries: [String]) -> [String] {
    [title] + (entries.isEmpty ? ["  none"] : entries.map { "  " + $0 }) + [""]
  }

  private func weight(_ value: Double?) -> String { value.map(Format.fit) ?? "absent" }

  private func short(_ digest: String) -> String { String(digest.prefix(19)) }
}

extension Format {
  /// A difference with its sign and one decimal (`+2.5`, `-0.3`, `±0.0`).
  public static func signed(_ value: Double) -> String {
    let text = fixed(value, 1)
    if text == "0.0" || text == "-0.0" { return "±0.0" }
    return value > 0 ? "+" + text : text
  }
}
