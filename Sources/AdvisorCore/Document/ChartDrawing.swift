#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Draws a document's chart as SVG: real ticks and units on the axes, labels kept apart.
struct ChartDrawing {
  let chart: Document.Chart
  /// An identifier unique in the page, for the title and description references.
  let id: String

  static let width = 640.0

  func svg() -> String {
    switch chart.kind {
    case .logLines(let series, let marks, let xLabel, let yLabel, let unit):
      logLines(series, marks, xLabel, yLabel, unit)
    case .bars(let bars): self.bars(bars)
    case .intervals(let intervals): self.intervals(intervals)
    }
  }

  /// The round step (1, 2, 2.5 or 5 times a power of ten) at or above `raw`.
  static func niceStep(_ raw: Double) -> Double {
    let power = pow(10, floor(log10(raw)))
    return ([1, 2, 2.5, 5, 10].first { $0 * power >= raw * 0.999999 } ?? 10) * power
  }

  /// Powers of ten covering `low...high`, thinned to at most `limit` ticks.
  static func decades(_ low: Double, _ high: Double, limit: Int = 7) -> [Double] {
    var ticks: [Double] = []
    var value = pow(10, floor(log10(low)))
    while value <= high * 1.000001 {
      if value >= low * 0.999999 { ticks.append(value) }
      value *= 10
    }
    let step = max(1, Int((Double(ticks.count) / Double(limit)).rounded(.up)))
    return ticks.enumerated().filter { $0.offset % step == 0 }.map(\.element)
  }

  private func logLines(
    _ series: [Document.Chart.Series], _ marks: [Document.Chart.Mark], _ xLabel: String,
    _ yLabel: String, _ unit: String
  )
    -> String
  {
    let left = 64.0
    let right = 150.0
    let top = 78.0
    let bottom = 44.0
    let height = 354.0
    let plotWidth = Self.width - left - right
    let plotHeight = height - top - bottom
    let xs = series.flatMap { $0.points.map(\.x) }.filter { $0 > 0 }
    let ys = series.flatMap { $0.points.map(\.y) }.filter { $0 > 0 }
    var svg = SVGWriter()
    guard let xLow = xs.min(), let xHigh = xs.max(), xHigh > xLow, var yLow = ys.min(),
      var yHigh = ys.max()
    else {
      return svg.svg(
        width: Self.width, height: 40, title: chart.title, description: chart.summary, id: id)
    }
    // Whole decades on the y axis, so its ticks are round numbers.
    yLow = pow(10, floor(log10(yLow)))
    yHigh = max(pow(10, ceil(log10(yHigh))), yLow * 10)
    func x(_ value: Double) -> Double { left + log(value / xLow) / log(xHigh / xLow) * plotWidth }
    func y(_ value: Double) -> Double {
      top + plotHeight - log(max(value, yLow) / yLow) / log(yHigh / yLow) * plotHeight
    }
    svg.rect(x: left, y: top, width: plotWidth, height: plotHeight, class: "plot")
    for tick in Self.decades(xLow, xHigh) {
      svg.line(x(tick), top, x(tick), top + plotHeight, class: "grid")
      svg.text(
        Format.abbreviated(tick), x: x(tick), y: top + plotHeight + 16, anchor: "middle",
        class: "tick")
    }
    for tick in Self.decades(yLow, yHigh) {
      svg.line(left, y(tick), left + plotWidth, y(tick), class: "grid")
      svg.text(
        unit + Format.abbreviated(tick), x: left - 6, y: y(tick) + 4, anchor: "end", class: "tick")
    }
    svg.text(xLabel, x: left + plotWidth / 2, y: height - 8, anchor: "middle")
    svg.text(yLabel, x: left, y: 14)
    // Mark labels sit in rows above the plot; a label goes to the first row where it does not overlap.
    var rowEnds = [Double](repeating: -.infinity, count: 4)
    for mark in marks.sorted(by: { ($0.isPrimary ? 0 : 1, $0.x) < ($1.isPrimary ? 0 : 1, $1.x) })
    where mark.x >= xLow && mark.x <= xHigh {
      let position = x(mark.x)
      svg.line(
        position, top, position, top + plotHeight, class: mark.isPrimary ? "mark primary" : "mark")
      // About 7.4 pixels a character at 12 pixels, bold included: generous, so that labels never touch.
      let width = Double(mark.label.count) * 7.4
      let start = min(max(position - width / 2, 0), Self.width - width)
      guard let row = rowEnds.firstIndex(where: { $0 + 6 < start }) else { continue }
      rowEnds[row] = start + width
      svg.text(
        mark.label, x: start, y: top - 8 - Double(row) * 13,
        class: mark.isPrimary ? "mark-label primary" : "mark-label")
    }
    for (index, line) in series.enumerated() {
      svg.polyline(
        line.points.filter { $0.x > 0 }.map { (x($0.x), y($0.y)) }, class: "series s\(index % 6)")
    }
    // The legend at the right, in the order of each line's value at the right edge, nudged apart.
    let ends = series.enumerated().compactMap { index, line in
      line.points.last.map { (index, line.name, y($0.y)) }
    }.sorted { $0.2 < $1.2 }
    var last = -Double.infinity
    for (index, name, end) in ends {
      let position = max(end + 4, last + 14)
      last = position
      svg.text(name, x: left + plotWidth + 6, y: position, class: "legend s\(index % 6)")
    }
    return svg.svg(
      width: Self.width, height: height, title: chart.title, description: chart.summary, id: id)
  }

