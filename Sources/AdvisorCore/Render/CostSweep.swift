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
      for step in [1.0, 2.0, 5.0] where decade * step >= lower && decade * step <= upper { result.append(decade * step) }
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

  private func shortName(_ id: String) -> String { approaches.first { $0.id == id }?.shortName ?? id }

  private func name(_ id: String) -> String { approaches.first { $0.id == id }?.name ?? id }

  /// The table: one row per volume, one column per approach, the cheapest marked with `*`.
  public func table() -> Document.Table {
    let columns =
      [Document.Table.Column("Volume/month", alignsRight: true, width: .fit(max: 16))]
      + analysis.costs.map { Document.Table.Column(name($0.approach), short: shortName($0.approach), alignsRight: true, width: .fit(max: 14)) }
    let rows = volumes.map { volume in
      let totals = totals(at: volume)
      let cheapest = totals.min()
      return Document.Table.Row(
        [Document.Table.Cell(Format.grouped(volume))]
          // A space where others have the mark keeps the figures aligned on their last digit.
          + totals.map { total in
            let money = Format.money(total, analysis.currency)
            return total == cheapest ? Document.Table.Cell(money + "*") : Document.Table.Cell(money, compact: money + " ")
          })
    }
    return Document.Table(columns: columns, rows: rows, legend: "* cheapest over \(Format.grouped(analysis.months)) months at that volume")
  }

  /// A chart of the curves on log-log axes: one letter per approach, `x` where curves cross.
  public func chart(width: Int = 60, height: Int = 14) -> [String] {
    guard volumes.count >= 2, let first = volumes.first, let last = volumes.last, last > first else { return [] }
    let columns = (0..<width).map { column in first * pow(last / first, Double(column) / Double(width - 1)) }
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
        grid[line][column] = grid[line][column] == " " || grid[line][column] == letters[index] ? letters[index] : "x"
      }
    }
    var lines = grid.enumerated().map { index, cells -> String in
      let label = index == 0 ? Format.money(high, analysis.currency) : index == height - 1 ? Format.money(low, analysis.currency) : ""
      let line = TextStyle.pad(label, 10, right: true) + " |" + String(cells)
      return line.trimmingTrailingSpaces()
    }
    lines.append(String(repeating: " ", count: 11) + "+" + String(repeating: "-", count: width))
    let left = Format.grouped(first)
    let right = Format.grouped(last)
    lines.append(String(repeating: " ", count: 12) + left + String(repeating: " ", count: max(1, width - left.count - right.count)) + right)
    let legend = analysis.costs.map { "\(shortName($0.approach).prefix(1)) \(shortName($0.approach))" }.joined(separator: ", ")
    lines += TextStyle.wrap(
      "queries a month (log) against \(Format.grouped(analysis.months))-month total (log); \(legend); x crossing", width: 80, indent: "  ",
      firstIndent: "  ")
    return lines
  }
}
