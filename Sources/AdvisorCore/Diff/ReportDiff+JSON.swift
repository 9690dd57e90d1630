/// The comparison as JSON, for CI: `diffVersion` 1, keys sorted by `JSONWriter`, numbers rounded to 2 decimals.
extension ReportDiff {
  /// The diff format version; raised on any incompatible change. `schemas/diff.schema.json` describes it.
  public static let diffVersion = 1

  /// The comparison as a JSON value.
  public func json() -> JSONValue {
    .object([
      ("diffVersion", .int(Self.diffVersion)),
      (
        "tool",
        .object([(ReportKey.name.key, .string("advisor")), ("version", .string(Advisor.version))])
      ),
      ("project", pair(.string(old.name), .string(new.name))),
      ("reportVersion", pair(.int(old.version), .int(new.version))),
      (
        ReportKey.recommendation.key,
        .object([
          ("old", .optional(old.approach)), ("new", .optional(new.approach)),
          ("changed", .bool(recommendationChanged)),
          (ReportKey.status.key, pair(.optional(old.status), .optional(new.status))),
        ])
      ),
      (ReportKey.confidence.key, measure(old.confidence, new.confidence, delta: confidenceDelta)),
      (ReportKey.margin.key, measure(old.margin, new.margin, delta: marginDelta)),
      (
        "scores",
        .array(
          scores.map { change in
            .object([
              (ReportKey.approach.key, .string(change.key)),
              (ReportKey.name.key, .string(name(of: change.key))),
              ("old", Self.number(change.before)), ("new", Self.number(change.after)),
              (
                "delta",
                Self.number(change.before.flatMap { before in change.after.map { $0 - before } })
              ),
            ])
          })
      ),
      (
        ReportKey.facts.key,
        .array(
          facts.map { change in
            .object([
              ("key", .string(change.key)), ("old", old.factValues[change.key] ?? .null),
              ("new", new.factValues[change.key] ?? .null),
            ])
          })
      ),
      (
        ReportKey.weights.key,
        .array(
          weights.map { change in
            .object([
              (ReportKey.criterion.key, .string(change.key)), ("old", Self.number(change.before)),
              ("new", Self.number(change.after)),
            ])
          })
      ),
      (
        ReportKey.criteria.key,
        .object([
          ("old", .string(old.digest)), ("new", .string(new.digest)),
          ("changed", .bool(criteriaChanged)),
        ])
      ),
      ("notCompared", .array(notCompared.map { .string($0) })),
      ("warnings", .array(warnings.map { .string($0) })),
    ])
  }

  private func pair(_ before: JSONValue, _ after: JSONValue) -> JSONValue {
    .object([("old", before), ("new", after)])
  }

  private func measure(_ before: Double?, _ after: Double?, delta: Double?) -> JSONValue {
    .object([
      ("old", Self.number(before)), ("new", Self.number(after)), ("delta", Self.number(delta)),
    ])
  }

  /// A number rounded to 2 decimals as the report writes them, or `null`.
  static func number(_ value: Double?) -> JSONValue {
    value.map { .number(Format.rounded($0, 2)) } ?? .null
  }
}
