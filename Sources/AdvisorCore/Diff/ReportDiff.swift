/// What changed between two reports of the same project: the verdict, the scores, the facts, the criteria.
public struct ReportDiff: Sendable {
  /// A value before and after; `nil` means absent.
  public struct Difference<Value: Sendable & Equatable>: Sendable, Equatable {
    /// What was changed (an approach, fact or criterion id).
    public var key: String
    /// The old value.
    public var before: Value?
    /// The new value.
    public var after: Value?
  }

  /// The older report.
  public var old: ReportSnapshot
  /// The newer report.
  public var new: ReportSnapshot

  /// Compares two reports.
  public init(old: ReportSnapshot, new: ReportSnapshot) {
    self.old = old
    self.new = new
  }

  /// Whether the recommended approach changed.
  public var recommendationChanged: Bool { old.approach != new.approach }

  /// Every approach's score before and after, in the new ranking's order (then removed approaches).
  public var scores: [Difference<Double>] {
    let before = Dictionary(
      old.scores.map { ($0.approach, $0.score) }, uniquingKeysWith: { first, _ in first })
    let after = Dictionary(
      new.scores.map { ($0.approach, $0.score) }, uniquingKeysWith: { first, _ in first })
    let order = new.scores.map(\.approach) + old.scores.map(\.approach).filter { after[$0] == nil }
    return order.map { Difference(key: $0, before: before[$0], after: after[$0]) }
  }

  /// The facts given, changed or removed, by key.
  public var facts: [Difference<String>] { Self.changes(old.facts, new.facts) }

  /// The criterion weights changed, added or removed, by criterion id.
  public var weights: [Difference<Double>] { Self.changes(old.weights, new.weights) }

  /// The verdict's status before and after, when both reports state it and it changed.
  public var status: Difference<String>? {
    guard let before = old.status, let after = new.status, before != after else { return nil }
    return Difference(key: "status", before: before, after: after)
  }

  /// The confidence (percent) before and after, when both reports state it and it changed.
  public var confidence: Difference<Double>? {
    guard let before = old.confidence, let after = new.confidence, before != after else {
      return nil
    }
    return Difference(key: "confidence", before: before, after: after)
  }

  /// The leader's margin (points) before and after, when both reports state it and it changed by 0.05 or more.
  public var margin: Difference<Double>? {
    guard let before = old.margin, let after = new.margin,
      Format.fixed(before, 1) != Format.fixed(after, 1)
    else { return nil }
    return Difference(key: "margin", before: before, after: after)
  }

  /// What the comparison cannot tell because a report predates it, one clause each (empty when both are current).
  public var notCompared: [String] {
    let older = [old, new].filter { $0.version < 2 }
    guard !older.isEmpty else { return [] }
    let which =
      older.count == 2
      ? "both reports are" : old.version < 2 ? "the old report is" : "the new report is"
    return [
      "\(which) version 1: whether the verdict was recommended, provisional or unmet, and the questions left open, are not compared "
        + "(version-1 scores left unknown facts out; version 2 counts them at their expected fit)"
    ]
  }

  /// Whether the criteria tables differ (by digest).
  public var criteriaChanged: Bool { old.digest != new.digest }

  /// The display name of an approach id, from either report.
  public func name(of approach: String?) -> String {
    guard let approach else { return "none (no approach meets every requirement)" }
    return new.names[approach] ?? old.names[approach] ?? approach
  }

  private static func changes<Value: Equatable & Sendable>(
    _ before: [String: Value], _ after: [String: Value]
  ) -> [Difference<Value>] {
    Set(before.keys).union(after.keys).sorted().compactMap { key in
      before[key] == after[key] ? nil : Difference(key: key, before: before[key], after: after[key])
    }
  }
}
