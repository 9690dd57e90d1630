/// Lays a document out as GitHub-flavoured Markdown, for a pull-request comment or a CI job summary. Every
/// string is escaped, so a name cannot start a table cell, a link or an HTML tag.
public struct MarkdownLayout: Sendable {
  /// Creates the layout.
  public init() {}

  /// The document as Markdown, ending with a newline.
  public func render(_ document: Document) -> String {
    var out: [String] = []
    let title = escape(document.title)
    out += [document.headline.map { "## \(title): **\(escape($0.text))**" } ?? "## \(title)", ""]
    if let subtitle = document.subtitle { out += ["_\(escape(subtitle))_", ""] }
    // A block with nothing to show in Markdown (a chart) leaves no blank line either.
    for block in document.lead { out += lines(block, document).nonEmptyParagraph }
    for section in document.sections {
      out += ["### \(escape(section.heading))", ""]
      for block in section.blocks { out += lines(block, document).nonEmptyParagraph }
    }
    if !document.sources.isEmpty {
      out +=
        ["<details><summary>Sources</summary>", ""] + document.sources.map { "- \(link($0))" } + [
          "", "</details>", "",
        ]
    }
    if let colophon = document.colophon { out += ["<sub>\(escape(colophon))</sub>", ""] }
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }

  private func cite(_ citations: [Int], _ document: Document) -> String {
    citations.compactMap { index in
      index < document.sources.count ? " (\(link(document.sources[index])))" : nil
    }.joined()
  }

  private func lines(_ block: Document.Block, _ document: Document) -> [String] {
    switch block {
    case .paragraph(let paragraph):
      let text = escape(paragraph.text) + cite(paragraph.citations, document)
      switch paragraph.role {
      case .plain: return [text]
      case .strong: return ["**\(text)**"]
      case .note: return ["_\(text)_"]
      case .warning: return ["> **Warning:** \(text)"]
      }
    case .list(let list):
      return list.items.enumerated().map { index, item in
        let marker = list.marker == .number ? "\(index + 1). " : "- "
        let label = item.label.map { "**\(escape($0))**: " } ?? ""
        let link = item.link.flatMap { $0.url == nil ? nil : " (\(self.link($0)))" } ?? ""
        return marker + label + escape(item.text) + cite(item.citations, document) + link
      }
    case .table(let table):
      var out = [
        "| " + table.columns.map { escape($0.title) }.joined(separator: " | ") + " |",
        "|" + table.columns.map { $0.alignsRight ? "---:|" : "---|" }.joined(),
      ]
      for row in table.rows {
        let cells = row.cells.map { cell -> String in
          let text = escape(cell.text)
          return row.isSummary && !text.isEmpty ? "**\(text)**" : text
        }
        out.append("| " + cells.joined(separator: " | ") + " |")
      }
      if let legend = table.legend { out += ["", escape(legend)] }
      return out
    case .preformatted(let lines):
      return ["```text"] + lines + ["```"]
    case .chart:
      return []
    case .collapsible(let summary, let blocks):
      return ["<details><summary>\(escape(summary))</summary>", ""]
        + blocks.flatMap { lines($0, document).nonEmptyParagraph } + ["</details>"]
    }
  }

  private func link(_ source: Source) -> String {
    source.url.map { "[\(escape(source.title))](\($0))" } ?? escape(source.title)
  }

  private func escape(_ text: String) -> String { Self.escape(text) }

  /// Escapes the characters that would break a table cell or start unintended formatting.
  public static func escape(_ text: String) -> String {
    var result = ""
    var lastWasBreak = false
    for scalar in text.unicodeScalars {
      switch scalar {
      // Intraword underscores (fact keys) are literal in GitHub-flavoured Markdown and stay unescaped.
      case "|", "*", "`", "<", ">", "[", "]": result += "\\\(scalar)"
      // A line break inside a name would end a heading or a table row: it reads as one space.
      case "\r", "\n":
        if !lastWasBreak { result += " " }
        lastWasBreak = true
        continue
      default:
        // Other control characters are not text.
        if scalar.value < 0x20 && scalar != "\t" || (0x7F...0x9F).contains(scalar.value) {
          continue
        }
        result.unicodeScalars.append(scalar)
      }
      lastWasBreak = false
    }
    return result
  }
}

extension [String] {
  /// The lines followed by a blank line, or nothing when there are none.
  fileprivate var nonEmptyParagraph: [String] { isEmpty ? [] : self + [""] }
}
