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
}
