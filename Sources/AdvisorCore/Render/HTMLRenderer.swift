/// The report as one self-contained HTML page for the people who decide: the verdict, the plan, the money and
/// the risk, with the costs, the Monte Carlo shares and the weight flip points drawn as SVG charts.
public struct HTMLRenderer: ReportRenderer {
  /// Creates the renderer.
  public init() {}

  /// Renders the report; the page always carries the sensitivity section, whose charts show the risk.
  public func render(_ report: Report) -> String {
    HTMLLayout().render(
      ReportDocument(report: report, showsSensitivity: true, includesCharts: true).document())
  }
}
