/// A table in fixed-width columns: fixed and fitted columns first, a filling column takes what is left and wraps
/// its text on words onto further lines; cells too wide for other columns are cut with `…`. A table too wide for
/// the line is laid out in its narrow form, when it has one.
struct TextTableLayout {
  let table: Document.Table
  let width: Int
  let style: TextStyle

  /// Lays out `table`, or its narrow form when the table's columns cannot fit in `width`.
  init(table: Document.Table, width: Int, style: TextStyle) {
    var chosen = table
    while let narrow = chosen.narrow,
      Self(laying: chosen, width: width, style: style).minimumWidth > width
    {
      chosen = narrow
    }
    self.init(laying: chosen, width: width, style: style)
  }

  private init(laying table: Document.Table, width: Int, style: TextStyle) {
    self.table = table
    self.width = width
    self.style = style
  }

  /// The line width the columns need at their narrowest: the indent, every column and the spaces between.
  var minimumWidth: Int {
    2 + widths(filling: false).reduce(0, +) + max(0, table.columns.count - 1)
  }

  /// The columns' widths for the available line width.
  func widths(filling: Bool = true) -> [Int] {
    let columns = table.columns
    var widths = columns.enumerated().map { index, column -> Int in
      switch column.width {
      case .fixed(let width): return width
      case .fit(let limit):
        let widest =
          ([column.shortTitle] + table.rows.map { cell($0, index) }).map(\.count).max() ?? 0
        return min(limit, widest)
      case .fill(let minimum): return minimum
      }
    }
    // Two columns of indent and one space between columns.
    let used = 2 + widths.reduce(0, +) + max(0, columns.count - 1)
    if filling,
      let fill = columns.firstIndex(where: { if case .fill = $0.width { true } else { false } })
    {
      widths[fill] += max(0, width - used)
    }
    return widths
  }

  func lines() -> [String] {
    let widths = widths()
    func line(_ texts: [String]) -> String {
      let cells = zip(table.columns, zip(widths, texts)).map { column, entry in
        TextStyle.pad(entry.1, entry.0, right: column.alignsRight)
      }
      return ("  " + cells.joined(separator: " ")).trimmingTrailingSpaces()
    }
    var out: [String] = []
    if let legend = table.legend {
      out += TextStyle.wrap(legend, width: width, indent: "  ", firstIndent: "  ").map(style.dim)
    }
    out.append(style.bold(line(table.columns.map(\.shortTitle))))
    let fill = table.columns.firstIndex { if case .fill = $0.width { true } else { false } }
    for row in table.rows {
      var texts = table.columns.indices.map { cell(row, $0) }
      guard let fill, texts[fill].count > widths[fill] else {
        out.append(line(texts))
        continue
      }
      let wrapped = TextStyle.wrap(texts[fill], width: widths[fill])
      for (index, part) in wrapped.enumerated() {
        if index > 0 { texts = texts.map { _ in "" } }
        texts[fill] = part
        out.append(line(texts))
      }
    }
    return out
  }

  private func cell(_ row: Document.Table.Row, _ index: Int) -> String {
    guard index < row.cells.count else { return "" }
    return row.cells[index].compact ?? row.cells[index].text
  }
}
