/// GitHub Actions workflow commands: a notice with the verdict, warnings for unknown and inferred facts and
/// for the report's cautions. Failed CI gates become `::error` commands (`gateFailures`).
public struct GitHubAnnotationRenderer: ReportRenderer {
  /// Creates the renderer.
  public init() {}

  /// One workflow command per line.
  public func render(_ report: Report) -> String {
    let spec = report.project.spec
    var lines: [String] = []
    let verdict = report.headline + (report.summaryLine.isEmpty ? "" : ", " + report.summaryLine)
    let kind = report.recommendation.status == .recommended ? "notice" : "warning"
    lines.append(
      Self.command(kind, title: "advisor: \(spec.name)", file: spec.file, message: verdict))
    for question in report.questions where !question.changes.isEmpty {
      lines.append(
        Self.command(
          "warning", title: "advisor: open question", file: spec.file,
          message: "\(spec.name): " + Report.questionText(question)))
    }
    for fact in report.facts(.inferred) {
      lines.append(
        Self.command(
          "warning", title: "advisor: inferred fact", file: spec.file,
          message: "\(spec.name): " + Report.factText(fact)))
    }
    for warning in report.warnings {
      lines.append(
        Self.command(
          "warning", title: "advisor", file: spec.file, message: "\(spec.name): \(warning)"))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One `::error` command a failed gate, after every report.
  public static func gateFailures(_ failures: [String]) -> String {
    failures.map { command("error", title: "advisor gate", message: $0) + "\n" }.joined()
  }

  /// A workflow command, with GitHub's escaping of properties and message.
  public static func command(_ kind: String, title: String, file: String? = nil, message: String)
    -> String
  {
    var properties: [String] = []
    if let file, !file.hasPrefix("<") { properties.append("file=" + escapeProperty(file)) }
    properties.append("title=" + escapeProperty(title))
    return "::\(kind) \(properties.joined(separator: ","))::\(escapeData(message))"
  }

  static func escapeData(_ text: String) -> String {
    text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A"])
  }

  static func escapeProperty(_ text: String) -> String {
    text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
  }
}
