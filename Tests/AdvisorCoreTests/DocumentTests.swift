import Foundation
import Testing

@testable import AdvisorCore

/// The document layer: one report document, laid out as text and as Markdown, each saying the same sections in
/// the same order.
@Suite struct DocumentTests {
  @Test(arguments: ExampleCaseTests.expected.keys.sorted())
  func textAndMarkdownShowEverySectionInTheDocumentsOrder(name: String) throws {
    let report = Advisor(options: .init(samples: 200)).recommend(
      try Fixtures.example(name), criteria: Fixtures.builtIn)
    let document = ReportDocument(report: report, showsSensitivity: true).document()
    // The sections come in the documented order, and the plan, the matrix and the precedents are always there.
    let ids = document.sections.map(\.id)
    #expect(ids == ReportDocument.sectionOrder.filter(ids.contains))
    for id in ["why", "matrix", "plan", "precedents", "sensitivity"] {
      #expect(ids.contains(id), "\(name): \(id)")
    }
    let text = TextRenderer(showsSensitivity: true).render(report)
    let markdown = MarkdownRenderer(showsSensitivity: true).render(report)
    var textEnd = text.startIndex
    var markdownEnd = markdown.startIndex
    for section in document.sections {
      let inText = try #require(
        text.range(of: "\n\n\(section.heading)\n", range: textEnd..<text.endIndex),
        "\(name): \(section.id)")
      textEnd = inText.upperBound
      let heading = "\n### \(MarkdownLayout.escape(section.heading))\n"
      let inMarkdown = try #require(
        markdown.range(of: heading, range: markdownEnd..<markdown.endIndex),
        "\(name): \(section.id)")
      markdownEnd = inMarkdown.upperBound
    }
    // Every numbered citation in the text has its source listed, and Markdown links each one.
    let unwrapped = text.replacingOccurrences(of: "\n      ", with: " ")
    for (index, source) in document.sources.enumerated() {
      #expect(unwrapped.contains("  [\(index + 1)] \(source.title)"), "\(name): \(source.title)")
      if let url = source.url { #expect(markdown.contains("](\(url))")) }
    }
  }

  @Test func aFillingColumnWrapsOnWordsAndOthersAreCut() {
    let table = Document.Table(
      columns: [
        Document.Table.Column("Name", width: .fixed(6)),
        Document.Table.Column("Cost", alignsRight: true, width: .fit(max: 8)),
        Document.Table.Column("What", width: .fill(min: 10)),
      ],
      rows: [
        Document.Table.Row([
          .init("a long name"), .init("$12"), .init("one two three four five six seven eight"),
        ])
      ])
    let text = TextLayout(width: 32).render(
      Document(title: "t", sections: [.init(id: "s", heading: "S", blocks: [.table(table)])]))
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.contains("  a lon…  $12 one two three four"))
    #expect(lines.contains("              five six seven"))
    #expect(lines.contains("              eight"))
    #expect(lines.allSatisfy { $0.count <= 32 })
  }

  @Test func markdownEscapesEveryUserString() {
    let hostile = "x | y *z* `c` <script>alert(1)</script> [l](http://e)"
    let document = Document(
      title: hostile, subtitle: hostile, headline: .init(hostile),
      lead: [.text(hostile, role: .warning)],
      sections: [
        .init(
          id: "s", heading: hostile,
          blocks: [
            .items([Document.Item(hostile, label: hostile)]),
            .table(
              Document.Table(
                columns: [.init(hostile)], rows: [.init([.init(hostile)], isSummary: true)])),
          ])
      ])
    let markdown = MarkdownLayout().render(document)
    #expect(!markdown.contains("<script>"))
    #expect(!markdown.contains("x | y"))
    #expect(!markdown.contains("[l](http://e)"))
    #expect(markdown.contains(MarkdownLayout.escape(hostile)))
  }

  @Test func textMarksWarningsAndColoursOnlyWhenAsked() {
    let document = Document(
      title: "t", headline: .init("Recommendation: RAG", tone: .positive),
      lead: [.text("careful", role: .warning)])
    let plain = TextLayout().render(document)
    #expect(plain == "t\n\nRecommendation: RAG\n  warning: careful\n")
    let coloured = TextLayout(style: TextStyle(enabled: true)).render(document)
    #expect(coloured.contains("\u{1B}[32mRecommendation: RAG"))
    #expect(coloured.contains("\u{1B}[33mwarning:\u{1B}[0m careful"))
  }
}
