/// An unanswered question, with the answers that would change the verdict and how likely they are under its prior.
public struct Question: Sendable, Equatable {
  /// The criterion asked about.
  public var criterion: Criterion
  /// The answers that would change the recommended approach.
  public var changes: [AnswerChange]
  /// The prior probability that the answer changes the recommended approach: the value of asking.
  public var changeProbability: Double
}
