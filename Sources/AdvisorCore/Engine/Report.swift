/// Everything the advisor concluded about one project; the renderers' only input.
public struct Report: Sendable {
  /// The advisor's version.
  public var toolVersion: String
  /// The resolved project: spec, tables and facts.
  public var project: ResolvedProject
  /// Scores and matrix.
  public var scorecard: Scorecard
  /// Winner, runner-up, margin and confidence.
  public var recommendation: Recommendation
  /// The criteria that put the winner ahead of the runner-up, largest first.
  public var drivers: [Driver]
  /// The criteria that favour the runner-up over the winner, largest first.
  public var counterpoints: [Driver]
  /// For each known criterion, the nearest answer that would change the winner.
  public var changes: [AnswerChange]
  /// The questions the spec left open, most likely to change the verdict first.
  public var questions: [Question]
  /// Plain-language cautions about the inputs or the verdict.
  public var warnings: [String]
  /// When the report was made (ISO 8601, UTC), only when asked for: reports are otherwise reproducible.
  public var generatedAt: String?
  /// How solid the recommendation is: method agreement, weight flip points, Monte Carlo weights.
  public var sensitivity: Sensitivity
  /// The method that ranked the approaches.
  public var method: RankingMethod

  /// The winner's next steps, each with its source resolved.
  public var nextSteps: [(step: NextStep, source: Source?)] {
    guard let winner = recommendation.winner else { return [] }
    let sources = project.criteria.profiles.sources
    return winner.approach.nextSteps.map { step in (step, sources.first { $0.id == step.source }) }
  }

  /// The facts, by status.
  public func facts(_ status: FactStatus) -> [ResolvedFact] {
    project.facts.filter { $0.status == status }
  }
}
