/// Lays a document out as one self-contained HTML page: inline CSS (allowed by its hash in the page's
/// Content-Security-Policy), charts as inline SVG, no script, no external font or request. Every string is
/// escaped, and only http and https addresses become links.
public struct HTMLLayout: Sendable {
  /// Creates the layout.
  public init() {}

  /// The page, ending with a newline.
  public func render(_ document: Document) -> String {
    var out: [String] = []
    let hash = HTMLEscaping.base64(HTMLEscaping.sha256(Self.stylesheet))
    out.append("<!DOCTYPE html>")
    out.append("<html lang=\"en\">")
    out.append("<head>")
    out.append("<meta charset=\"utf-8\"/>")
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
    out.append(
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-\(hash)'; img-src data:; base-uri 'none'; form-action 'none'\"/>"
    )
    out.append(
      "<title>\(escape(document.title + (document.headline.map { ": " + $0.text } ?? "")))</title>")
    out.append("<style>\(Self.stylesheet)</style>")
    out.append("</head>")
    out.append("<body>")
    out.append("<main>")
    out.append("<header>")
    out.append("<h1>\(escape(document.title))</h1>")
    if let subtitle = document.subtitle {
      out.append("<p class=\"subtitle\">\(escape(subtitle))</p>")
    }
    if let headline = document.headline {
      let tone =
        switch headline.tone {
        case .positive: " positive"
        case .caution: " caution"
        case .neutral: ""
        }
      out.append("<p class=\"headline\(tone)\">\(escape(headline.text))</p>")
    }
    var charts = 0
    out += html(document.lead, document, &charts)
    out.append("</header>")
    for section in document.sections {
      out.append("<section id=\"\(escape(section.id))\">")
      out.append("<h2>\(escape(section.heading))</h2>")
      out += html(section.blocks, document, &charts)
      out.append("</section>")
    }
    if !document.sources.isEmpty {
      out.append("<section id=\"sources\">")
      out.append("<h2>Sources</h2>")
      out.append("<ol>")
      for (index, source) in document.sources.enumerated() {
        out.append("<li id=\"source-\(index + 1)\">\(link(source))</li>")
      }
      out.append("</ol>")
      out.append("</section>")
    }
    if let colophon = document.colophon {
      out.append("<footer><p>\(escape(colophon))</p></footer>")
    }
    out += ["</main>", "</body>", "</html>"]
    return out.joined(separator: "\n") + "\n"
  }

  private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

  /// Escaped running text, with `code` between backticks set as code.
  private func inline(_ text: String) -> String {
    let parts = escape(text).split(separator: "`", omittingEmptySubsequences: false)
    guard parts.count >= 3 else { return escape(text) }
    var result = ""
    for (index, part) in parts.enumerated() {
      // An odd part lies between two backticks; a last odd part has no closing one and keeps its backtick.
      if index % 2 == 1 {
        result += index == parts.count - 1 ? "`" + part : "<code>\(part)</code>"
      } else {
        result += part
      }
    }
    return result
  }

  private func cite(_ citations: [Int], _ document: Document) -> String {
    citations.filter { $0 < document.sources.count }.map {
      "<sup><a href=\"#source-\($0 + 1)\">[\($0 + 1)]</a></sup>"
    }.joined()
  }

  private func link(_ source: Source) -> String {
    guard let url = source.url, let href = HTMLEscaping.href(url) else {
      return escape(source.title)
    }
    return "<a href=\"\(href)\">\(escape(source.title))</a>"
  }

  /// Blocks in order; consecutive warnings go in one box, a list when there are several.
  private func html(_ blocks: [Document.Block], _ document: Document, _ charts: inout Int)
    -> [String]
  {
    var out: [String] = []
    var warnings: [Document.Paragraph] = []
    func flush() {
      if warnings.count > 1 {
        out.append("<div class=\"warning\"><strong>Warnings</strong>")
        out +=
          ["<ul>"] + warnings.map { "<li>\(inline($0.text))\(cite($0.citations, document))</li>" }
          + ["</ul>", "</div>"]
      } else if let warning = warnings.first {
        out += html(.paragraph(warning), document, &charts)
      }
      warnings = []
    }
    for block in blocks {
      if case .paragraph(let paragraph) = block, paragraph.role == .warning {
        warnings.append(paragraph)
        continue
      }
      flush()
      out += html(block, document, &charts)
    }
    flush()
    return out
  }

  private func html(_ block: Document.Block, _ document: Document, _ charts: inout Int) -> [String]
  {
    switch block {
    case .paragraph(let paragraph):
      let text = inline(paragraph.text) + cite(paragraph.citations, document)
      switch paragraph.role {
      case .plain: return ["<p>\(text)</p>"]
      case .strong: return ["<p><strong>\(text)</strong></p>"]
      case .note: return ["<p class=\"note\">\(text)</p>"]
      case .warning: return ["<p class=\"warning\"><strong>Warning:</strong> \(text)</p>"]
      }
    case .list(let list):
      let tag = list.marker == .number ? "ol" : "ul"
      let items = list.items.map { item -> String in
        let label = item.label.map { "<strong>\(escape($0))</strong>: " } ?? ""
        let more = item.link.flatMap { $0.url == nil ? nil : " (\(link($0)))" } ?? ""
        return "<li>\(label)\(inline(item.text))\(cite(item.citations, document))\(more)</li>"
      }
      return ["<\(tag)>"] + items + ["</\(tag)>"]
    case .table(let table):
      return HTMLTableLayout(table: table).lines()
    case .preformatted(let lines):
      return ["<pre>" + lines.map(escape).joined(separator: "\n") + "</pre>"]
    case .chart(let chart):
      charts += 1
      return [
        "<figure>", ChartDrawing(chart: chart, id: "chart-\(charts)").svg(),
        "<figcaption><strong>\(escape(chart.title))</strong>. \(escape(chart.summary))</figcaption>",
        "</figure>",
      ]
    case .collapsible(let summary, let blocks):
      return ["<details>", "<summary>\(escape(summary))</summary>"]
        + html(blocks, document, &charts) + ["</details>"]
    }
  }
}

/// A document table as HTML: a header row of column headings, the first cell of each row its heading, and cells
/// that show a fit coloured by it.
struct HTMLTableLayout {
  let table: Document.Table

  func lines() -> [String] {
    var out = ["<div class=\"table-wrap\">", "<table>"]
    if let legend = table.legend {
      out.append("<caption class=\"note\">\(HTMLEscaping.escape(legend))</caption>")
    }
    let headings = table.columns.map { column in
      "<th scope=\"col\"\(column.alignsRight ? " class=\"num\"" : "")>\(HTMLEscaping.escape(column.title))</th>"
    }
    out += ["<thead>", "<tr>" + headings.joined() + "</tr>", "</thead>", "<tbody>"]
    for row in table.rows {
      var cells: [String] = []
      for (index, cell) in row.cells.enumerated() {
        let text = HTMLEscaping.escape(cell.text)
        if index == 0 {
          cells.append("<th scope=\"row\">\(text)</th>")
          continue
        }
        var classes: [String] = []
        if index < table.columns.count, table.columns[index].alignsRight { classes.append("num") }
        if let fit = cell.fit { classes += ["fit", "f\(Int(min(max(fit, 0), 10).rounded()))"] }
        cells.append(
          "<td\(classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")>\(text)</td>"
        )
      }
      out.append("<tr\(row.isSummary ? " class=\"summary\"" : "")>" + cells.joined() + "</tr>")
    }
    out += ["</tbody>", "</table>", "</div>"]
    return out
  }
}
