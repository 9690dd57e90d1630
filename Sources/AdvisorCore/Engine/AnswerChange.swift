/// Another answer to one question that would change the recommendation.
public struct AnswerChange: Sendable, Equatable {
  /// The criterion asked about.
  public var criterion: Criterion
  /// The level the project is at now; `nil` when the fact is unknown.
  public var from: Level?
  /// The level that changes the outcome.
  public var to: Level
  /// The approach that would then be recommended; `nil` when every approach would be excluded.
  public var newWinner: Approach?
  /// The new winner's lead over its runner-up, in points.
  public var lead: Double
}

/// Finds, for each criterion, the answers that would change the recommended approach. Each hypothetical answer is
/// scored on the project's numbers (`WhatIfMatrix`), not by resolving the whole project again.
public struct WhatIfAnalysis: Sendable {
  let method: RankingMethod

  /// Creates the analysis for a ranking method.
  public init(method: RankingMethod = .wsm) {
    self.method = method
  }

  /// For every known criterion, the nearest other level that changes the winner (ties go to the lower level).
  public func nearestChanges(for project: ResolvedProject, winner: String?) -> [AnswerChange] {
    nearestChanges(WhatIfMatrix(project: project, method: method), winner: winner)
  }

  /// For every unknown criterion, each answer that would change the winner.
  public func unknownImpacts(for project: ResolvedProject, winner: String?) -> [(criterion: Criterion, changes: [AnswerChange])] {
    unknownImpacts(WhatIfMatrix(project: project, method: method), winner: winner)
  }

  /// Both analyses on one matrix.
  func analyse(_ project: ResolvedProject, winner: String?) -> (
    changes: [AnswerChange], unknownImpacts: [(criterion: Criterion, changes: [AnswerChange])]
  ) {
    let matrix = WhatIfMatrix(project: project, method: method)
    return (nearestChanges(matrix, winner: winner), unknownImpacts(matrix, winner: winner))
  }

  private func nearestChanges(_ matrix: WhatIfMatrix, winner: String?) -> [AnswerChange] {
    let facts = matrix.project.facts
    return facts.indices.compactMap { index -> AnswerChange? in
      guard facts[index].weight > 0 || facts[index].status == .given, let current = matrix.levels[index] else { return nil }
      let candidates = facts[index].criterion.levels.indices
        .filter { $0 != current }
        .sorted { (abs($0 - current), $0) < (abs($1 - current), $1) }
      for candidate in candidates {
        if let change = change(matrix, index, candidate, unless: winner) { return change }
      }
      return nil
    }
  }

  private func unknownImpacts(_ matrix: WhatIfMatrix, winner: String?) -> [(criterion: Criterion, changes: [AnswerChange])] {
    let facts = matrix.project.facts
    return facts.indices.filter { facts[$0].status == .unknown }.map { index in
      let criterion = facts[index].criterion
      return (criterion, criterion.levels.indices.compactMap { change(matrix, index, $0, unless: winner) })
    }
  }

  private func change(_ matrix: WhatIfMatrix, _ index: Int, _ level: Int, unless winner: String?) -> AnswerChange? {
    let outcome = matrix.outcome(setting: index, to: level)
    let approaches = matrix.project.criteria.approaches
    let newWinner = outcome.winner.map { approaches[$0] }
    guard newWinner?.id != winner else { return nil }
    let fact = matrix.project.facts[index]
    return AnswerChange(criterion: fact.criterion, from: fact.level, to: fact.criterion.levels[level], newWinner: newWinner, lead: outcome.margin)
  }
}
