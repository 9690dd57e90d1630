import Testing

@testable import AdvisorCore

@Suite struct CostModelTests {
  var model: CostModel { Fixtures.builtIn.costModel! }

  func analysis(
    _ facts: [String: FactValue], costs: [String: Estimate] = [:], knowledgeChange: String? = nil
  ) -> CostAnalysis {
    CostCalculator(model: model, overrides: costs).analyse(
      facts: facts, knowledgeChange: knowledgeChange,
      approaches: Fixtures.builtIn.approaches.map(\.id))
  }

  /// A hand-computed example: 100,000 queries a month on a mid-tier API model ($2 in, $10 out per 1M), 12 months,
  /// expected values.
  @Test func promptingAndRAGByHand() throws {
    let result = analysis([
      "queries_per_month": .number(100_000), "tokens_per_query_in": .number(400),
      "tokens_per_query_out": .number(200),
    ])
    let prompting = try #require(result.cost(of: "prompting"))
    // (400 + 1,000 few-shot) × $2 + 200 × $10, per 1M tokens = $0.0048 a query.
    #expect(abs(prompting.perQuery.expected - 0.0048) < 1e-12)
    // $2,000 prompt engineering + $12,000 evaluation set + $0.0048 × 100,000 × 12 = $19,760.
    #expect(abs(prompting.total(volume: 100_000, months: 12).expected - 19_760) < 1e-6)
    let rag = try #require(result.cost(of: "rag"))
    // (400 + 2,500 retrieved) × $2 + 200 × $10 = $0.0078 a query, plus $0.002 of reranking.
    #expect(abs(rag.perQuery.expected - 0.0098) < 1e-12)
    // $12,000 evaluation set + $8,000 build + 10M default corpus tokens × $0.02 = $0.20 embedded once.
    #expect(abs(rag.setup.expected - 20_000.20) < 1e-9)
    // $200 vector store + a fifth of the corpus re-embedded each month (2M × $0.02 = $0.04).
    #expect(abs(rag.monthly.expected - 200.04) < 1e-9)
    #expect(
      abs(rag.total(volume: 100_000, months: 12).expected - (20_000.20 + (200.04 + 980) * 12))
        < 1e-6)
  }

  @Test func fineTuningByHand() throws {
    let result = analysis(
      [
        "labeled_examples": .number(2_000), "model_size_b": .number(70),
        "hosting": .level("self_hosted"), "fine_tuning_method": .level("qlora"),
      ],
      knowledgeChange: "monthly")
    let tuning = try #require(result.cost(of: "fine_tuning"))
    // Setup: $12,000 evaluation set + $25,000 project + 8 QLoRA runs × $30 on a 70B model.
    #expect(tuning.setup.expected == 12_000 + 25_000 + 8 * 30)
    // Monthly: one retrain ($30 run + 10% of $25,000), and one replica: 70B × 2 bytes × 1.1 = 154 GB, two 80 GB GPUs
    // at $3.99 for 730 hours.
    #expect(abs(tuning.monthly.expected - (30 + 2_500 + 2 * 3.99 * 730)) < 1e-9)
    // Per query, GPU time: (300 output + 500 input × 0.2) tokens at 600 tokens/s on two GPUs at $3.99 an hour.
    #expect(abs(tuning.perQuery.expected - 400.0 / 600 * 2 * 3.99 / 3600) < 1e-12)
    // A hybrid retrains yearly, which is more often than its base model retires (every 18 months).
    let hybrid = try #require(result.cost(of: "hybrid"))
    let retraining = try #require(hybrid.terms.first { $0.label.hasPrefix("retraining") })
    #expect(abs(retraining.estimate.expected - 2_530 * 0.0833) < 1e-9)
  }

  /// A tuned model retires with its base model: however static the knowledge, it is tuned again at least once per
  /// base-model lifetime.
  @Test func aRetiringBaseModelForcesARetune() throws {
    let yearly = try #require(analysis([:], knowledgeChange: "static").cost(of: "fine_tuning"))
    let shortLived = try #require(
      analysis([:], costs: ["base_model_lifetime_months": Estimate(6)], knowledgeChange: "static")
        .cost(of: "fine_tuning"))
    let term = { (cost: ApproachCost) in
      cost.terms.first { $0.label.hasPrefix("retraining") }?.estimate.expected ?? 0
    }
    #expect(abs(term(shortLived) / term(yearly) - (1.0 / 6) / 0.0833) < 1e-9)
  }

  /// When prompting wins because the knowledge fits the context window, every query carries it: a 150,000-token
  /// knowledge base at the mid tier costs 150,000 × $2 per 1M × (90% cache reads at 0.1× + 10% cache writes at
  /// 1.25×) = $0.0645 a query, against $0.0004 when the corpus was left out of the price.
  @Test func theCorpusInThePromptIsPaidOnEveryQuery() throws {
    let facts: [String: FactValue] = [
      "queries_per_month": .number(1_000_000), "corpus_tokens": .number(150_000),
      "knowledge_gap": .level("facts"),
    ]
    let prompting = try #require(analysis(facts).cost(of: "prompting"))
    let corpus = try #require(
      prompting.terms.first { $0.label.hasPrefix("knowledge base in every prompt") })
    #expect(abs(corpus.estimate.expected - 150_000 * 2e-6 * (0.9 * 0.1 + 0.1 * 1.25)) < 1e-12)
    // Cheapest: every query a cache read at the lowest read share ($1 input); dearest: half the queries miss and
    // pay the 1-hour cache write, the rest read at the highest share ($3 input).
    #expect(abs(corpus.estimate.low - 150_000 * 1e-6 * 0.025) < 1e-12)
    #expect(abs(corpus.estimate.high - 150_000 * 3e-6 * (0.5 * 0.25 + 0.5 * 2)) < 1e-12)
    // Above 200,000 prompt tokens the long-context rate doubles the input price, for the corpus and the rest of the prompt.
    var long = facts
    long["corpus_tokens"] = .number(300_000)
    let longPrompting = try #require(analysis(long).cost(of: "prompting"))
    let longCorpus = try #require(
      longPrompting.terms.first { $0.label.hasPrefix("knowledge base in every prompt") })
    #expect(abs(longCorpus.estimate.expected - 300_000 * 4e-6 * 0.215) < 1e-12)
    let generation = try #require(longPrompting.terms.first { $0.label.hasPrefix("generation") })
    #expect(abs(generation.estimate.expected - ((500 + 1_000) * 4e-6 + 300 * 10e-6)) < 1e-12)
    // Retrieval sends only its passages, so the same corpus leaves RAG's prompt at the standard rate.
    let rag = try #require(analysis(long).cost(of: "rag"))
    let ragGeneration = try #require(rag.terms.first { $0.label.hasPrefix("generation") })
    #expect(abs(ragGeneration.estimate.expected - ((500 + 2_500) * 2e-6 + 300 * 10e-6)) < 1e-12)
    #expect(!rag.terms.contains { $0.label.hasPrefix("knowledge base in every prompt") })
    // On the team's own GPUs the corpus costs prefill time on every query.
    var selfHosted = facts
    selfHosted["hosting"] = .level("self_hosted")
    var bare = selfHosted
    bare["knowledge_gap"] = .level("behavior")
    let withCorpus = try #require(analysis(selfHosted).cost(of: "prompting")).perQuery.expected
    let without = try #require(analysis(bare).cost(of: "prompting")).perQuery.expected
    #expect(withCorpus > without * 10)
    // A behaviour gap puts no corpus in the prompt, and a corpus beyond the usable window cannot ride there.
    for other in [
      ["knowledge_gap": FactValue.level("behavior")], ["corpus_tokens": .number(900_000)],
    ] {
      let cost = try #require(analysis(facts.merging(other) { $1 }).cost(of: "prompting"))
      #expect(!cost.terms.contains { $0.label.hasPrefix("knowledge base in every prompt") })
    }
  }

  /// Costs a practitioner counts that do not depend on the approach's own machinery: human review when accuracy is
  /// critical, and where the model runs.
  @Test func reviewAndDeploymentChangeTheBill() throws {
    let base = analysis(["queries_per_month": .number(10_000)])
    let critical = analysis([
      "queries_per_month": .number(10_000), "accuracy_need": .level("critical"),
    ])
    for approach in Fixtures.builtIn.approaches.map(\.id) {
      let gap =
        try #require(critical.cost(of: approach)).monthly.expected
        - (try #require(base.cost(of: approach))).monthly.expected
      #expect(abs(gap - 1_200) < 1e-9, "\(approach)")
    }
    // On premises the model is served on the team's own GPUs; on the users' devices nothing is rented or billed per query.
    let onPremise = try #require(
      analysis(["deployment_target": .level("on_premise")]).cost(of: "prompting"))
    #expect(onPremise.terms.contains { $0.label.hasPrefix("self-hosted replica") })
    let onDevice = try #require(
      analysis(["deployment_target": .level("on_device")]).cost(of: "prompting"))
    #expect(onDevice.perQuery == .zero && onDevice.monthly == .zero)
  }

  /// The cost table's fits, used when the volume is known only as a level, are the cost model's own at one
  /// volume per level (3,000, 30,000, 300,000 and 3,000,000 a month) with its default facts: the two never disagree.
  @Test func theFallbackCostFitsAreTheCostModels() throws {
    let table = try #require(Fixtures.builtIn.criteria.first { $0.id == model.criterion })
    for (level, volume) in zip(table.levels, [3_000.0, 30_000, 300_000, 3_000_000]) {
      let priced = analysis([CostCalculator.volumeKey: .number(volume)])
      let fits = try #require(
        DecisionModel.costFits(priced, approaches: Fixtures.builtIn.approaches))
      for (approach, fit) in zip(Fixtures.builtIn.approaches, fits) {
        #expect(
          abs((level.fits[approach.id]?.score ?? -1) - fit) <= 0.05,
          "\(level.id) \(approach.id): the table says \(level.fits[approach.id]?.score ?? -1), the model \(fit)"
        )
      }
    }
  }

  /// Every price is dated and every figure's source is listed; a price older than 18 months is flagged by
  /// `criteria validate` (tested there).
  @Test func everyPriceIsDatedAndSourced() {
    for price in model.prices.values {
      #expect(!price.date.isEmpty, "\(price.id)")
      #expect(model.sources.contains { $0.id == price.source }, "\(price.id): \(price.source)")
      #expect(
        !(price.note ?? "").isEmpty, "\(price.id) says nothing of where its figure comes from")
    }
  }

  /// The knowledge-scale bound for a corpus that rides in the prompt is derived from the cost model's context
  /// window: the same bound the cost model uses to decide whether to price the corpus in every prompt.
  @Test func theLongContextBoundIsTheCostModelsWindow() throws {
    let scale = try #require(Fixtures.builtIn.criteria.first { $0.id == "knowledge_scale" })
    let window = try #require(model.prices["context_window_tokens"]).estimate.expected
    let share = try #require(model.prices["context_usable_share"]).estimate.expected
    #expect(scale.level(id: "long_context")?.upTo == window * share)
  }

  /// A budget that a whole answer cannot meet at published decode speeds is named, with the answer length that
  /// would fit; a short answer, or a roomy budget, raises nothing.
  @Test func aBudgetTooShortForTheWholeAnswerIsNamed() {
    let tight = Fixtures.recommend(["latency_budget_ms": .number(300)])
    #expect(
      tight.warnings.contains {
        $0.hasPrefix(
          "A whole answer of 300 tokens (tokens_per_query_out, not given) takes about 3.0 s to decode at 100 tokens/s"
        )
          && $0.hasSuffix("or an answer of about 30 tokens.")
      })
    let label = Fixtures.recommend([
      "latency_budget_ms": .number(300), "tokens_per_query_out": .number(5),
    ])
    #expect(!label.warnings.contains { $0.hasPrefix("A whole answer") })
    let roomy = Fixtures.recommend(["latency_budget_ms": .number(5_000)])
    #expect(!roomy.warnings.contains { $0.hasPrefix("A whole answer") })
  }

  @Test func everyRangeIsOrdered() {
    for size in [1.0, 30, 400] {
      for hosting in ["api", "self_hosted"] {
        let result = analysis(
          [
            "model_size_b": .number(size), "hosting": .level(hosting),
            "queries_per_month": .number(50_000),
          ], knowledgeChange: "weekly")
        for cost in result.costs {
          for estimate in [
            cost.setup, cost.monthly, cost.perQuery, cost.total(volume: 50_000, months: 12),
          ] + cost.terms.map(\.estimate) {
            #expect(
              estimate.low <= estimate.expected && estimate.expected <= estimate.high,
              "\(cost.approach) \(size) \(hosting)")
          }
        }
      }
    }
  }

  @Test func overridesReplaceAPrice() throws {
    let base = try #require(analysis([:]).cost(of: "rag"))
    let overridden = try #require(
      analysis([:], costs: ["vector_store_month": Estimate(1_000)]).cost(of: "rag"))
    #expect(abs(overridden.monthly.expected - base.monthly.expected - 800) < 1e-9)
    let store = try #require(overridden.terms.first { $0.label == "vector store" })
    #expect(store.estimate == Estimate(1_000))
    let spec = try Fixtures.spec(
      #"{"specVersion": 1, "costs": {"rag_build": {"low": 1, "expected": 2, "high": 3}, "epochs": 4}}"#
    )
    #expect(
      spec.costs == ["rag_build": Estimate(low: 1, expected: 2, high: 3), "epochs": Estimate(4)])
    #expect(throws: AdvisorError.self) {
      try Fixtures.spec(#"{"specVersion": 1, "costs": {"rag_bild": 1}}"#)
    }
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
    // the article says $14,400 ($1,100 a month instead of $110)
    #expect(abs(rag1.total(volume: 1_000, months: 12).expected - 1_920) < 1e-6)
    // Scenario 2, 1,000,000 queries a month. Fine-tuning: $1,500 + $15,000 + $1,000 a month; RAG: $500 a month + $0.11 a query.
    let tuning2 = approach("fine_tuning", once: [1_500, 15_000], monthly: 1_000, perQuery: 0)
    let rag2 = approach("rag", once: [], monthly: 500, perQuery: 0.11)
    // the article says $43,500
    #expect(tuning2.total(volume: 1_000_000, months: 12).expected == 28_500)
    // the article says $45,600 ("parity")
    #expect(abs(rag2.total(volume: 1_000_000, months: 12).expected - 1_326_000) < 1e-6)
    // With its own prices, fine-tuning is cheaper above about 833 queries a month, not "10K+".
    let breakEven = BreakEven(rag1, tuning1, months: 12)
    #expect(abs((breakEven.volume ?? 0) - 1_100.0 / (0.11 * 12)) < 1e-9)
    #expect(breakEven.cheaperAbove == "fine_tuning")
    // Its "100 queries daily for a year" figure is right: 100 × 365 × $0.11.
    #expect(abs(100 * 365 * 0.11 - 4_015) < 1e-9)
  }

  /// The closed form agrees with a brute-force search over volumes, pair by pair.
  @Test(arguments: [
    ("api", 8.0, "monthly"), ("api", 70, "static"), ("self_hosted", 8, "weekly"),
    ("self_hosted", 400, "yearly"),
  ])
  func breakEvenMatchesBruteForce(hosting: String, size: Double, change: String) {
    let result = analysis(
      [
        "hosting": .level(hosting), "model_size_b": .number(size),
        "tokens_per_query_in": .number(3_000),
      ], knowledgeChange: change)
    let volumes = (0...400).map { pow(10, 1 + Double($0) / 50) }  // 10 to 10^9
    for pair in result.breakEvens {
      let a = result.cost(of: pair.first)!
      let b = result.cost(of: pair.second)!
      let sign = { (q: Double) in
        a.total(volume: q, months: 12).expected - b.total(volume: q, months: 12).expected
      }
      let crossings = zip(volumes, volumes.dropFirst()).filter { (sign($0) < 0) != (sign($1) < 0) }
      if let volume = pair.volume {
        if volume >= 10 && volume <= 1e9 {
          #expect(crossings.count == 1, "\(pair.first)/\(pair.second)")
          #expect(
            crossings.first.map { $0.0 <= volume && volume <= $0.1 } == true,
            "\(pair.first)/\(pair.second) at \(volume)")
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

/// The sweep's text chart marks a crossing only where two curves change order (issue 16: it marked shared cells).
@Suite struct CostSweepChartTests {
  func chart(from lower: Double, to upper: Double) throws -> [String] {
    let criteria = Fixtures.builtIn
    let analysis = try #require(
      FactResolver().resolve(try Fixtures.example("legal-docs-qa"), with: criteria).cost)
    return CostSweep(
      analysis: analysis, approaches: criteria.approaches,
      volumes: CostSweep.volumes(from: lower, to: upper)
    )
    .chart()
  }

  @Test func anXOnlyWhereCurvesCross() throws {
    // Below 100,000 queries a month no two totals change order: curves may share cells, but nothing crosses.
    let flat = try chart(from: 1, to: 100_000)
    #expect(!flat.dropLast(3).joined().contains("x"))
    // Prompting, RAG and fine-tuning trade places between a million and ten million queries a month.
    let crossing = try chart(from: 1_000, to: 100_000_000)
    #expect(crossing.dropLast(3).joined().contains("x"))
  }
}
