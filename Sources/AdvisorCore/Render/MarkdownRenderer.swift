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
    var document = ReportDocument(report: report, showsSensitivity: showsSensitivity).document()
    // A comment or a job summary is read in a browser: point to the page with charts a CI job can keep.
    document.colophon =
      (document.colophon.map { $0 + " · " } ?? "")
      + "a one-page report with charts: `--format html`"
    return MarkdownLayout().render(document)
  }
}
