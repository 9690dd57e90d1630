import Testing

@testable import AdvisorCore

@Suite struct ScoringTests {
  @Test func allFactsMissingFavoursNoApproachAndSaysSo() {
    let report = Fixtures.recommend([:])
    #expect(report.scorecard.ranking.allSatisfy { $0.score == 0 })
    #expect(report.recommendation.confidence.percent == 0)
    #expect(report.recommendation.margin == 0)
    #expect(report.warnings.contains { $0.hasPrefix("No scored criterion has a known fact") })
    // Every criterion is unknown, and the report says which answers would matter.
    #expect(report.unknownImpacts.count == Fixtures.builtIn.criteria.count)
    #expect(report.unknownImpacts.contains { !$0.changes.isEmpty })
  }

  @Test func unknownCriteriaDoNotMoveTheScores() {
    // Monthly change implies nothing, so exactly two criteria are known.
    let known: [String: FactValue] = ["knowledge_change": .level("monthly"), "labeled_examples": .number(50)]
    let report = Fixtures.recommend(known)
    #expect(report.scorecard.rows.filter(\.fact.isScored).count == 2)
    // Scores equal the weighted mean over the known criteria alone.
    let volatility = Fixtures.builtIn.criterion(id: "data_volatility")!
    let training = Fixtures.builtIn.criterion(id: "training_data")!
    for result in report.scorecard.ranking {
      let id = result.approach.id
      let expected =
        (volatility.weight * volatility.level(id: "monthly")!.fits[id]!.score + training.weight * training.level(id: "few")!.fits[id]!.score)
        / (volatility.weight + training.weight) * 10
      #expect(abs(result.score - expected) < 1e-9, "\(id)")
    }
  }

  @Test func aWeightOfZeroSwitchesACriterionOff() {
    let facts: [String: FactValue] = ["latency_budget_ms": .number(200), "knowledge_change": .level("daily")]
    let on = Fixtures.recommend(facts)
    let off = Fixtures.recommend(facts, weights: ["latency": 0])
    let onlyVolatility = Fixtures.recommend(["knowledge_change": .level("daily")])
    #expect(on.scorecard.ranking.map(\.score) != off.scorecard.ranking.map(\.score))
    #expect(off.scorecard.ranking.map(\.score) == onlyVolatility.scorecard.ranking.map(\.score))
    let latencyRow = off.scorecard.rows.first { $0.fact.criterion.id == "latency" }
    #expect(latencyRow?.fact.isScored == false)
    #expect(latencyRow?.cells.allSatisfy { $0.contribution == 0 } == true)
  }

  @Test func scalingEveryWeightChangesNothing() {
    let facts: [String: FactValue] = ["latency_budget_ms": .number(400), "knowledge_gap": .level("behavior"), "labeled_examples": .number(2000)]
    let base = Fixtures.recommend(facts)
    let scaled = Fixtures.recommend(facts, weights: Dictionary(uniqueKeysWithValues: Fixtures.builtIn.criteria.map { ($0.id, $0.weight * 7) }))
    for (lhs, rhs) in zip(base.scorecard.ranking, scaled.scorecard.ranking) {
      #expect(lhs.approach.id == rhs.approach.id)
      #expect(abs(lhs.score - rhs.score) < 1e-9)
    }
  }

  @Test func everyApproachExcludedGivesNoWinner() throws {
    var criteria = Fixtures.builtIn
    let index = try #require(criteria.criteria.firstIndex { $0.id == "training_data" })
    for approach in criteria.approaches {
      criteria.criteria[index].levels[0].excludes[approach.id] = Exclusion(reason: "test constraint")
    }
    let spec = ProjectSpec(name: "t", facts: [GivenFact(key: "labeled_examples", value: .number(0))])
    let report = Advisor().recommend(spec, criteria: criteria)
    #expect(report.recommendation.winner == nil)
    #expect(report.scorecard.ranking.allSatisfy { $0.isExcluded })
    #expect(report.warnings.contains("Every approach is excluded by a hard constraint; see the exclusions."))
    #expect(TextRenderer().render(report).contains("No approach fits: every approach is excluded."))
    #expect(JSONReportRenderer().render(report).contains("\"approach\": null"))
  }

