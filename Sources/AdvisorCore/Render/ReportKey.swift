/// The member names of the JSON report that its readers depend on — `advisor diff` reads a saved report back
/// through them — spelled once, for the writer and the readers alike.
public enum ReportKey: String, Sendable, CaseIterable {
  /// The report format version.
  case reportVersion
  /// The spec as read.
  case spec
  /// A name: the project's, an approach's.
  case name
  /// The spec's facts.
  case facts
  /// The spec's weight overrides.
  case weights
  /// The tables used.
  case criteria
  /// The tables' digest.
  case digest
  /// The approach ids the tables define.
  case approaches
  /// The verdict.
  case recommendation
  /// How far the verdict is settled.
  case status
  /// An approach id.
  case approach
  /// A 0–100 score.
  case score
  /// The lead over the runner-up.
  case margin
  /// How sure the verdict is.
  case confidence
  /// Confidence as a whole percentage.
  case percent
  /// Every approach in rank order.
  case ranking
  /// The decision matrix's rows.
  case matrix
  /// A criterion id.
  case criterion
  /// A criterion's weight in force.
  case weight

  /// The member name.
  public var key: String { rawValue }
}
