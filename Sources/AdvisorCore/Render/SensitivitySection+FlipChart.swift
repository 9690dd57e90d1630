extension SensitivitySection {
  /// The weight flip points drawn in characters for a terminal `lineWidth` columns wide: one bar per criterion
  /// on one shared, labelled weight scale; `=` where the winner holds, the initial of the approach that wins
  /// beyond each flip point, `|` at the weight now, and the interval in figures after the bar.
  public func flipChart(lineWidth: Int = 80) -> [String] {
    let flips = sensitivity.flips
    guard !flips.isEmpty, let winner = report.recommendation.winner?.approach else { return [] }
    let nameWidth = min(18, flips.map(\.criterion.name.count).max() ?? 0)
    let ranges = flips.map { flip in
      "\(Format.fixed(flip.lower, 1))–\(flip.upper.map { Format.fixed($0, 1) } ?? "∞")"
    }
    let rangeWidth = ranges.map(\.count).max() ?? 0
    let barWidth = max(10, lineWidth - 2 - nameWidth - 1 - 4 - 2 - 2 - rangeWidth)
    let scale = self.scale(flips)
    func cell(_ value: Double) -> Int {
      min(barWidth - 1, Int((value / scale * Double(barWidth - 1)).rounded()))
    }
    func initial(_ approach: Approach?) -> Character {
      approach.map { Character(String($0.shortName.prefix(1))) } ?? "-"
    }
    var drawn = Set<Character>()
    var lines = zip(flips, ranges).map { flip, range in
      var bar: [Character] = (0..<barWidth).map { index in
        let value = Double(index) / Double(barWidth - 1) * scale
        if value < flip.lower { return initial(flip.belowWinner) }
        if let upper = flip.upper, value > upper { return initial(flip.aboveWinner) }
        return "="
      }
      bar[cell(flip.weight)] = "|"
      drawn.formUnion(bar)
      return "  " + TextStyle.pad(flip.criterion.name, nameWidth) + " "
        + TextStyle.pad(Format.fit(flip.weight), 4, right: true) + " ["
        + String(bar) + "] " + range
    }
    // The scale under the bars: 0, its middle and its end, each under its own column.
    var axis = [Character](repeating: " ", count: barWidth)
    for value in [0, scale / 2, scale] {
      let label = Array(Format.fit(value))
      let start = min(
        max(0, cell(value) - (value == 0 ? 0 : value == scale ? label.count - 1 : label.count / 2)),
        barWidth - label.count)
      for (offset, character) in label.enumerated() where start + offset < barWidth {
        axis[start + offset] = character
      }
    }
    lines.append(
      ("  " + String(repeating: " ", count: nameWidth + 7) + String(axis)).trimmingTrailingSpaces())
    lines.append(String(repeating: " ", count: nameWidth + 9) + "weight")
    // The legend names only what the bars show: a flip point past the scale is in the figures after its bar.
    let beyond = flips.flatMap { [$0.belowWinner, $0.aboveWinner] }.compactMap { $0 }
    let shown = approaches.filter { approach in
      beyond.contains { $0.id == approach.id } && drawn.contains(initial(approach))
    }
    let legend =
      ["= \(winner.name) holds"] + shown.map { "\(initial($0)) \($0.name) wins" }
      + (drawn.contains("-") ? ["- another wins"] : [])
      + ["| the weight now"]
    lines += TextStyle.wrap(
      legend.joined(separator: ", "), width: lineWidth, indent: "  ", firstIndent: "  ")
    return lines
  }

  /// The weight the bars run to: past every current weight and every flip point near it, so each shows.
  private func scale(_ flips: [WeightFlip]) -> Double {
    let heaviest = flips.map(\.weight).max() ?? 1
    let near = flips.flatMap { [$0.lower, $0.upper ?? 0] }.filter { $0 <= heaviest * 4 }
    let furthest = max(heaviest * 2, (near.max() ?? 0) * 1.15, 1)
    // A round end, so the middle label is round too.
    return [1, 2, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 100].first { $0 >= furthest }
      ?? furthest.rounded(.up)
  }
}
