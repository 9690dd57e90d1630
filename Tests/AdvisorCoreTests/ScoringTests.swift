import Testing

@testable import AdvisorCore

@Suite struct ScoringTests {
  @Test func anEmptySpecGetsNoRecommendationYetAndTheQuestionsToAsk() {
    let report = Fixtures.recommend([:])
    #expect(report.recommendation.status == .provisional)
    #expect(report.headline.hasPrefix("No recommendation yet: "))
    #expect(report.recommendation.confidence.coverage == 0)
    #expect(report.recommendation.confidence.percent == 0)
    // Every weighing criterion is a question, the most likely to change the verdict first.
    #expect(report.questions.count == Fixtures.builtIn.criteria.filter { $0.weight > 0 }.count)
    let chances = report.questions.map(\.changeProbability)
    #expect(chances == chances.sorted(by: >))
    #expect(chances.first ?? 0 > 0)
    #expect(report.provisionalLine?.contains(report.questions[0].criterion.fact.key) == true)
  }

  /// An unknown fact is not neutral: it counts at its fit expected under the criterion's prior, with its full weight
  /// when it is relevant, so every score is over the same criteria.
  @Test func unknownCriteriaCountAtTheirExpectedFit() {
    let known: [String: FactValue] = [
      "knowledge_gap": .level("facts"), "labeled_examples": .number(50),
    ]
    let report = Fixtures.recommend(known)
    let criteria = Fixtures.builtIn.criteria
    for result in report.scorecard.ranking {
      let id = result.approach.id
      var total = 0.0
      var weight = 0.0
      for criterion in criteria where criterion.weight > 0 {
        let fit: Double
        switch criterion.fact.key {
        case "knowledge_gap": fit = criterion.level(id: "facts")!.fits[id]!.score
        case "labeled_examples": fit = criterion.level(id: "few")!.fits[id]!.score
        default:
          fit = criterion.levels.reduce(0) {
            $0 + criterion.unknown.probability(of: $1.id) * $1.fits[id]!.score
          }
        }
        // A criterion that applies only under a condition on an unknown fact counts at the chance it applies.
        var relevance = 1.0
        for (key, allowed) in criterion.relevance?.conditions ?? [:] {
          guard let condition = criteria.first(where: { $0.fact.key == key }) else { continue }
          if let given = known[key] {
            relevance *=
              condition.levels.contains { allowed.contains($0.id) && given.description == $0.id }
              ? 1 : 0
          } else {
            relevance *= allowed.reduce(0) { $0 + condition.unknown.probability(of: $1) }
          }
        }
        total += criterion.weight * relevance * fit
        weight += criterion.weight * relevance
      }
      #expect(abs(result.score - total / weight * 10) < 1e-9, "\(id)")
    }
    // The spec said nothing of a measured baseline: the report says how it read that.
    #expect(report.warnings.contains { $0.contains("scored as not measured") })
  }

