/// The report as GitHub-flavoured Markdown, for a pull-request comment or a CI job summary.
public struct MarkdownRenderer: ReportRenderer {
  /// Whether to add the short sensitivity section.
  public var showsSensitivity: Bool

  /// Creates the renderer.
  public init(showsSensitivity: Bool = false) {
    self.showsSensitivity = showsSensitivity
  }

  /// Renders the report.
  public func render(_ report: Report) -> String {
    MarkdownLayout().render(ReportDocument(report: report, showsSensitivity: showsSensitivity).document())
  }
}
