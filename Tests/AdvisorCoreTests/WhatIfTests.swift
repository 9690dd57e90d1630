import Testing

@testable import AdvisorCore

@Suite struct WhatIfTests {
  /// Every reported change really flips the winner, and no nearer level would have.
  @Test(arguments: ExampleCaseTests.expected.keys.sorted())
  func reportedChangesAreTheNearestFlips(name: String) throws {
    let spec = try Fixtures.example(name)
    let report = Advisor().recommend(spec, criteria: Fixtures.builtIn)
    let winner = report.recommendation.winner?.approach.id
    func winnerIf(_ key: String, _ level: String) -> String? {
      Advisor().recommend(spec.setting(key, to: .level(level)), criteria: Fixtures.builtIn).recommendation.winner?.approach.id
    }
    for fact in report.project.facts where fact.level != nil {
      let criterion = fact.criterion
      let current = try #require(criterion.levels.firstIndex { $0.id == fact.level?.id })
      let flipping = criterion.levels.indices.filter { $0 != current && winnerIf(criterion.fact.key, criterion.levels[$0].id) != winner }
      let reported = report.changes.first { $0.criterion.id == criterion.id }
      if let nearest = flipping.min(by: { (abs($0 - current), $0) < (abs($1 - current), $1) }) {
        #expect(reported?.to.id == criterion.levels[nearest].id, "\(name): \(criterion.id)")
        #expect(reported?.newWinner?.id == winnerIf(criterion.fact.key, criterion.levels[nearest].id))
      } else {
        #expect(reported == nil, "\(name): \(criterion.id) reported a change that does not flip the winner")
      }
    }
    for entry in report.unknownImpacts {
      let flipping = entry.criterion.levels.filter { winnerIf(entry.criterion.fact.key, $0.id) != winner }.map(\.id)
      #expect(entry.changes.map(\.to.id) == flipping, "\(name): \(entry.criterion.id)")
    }
  }

  @Test func theLegalMemosNameWhatWouldTurnThemIntoRAG() throws {
    let report = Advisor().recommend(try Fixtures.example("legal-research-memos"), criteria: Fixtures.builtIn)
    let texts = report.changes.map(report.changeText)
    #expect(texts.contains("If knowledge_gap were facts instead of both, RAG would lead by 0.9 points."))
    #expect(texts.contains("If labeled_examples were fewer than 10 instead of 6,000 examples, RAG would lead by 22.2 points."))
  }

  /// The what-if analysis scores hypotheticals on the project's numbers; resolving and scoring each hypothetical
  /// spec in full must give the same winners and leads, to the last bit, for every method.
  @Test(arguments: RankingMethod.allCases)
  func scoringOnTheMatrixMatchesAFullResolve(method: RankingMethod) {
    var random = SeededRandom(seed: 11)
    let resolver = FactResolver()
    let scorer = Scorer(method: method)
    let analysis = WhatIfAnalysis(method: method)
    for _ in 0..<PropertyTests.cases {
      let spec = PropertyTests.randomSpec(&random)
      let project = resolver.resolve(spec, with: Fixtures.builtIn)
      let winner = Recommendation(scorecard: scorer.score(project)).winner?.approach.id
      func outcome(_ fact: ResolvedFact, _ level: Level) -> (winner: String?, lead: Double) {
        let resolved = resolver.resolve(spec.setting(fact.criterion.fact.key, to: .level(level.id)), with: Fixtures.builtIn)
        let recommendation = Recommendation(scorecard: scorer.score(resolved))
        return (recommendation.winner?.approach.id, recommendation.margin)
      }
      var expected: [String] = []
      for fact in project.facts where fact.level != nil && (fact.weight > 0 || fact.status == .given) {
        let levels = fact.criterion.levels
        let current = levels.firstIndex { $0.id == fact.level?.id } ?? 0
        let order = levels.indices.filter { $0 != current }.sorted { (abs($0 - current), $0) < (abs($1 - current), $1) }
        if let flip = order.lazy.map({ (levels[$0], outcome(fact, levels[$0])) }).first(where: { $0.1.winner != winner }) {
          expected.append("\(fact.criterion.id)=\(flip.0.id): \(flip.1.winner ?? "none") by \(flip.1.lead)")
        }
      }
      let changes = analysis.nearestChanges(for: project, winner: winner)
      #expect(changes.map { "\($0.criterion.id)=\($0.to.id): \($0.newWinner?.id ?? "none") by \($0.lead)" } == expected, "\(spec)")
      for entry in analysis.unknownImpacts(for: project, winner: winner) {
        let fact = project.facts.first { $0.criterion.id == entry.criterion.id }!
        let flips = fact.criterion.levels.map { ($0.id, outcome(fact, $0)) }.filter { $0.1.winner != winner }
        let reported = entry.changes.map { "\($0.to.id) \($0.newWinner?.id ?? "none") \($0.lead)" }
        #expect(reported == flips.map { "\($0.0) \($0.1.winner ?? "none") \($0.1.lead)" })
      }
    }
  }
}