  /// A criterion whose table makes it relevant only under another fact drops out when a known fact rules it out.
  @Test func aCriterionIrrelevantHereCountsForNothing() throws {
    let report = Fixtures.recommend([
      "knowledge_gap": .level("behavior"), "knowledge_change": .level("daily"),
    ])
    let volatility = try #require(
      report.scorecard.rows.first { $0.fact.criterion.id == "data_volatility" })
    #expect(volatility.fact.isIrrelevant)
    #expect(volatility.cells.allSatisfy { $0.contribution == 0 })
    let static_ = Fixtures.recommend([
      "knowledge_gap": .level("behavior"), "knowledge_change": .level("static"),
    ])
    #expect(report.scorecard.ranking.map(\.score) == static_.scorecard.ranking.map(\.score))
    let text = TextRenderer().render(report)
    #expect(text.contains("not relevant"))
    #expect(MarkdownRenderer().render(report).contains("(not relevant here)"))
  }

  @Test func aWeightOfZeroSwitchesACriterionOff() {
    let facts: [String: FactValue] = [
      "latency_budget_ms": .number(200), "knowledge_change": .level("daily"),
    ]
    let on = Fixtures.recommend(facts)
    let off = Fixtures.recommend(facts, weights: ["latency": 0])
    let onlyVolatility = Fixtures.recommend(
      ["knowledge_change": .level("daily")], weights: ["latency": 0])
    // Scores by approach: the order may differ, since a given fact's requirements bind whatever its weight.
    func scores(_ report: Report) -> [String: Double] {
      Dictionary(uniqueKeysWithValues: report.scorecard.ranking.map { ($0.approach.id, $0.score) })
    }
    #expect(scores(on) != scores(off))
    #expect(scores(off) == scores(onlyVolatility))
    let latencyRow = off.scorecard.rows.first { $0.fact.criterion.id == "latency" }
    #expect(latencyRow?.fact.isScored == false)
    #expect(latencyRow?.cells.allSatisfy { $0.contribution == 0 } == true)
  }

  @Test func scalingEveryWeightChangesNothing() {
    let facts: [String: FactValue] = [
      "latency_budget_ms": .number(400), "knowledge_gap": .level("behavior"),
      "labeled_examples": .number(2000),
    ]
    let base = Fixtures.recommend(facts)
    let scaled = Fixtures.recommend(
      facts,
      weights: Dictionary(
        uniqueKeysWithValues: Fixtures.builtIn.criteria.map { ($0.id, $0.weight * 7) }))
    for (lhs, rhs) in zip(base.scorecard.ranking, scaled.scorecard.ranking) {
      #expect(lhs.approach.id == rhs.approach.id)
      #expect(abs(lhs.score - rhs.score) < 1e-9)
    }
  }

  @Test func everyApproachExcludedGivesNoWinner() throws {
    var criteria = Fixtures.builtIn
    let index = try #require(criteria.criteria.firstIndex { $0.id == "training_data" })
    for approach in criteria.approaches {
      criteria.criteria[index].levels[0].excludes[approach.id] = Exclusion(
        reason: "test constraint")
    }
    let spec = ProjectSpec(
      name: "t", facts: [GivenFact(key: "labeled_examples", value: .number(0))])
    let report = Advisor().recommend(spec, criteria: criteria)
    #expect(report.recommendation.winner == nil)
    #expect(report.scorecard.ranking.allSatisfy { $0.isExcluded })
    #expect(report.recommendation.status == .unmet)
    #expect(
      report.recommendation.closest?.approach.id == report.scorecard.ranking.first?.approach.id)
    let text = TextRenderer().render(report)
    #expect(text.contains("No approach meets every requirement"))
    #expect(
      text.contains(
        "Closest: \(report.scorecard.ranking[0].approach.name), which fails: test constraint (training_data)"
      ))
    #expect(JSONReportRenderer().render(report).contains("\"approach\": null"))
  }

  @Test func excludedApproachesRankLastWhateverTheirScore() {
    // Weights that make the behaviour criteria decide: fine-tuning scores highest, yet the requirement wins.
    let report = Fixtures.recommend(
      [
        "labeled_examples": .number(3), "knowledge_gap": .level("behavior"),
        "output_consistency": .level("strict"),
      ],
      weights: ["knowledge_gap": 40, "output_control": 40])
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
    let given = Fixtures.recommend([
      "knowledge_change": .level("daily"), "knowledge_gap": .level("none"),
    ])
    #expect(given.project.facts.first { $0.criterion.id == "knowledge_gap" }?.status == .given)
    // Inference needs every condition: a strict format alone implies nothing.
    let partial = Fixtures.recommend(["output_consistency": .level("strict")])
    #expect(partial.facts(.inferred).isEmpty)
  }

  @Test func inferredFactsLowerConfidenceLessThanUnknownOnes() {
    func coverage(_ facts: [String: FactValue]) -> Double {
      Fixtures.recommend(facts).recommendation.confidence.coverage
    }
    // implies nothing about the gap
    let unknown = coverage(["knowledge_change": .level("monthly")])
    let inferred = coverage(["knowledge_change": .level("daily")])  // implies a gap of facts
    let given = coverage(["knowledge_change": .level("daily"), "knowledge_gap": .level("facts")])
    #expect(unknown < inferred)
    #expect(inferred < given)
  }

  @Test func confidenceGrowsWithMarginAndCoverage() {
    let facts = Fixtures.recommend(
      Dictionary(
        uniqueKeysWithValues: Fixtures.builtIn.criteria.map {
          ($0.fact.key, FactValue.level($0.levels[0].id))
        })
    ).project.facts
    #expect(Confidence(margin: 0, facts: facts).percent == 0)
    #expect(Confidence(margin: 7.5, facts: facts).percent == 50)
    #expect(Confidence(margin: 15, facts: facts).percent == 100)
    #expect(Confidence(margin: 40, facts: facts).percent == 100)
    #expect(Confidence(margin: 15, facts: facts).label == "high")
  }
}
