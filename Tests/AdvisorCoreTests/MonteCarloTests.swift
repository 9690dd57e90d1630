import Testing

@testable import AdvisorCore

@Suite struct MonteCarloTests {
  /// The sampler lays the tables out once and draws in place; it must count exactly the first places of a plain
  /// loop that draws each unknown fact from its prior and each weight with `SeededRandom.gamma(shape:)`, then
  /// ranks the sample through the decision model itself (requirements, relevance, settlements and all).
  @Test(arguments: [
    ("prompting_baseline", 100.0), ("knowledge_gap", 0.8), ("latency_budget_ms", 3.0),
  ])
  func theSamplerCountsWhatTheDecisionModelRanks(given: String, concentration: Double) throws {
    let model = DecisionModel(Fixtures.builtIn)
    let facts: [String: FactValue] = [
      "prompting_baseline": .level("meets_target"), "knowledge_gap": .level("behavior"),
      "latency_budget_ms": .number(250),
    ]
    let spec = ProjectSpec(
      name: "mc", facts: [GivenFact(key: given, value: try #require(facts[given]))],
      weights: ["privacy": 0])
    let evaluation = model.evaluate(spec, method: .wsm)
    let samples = 2_000
    let sampled = MonteCarlo(
      model, evaluation, samples: samples, concentration: concentration, seed: 5, method: .wsm)

    var reference = SeededRandom(seed: 5)
    var wins = [Double](repeating: 0, count: model.approachCount)
    var unmet = 0.0
    let total = evaluation.weights.reduce(0, +)
    for _ in 0..<samples {
      let levels = (0..<model.rowCount).map { row -> Int? in
        if let level = evaluation.levels[row] { return level }
        let draw = reference.uniform()
        var sum = 0.0
        let prior = Array(model.prior(of: row))
        return prior.indices.first { level in
          sum += prior[level]
          return draw < sum
        } ?? prior.count - 1
      }
      let weights = evaluation.weights.map {
        $0 > 0 ? reference.gamma(shape: $0 / total * concentration) : 0
      }
      let scored = model.evaluate(
        given: evaluation.given, levels: levels, weights: weights, costFits: evaluation.costFits,
        method: .wsm)
      guard let winner = scored.winner else {
        unmet += 1
        continue
      }
      let tied =
        scored.settlement?.approach == winner
        ? [winner]
        : scored.totals.indices.filter { index in
          scored.meetsRequirements(index)
            && abs(scored.totals[index] - scored.totals[winner]) <= 1e-9
        }
      for index in tied { wins[index] += 1 / Double(tied.count) }
    }
    #expect(
      sampled.firstShares.map { ($0 * 1e9).rounded() }
        == wins.map { ($0 / Double(samples) * 1e9).rounded() })
    #expect(abs(sampled.unmetShare - unmet / Double(samples)) < 1e-12)
    // The samples disagree somewhere, so the comparison is not between two constant counts.
    #expect(wins.filter { $0 > 0 }.count >= 2 || unmet > 0)
  }

  /// Stopping early draws the same samples as a full run, just fewer of them: the counts are those of the first n
  /// samples. A clear verdict stops at the first check; a close one draws every sample allowed.
  @Test func stoppingEarlyKeepsTheFirstSamplesAndOnlyStopsWhenSettled() throws {
    let model = DecisionModel(Fixtures.builtIn)
    let clear = model.evaluate(try Fixtures.example("news-aggregator"), method: .wsm)
    let early = MonteCarlo(model, clear, samples: 10_000, seed: 9, stopsEarly: true)
    #expect(early.stoppedEarly)
    #expect(early.samples < 10_000 && early.samples % MonteCarlo.block == 0)
    let prefix = MonteCarlo(model, clear, samples: early.samples, seed: 9)
    #expect(prefix.firstShares == early.firstShares)
    #expect(prefix.unmetShare == early.unmetShare)
    // A close call: the leader's share sits near a threshold, so no check can settle it.
    let close = model.evaluate(try Fixtures.example("internal-faq-bot"), method: .wsm)
    let full = MonteCarlo(model, close, samples: 10_000, seed: 9, stopsEarly: true)
    #expect(!full.stoppedEarly)
    #expect(full.samples == 10_000)
    #expect(abs((full.firstShares.max() ?? 0) - 0.9) < 0.02)
  }
}
