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

/// Finds, for each criterion, the answers that would change the recommended approach.
public struct WhatIfAnalysis: Sendable {
  let resolver: FactResolver
  let scorer: Scorer

  /// Creates the analysis with the pipeline's resolver and scorer.
  public init(resolver: FactResolver = FactResolver(), scorer: Scorer = Scorer()) {
    self.resolver = resolver
    self.scorer = scorer
  }

  /// For every known criterion, the nearest other level that changes the winner (ties go to the lower level).
  public func nearestChanges(for project: ResolvedProject, winner: String?) -> [AnswerChange] {
    project.facts.compactMap { fact -> AnswerChange? in
      guard fact.weight > 0 || fact.status == .given, let current = fact.level,
        let currentIndex = fact.criterion.levels.firstIndex(of: current)
      else { return nil }
      let candidates = fact.criterion.levels.enumerated()
        .filter { $0.offset != currentIndex }
        .sorted { (abs($0.offset - currentIndex), $0.offset) < (abs($1.offset - currentIndex), $1.offset) }
      for candidate in candidates.map(\.element) {
        if let change = outcome(of: project, fact: fact, at: candidate, unless: winner) { return change }
      }
      return nil
    }
  }

  /// For every unknown criterion, each answer that would change the winner.
  public func unknownImpacts(for project: ResolvedProject, winner: String?) -> [(criterion: Criterion, changes: [AnswerChange])] {
    project.facts.filter { $0.status == .unknown }.map { fact in
      (fact.criterion, fact.criterion.levels.compactMap { outcome(of: project, fact: fact, at: $0, unless: winner) })
    }
  }

  private func outcome(of project: ResolvedProject, fact: ResolvedFact, at level: Level, unless winner: String?) -> AnswerChange? {
    let key = fact.criterion.fact.key
    let spec = project.spec.setting(key, to: .level(level.id))
    let reusable = project.criteria.costModel.map { !$0.inputKeys.contains(key) } ?? false
    let resolved = resolver.resolve(spec, with: project.criteria, reusingCostsOf: reusable ? project : nil)
    let recommendation = Recommendation(scorecard: scorer.score(resolved))
    guard recommendation.winner?.approach.id != winner else { return nil }
    return AnswerChange(
      criterion: fact.criterion, from: fact.level, to: level, newWinner: recommendation.winner?.approach, lead: recommendation.margin)
  }
}