  private func bars(_ bars: [Document.Chart.Bar]) -> String {
    let labelWidth = 200.0
    let rowHeight = 26.0
    let barWidth = Self.width - labelWidth - 60
    var svg = SVGWriter()
    for (index, bar) in bars.enumerated() {
      let y = 8 + Double(index) * rowHeight
      svg.text(bar.label, x: labelWidth - 8, y: y + 15, anchor: "end")
      svg.rect(x: labelWidth, y: y + 3, width: barWidth, height: rowHeight - 8, class: "track")
      svg.rect(
        x: labelWidth, y: y + 3, width: barWidth * min(max(bar.share, 0), 1), height: rowHeight - 8,
        class: "bar s\(index % 6)")
      svg.text(Format.percent(bar.share), x: labelWidth + barWidth + 6, y: y + 15, class: "tick")
    }
    return svg.svg(
      width: Self.width, height: 16 + Double(bars.count) * rowHeight, title: chart.title,
      description: chart.summary, id: id)
  }

  private func intervals(_ intervals: [Document.Chart.Interval]) -> String {
    let labelWidth = 170.0
    let rowHeight = 26.0
    let plotWidth = Self.width - labelWidth - 30
    // A common scale from 0 to about three times the largest weight now, in round steps; an interval that runs
    // past it is drawn to the edge.
    let step = Self.niceStep(
      max(intervals.map { max($0.current * 3, $0.lower * 1.3) }.max() ?? 1, 1) / 4)
    let scale = step * 4
    func x(_ value: Double) -> Double { labelWidth + min(value, scale) / scale * plotWidth }
    var svg = SVGWriter()
    let axis = 10 + Double(intervals.count) * rowHeight
    for (index, interval) in intervals.enumerated() {
      let y = 8 + Double(index) * rowHeight
      svg.text(interval.label, x: labelWidth - 8, y: y + 15, anchor: "end")
      svg.rect(x: labelWidth, y: y + 6, width: plotWidth, height: rowHeight - 14, class: "track")
      svg.rect(
        x: x(interval.lower), y: y + 6, width: x(interval.upper ?? scale) - x(interval.lower),
        height: rowHeight - 14, class: "bar s0")
      svg.line(x(interval.current), y + 2, x(interval.current), y + rowHeight - 4, class: "current")
    }
    for index in 0...4 {
      let value = step * Double(index)
      svg.line(x(value), axis, x(value), axis + 4, class: "axis")
      svg.text(
        Format.grouped(Format.significant(value, 2)), x: x(value), y: axis + 16, anchor: "middle",
        class: "tick")
    }
    svg.text(
      "weight (the bar: where the winner holds; the line: the weight now)", x: labelWidth,
      y: axis + 32, class: "tick")
    return svg.svg(
      width: Self.width, height: axis + 40, title: chart.title, description: chart.summary, id: id)
  }
}