  @Test func excludedApproachesRankLastWhateverTheirScore() {
    let report = Fixtures.recommend(["labeled_examples": .number(3), "knowledge_gap": .level("behavior"), "output_consistency": .level("strict")])
    let ranking = report.scorecard.ranking
    #expect(ranking.suffix(2).allSatisfy { $0.isExcluded })
    #expect(Set(ranking.suffix(2).map(\.approach.id)) == ["fine_tuning", "hybrid"])
    // Fine-tuning scores highest on these facts, yet the constraint wins.
    let fineTuning = report.scorecard.result(for: "fine_tuning")!
    #expect(ranking.prefix(2).allSatisfy { $0.score < fineTuning.score })
  }

  @Test func aNumericFactMayBeGivenAsALevelId() {
    let byNumber = Fixtures.recommend(["labeled_examples": .number(2500)])
    let byLevel = Fixtures.recommend(["labeled_examples": .level("thousands")])
    #expect(byNumber.scorecard.ranking.map(\.score) == byLevel.scorecard.ranking.map(\.score))
  }

  @Test func boundsAreInclusive() {
    let latency = Fixtures.builtIn.criterion(id: "latency")!
    #expect(latency.level(for: 300)?.id == "sub_300ms")
    #expect(latency.level(for: 300.5)?.id == "sub_second")
    #expect(latency.level(for: 1e12)?.id == "relaxed")
  }

  @Test func impliedFactsAreInferredFromTheTablesAndShownAsSuch() {
    let report = Fixtures.recommend(["knowledge_change": .level("daily")])
    let gap = report.project.facts.first { $0.criterion.id == "knowledge_gap" }
    #expect(gap?.status == .inferred)
    #expect(gap?.level?.id == "facts")
    #expect(report.facts(.inferred).count == 1)
    #expect(TextRenderer().render(report).contains("*facts"))
    // A given fact always beats an inference.
    let given = Fixtures.recommend(["knowledge_change": .level("daily"), "knowledge_gap": .level("none")])
    #expect(given.project.facts.first { $0.criterion.id == "knowledge_gap" }?.status == .given)
    // Inference needs every condition: a strict format alone implies nothing.
    let partial = Fixtures.recommend(["output_consistency": .level("strict")])
    #expect(partial.facts(.inferred).isEmpty)
  }

  @Test func inferredFactsLowerConfidenceLessThanUnknownOnes() {
    func coverage(_ facts: [String: FactValue]) -> Double { Fixtures.recommend(facts).recommendation.confidence.coverage }
    let unknown = coverage(["knowledge_change": .level("monthly")])  // implies nothing about the gap
    let inferred = coverage(["knowledge_change": .level("daily")])  // implies a gap of facts
    let given = coverage(["knowledge_change": .level("daily"), "knowledge_gap": .level("facts")])
    #expect(unknown < inferred)
    #expect(inferred < given)
  }

  @Test func confidenceGrowsWithMarginAndCoverage() {
    let facts = Fixtures.recommend(
      Dictionary(uniqueKeysWithValues: Fixtures.builtIn.criteria.map { ($0.fact.key, FactValue.level($0.levels[0].id)) })
    ).project.facts
    #expect(Confidence(margin: 0, facts: facts).percent == 25)
    #expect(Confidence(margin: 7.5, facts: facts).percent == 63)
    #expect(Confidence(margin: 15, facts: facts).percent == 100)
    #expect(Confidence(margin: 40, facts: facts).percent == 100)
    #expect(Confidence(margin: 15, facts: facts).label == "high")
  }
}
