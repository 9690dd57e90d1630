import Testing

@testable import AdvisorCore

@Suite struct CostModelTests {
  var model: CostModel { Fixtures.builtIn.costModel! }

  func analysis(_ facts: [String: FactValue], costs: [String: Estimate] = [:], knowledgeChange: String? = nil) -> CostAnalysis {
    CostCalculator(model: model, overrides: costs).analyse(facts: facts, knowledgeChange: knowledgeChange)
  }

  /// A hand-computed example: 100,000 queries a month on a small API model, 12 months, expected values.
  @Test func promptingAndRAGByHand() throws {
    let result = analysis(["queries_per_month": .number(100_000), "tokens_per_query_in": .number(400), "tokens_per_query_out": .number(200)])
    let prompting = try #require(result.cost(of: "prompting"))
    // (400 + 1,000 few-shot) × $0.15 + 200 × $0.60, per 1M tokens = $0.00033 a query.
    #expect(abs(prompting.perQuery.expected - 0.00033) < 1e-12)
    // $2,000 setup + $0.00033 × 100,000 × 12 = $2,396.
    #expect(abs(prompting.total(volume: 100_000, months: 12).expected - 2_396) < 1e-6)
    let rag = try #require(result.cost(of: "rag"))
    // (400 + 2,500 retrieved) × $0.15 + 200 × $0.60 = $0.000555 a query; 10M default corpus tokens × $0.02 = $0.20 once.
    #expect(abs(rag.perQuery.expected - 0.000555) < 1e-12)
    #expect(abs(rag.setup.expected - 8_000.20) < 1e-9)
    #expect(abs(rag.total(volume: 100_000, months: 12).expected - (8_000.20 + (200 + 55.5) * 12)) < 1e-6)
  }

  @Test func fineTuningByHand() throws {
    let result = analysis(
      ["labeled_examples": .number(2_000), "model_size_b": .number(70), "hosting": .level("self_hosted"), "fine_tuning_method": .level("qlora")],
      knowledgeChange: "monthly")
    let tuning = try #require(result.cost(of: "fine_tuning"))
    // Setup: $25,000 project + $12,000 evaluation set + 8 QLoRA runs × $30 on a 70B model.
    #expect(tuning.setup.expected == 25_000 + 12_000 + 8 * 30)
    // Monthly: one retrain ($30 run + 10% of $25,000) + a $1,700 deployment; nothing per query when self-hosted.
    #expect(abs(tuning.monthly.expected - (30 + 2_500 + 1_700)) < 1e-9)
    #expect(tuning.perQuery == .zero)
    // A hybrid retrains yearly: its retraining term is a twelfth of one retrain.
    let hybrid = try #require(result.cost(of: "hybrid"))
    let retraining = try #require(hybrid.terms.first { $0.label.hasPrefix("retraining") })
    #expect(abs(retraining.estimate.expected - 2_530 * 0.0833) < 1e-9)
  }

  @Test func everyRangeIsOrdered() {
    for size in [1.0, 30, 400] {
      for hosting in ["api", "self_hosted"] {
        let result = analysis(
          ["model_size_b": .number(size), "hosting": .level(hosting), "queries_per_month": .number(50_000)], knowledgeChange: "weekly")
        for cost in result.costs {
          for estimate in [cost.setup, cost.monthly, cost.perQuery, cost.total(volume: 50_000, months: 12)] + cost.terms.map(\.estimate) {
            #expect(estimate.low <= estimate.expected && estimate.expected <= estimate.high, "\(cost.approach) \(size) \(hosting)")
          }
        }
      }
    }
  }

