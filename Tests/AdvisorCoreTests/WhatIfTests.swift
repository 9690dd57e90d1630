import Testing

@testable import AdvisorCore

@Suite struct WhatIfTests {
  /// Every reported change really flips the winner, and no nearer level would have.
  @Test(arguments: ExampleCaseTests.expected.keys.sorted())
  func reportedChangesAreTheNearestFlips(name: String) throws {
    let spec = try Fixtures.example(name)
    let report = Advisor(options: .init(samples: 0)).recommend(spec, criteria: Fixtures.builtIn)
    let winner = report.recommendation.winner?.approach.id
    let model = DecisionModel(Fixtures.builtIn)
    let matrix = WhatIfMatrix(
      project: report.project, model: model, evaluation: model.evaluate(spec, method: .wsm),
      method: .wsm)
    func winnerIf(_ row: Int, _ level: Int) -> String? {
      let key = Fixtures.builtIn.criteria[row].fact.key
      // Only the winner is read: the verdict alone, without robustness samples.
      return Advisor(options: .init(samples: 0)).verdict(
        spec.setting(key, to: matrix.value(setting: row, to: level)), criteria: Fixtures.builtIn
      ).recommendation.winner?
      .approach.id
    }
    for (row, fact) in report.project.facts.enumerated() where fact.level != nil {
      let criterion = fact.criterion
      let current = try #require(criterion.levels.firstIndex { $0.id == fact.level?.id })
      let flipping = criterion.levels.indices.filter {
        $0 != current && winnerIf(row, $0) != winner
      }
      let reported = report.changes.first { $0.criterion.id == criterion.id }
      if let nearest = flipping.min(by: { (abs($0 - current), $0) < (abs($1 - current), $1) }) {
        #expect(reported?.to.id == criterion.levels[nearest].id, "\(name): \(criterion.id)")
        #expect(reported?.newWinner?.id == winnerIf(row, nearest))
      } else {
        #expect(
          reported == nil,
          "\(name): \(criterion.id) reported a change that does not flip the winner")
      }
    }
    for question in report.questions {
      let row = try #require(
        Fixtures.builtIn.criteria.firstIndex { $0.id == question.criterion.id })
      let flipping = question.criterion.levels.indices.filter { winnerIf(row, $0) != winner }.map {
        question.criterion.levels[$0].id
      }
      #expect(question.changes.map(\.to.id) == flipping, "\(name): \(question.criterion.id)")
      let chance = flipping.reduce(0) { $0 + question.criterion.unknown.probability(of: $1) }
      #expect(abs(question.changeProbability - chance) < 1e-12)
    }
  }

  @Test func theLegalMemosNameWhatWouldTurnThemIntoRAG() throws {
    let report = Advisor().recommend(
      try Fixtures.example("legal-research-memos"), criteria: Fixtures.builtIn)
    let texts = report.changes.map(report.changeText)
    #expect(
      texts.contains("If knowledge_gap were facts instead of both, RAG would lead by 8.3 points."))
    // A number given as a number is answered with a number: the nearest one in the level that changes the verdict.
    #expect(
      texts.contains(
        "If labeled_examples were 999 examples (100-999) instead of 6,000 examples, RAG would lead by 1.6 points."
      ))
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
      let model = DecisionModel(Fixtures.builtIn)
      let matrix = WhatIfMatrix(
        project: project, model: model, evaluation: model.evaluate(spec, method: method),
        method: method)
      func outcome(_ fact: ResolvedFact, _ level: Level) -> (winner: String?, lead: Double) {
        let row = project.facts.firstIndex { $0.criterion.id == fact.criterion.id } ?? 0
        let index = fact.criterion.levels.firstIndex { $0.id == level.id } ?? 0
        let resolved = resolver.resolve(
          spec.setting(fact.criterion.fact.key, to: matrix.value(setting: row, to: index)),
          with: Fixtures.builtIn)
        let recommendation = Recommendation(scorecard: scorer.score(resolved))
        return (recommendation.winner?.approach.id, recommendation.margin)
      }
      var expected: [String] = []
      for fact in project.facts
      where fact.level != nil && (fact.weight > 0 || fact.status == .given) {
        let levels = fact.criterion.levels
        let current = levels.firstIndex { $0.id == fact.level?.id } ?? 0
        let order = levels.indices.filter { $0 != current }.sorted {
          (abs($0 - current), $0) < (abs($1 - current), $1)
        }
        if let flip = order.lazy.map({ (levels[$0], outcome(fact, levels[$0])) }).first(where: {
          $0.1.winner != winner
        }) {
          expected.append(
            "\(fact.criterion.id)=\(flip.0.id): \(flip.1.winner ?? "none") by \(flip.1.lead)")
        }
      }
      let changes = analysis.nearestChanges(for: project, winner: winner)
      #expect(
        changes.map {
          "\($0.criterion.id)=\($0.to.id): \($0.newWinner?.id ?? "none") by \($0.lead)"
        } == expected, "\(spec)")
      for entry in analysis.questions(for: project, winner: winner) {
        let fact = project.facts.first { $0.criterion.id == entry.criterion.id }!
        let flips = fact.criterion.levels.map { ($0.id, outcome(fact, $0)) }.filter {
          $0.1.winner != winner
        }
        let reported = entry.changes.map { "\($0.to.id) \($0.newWinner?.id ?? "none") \($0.lead)" }
        #expect(reported == flips.map { "\($0.0) \($0.1.winner ?? "none") \($0.1.lead)" })
      }
    }
  }
}
