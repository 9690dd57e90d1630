/// Lays a document out for a terminal: wrapped on words to a width, colour and bold only when the style allows.
public struct TextLayout: Sendable {
  /// Colour and bold, or plain.
  public var style: TextStyle
  /// The line width.
  public var width: Int

  /// Creates a layout.
  public init(style: TextStyle = TextStyle(enabled: false), width: Int = 80) {
    self.style = style
    self.width = width
  }

  /// The document as lines of text, ending with a newline.
  public func render(_ document: Document) -> String {
    var out: [String] = []
    let title = document.title + (document.subtitle.map { " — " + $0 } ?? "")
    out += TextStyle.wrap(title, width: width, indent: "  ", firstIndent: "").map(style.bold)
    if let headline = document.headline {
      out.append("")
      out += TextStyle.wrap(headline.text, width: width).map { line in
        switch headline.tone {
        case .positive: style.bold(style.green(line))
        case .caution: style.bold(style.yellow(line))
        case .neutral: style.bold(line)
        }
      }
    }
    for block in document.lead { out += lines(block, document) }
    for section in document.sections {
      out +=
        [""]
        + TextStyle.wrap(section.heading, width: width, indent: "  ", firstIndent: "").map(
          style.bold)
      for block in section.blocks { out += lines(block, document) }
    }
    if !document.sources.isEmpty {
      out += ["", style.bold("Sources")]
      for (index, source) in document.sources.enumerated() {
        let text = source.title + (source.url.map { " <\($0)>" } ?? "")
        out += TextStyle.wrap(
          text, width: width, indent: "      ", firstIndent: TextStyle.pad("  [\(index + 1)]", 6))
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  private func cite(_ citations: [Int]) -> String {
    citations.map { " [\($0 + 1)]" }.joined()
  }

  private func lines(_ block: Document.Block, _ document: Document) -> [String] {
    switch block {
    case .paragraph(let paragraph):
      let text = paragraph.text + cite(paragraph.citations)
      switch paragraph.role {
      case .plain: return TextStyle.wrap(text, width: width, indent: "  ", firstIndent: "  ")
      case .strong:
        return TextStyle.wrap(text, width: width, indent: "  ", firstIndent: "  ").map(style.bold)
      case .note:
        return TextStyle.wrap(text, width: width, indent: "  ", firstIndent: "  ").map(style.dim)
      case .warning:
        // The prefix's escape sequences take no columns: widen by their length.
        let prefix = style.yellow("warning:")
        return TextStyle.wrap(
          prefix + " " + text, width: width + prefix.count - 8, indent: "  ", firstIndent: "  ")
      }
    case .list(let list):
      var out: [String] = []
      for (index, item) in list.items.enumerated() {
        let marker =
          switch list.marker {
          case .bullet: "  • "
          case .arrow: "  ↔ "
          case .number: "  \(index + 1). "
          }
        let indent = String(repeating: " ", count: marker.count)
        let text = (item.label.map { $0 + ": " } ?? "") + item.text + cite(item.citations)
        out += TextStyle.wrap(text, width: width, indent: indent, firstIndent: marker)
        if let url = item.link?.url {
          out += TextStyle.wrap("<\(url)>", width: width, indent: indent, firstIndent: indent).map(
            style.dim)
        }
      }
      return out
    case .table(let table):
      return TextTableLayout(table: table, width: width, style: style).lines()
    case .preformatted(let lines):
      return lines
    case .chart:
      return []
    case .collapsible(_, let blocks):
      return blocks.flatMap { lines($0, document) }
    }
  }
}
