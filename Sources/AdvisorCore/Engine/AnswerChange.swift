/// Another answer to one question that would change the recommendation.
public struct AnswerChange: Sendable, Equatable {
  /// The criterion asked about.
  public var criterion: Criterion
  /// The level the project is at now; `nil` when the fact is unknown.
  public var from: Level?
  /// The level that changes the outcome.
  public var to: Level
  /// The answer scored: the level's id, or for a fact given as a number, the number of that level nearest it.
  public var value: FactValue
  /// The approach that would then be recommended; `nil` when every approach would be excluded.
  public var newWinner: Approach?
  /// The new winner's lead over its runner-up, in points.
  public var lead: Double
}
