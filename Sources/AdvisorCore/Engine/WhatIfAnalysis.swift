/// Finds, for each criterion, the answers that would change the recommended approach. Each hypothetical answer is
/// scored by the decision model on the project's evaluation (`WhatIfMatrix`).
public struct WhatIfAnalysis: Sendable {
  let method: RankingMethod

  /// Creates the analysis for a ranking method.
  public init(method: RankingMethod = .wsm) {
    self.method = method
  }

  /// For every known criterion, the nearest other level that changes the winner (ties go to the lower level).
  public func nearestChanges(for project: ResolvedProject, winner: String?) -> [AnswerChange] {
    nearestChanges(matrix(project), winner: winner)
  }

  /// Every unknown criterion's question, most likely to change the verdict first.
  public func questions(for project: ResolvedProject, winner: String?) -> [Question] {
    questions(matrix(project), winner: winner)
  }

  private func matrix(_ project: ResolvedProject) -> WhatIfMatrix {
    let model = DecisionModel(project.criteria)
    return WhatIfMatrix(
      project: project, model: model, evaluation: model.evaluate(project.spec, method: method),
      method: method)
  }

  /// Both analyses on one matrix.
  func analyse(_ matrix: WhatIfMatrix, winner: String?) -> (
    changes: [AnswerChange], questions: [Question]
  ) {
    (nearestChanges(matrix, winner: winner), questions(matrix, winner: winner))
  }

  private func nearestChanges(_ matrix: WhatIfMatrix, winner: String?) -> [AnswerChange] {
    let facts = matrix.project.facts
    return facts.indices.compactMap { index -> AnswerChange? in
      guard facts[index].weight > 0 || facts[index].status == .given,
        let current = matrix.evaluation.levels[index]
      else { return nil }
      let candidates = facts[index].criterion.levels.indices
        .filter { $0 != current }
        .sorted { (abs($0 - current), $0) < (abs($1 - current), $1) }
      for candidate in candidates {
        if let change = change(matrix, index, candidate, unless: winner) { return change }
      }
      return nil
    }
  }

  private func questions(_ matrix: WhatIfMatrix, winner: String?) -> [Question] {
    let facts = matrix.project.facts
    let questions = facts.indices.filter {
      facts[$0].status == .unknown && facts[$0].weight > 0 && !facts[$0].isIrrelevant
    }.map { index in
      let criterion = facts[index].criterion
      let changes = criterion.levels.indices.compactMap {
        change(matrix, index, $0, unless: winner)
      }
      let probability = changes.reduce(0) { $0 + criterion.unknown.probability(of: $1.to.id) }
      return Question(
        criterion: criterion, changes: changes, changeProbability: min(1, probability))
    }
    // Most likely to change the verdict first; then the heavier question; then table order.
    return questions.enumerated().sorted { lhs, rhs in
      if lhs.element.changeProbability != rhs.element.changeProbability {
        return lhs.element.changeProbability > rhs.element.changeProbability
      }
      if lhs.element.criterion.weight != rhs.element.criterion.weight {
        return lhs.element.criterion.weight > rhs.element.criterion.weight
      }
      return lhs.offset < rhs.offset
    }.map(\.element)
  }

  private func change(_ matrix: WhatIfMatrix, _ index: Int, _ level: Int, unless winner: String?)
    -> AnswerChange?
  {
    let outcome = matrix.outcome(setting: index, to: level)
    let approaches = matrix.project.criteria.approaches
    let newWinner = outcome.winner.map { approaches[$0] }
    guard newWinner?.id != winner else { return nil }
    let fact = matrix.project.facts[index]
    return AnswerChange(
      criterion: fact.criterion, from: fact.level, to: fact.criterion.levels[level],
      value: matrix.value(setting: index, to: level),
      newWinner: newWinner, lead: outcome.margin)
  }
}
