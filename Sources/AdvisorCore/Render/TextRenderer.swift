/// The report for a person at a terminal: the report's document laid out to a width, colour only when the style
/// allows it.
public struct TextRenderer: ReportRenderer {
  /// Colour and bold, or plain.
  public var style: TextStyle
  /// The line width.
  public var width: Int
  /// Whether to add the short sensitivity section.
  public var showsSensitivity: Bool

  /// Creates a text renderer.
  public init(
    style: TextStyle = TextStyle(enabled: false), width: Int = 80, showsSensitivity: Bool = false
  ) {
    self.style = style
    self.width = width
    self.showsSensitivity = showsSensitivity
  }

  /// Renders the whole report.
  public func render(_ report: Report) -> String {
    TextLayout(style: style, width: width).render(
      ReportDocument(report: report, showsSensitivity: showsSensitivity).document())
  }
}