  @Test func overridesReplaceAPrice() throws {
    let base = try #require(analysis([:]).cost(of: "rag"))
    let overridden = try #require(analysis([:], costs: ["vector_store_month": Estimate(1_000)]).cost(of: "rag"))
    #expect(overridden.monthly.expected - base.monthly.expected == 800)
    #expect(overridden.monthly.low == 1_000 && overridden.monthly.high == 1_000)
    let spec = try Fixtures.spec(#"{"specVersion": 1, "costs": {"rag_build": {"low": 1, "expected": 2, "high": 3}, "epochs": 4}}"#)
    #expect(spec.costs == ["rag_build": Estimate(low: 1, expected: 2, high: 3), "epochs": Estimate(4)])
    #expect(throws: AdvisorError.self) { try Fixtures.spec(#"{"specVersion": 1, "costs": {"rag_bild": 1}}"#) }
  }

  /// Founding article 002's two scenarios, recomputed with its own prices. Its totals do not follow from them.
  @Test func article002ScenariosRecomputed() {
    func approach(_ id: String, once: [Double], monthly: Double, perQuery: Double) -> ApproachCost {
      ApproachCost(
        approach: id,
        terms: once.map { CostTerm(label: "once", estimate: Estimate($0), period: .once) } + [
          CostTerm(label: "monthly", estimate: Estimate(monthly), period: .month),
          CostTerm(label: "query", estimate: Estimate(perQuery), period: .query),
        ])
    }
    // Scenario 1, 1,000 queries a month. Fine-tuning: $100 model + $1,000 data prep + $50 a month.
    let tuning1 = approach("fine_tuning", once: [100, 1_000], monthly: 50, perQuery: 0)
    // RAG: $50 a month vector database + $0.11 a query.
    let rag1 = approach("rag", once: [], monthly: 50, perQuery: 0.11)
    #expect(tuning1.total(volume: 1_000, months: 12).expected == 1_700)  // the article says $2,000
    #expect(abs(rag1.total(volume: 1_000, months: 12).expected - 1_920) < 1e-6)  // the article says $14,400 ($1,100 a month instead of $110)
    // Scenario 2, 1,000,000 queries a month. Fine-tuning: $1,500 + $15,000 + $1,000 a month; RAG: $500 a month + $0.11 a query.
    let tuning2 = approach("fine_tuning", once: [1_500, 15_000], monthly: 1_000, perQuery: 0)
    let rag2 = approach("rag", once: [], monthly: 500, perQuery: 0.11)
    #expect(tuning2.total(volume: 1_000_000, months: 12).expected == 28_500)  // the article says $43,500
    #expect(abs(rag2.total(volume: 1_000_000, months: 12).expected - 1_326_000) < 1e-6)  // the article says $45,600 ("parity")
    // With its own prices, fine-tuning is cheaper above about 833 queries a month, not "10K+".
    let breakEven = BreakEven(rag1, tuning1, months: 12)
    #expect(abs((breakEven.volume ?? 0) - 1_100.0 / (0.11 * 12)) < 1e-9)
    #expect(breakEven.cheaperAbove == "fine_tuning")
    // Its "100 queries daily for a year" figure is right: 100 × 365 × $0.11.
    #expect(abs(100 * 365 * 0.11 - 4_015) < 1e-9)
  }

  /// The closed form agrees with a brute-force search over volumes, pair by pair.
  @Test(arguments: [("api", 8.0, "monthly"), ("api", 70, "static"), ("self_hosted", 8, "weekly"), ("self_hosted", 400, "yearly")])
  func breakEvenMatchesBruteForce(hosting: String, size: Double, change: String) {
    let result = analysis(
      ["hosting": .level(hosting), "model_size_b": .number(size), "tokens_per_query_in": .number(3_000)], knowledgeChange: change)
    let volumes = (0...400).map { pow(10, 1 + Double($0) / 50) }  // 10 to 10^9
    for pair in result.breakEvens {
      let a = result.cost(of: pair.first)!
      let b = result.cost(of: pair.second)!
      let sign = { (q: Double) in a.total(volume: q, months: 12).expected - b.total(volume: q, months: 12).expected }
      let crossings = zip(volumes, volumes.dropFirst()).filter { (sign($0) < 0) != (sign($1) < 0) }
      if let volume = pair.volume {
        if volume >= 10 && volume <= 1e9 {
          #expect(crossings.count == 1, "\(pair.first)/\(pair.second)")
          #expect(crossings.first.map { $0.0 <= volume && volume <= $0.1 } == true, "\(pair.first)/\(pair.second) at \(volume)")
          #expect(abs(sign(volume)) < 1e-6 * max(1, a.total(volume: volume, months: 12).expected))
        }
      } else {
        #expect(crossings.isEmpty, "\(pair.first)/\(pair.second) cross but the formula says never")
      }
    }
  }

  @Test func costFitsFollowTheTotalsWhenTheVolumeIsKnown() throws {
    let report = Fixtures.recommend(["queries_per_month": .number(50_000)])
    let row = try #require(report.scorecard.rows.first { $0.fact.criterion.id == "cost" })
    let totals = report.project.cost!.costs.map { $0.total(volume: 50_000, months: 12).expected }
    let cheapest = totals.min()!
    for (cell, total) in zip(row.cells, totals) {
      #expect(cell.fit == Format.rounded(10 * cheapest / total, 1))
    }
    #expect(row.fact.level?.fits.values.contains { $0.source == CostModel.sourceID } == true)
    // Given as a level id, the volume is not a number: the fixed table is the fallback.
    let fallback = Fixtures.recommend(["queries_per_month": .level("moderate")])
    let fallbackRow = try #require(fallback.scorecard.rows.first { $0.fact.criterion.id == "cost" })
    #expect(fallbackRow.fact.level == Fixtures.builtIn.criterion(id: "cost")?.level(id: "moderate"))
  }
}

#if canImport(Glibc)
  import Glibc
#endif
