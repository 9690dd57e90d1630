/// The advisor's pipeline after loading: resolve the facts, score the approaches, explain the verdict.
public struct Advisor: Sendable {
  /// The version the tool reports.
  public static let version = "0.1.0"

  /// The settings of the robustness analysis.
  public struct Options: Sendable {
    /// The method that ranks the approaches.
    public var method: RankingMethod
    /// Monte Carlo samples: the most drawn when `stopsEarly`, else exactly this many.
    public var samples: Int
    /// Whether sampling stops once the leader's share is settled (see `MonteCarlo`); `--samples N` turns it off.
    public var stopsEarly: Bool
    /// Monte Carlo Dirichlet concentration.
    public var concentration: Double
    /// Monte Carlo seed.
    public var seed: UInt64

    /// The defaults: weighted sum, 10,000 samples, concentration 100, seed 42.
    public init(
      method: RankingMethod = .wsm, samples: Int = MonteCarlo.defaultSamples,
      concentration: Double = MonteCarlo.defaultConcentration,
      seed: UInt64 = MonteCarlo.defaultSeed, stopsEarly: Bool = true
    ) {
      self.stopsEarly = stopsEarly
      self.method = method
      self.samples = samples
      self.concentration = concentration
      self.seed = seed
    }
  }

  let resolver: FactResolver
  /// The settings of the robustness analysis.
  public let options: Options

  /// Creates the pipeline; collaborators are injectable for tests.
  public init(resolver: FactResolver = FactResolver(), options: Options = Options()) {
    self.resolver = resolver
    self.options = options
  }

  /// Produces the full report for a spec.
  public func recommend(_ spec: ProjectSpec, criteria: CriteriaSet) -> Report {
    let model = DecisionModel(criteria)
    let (project, evaluation) = resolver.resolve(spec, model: model, method: options.method)
    let scorecard = Scorer.scorecard(project, evaluation)
    let sensitivity = Sensitivity(
      model, evaluation, winner: evaluation.winner, method: options.method,
      samples: options.samples, concentration: options.concentration,
      seed: options.seed, stopsEarly: options.stopsEarly, flipPoints: true)
    let sampled = options.samples > 0
    let recommendation = Recommendation(
      scorecard: scorecard, winProbability: sampled ? sensitivity.winProbability : nil,
      agreement: sampled ? sensitivity.agreement : nil)
    var drivers: [Driver] = []
    var counterpoints: [Driver] = []
    if let winner = recommendation.winner, let runnerUp = recommendation.runnerUp {
      drivers = Driver.explained(
        Driver.drivers(
          in: scorecard, between: winner.approach, and: runnerUp.approach, favouring: true),
        in: project)
      counterpoints = Driver.explained(
        Driver.drivers(
          in: scorecard, between: winner.approach, and: runnerUp.approach, favouring: false),
        in: project)
    }
    let matrix = WhatIfMatrix(
      project: project, model: model, evaluation: evaluation, method: options.method)
    let whatIf = WhatIfAnalysis(method: options.method).analyse(
      matrix, winner: recommendation.winner?.approach.id)
    return Report(
      toolVersion: Self.version, project: project, scorecard: scorecard,
      recommendation: recommendation,
      drivers: drivers, counterpoints: counterpoints, changes: whatIf.changes,
      questions: whatIf.questions,
      warnings: Self.warnings(
        project: project, scorecard: scorecard, recommendation: recommendation),
      sensitivity: sensitivity,
      method: options.method,
      precedents: PrecedentMatcher(criteria: criteria).matches(
        for: spec, limit: Report.precedentLimit),
      plan: Plan(
        matrix: matrix,
        winner: recommendation.winner.flatMap { winner in
          criteria.approaches.firstIndex { $0.id == winner.approach.id }
        }))
  }

  /// Produces only the verdict for a spec, as its full report would give it: what a portfolio row or a gate
  /// needs. For many specs, compile a `VerdictScorer` once instead.
  public func verdict(_ spec: ProjectSpec, criteria: CriteriaSet) -> Verdict {
    VerdictScorer(criteria: criteria, options: options).verdict(spec)
  }

  static func warnings(
    project: ResolvedProject, scorecard: Scorecard, recommendation: Recommendation
  ) -> [String] {
    var warnings: [String] = []
    let active = project.facts.filter { $0.weight > 0 }
    if scorecard.scoredWeight == 0 {
      warnings.append("No criterion counts (every weight is 0), so every approach scores 0.")
    }
    let unknown = active.filter { $0.status == .unknown && $0.relevance > 0 }
    if !unknown.isEmpty {
      let counting = active.filter { $0.relevance > 0 }
      let share =
        unknown.reduce(0) { $0 + $1.weight * $1.relevance }
        / counting.reduce(0) { $0 + $1.weight * $1.relevance }
      warnings.append(
        "\(unknown.count) of \(counting.count) criteria \(unknown.count == 1 ? "has" : "have") no fact (\(Format.percent(share)) of the weight); "
          + "each is scored at its expected fit under its prior, and the robustness samples draw it."
      )
    }
    for fact in unknown where fact.criterion.unknown.note != nil {
      warnings.append(fact.criterion.unknown.note ?? "")
    }
    if let latency = wholeAnswerWarning(project) { warnings.append(latency) }
    if recommendation.status == .closeCall, recommendation.runnerUp?.isExcluded == false {
      warnings.append("The top two approaches stay too close to call on these facts and weights.")
    }
    return warnings
  }

  /// A latency budget given as a number that a whole answer cannot meet at published decode speeds: the budget
  /// then holds only the first streamed token, or a shorter answer.
  static func wholeAnswerWarning(_ project: ResolvedProject) -> String? {
    guard case .number(let budget)? = project.spec.value(of: CostCalculator.latencyKey),
      let model = project.criteria.costModel,
      let speed = model.prices["decode_tokens_per_second"]?.estimate, speed.expected > 0
    else { return nil }
    let given = project.spec.value(of: "tokens_per_query_out")
    guard case .number(let tokens)? = given ?? model.fact("tokens_per_query_out")?.defaultValue
    else { return nil }
    let seconds = tokens / speed.expected
    guard seconds * 1000 > budget else { return nil }
    let fits = Format.grouped((budget / 1000 * speed.expected).rounded(.down))
    return
      "A whole answer of \(Format.grouped(tokens)) tokens\(given == nil ? " (tokens_per_query_out, not given)" : "") takes about "
      + "\(Format.significant(seconds, 2)) s to decode at \(Format.grouped(speed.expected)) tokens/s "
      + "(\(Format.grouped(speed.low))-\(Format.grouped(speed.high)) measured on hosted models), more than the "
      + "\(Format.grouped(budget)) ms budget: the budget can hold the first streamed token, or an answer of about \(fits) tokens."
  }
}
