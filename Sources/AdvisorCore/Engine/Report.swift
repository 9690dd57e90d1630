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
  /// The published decisions most like the project, most similar first; they explain and never score.
  public var precedents: [PrecedentMatch] = []

  /// The approach now and the steps after it, computed from the decision model.
  public var plan: Plan = .empty

  /// How many precedents a report names.
  public static let precedentLimit = 3

  /// When the most similar precedents chose otherwise than the verdict, a sentence that says so; a reviewer
  /// wants to see exactly that. `nil` when they agree, or when there is no verdict or no precedent.
  public var precedentNote: String? {
    guard let winner = recommendation.winner?.approach, let first = precedents.first else {
      return nil
    }
    let others = precedents.filter { $0.precedent.choice != winner.id }
    guard first.precedent.choice != winner.id || others.count * 2 > precedents.count else {
      return nil
    }
    let names = others.map(\.precedent.organisation)
    let choices = Set(others.map(\.precedent.choice)).sorted().compactMap {
      project.criteria.approach(id: $0)?.name
    }
    let who =
      others.count == precedents.count
      ? (others.count == 1
        ? "The most similar published project"
        : "The \(others.count) most similar published projects")
      : others.count == 1
        ? "The most similar published project"
        : "\(others.count) of the \(precedents.count) most similar published projects"
    return "\(who) (\(names.joined(separator: ", "))) "
      + "chose \(choices.joined(separator: " or ")), not \(winner.name): read what they say before deciding."
  }

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
