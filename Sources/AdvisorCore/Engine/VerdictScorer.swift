/// Draws verdicts through the decision model without the report's matrix, explanations and what-if: what a
/// portfolio row or a gate needs, the same as a full report's (a test checks it on random specs for every
/// method). Compile it once and score many specs.
public struct VerdictScorer: Sendable {
  let model: DecisionModel
  let options: Advisor.Options
  /// Whether each verdict carries its plan's first step, which needs the facts resolved and the what-if matrix.
  public let plans: Bool

  /// Compiles the tables for the analysis settings; `plans` adds each verdict's next step.
  public init(
    criteria: CriteriaSet, options: Advisor.Options = Advisor.Options(), plans: Bool = false
  ) {
    model = DecisionModel(criteria)
    self.options = options
    self.plans = plans
  }

  /// The verdict for a spec.
  public func verdict(_ spec: ProjectSpec) -> Verdict {
    var plan: Plan?
    let evaluation: Evaluation
    if plans {
      let resolved = FactResolver().resolve(spec, model: model, method: options.method)
      evaluation = resolved.evaluation
      let matrix = WhatIfMatrix(
        project: resolved.project, model: model, evaluation: evaluation, method: options.method)
      plan = Plan(matrix: matrix, winner: evaluation.winner)
    } else {
      evaluation = model.evaluate(spec, method: options.method)
    }
    let approaches = model.criteria.approaches
    let table = model.criteria.criteria
    func result(_ index: Int?) -> Scorecard.Result? {
      guard let index, let rank = evaluation.ranking.firstIndex(of: index) else { return nil }
      let exclusions = evaluation.exclusionNotes(approaches[index], at: index, in: table) { row in
        var criterion = table[row]
        if evaluation.costFits != nil, row == model.costIndex {
          criterion.sources.append(CostModel.source)
        }
        return criterion
      }
      return Scorecard.Result(
        approach: approaches[index], score: evaluation.totals[index], rank: rank + 1,
        exclusions: exclusions)
    }
    let active = table.indices.lazy.filter { evaluation.effectiveWeight($0) > 0 }.map { row in
      (
        weight: evaluation.effectiveWeight(row),
        status: evaluation.given[row] != nil
          ? FactStatus.given : evaluation.levels[row] != nil ? .inferred : .unknown
      )
    }
    let winner = evaluation.winner
    var confidence = Confidence(margin: evaluation.margin, weights: active)
    if winner != nil, options.samples > 0 {
      let sensitivity = Sensitivity(
        model, evaluation, winner: winner, method: options.method, samples: options.samples,
        concentration: options.concentration,
        seed: options.seed, stopsEarly: options.stopsEarly, flipPoints: false)
      confidence = Confidence(
        margin: evaluation.margin, weights: active, winProbability: sensitivity.winProbability,
        agreement: sensitivity.agreement)
    }
    let recommendation = Recommendation(
      winner: result(winner), runnerUp: winner == nil ? nil : result(evaluation.runnerUp),
      margin: evaluation.margin, confidence: confidence,
      closest: result(evaluation.ranking.first),
      settled: winner != nil && evaluation.settlement?.approach == winner)
    return Verdict(name: spec.name, recommendation: recommendation, nextStep: plan?.steps.first)
  }
}
