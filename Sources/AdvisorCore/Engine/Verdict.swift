/// The short form of a report: a project's name and its verdict, all that a portfolio row or a gate reads.
public struct Verdict: Sendable, Equatable {
  /// The spec's name.
  public var name: String
  /// Winner, runner-up, margin and confidence.
  public var recommendation: Recommendation
  /// The plan's first step, when the verdict was drawn with its plan (a portfolio's "next" line).
  public var nextStep: Plan.Step?

  /// Creates a verdict.
  public init(name: String, recommendation: Recommendation, nextStep: Plan.Step? = nil) {
    self.name = name
    self.recommendation = recommendation
    self.nextStep = nextStep
  }

  /// The verdict of a full report, with its plan's first step.
  public init(_ report: Report) {
    self.init(
      name: report.project.spec.name, recommendation: report.recommendation,
      nextStep: report.plan.steps.first)
  }
}
