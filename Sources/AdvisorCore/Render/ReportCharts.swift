/// The charts a report's document carries: they restate the costs, the Monte Carlo shares and the weight flip
/// points that the sections give in words, for the layouts that draw (HTML).
enum ReportCharts {
  /// Every approach's total over the horizon across monthly volumes, log–log, the project's volume and the
  /// break-evens marked.
  static func costs(_ analysis: CostAnalysis, approaches: [Approach]) -> Document.Chart {
    let volume = analysis.volume
    // Two decades either side of the project's volume, and far enough up to show where the totals cross (at most
    // four decades up).
    let centre = volume ?? 10_000
    let crossing =
      analysis.breakEvens.compactMap(\.volume).filter { $0 <= centre * 10_000 }.max() ?? 0
    let volumes = CostSweep.volumes(from: max(1, centre / 100), to: max(centre * 100, crossing * 2))
    let sweep = CostSweep(analysis: analysis, approaches: approaches, volumes: volumes)
    func name(_ id: String) -> String { approaches.first { $0.id == id }?.name ?? id }
    func shortName(_ id: String) -> String { approaches.first { $0.id == id }?.shortName ?? id }
    let series = analysis.costs.enumerated().map { index, cost in
      Document.Chart.Series(
        name: shortName(cost.approach), points: volumes.map { ($0, sweep.totals(at: $0)[index]) })
    }
    var marks: [Document.Chart.Mark] = []
    if let volume {
      marks.append(
        Document.Chart.Mark(
          x: volume, label: "you: \(Format.abbreviated(volume))/month", isPrimary: true))
    }
    for pair in analysis.breakEvens {
      guard let crossing = pair.volume else { continue }
      marks.append(
        Document.Chart.Mark(
          x: crossing,
          label:
            "\(shortName(pair.first)) = \(shortName(pair.second)) at \(Format.abbreviated(crossing))"
        ))
    }
    let months = Format.grouped(analysis.months)
    var summary =
      "Total cost over \(months) months of each approach from \(Format.grouped(volumes.first ?? 0)) to "
      + "\(Format.grouped(volumes.last ?? 0)) queries a month, both axes logarithmic."
    if let volume {
      let totals = analysis.costs.map {
        ($0.approach, $0.total(volume: volume, months: analysis.months).expected)
      }.sorted { $0.1 < $1.1 }
      summary +=
        " At \(Format.grouped(volume)) a month: "
        + totals.map { "\(name($0.0)) \(Format.money($0.1, analysis.currency))" }.joined(
          separator: ", ") + "."
    }
    let crossings = marks.filter { !$0.isPrimary }.map(\.label)
    if !crossings.isEmpty { summary += " Totals cross: " + crossings.joined(separator: "; ") + "." }
    return Document.Chart(
      title: "Total cost by monthly volume", summary: summary,
      kind: .logLines(
        series: series, marks: marks, xLabel: "queries a month",
        yLabel: "total over \(months) months (\(analysis.currency))",
        unit: analysis.currency == "USD" ? "$" : ""))
  }

  /// Each approach's share of first places over the Monte Carlo samples.
  static func firstPlaces(_ sensitivity: Sensitivity, approaches: [Approach]) -> Document.Chart {
    let bars = zip(approaches, sensitivity.monteCarlo.firstShares).map {
      Document.Chart.Bar(label: $0.0.name, share: $0.1)
    }
    let samples = Format.grouped(Double(sensitivity.monteCarlo.samples))
    return Document.Chart(
      title: "Share of first places over \(samples) samples",
      summary: bars.map { "\($0.label) \(Format.percent($0.share))" }.joined(separator: ", ") + ".",
      kind: .bars(bars))
  }

  /// For every criterion, the interval of its weight within which the winner holds, and the weight now.
  static func flips(_ section: SensitivitySection) -> Document.Chart {
    let intervals = zip(section.sensitivity.flips, section.flipLines).map { flip, line in
      Document.Chart.Interval(
        label: flip.criterion.name, lower: flip.lower, upper: flip.upper, current: flip.weight,
        outside: line)
    }
    return Document.Chart(
      title: "Weights within which the winner holds",
      summary: section.flipLines.joined(separator: " "), kind: .intervals(intervals))
  }
}
