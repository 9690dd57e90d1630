/// Turns a report into one output format. One conforming type per format, one file each.
public protocol ReportRenderer: Sendable {
  /// The complete output for a report, ending with a newline.
  func render(_ report: Report) -> String
}

/// The output formats `recommend` offers.
public enum OutputFormat: String, Sendable, CaseIterable {
  case text
  case json
  case markdown
  case github
  case html

  /// The renderer for this format; `color` and `width` apply to text only, `sensitivity` to text and Markdown.
  public func renderer(color: Bool, sensitivity: Bool = false, width: Int = 80)
    -> any ReportRenderer
  {
    switch self {
    case .text:
      TextRenderer(style: TextStyle(enabled: color), width: width, showsSensitivity: sensitivity)
    case .json: JSONReportRenderer()
    case .markdown: MarkdownRenderer(showsSensitivity: sensitivity)
    case .github: GitHubAnnotationRenderer()
    case .html: HTMLRenderer()
    }
  }
}
