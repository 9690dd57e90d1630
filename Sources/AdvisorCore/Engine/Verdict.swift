/// The short form of a report: a project's name and its verdict, all that a portfolio row or a gate reads.
public struct Verdict: Sendable, Equatable {
  /// The spec's name.
  public var name: String
  /// Winner, runner-up, margin and confidence.
  public var recommendation: Recommendation

  /// Creates a verdict.
  public init(name: String, recommendation: Recommendation) {
    self.name = name
    self.recommendation = recommendation
  }

  /// The verdict of a full report.
  public init(_ report: Report) {
    self.init(name: report.project.spec.name, recommendation: report.recommendation)
  }
}
