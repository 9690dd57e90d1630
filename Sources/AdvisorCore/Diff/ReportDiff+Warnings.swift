/// What makes two reports less than comparable, said once each rather than hidden behind "unchanged".
extension ReportDiff {
  /// Whether both reports are of the same project (by name): a gate on the verdict means nothing across two projects.
  public var sameProject: Bool { old.name == new.name }

  /// One line for each way the two reports are not like for like: two projects, two report versions, two approach
  /// sets, two criteria tables. Empty when they compare like for like.
  public var warnings: [String] {
    var lines: [String] = []
    if !sameProject {
      lines.append(
        "the reports are of two projects, \(old.name) and \(new.name): every fact that differs is listed as a change"
      )
    }
    if old.version != new.version {
      lines.append(
        "the reports are in two formats, version \(old.version) and version \(new.version): only what both carry is compared"
      )
    }
    let removed = old.approaches.filter { !new.approaches.contains($0) }
    let added = new.approaches.filter { !old.approaches.contains($0) }
    if !removed.isEmpty || !added.isEmpty {
      var parts: [String] = []
      if !removed.isEmpty { parts.append("only in the old: " + removed.joined(separator: ", ")) }
      if !added.isEmpty { parts.append("only in the new: " + added.joined(separator: ", ")) }
      lines.append(
        "the reports rank different approaches (\(parts.joined(separator: "; "))): their scores compare only where both have one"
      )
    }
    if criteriaChanged, !old.digest.isEmpty, !new.digest.isEmpty {
      lines.append(
        "compared across different criteria tables (\(Self.shortDigest(old.digest)) → \(Self.shortDigest(new.digest))): "
          + "scores can move with the tables, not only with the facts")
    }
    return lines
  }

  /// The confidence change in whole percentage points, when both reports state it.
  public var confidenceDelta: Double? {
    old.confidence.flatMap { before in new.confidence.map { $0 - before } }
  }

  /// The margin change in points, when both reports state it.
  public var marginDelta: Double? {
    old.margin.flatMap { before in new.margin.map { $0 - before } }
  }

  /// A digest cut to its algorithm and first 12 hex digits.
  static func shortDigest(_ digest: String) -> String { String(digest.prefix(19)) }
}
