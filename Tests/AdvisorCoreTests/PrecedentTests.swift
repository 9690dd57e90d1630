import Testing

@testable import AdvisorCore

/// The library of published decisions: how it is matched to a project, and that it never changes a score.
@Suite struct PrecedentTests {
  static func precedent(_ id: String, choice: String, _ facts: [String: FactValue]) -> Precedent {
    Precedent(
      id: id, name: "project \(id)", organisation: "Org \(id)", date: "2025-06", choice: choice,
      kept: true, why: "Because.",
      source: Source(id: id, title: "Write-up \(id)", url: "https://example.com/\(id)"),
      facts: facts.sorted { $0.key < $1.key }.map { GivenFact(key: $0.key, value: $0.value) },
      evidence: Dictionary(uniqueKeysWithValues: facts.keys.map { ($0, "stated") }))
  }

  static func library(_ precedents: [Precedent]) -> CriteriaSet {
    var set = Fixtures.builtIn
    set.precedents = precedents
    return set
  }

  /// Random facts of the built-in tables, a level or (for numbers) a value in a level.
  static func randomFacts(_ random: inout SeededRandom) -> [GivenFact] {
    Fixtures.builtIn.criteria.compactMap { criterion -> GivenFact? in
      guard random.uniform() < 0.5 else { return nil }
      let level = criterion.levels[
        Int(random.uniform() * Double(criterion.levels.count)) % criterion.levels.count]
      if criterion.fact.kind == .number, let bound = level.upTo {
        return GivenFact(key: criterion.fact.key, value: .number(bound))
      }
      return GivenFact(key: criterion.fact.key, value: .level(level.id))
    }
  }

  @Test func similarityIsSymmetricBoundedAndDeterministic() {
    let matcher = PrecedentMatcher(criteria: Fixtures.builtIn)
    var random = SeededRandom(seed: 71)
    for _ in 0..<300 {
      let lhs = Self.randomFacts(&random)
      let rhs = Self.randomFacts(&random)
      let forward = matcher.similarity(lhs, rhs)
      #expect(forward == matcher.similarity(rhs, lhs))
      #expect(forward >= 0 && forward <= 1)
      #expect(forward == matcher.similarity(lhs, rhs))
      if !lhs.isEmpty { #expect(matcher.similarity(lhs, lhs) == 1) }
    }
  }

  /// Only facts both state can agree, and a fact only one side states still counts against: a precedent that
  /// shares one fact out of six is not "100% alike".
  @Test func similarityCountsWhatEitherSideStates() {
    let matcher = PrecedentMatcher(criteria: Fixtures.builtIn)
    let gap = GivenFact(key: "knowledge_gap", value: .level("facts"))
    let more = [
      gap, GivenFact(key: "labeled_examples", value: .number(0)),
      GivenFact(key: "ml_expertise", value: .level("none")),
    ]
    #expect(matcher.similarity([gap], [gap]) == 1)
    let partial = matcher.similarity([gap], more)
    #expect(partial > 0 && partial < 1)
    // weights: knowledge_gap 3, training_data 2, team 1
    #expect(abs(partial - 3.0 / 6) < 1e-12)
    // A number one level away keeps part of the credit; another choice none.
    let near = matcher.similarity(
      [GivenFact(key: "labeled_examples", value: .number(500))],
      [GivenFact(key: "labeled_examples", value: .number(5_000))])
    #expect(abs(near - 0.75) < 1e-12)
    #expect(
      matcher.similarity([gap], [GivenFact(key: "knowledge_gap", value: .level("behavior"))]) == 0)
  }

  @Test func theReportNamesTheMostSimilarAndSaysWhenTheyChoseOtherwise() throws {
    let spec = try Fixtures.example("internal-faq-bot")
    let alike = Self.precedent(
      "alike", choice: "rag",
      [
        "knowledge_gap": .level("facts"), "ml_expertise": .level("none"),
        "labeled_examples": .number(0),
      ])
    let far = Self.precedent(
      "far", choice: "fine_tuning",
      ["knowledge_gap": .level("behavior"), "ml_expertise": .level("strong")])
    let also = Self.precedent(
      "also", choice: "rag",
      ["knowledge_gap": .level("facts"), "accuracy_need": .level("best_effort")])
    let unrelated = Self.precedent(
      "unrelated", choice: "prompting", ["latency_budget_ms": .number(100)])
    let report = Advisor(options: .init(samples: 0)).recommend(
      spec, criteria: Self.library([far, unrelated, alike, also]))
    #expect(report.recommendation.winner?.approach.id == "prompting")
    #expect(report.precedents.map(\.precedent.id) == ["alike", "also", "far"])
    #expect(
      report.precedentNote
        == "The 3 most similar published projects (Org alike, Org also, Org far) chose Fine-tuning or RAG, not Prompt engineering: read what they say before deciding."
    )
    let line = report.precedentLine(report.precedents[0])
    #expect(line.hasPrefix("Org alike: project alike (2025-06) chose RAG, kept;"))
    #expect(line.hasSuffix("Shares ml_expertise none, labeled_examples 0 examples."))
    // When the most similar agree with the verdict, nothing is flagged.
    let agreeing = Self.precedent(
      "agreeing", choice: "prompting",
      [
        "ml_expertise": .level("none"), "labeled_examples": .number(0),
        "accuracy_need": .level("best_effort"),
      ])
    let agreed = Advisor(options: .init(samples: 0)).recommend(
      spec, criteria: Self.library([far, agreeing, unrelated]))
    #expect(agreed.precedents.first?.precedent.id == "agreeing")
    #expect(agreed.precedentNote == nil)
    // Precedents explain; they never change a score.
    let without = Advisor(options: .init(samples: 0)).recommend(spec, criteria: Self.library([]))
    #expect(without.scorecard.ranking.map(\.score) == report.scorecard.ranking.map(\.score))
    #expect(without.precedents.isEmpty && without.precedentNote == nil)
  }

  /// The shipped library: at least 40 real projects over all four approaches, each with a source address, a
  /// readable date and the evidence for every fact it states (the loader refuses an entry without).
  @Test func theShippedLibraryCoversEveryApproach() {
    let library = Fixtures.builtIn.precedents
    #expect(library.count >= 40)
    for approach in Fixtures.builtIn.approaches {
      #expect(library.filter { $0.choice == approach.id }.count >= 3, "\(approach.id)")
    }
    for entry in library {
      #expect(entry.source.url?.hasPrefix("http") == true, "\(entry.id)")
      #expect(CalendarDate(entry.date) != nil, "\(entry.id)")
      #expect(entry.facts.count >= 3, "\(entry.id) states too little to compare")
      #expect(entry.facts.allSatisfy { entry.evidence[$0.key]?.isEmpty == false }, "\(entry.id)")
    }
  }
}
