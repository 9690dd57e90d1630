/// The advisor's pipeline after loading: resolve the facts, score the approaches, explain the verdict.
public struct Advisor: Sendable {
  /// The version the tool reports.
  public static let version = "0.1.0"

  /// The settings of the robustness analysis.
  public struct Options: Sendable {
    /// The method that ranks the approaches.
    public var method: RankingMethod
    /// Monte Carlo samples.
    public var samples: Int
    /// Monte Carlo Dirichlet concentration.
    public var concentration: Double
    /// Monte Carlo seed.
    public var seed: UInt64

    /// The defaults: weighted sum, 10,000 samples, concentration 100, seed 42.
    public init(
      method: RankingMethod = .wsm, samples: Int = MonteCarlo.defaultSamples, concentration: Double = MonteCarlo.defaultConcentration,
      seed: UInt64 = MonteCarlo.defaultSeed
    ) {
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
    let project = resolver.resolve(spec, with: criteria)
    let scorecard = Scorer(method: options.method).score(project)
    var recommendation = Recommendation(scorecard: scorecard)
    let sensitivity = sensitivity(of: scorecard, project, winner: recommendation.winner)
    applyRobustness(sensitivity, to: &recommendation, scorecard: scorecard)
    var drivers: [Driver] = []
    var counterpoints: [Driver] = []
    if let winner = recommendation.winner, let runnerUp = recommendation.runnerUp {
      drivers = Driver.drivers(in: scorecard, between: winner.approach, and: runnerUp.approach, favouring: true)
      counterpoints = Driver.drivers(in: scorecard, between: winner.approach, and: runnerUp.approach, favouring: false)
    }
    let whatIf = WhatIfAnalysis(method: options.method).analyse(project, winner: recommendation.winner?.approach.id)
    return Report(
      toolVersion: Self.version, project: project, scorecard: scorecard, recommendation: recommendation,
      drivers: drivers, counterpoints: counterpoints, changes: whatIf.changes, unknownImpacts: whatIf.unknownImpacts,
      warnings: Self.warnings(project: project, scorecard: scorecard, recommendation: recommendation), sensitivity: sensitivity,
      method: options.method)
  }

  /// Produces only the verdict for a spec, as its full report would give it: what a portfolio row or a gate
  /// needs. For many specs, compile a `VerdictScorer` once instead.
  public func verdict(_ spec: ProjectSpec, criteria: CriteriaSet) -> Verdict {
    VerdictScorer(criteria: criteria, options: options).verdict(spec)
  }

  private func sensitivity(of scorecard: Scorecard, _ project: ResolvedProject, winner: Scorecard.Result?) -> Sensitivity {
    Sensitivity(
      scorecard: scorecard, approaches: project.criteria.approaches, winner: winner?.approach.id, method: options.method,
      samples: options.samples, concentration: options.concentration, seed: options.seed)
  }

  /// With Monte Carlo sampling on, confidence draws on the win probability and the methods' agreement too.
  private func applyRobustness(_ sensitivity: Sensitivity, to recommendation: inout Recommendation, scorecard: Scorecard) {
    guard recommendation.winner != nil, options.samples > 0 else { return }
    recommendation.confidence = Confidence(
      margin: recommendation.margin, facts: scorecard.rows.map(\.fact).filter { $0.weight > 0 }, winProbability: sensitivity.winProbability,
      agreement: sensitivity.agreement)
  }

  static func warnings(project: ResolvedProject, scorecard: Scorecard, recommendation: Recommendation) -> [String] {
    var warnings: [String] = []
    let active = project.facts.filter { $0.weight > 0 }
    if scorecard.scoredWeight == 0 {
      warnings.append("No scored criterion has a known fact, so every approach scores 0; give at least the facts you know.")
    }
    let unknown = active.filter { $0.status == .unknown }
    if !unknown.isEmpty, scorecard.scoredWeight > 0 {
      let share = unknown.reduce(0) { $0 + $1.weight } / active.reduce(0) { $0 + $1.weight }
      warnings.append(
        "\(unknown.count) of \(active.count) criteria \(unknown.count == 1 ? "has" : "have") no fact (\(Format.percent(share)) of the weight); unknown criteria favour no approach."
      )
    }
    if recommendation.winner == nil {
      warnings.append("Every approach is excluded by a hard constraint; see the exclusions.")
    } else if scorecard.scoredWeight > 0, recommendation.margin < 3, recommendation.runnerUp?.isExcluded == false {
      warnings.append("The top two approaches are within 3 points: too close to call on these facts and weights.")
    }
    return warnings
  }
}
