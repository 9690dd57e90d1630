#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Horizon totals across a range of monthly volumes, as a table and a small text chart.
public struct CostSweep: Sendable {
  /// The analysis swept.
  public let analysis: CostAnalysis
  /// The approaches, for names and order.
  public let approaches: [Approach]
  /// The volumes, ascending.
  public let volumes: [Double]

  /// Volumes from `lower` to `upper` in 1-2-5 steps per decade.
  public static func volumes(from lower: Double, to upper: Double) -> [Double] {
    guard lower > 0, upper >= lower else { return [] }
    var result: [Double] = []
    var decade = 1.0
    while decade * 10 <= lower { decade *= 10 }
    while decade <= upper * 10, result.count < 200 {
      for step in [1.0, 2.0, 5.0] where decade * step >= lower && decade * step <= upper {
        result.append(decade * step)
      }
      decade *= 10
    }
    return result
  }

  /// Creates a sweep.
  public init(analysis: CostAnalysis, approaches: [Approach], volumes: [Double]) {
    self.analysis = analysis
    self.approaches = approaches
    self.volumes = volumes
  }

  /// Expected totals by approach, in analysis order, for a volume.
  public func totals(at volume: Double) -> [Double] {
    analysis.costs.map { $0.total(volume: volume, months: analysis.months).expected }
  }

  private func shortName(_ id: String) -> String {
    approaches.first { $0.id == id }?.shortName ?? id
  }

  private func name(_ id: String) -> String { approaches.first { $0.id == id }?.name ?? id }

  /// The table: one row per volume, one column per approach, the cheapest marked with `*`; its narrow form
  /// gives volumes and totals in few characters (`1.32M`).
  public func table() -> Document.Table {
    func table(volume: (Double) -> String, money: (Double) -> String) -> Document.Table {
      let columns =
        [Document.Table.Column("Volume/month", alignsRight: true, width: .fit(max: 32))]
        + analysis.costs.map {
          Document.Table.Column(
            name($0.approach), short: shortName($0.approach), alignsRight: true,
            width: .fit(max: 32))
        }
      let rows = volumes.map { value in
        let totals = totals(at: value)
        let cheapest = totals.min()
        return Document.Table.Row(
          [Document.Table.Cell(volume(value))]
            // A space where others have the mark keeps the figures aligned on their last digit.
            + totals.map { total in
              let text = money(total)
              return total == cheapest
                ? Document.Table.Cell(text + "*") : Document.Table.Cell(text, compact: text + " ")
            })
      }
      return Document.Table(
        columns: columns, rows: rows,
        legend: "* cheapest over \(Format.grouped(analysis.months)) months at that volume")
    }
    var full = table(volume: Format.grouped) { Format.money($0, analysis.currency) }
    full.narrow = table(volume: Format.abbreviated) {
      Format.moneyAbbreviated($0, analysis.currency)
    }
    return full
  }

  /// How wide the chart's left margin is: its widest axis label (the totals grow with volume, so the extremes are
  /// at the first and last volumes).
  public var chartMargin: Int {
    let ends = [volumes.first, volumes.last].compactMap { $0 }.flatMap(totals(at:)).filter {
      $0 > 0
    }
    return ends.map { Format.moneyAbbreviated($0, analysis.currency).count }.max() ?? 10
  }

  /// A chart of the curves on log-log axes, `width` cells wide: one letter per approach, `x` where two curves
  /// cross (their order changes between one column and the next), `+` where curves share a cell without crossing.
  public func chart(width: Int = 60, height: Int = 14, lineWidth: Int = 80) -> [String] {
    guard volumes.count >= 2, let first = volumes.first, let last = volumes.last, last > first,
      width >= 2
    else { return [] }
    let columns = (0..<width).map { column in
      first * pow(last / first, Double(column) / Double(width - 1))
    }
    let series = columns.map(totals(at:))
    let all = series.flatMap { $0 }.filter { $0 > 0 }
    guard let low = all.min(), let high = all.max(), high > low else { return [] }
    func row(_ value: Double) -> Int {
      let position = log(max(value, low) / low) / log(high / low)
      return height - 1 - Int((position * Double(height - 1)).rounded())
    }
    var grid = [[Character]](repeating: [Character](repeating: " ", count: width), count: height)
    let letters = analysis.costs.map { Character(String(shortName($0.approach).prefix(1))) }
    for (column, totals) in series.enumerated() {
      for (index, total) in totals.enumerated() {
        let line = row(total)
        grid[line][column] =
          grid[line][column] == " " || grid[line][column] == letters[index] ? letters[index] : "+"
      }
    }
    // A crossing: two curves change order between neighbouring columns; mark it where the later column draws it.
    for column in series.indices.dropFirst() {
      let before = series[column - 1]
      let after = series[column]
      for i in before.indices {
        for j in before.indices where j > i && (before[i] - before[j]) * (after[i] - after[j]) < 0 {
          grid[row(min(after[i], after[j]))][column] = "x"
        }
      }
    }
    // The axis labels in full, never cut: the margin is as wide as the wider of the two.
    let top = Format.moneyAbbreviated(high, analysis.currency)
    let bottom = Format.moneyAbbreviated(low, analysis.currency)
    let margin = max(top.count, bottom.count)
    var lines = grid.enumerated().map { index, cells -> String in
      let label = index == 0 ? top : index == height - 1 ? bottom : ""
      let line = TextStyle.pad(label, margin, right: true) + " |" + String(cells)
      return line.trimmingTrailingSpaces()
    }
    lines.append(
      String(repeating: " ", count: margin + 1) + "+" + String(repeating: "-", count: width))
    let left = Format.abbreviated(first)
    let right = Format.abbreviated(last)
    lines.append(
      String(repeating: " ", count: margin + 2) + left
        + String(repeating: " ", count: max(1, width - left.count - right.count)) + right)
    let legend = analysis.costs.map {
      "\(shortName($0.approach).prefix(1)) \(shortName($0.approach))"
    }.joined(separator: ", ")
    lines += TextStyle.wrap(
      "queries a month (log) against \(Format.grouped(analysis.months))-month total (log); \(legend); x where two curves cross, "
        + "+ where they share a cell",
      width: lineWidth, indent: "  ", firstIndent: "  ")
    return lines
  }
}
