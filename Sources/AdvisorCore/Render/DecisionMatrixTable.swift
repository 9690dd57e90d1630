/// The decision matrix as a document table: rows of criteria, columns of approaches, each cell the fit (0–10) and
/// the points it adds to the score.
struct DecisionMatrixTable {
  let report: Report

  /// What the cells and marks mean.
  static let legend =
    "Each cell: the fit (0–10) and the points it adds to the 0–100 score. A fact marked inferred (*) comes from "
    + "other facts; one not given (?) counts at its expected fit under its prior; weight 0 is off."

  func table() -> Document.Table {
    let approaches = report.project.criteria.approaches
    let columns =
      [
        Document.Table.Column("Criterion", width: .fit(max: 20)),
        Document.Table.Column("Weight", short: "Wt", alignsRight: true, width: .fixed(4)),
        Document.Table.Column("Fact", short: "Level", width: .fill(min: 8)),
      ]
      + approaches.map {
        Document.Table.Column($0.name, short: $0.shortName, alignsRight: true, width: .fixed(9))
      }
    var rows = report.scorecard.rows.map(row)
    let results = approaches.map { report.scorecard.result(for: $0.id) }
    let blank = [Document.Table.Cell](repeating: Document.Table.Cell(""), count: 3)
    rows.append(
      Document.Table.Row(
        [Document.Table.Cell("Score")] + blank.dropFirst()
          + results.map { Document.Table.Cell($0.map { Format.fixed($0.score, 1) } ?? "") },
        isSummary: true))
    rows.append(
      Document.Table.Row(
        [Document.Table.Cell("Rank")] + blank.dropFirst()
          + results.map { result in
            guard let result else { return Document.Table.Cell("") }
            return Document.Table.Cell(
              "\(result.rank)" + (result.isExcluded ? " (fails a requirement)" : ""),
              compact: "\(result.rank)" + (result.isExcluded ? " fails" : ""))
          }))
    return Document.Table(columns: columns, rows: rows, legend: Self.legend, narrow: narrow(rows))
  }

  /// The matrix for a narrow terminal: each cell only the fit, no fact column.
  private func narrow(_ rows: [Document.Table.Row]) -> Document.Table {
    let approaches = report.project.criteria.approaches
    let columns =
      [
        Document.Table.Column("Criterion", width: .fit(max: 18)),
        Document.Table.Column("Weight", short: "Wt", alignsRight: true, width: .fixed(3)),
      ]
      + approaches.map {
        Document.Table.Column($0.name, short: $0.shortName, alignsRight: true, width: .fit(max: 9))
      }
    let narrowRows = rows.map { row in
      var cells = Array(row.cells.prefix(2))
      cells += row.cells.dropFirst(3).map { cell in
        if row.isSummary || cell.fit == nil { return cell }
        return Document.Table.Cell(cell.fit.map(Format.fit) ?? cell.text, fit: cell.fit)
      }
      return Document.Table.Row(cells, isSummary: row.isSummary)
    }
    return Document.Table(columns: columns, rows: narrowRows, legend: Self.narrowLegend)
  }

  /// What the narrow matrix's cells mean.
  static let narrowLegend =
    "Each cell: the fit (0–10). A wider terminal (\(80) columns) also shows each fact and the points each fit adds."

  private func row(_ row: Scorecard.Row) -> Document.Table.Row {
    let fact = row.fact
    let marker = fact.status == .inferred ? "*" : fact.status == .unknown ? "?" : ""
    let status =
      fact.isIrrelevant ? " (not relevant here)" : fact.status == .inferred ? " (inferred)" : ""
    let level = Document.Table.Cell(
      (fact.status == .unknown ? "\(fact.criterion.fact.key) not given" : Report.valueText(fact))
        + status,
      compact: fact.isIrrelevant ? "not relevant" : fact.level.map { marker + $0.id } ?? "? unknown"
    )
    let cells = row.cells.map { cell -> Document.Table.Cell in
      guard let fit = cell.fit, !fact.isIrrelevant else {
        return Document.Table.Cell("–", compact: "-")
      }
      guard fact.isScored else { return Document.Table.Cell(Format.fit(fit), fit: fit) }
      let points = Format.fixed(cell.contribution, 1)
      return Document.Table.Cell(
        "\(Format.fit(fit)) · \(points)",
        compact: "\(Format.fit(fit)) \(TextStyle.pad(points, 4, right: true))", fit: fit)
    }
    return Document.Table.Row(
      [
        Document.Table.Cell(fact.criterion.name), Document.Table.Cell(Format.fit(fact.weight)),
        level,
      ] + cells)
  }
}
