/// Draws verdicts straight from the tables' numbers: what a portfolio row or a gate needs, the same as a full
/// report's (a test checks it on random specs for every method), without building the report's resolved facts,
/// matrix and explanations. Compile it once and score many specs.
public struct VerdictScorer: Sendable {
  let model: DecisionModel
  let options: Advisor.Options

  /// Compiles the tables for the analysis settings.
  public init(criteria: CriteriaSet, options: Advisor.Options = Advisor.Options()) {
    model = DecisionModel(criteria)
    self.options = options
  }

  /// The verdict for a spec.
  public func verdict(_ spec: ProjectSpec) -> Verdict {
    let table = model.criteria.criteria
    // The level each fact selects, as the resolver matches it; weights the spec overrides.
    let given: [Int?] = table.indices.map { row in
      spec.value(of: model.keys[row]).flatMap(table[row].levelIndex)
    }
    let weights = table.indices.map { row in
      spec.weights.isEmpty ? model.defaultWeights[row] : spec.weights[table[row].id] ?? model.defaultWeights[row]
    }
    let levels = model.resolve(given: given)
    let costFits = costFits(spec, levels: levels)
    let scores = model.score(levels: levels, weights: weights, appliesExclusions: { given[$0] != nil }, costFits: costFits, method: options.method)
    let approaches = model.criteria.approaches
    func result(_ index: Int?) -> Scorecard.Result? {
      guard let index, let rank = scores.ranking.firstIndex(of: index) else { return nil }
      return Scorecard.Result(
        approach: approaches[index], score: scores.totals[index], rank: rank + 1,
        exclusions: scores.excluded[index]
          ? exclusions(of: approaches[index].id, levels: levels, weights: weights, given: given, costed: costFits != nil) : [])
    }
    let winner = result(scores.winner)
    let active = table.indices.lazy.filter { weights[$0] > 0 }.map { row in
      (weight: weights[row], status: given[row] != nil ? FactStatus.given : levels[row] != nil ? .inferred : .unknown)
    }
    var confidence = Confidence(margin: scores.margin, weights: active)
    if let winner, options.samples > 0 {
      let data = DecisionData(
        approaches: approaches, eligible: scores.excluded.map(!), facts: [], weights: scores.scoredWeights, fits: scores.scoredFits)
      let sensitivity = Sensitivity(
        data, winner: winner.approach.id, method: options.method, samples: options.samples, concentration: options.concentration,
        seed: options.seed, flipPoints: false)
      confidence = Confidence(margin: scores.margin, weights: active, winProbability: sensitivity.winProbability, agreement: sensitivity.agreement)
    }
    let recommendation = Recommendation(winner: winner, runnerUp: result(scores.runnerUp), margin: scores.margin, confidence: confidence)
    return Verdict(name: spec.name, recommendation: recommendation)
  }

  /// The cost criterion's fits when its level is known and the monthly volume is a number, as the resolver
  /// computes them; `nil` keeps the table's.
  private func costFits(_ spec: ProjectSpec, levels: [Int?]) -> [Double]? {
    guard let costModel = model.criteria.costModel, let costIndex = model.costIndex, levels[costIndex] != nil,
      case .number = spec.value(of: CostCalculator.volumeKey)
    else { return nil }
    let cadence = model.cadenceIndex.flatMap { row in levels[row].map { model.criteria.criteria[row].levels[$0].id } }
    let analysis = CostCalculator(model: costModel, overrides: spec.costs).analyse(
      facts: spec.valuesByKey, knowledgeChange: cadence, explaining: false)
    return DecisionModel.costFits(analysis, approaches: model.criteria.approaches)
  }

  /// The hard constraints that rule an approach out, as `Scorer` lists them (the cost criterion cites the cost
  /// model too when its fits were computed, as the resolver has it).
  private func exclusions(of approach: String, levels: [Int?], weights: [Double], given: [Int?], costed: Bool) -> [Scorecard.ExclusionNote] {
    let table = model.criteria.criteria
    return table.indices.compactMap { row -> Scorecard.ExclusionNote? in
      guard weights[row] > 0 || given[row] != nil, let level = levels[row],
        let exclusion = table[row].levels[level].excludes[approach]
      else { return nil }
      var criterion = table[row]
      if costed, row == model.costIndex { criterion.sources.append(CostModel.source) }
      return Scorecard.ExclusionNote(criterion: criterion, exclusion: exclusion)
    }.sorted { $0.criterion.id < $1.criterion.id }
  }
}
