/// Lays an evaluation out as the decision matrix: one row per criterion, points of score per cell, the ranking
/// with each approach's failed requirements. The scores are the decision model's; the matrix's points are always
/// the weighted sum's.
public struct Scorer: Sendable {
  /// The method that ranks the approaches.
  public var method: RankingMethod

  /// Creates a scorer.
  public init(method: RankingMethod = .wsm) {
    self.method = method
  }

  /// Scores and ranks every approach of a resolved project.
  public func score(_ project: ResolvedProject) -> Scorecard {
    let model = DecisionModel(project.criteria)
    return Self.scorecard(
      project, model.evaluate(project.spec, method: method, analysis: project.cost))
  }

  /// The matrix of a project and its evaluation.
  static func scorecard(_ project: ResolvedProject, _ evaluation: Evaluation) -> Scorecard {
    let approaches = project.criteria.approaches
    let facts = project.facts
    let totalWeight = facts.indices.reduce(0) { $0 + evaluation.effectiveWeight($1) }
    let rows = facts.indices.map { row in
      let weight = evaluation.effectiveWeight(row)
      return Scorecard.Row(
        fact: facts[row],
        cells: approaches.indices.map { approach in
          let fit = evaluation.column(row, approach)
          let contribution = weight > 0 && totalWeight > 0 ? weight / totalWeight * fit * 10 : 0
          return Scorecard.Cell(
            approach: approaches[approach].id, fit: fit, contribution: contribution)
        })
    }
    let ranking = evaluation.ranking.enumerated().map { offset, index in
      let approach = approaches[index]
      let notes = evaluation.exclusionNotes(approach, at: index, in: project.criteria.criteria) {
        facts[$0].criterion
      }
      return Scorecard.Result(
        approach: approach, score: evaluation.totals[index], rank: offset + 1, exclusions: notes)
    }
    let settlement = evaluation.settlement.flatMap { row, _ in
      facts[row].level?.settles.map { (criterion: facts[row].criterion, settlement: $0) }
    }
    return Scorecard(
      rows: rows, ranking: ranking, scoredWeight: totalWeight, settlement: settlement)
  }
}
