import Foundation
import Testing

/// `--format html` as a user runs it: one page a spec, written atomically with `-o`, for `recommend`, `cost` and
/// `sensitivity`.
@Suite struct HTMLCommandTests {
  @Test func recommendWritesOnePageWithItsCharts() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/report.html"
    let run = Run([
      "recommend", Paths.example("legal-research-memos"), "--format", "html", "-o", path,
    ])
    #expect(run.status == 0, "\(run.error)")
    #expect(run.output.isEmpty)
    let page = try String(contentsOfFile: path, encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>\n"))
    #expect(page.hasSuffix("</html>\n"))
    #expect(page.components(separatedBy: "<svg ").count - 1 == 3)
    #expect(
      page.contains(
        "<title>legal-research-memos: Too close to call: Hybrid (fine-tune + RAG) leads RAG narrowly</title>"
      ))
    // The same spec gives the same bytes.
    #expect(Run(["recommend", Paths.example("legal-research-memos"), "-f", "html"]).output == page)
  }

  @Test func costAndSensitivityDrawTheirCharts() {
    let cost = Run(["cost", Paths.example("internal-faq-bot"), "--sweep", "1e3:1e7", "-f", "html"])
    #expect(cost.status == 0)
    #expect(cost.output.contains("<figcaption><strong>Total cost by monthly volume</strong>."))
    let sensitivity = Run(["sensitivity", Paths.example("internal-faq-bot"), "-f", "html"])
    #expect(sensitivity.status == 0)
    #expect(sensitivity.output.contains("<figcaption><strong>Share of first places over"))
    #expect(
      sensitivity.output.contains(
        "<figcaption><strong>Weights within which the winner holds</strong>."))
  }

  @Test func severalSpecsGiveAPortfolioPage() {
    let run = Run([
      "recommend", Paths.example("internal-faq-bot"), Paths.example("legal-docs-qa"), "-f", "html",
    ])
    #expect(run.status == 0)
    #expect(run.output.hasPrefix("<!DOCTYPE html>\n"))
    #expect(
      run.output.contains("<p class=\"headline\">2 projects (1 Prompt engineering, 1 RAG).</p>"))
    #expect(
      run.output.contains("<tr><th scope=\"row\">internal-faq-bot</th><td>Prompt engineering</td>"))
    #expect(
      run.output.contains(
        "<td>RAG once prompting_baseline turns out falls_short and ml_expertise is some (now none)</td></tr>"
      ))
    #expect(
      run.output.contains(
        "<figcaption><strong>Share of projects each approach leads</strong>. Prompt engineering 50%, RAG 50%.</figcaption>"
      ))
  }
}
