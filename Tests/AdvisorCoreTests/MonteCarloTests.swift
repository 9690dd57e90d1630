import Testing

@testable import AdvisorCore

@Suite struct MonteCarloTests {
  /// The sampler's loop is hand-tuned (buffers, four approaches per vector, shapes below 1 drawn inline); it must
  /// count exactly the first places of a plain loop over `SeededRandom.gamma(shape:)` and the weighted sum, for
  /// tables of fewer and more than four approaches, shapes above and below 1, and a criterion of weight 0.
  @Test(arguments: [(3, 100.0), (4, 0.8), (6, 100.0), (9, 2.0)])
  func theSamplerCountsWhatAPlainLoopCounts(approaches: Int, concentration: Double) {
    var random = SeededRandom(seed: UInt64(approaches))
    let criteria = 7
    let weights = (0..<criteria).map { $0 == 3 ? 0 : 0.5 + random.uniform() * 3 }
    let fits = (0..<approaches).map { _ in (0..<criteria).map { _ in (random.uniform() * 10).rounded() } }
    let data = DecisionData(
      approaches: (0..<approaches).map { Approach(id: "a\($0)", name: "A\($0)", summary: "") },
      eligible: (0..<approaches).map { $0 != 1 }, facts: [], weights: weights, fits: fits)
    let samples = 3_000
    let sampled = MonteCarlo(data, samples: samples, concentration: concentration, seed: 5, method: .wsm)

    var reference = SeededRandom(seed: 5)
    var wins = [Double](repeating: 0, count: approaches)
    let total = weights.reduce(0, +)
    for _ in 0..<samples {
      let drawn = weights.map { $0 > 0 ? reference.gamma(shape: $0 / total * concentration) : 0 }
      let scores = fits.map { row in zip(drawn, row).reduce(0.0) { $1.0 > 0 ? $0 + $1.0 * $1.1 : $0 } }
      let best = scores.indices.filter { $0 != 1 }.map { scores[$0] }.max() ?? 0
      let tied = scores.indices.filter { $0 != 1 && abs(scores[$0] - best) <= 1e-12 }
      for index in tied { wins[index] += 1 / Double(tied.count) }
    }
    #expect(sampled.firstShares == wins.map { $0 / Double(samples) })
    // More than one approach wins some samples, so the comparison is not between two empty counts.
    #expect(wins.filter { $0 > 0 }.count >= 2)
    #expect(wins[1] == 0)
  }
}
