import Testing

@testable import AdvisorCore

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct SensitivityTests {
  /// The published reference example; pymcdm 1.4.0 and scikit-criteria 0.10 agree on it to 1e-15.
  static let matrix: [[Double]] = [
    [7, 9, 20, 3.0, 800, 4, 6, 5],
    [8, 3, 60, 1.5, 300, 10, 8, 8],
    [9, 8, 80, 3.5, 900, 12, 7, 10],
    [5, 4, 5, 2.0, 400, 1, 4, 2],
  ]
  static let weights = [0.2, 0.15, 0.1, 0.1, 0.1, 0.1, 0.15, 0.1]
  static let types: [MCDA.CriterionType] = [
    .benefit, .benefit, .cost, .cost, .cost, .cost, .benefit, .cost,
  ]

  func expectClose(_ actual: [Double], _ expected: [Double]) {
    #expect(actual.count == expected.count)
    for (a, e) in zip(actual, expected) { #expect(abs(a - e) < 1e-6, "\(actual) vs \(expected)") }
  }

  @Test func referenceValues() {
    expectClose(
      MCDA.topsis(Self.matrix, weights: Self.weights, types: Self.types, normalization: .vector),
      [0.630686, 0.443518, 0.397127, 0.575740])
    expectClose(
      MCDA.topsis(Self.matrix, weights: Self.weights, types: Self.types, normalization: .minMax),
      [0.571353, 0.555468, 0.533922, 0.425058])
    expectClose(
      MCDA.weightedSum(Self.matrix, weights: Self.weights, types: Self.types, normalization: .sum),
      [0.231421, 0.226394, 0.204731, 0.337455])
    expectClose(
      MCDA.weightedSum(
        Self.matrix, weights: Self.weights, types: Self.types, normalization: .minMax),
      [0.581894, 0.569848, 0.437500, 0.483333])
  }

  @Test func weightedProductIsTheWeightedGeometricMean() {
    let scores = MCDA.weightedProduct([[0.5, 1.0], [0.25, 0.25]], weights: [1, 3])
    expectClose(scores, [pow(0.5, 0.25), 0.25])
  }

  /// The exact interval agrees with a brute-force search over the criterion's weight.
  @Test(arguments: ExampleCaseTests.expected.keys.sorted())
  func flipPointsMatchABruteForceSearch(name: String) throws {
    let report = Advisor(options: .init(samples: 10)).recommend(
      try Fixtures.example(name), criteria: Fixtures.builtIn)
    let model = DecisionModel(Fixtures.builtIn)
    let data = model.data(model.evaluate(try Fixtures.example(name), method: .wsm))
    let winner = try #require(data.winner(data.scores(.wsm)))
    for (column, flip) in report.sensitivity.flips.enumerated() {
      func winnerAt(_ weight: Double) -> Int? {
        var weights = data.weights
        weights[column] = weight
        return data.winner(data.scores(.wsm, weights: weights))
      }
      let grid = stride(from: 0.0, through: 40, by: 0.05)
      for weight in grid {
        let inside = weight > flip.lower + 1e-6 && weight < (flip.upper ?? .infinity) - 1e-6
        let outside = weight < flip.lower - 1e-6 || weight > (flip.upper ?? .infinity) + 1e-6
        if inside {
          #expect(winnerAt(weight) == winner, "\(name) \(flip.criterion.id) at \(weight)")
        }
        if outside {
          #expect(winnerAt(weight) != winner, "\(name) \(flip.criterion.id) at \(weight)")
        }
      }
      if let upper = flip.upper, upper < 39 {
        #expect(
          winnerAt(upper + 0.02).map { data.approaches[$0].id } == flip.aboveWinner?.id,
          "\(name) \(flip.criterion.id)")
      }
    }
  }

  @Test func monteCarloIsReproducibleForASeed() throws {
    let spec = try Fixtures.example("healthcare-assistant")
    let first = Advisor(options: .init(samples: 2_000, concentration: 5, seed: 7)).recommend(
      spec, criteria: Fixtures.builtIn
    ).sensitivity.monteCarlo
    let again = Advisor(options: .init(samples: 2_000, concentration: 5, seed: 7)).recommend(
      spec, criteria: Fixtures.builtIn
    ).sensitivity.monteCarlo
    let other = Advisor(options: .init(samples: 2_000, concentration: 5, seed: 8)).recommend(
      spec, criteria: Fixtures.builtIn
    ).sensitivity.monteCarlo
    #expect(first == again)
    #expect(first.firstShares != other.firstShares)
    #expect(abs(first.firstShares.reduce(0, +) - 1) < 1e-12)
  }

  /// Two approaches, two criteria: A wins when its criterion's share s exceeds t, and s ~ Beta(c·w₁, c·w₂),
  /// so the exact probability is 1 − I_t(c·w₁, c·w₂). The sampled share must fall within four standard errors.
  @Test(arguments: [(1.0, 1.0, 10.0), (3.0, 1.0, 100.0), (1.0, 2.0, 4.0)])
  func monteCarloMatchesTheExactAnswerOnTwoApproaches(w1: Double, w2: Double, concentration: Double)
    throws
  {
    let approaches = [
      Approach(id: "a", name: "A", summary: "."), Approach(id: "b", name: "B", summary: "."),
    ]
    let fitsA = [9.0, 2.0]
    let fitsB = [3.0, 6.0]
    func criterion(_ id: String, _ weight: Double, _ a: Double, _ b: Double) -> Criterion {
      Criterion(
        id: id, name: id, question: "?", help: "?", weight: weight,
        fact: FactDefinition(key: id, kind: .choice),
        levels: [
          Level(
            id: "x", label: "x",
            fits: ["a": Fit(score: a, reason: "."), "b": Fit(score: b, reason: ".")])
        ],
        sources: [Source(id: "s", title: "s")])
    }
    let criteria = CriteriaSet(
      profiles: Profiles(approaches: approaches),
      criteria: [criterion("c1", w1, fitsA[0], fitsB[0]), criterion("c2", w2, fitsA[1], fitsB[1])],
      origin: "test")
    let spec = ProjectSpec(
      name: "t",
      facts: [GivenFact(key: "c1", value: .level("x")), GivenFact(key: "c2", value: .level("x"))])
    let samples = 40_000
    let report = Advisor(
      options: .init(samples: samples, concentration: concentration, seed: 1, stopsEarly: false)
    ).recommend(
      spec, criteria: criteria)
    // A leads iff s·(9 − 3) + (1 − s)·(2 − 6) > 0, i.e. s > 0.4.
    let threshold = 0.4
    let exact =
      1
      - Self.regularizedIncompleteBeta(
        threshold, concentration * w1 / (w1 + w2), concentration * w2 / (w1 + w2))
    let sampled = report.sensitivity.monteCarlo.firstShares[0]
    let standardError = sqrt(exact * (1 - exact) / Double(samples))
    #expect(abs(sampled - exact) < 4 * standardError + 1e-9, "sampled \(sampled), exact \(exact)")
  }

  /// I_x(a, b) by the continued fraction of Numerical Recipes (6.4), for the exact reference.
  static func regularizedIncompleteBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
    guard x > 0 else { return 0 }
    guard x < 1 else { return 1 }
    let front = exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log(1 - x))
    func fraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
      var c = 1.0
      var d = 1 - (a + b) * x / (a + 1)
      d = 1 / (abs(d) < 1e-300 ? 1e-300 : d)
      var h = d
      for m in 1...300 {
        let m = Double(m)
        var numerator = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
        d = 1 / (1 + numerator * d)
        c = 1 + numerator / c
        h *= d * c
        numerator = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
        d = 1 + numerator * d
        d = 1 / (abs(d) < 1e-300 ? 1e-300 : d)
        c = 1 + numerator / c
        let delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-15 { break }
      }
      return h
    }
    return x < (a + 1) / (a + b + 2)
      ? front * fraction(x, a, b) / a : 1 - front * fraction(1 - x, b, a) / b
  }

  /// The ziggurat's normals have the standard normal's moments and tails.
  @Test(arguments: [1, 2] as [UInt64])
  func zigguratNormalsAreStandardNormal(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    let count = 400_000
    var sum = 0.0
    var squares = 0.0
    var fourth = 0.0
    var beyond1 = 0
    var beyond3 = 0
    for _ in 0..<count {
      let x = random.zigguratNormal()
      sum += x
      squares += x * x
      fourth += x * x * x * x
      if abs(x) > 1 { beyond1 += 1 }
      if abs(x) > 3 { beyond3 += 1 }
    }
    let n = Double(count)
    #expect(abs(sum / n) < 0.01)  // standard error 0.0016
    #expect(abs(squares / n - 1) < 0.015)  // standard error 0.0022
    #expect(abs(fourth / n - 3) < 0.1)  // kurtosis 3, standard error ~0.015
    #expect(abs(Double(beyond1) / n - 0.3173) < 0.004)  // standard error 0.0007
    #expect(abs(Double(beyond3) / n - 0.0027) < 0.0006)  // standard error 0.00008
  }

  @Test func theIncompleteBetaReferenceIsRight() {
    #expect(abs(Self.regularizedIncompleteBeta(0.4, 1, 1) - 0.4) < 1e-12)  // uniform
    #expect(abs(Self.regularizedIncompleteBeta(0.5, 3, 3) - 0.5) < 1e-12)  // symmetric
    #expect(abs(Self.regularizedIncompleteBeta(0.3, 2, 1) - 0.09) < 1e-12)  // x²
  }

  @Test func methodsCanDisagreeAndTheReportSaysSo() throws {
    let report = Advisor().recommend(
      try Fixtures.example("legal-research-memos"), criteria: Fixtures.builtIn)
    #expect(report.sensitivity.methods.map(\.method) == [.wsm, .wpm, .topsis])
    // On this example the methods do disagree: not every method's winner is the same.
    #expect(Set(report.sensitivity.methods.map { $0.winner?.id }).count > 1)
    #expect(!report.sensitivity.methodsAgree)
    let model = DecisionModel(Fixtures.builtIn)
    let data = model.data(
      model.evaluate(try Fixtures.example("legal-research-memos"), method: .wsm))
    #expect(report.sensitivity.methods[0].scores == data.scores(.wsm))
    let line = SensitivitySection(report: report).robustnessLine
    #expect(line.contains("of the three ranking methods pick it"))
    #expect(!line.contains("agree"))
  }

  @Test func rankingByAnotherMethodChangesTheScores() throws {
    let spec = try Fixtures.example("legal-docs-qa")
    let wsm = Advisor().recommend(spec, criteria: Fixtures.builtIn)
    let topsis = Advisor(options: .init(method: .topsis)).recommend(
      spec, criteria: Fixtures.builtIn)
    // TOPSIS by hand from the decision matrix: vector-normalised fits, weighted, closeness to the ideal.
    let model = DecisionModel(Fixtures.builtIn)
    let data = model.data(model.evaluate(spec, method: .topsis))
    let columns = data.weights.indices
    let norms = columns.map { column in
      data.fits.map { $0[column] * $0[column] }.reduce(0, +).squareRoot()
    }
    let weighted = data.fits.map { row in
      columns.map { norms[$0] == 0 ? 0 : row[$0] / norms[$0] * data.weights[$0] }
    }
    let best = columns.map { column in weighted.map { $0[column] }.max() ?? 0 }
    let worst = columns.map { column in weighted.map { $0[column] }.min() ?? 0 }
    func distance(_ row: [Double], _ to: [Double]) -> Double {
      zip(row, to).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
    }
    let closeness = weighted.map { row in
      distance(row, worst) / (distance(row, best) + distance(row, worst)) * 100
    }
    for result in topsis.scorecard.ranking {
      let index = try #require(
        Fixtures.builtIn.approaches.firstIndex { $0.id == result.approach.id })
      #expect(abs(result.score - closeness[index]) < 1e-9, "\(result.approach.id)")
    }
    #expect(wsm.scorecard.ranking.map(\.score) != topsis.scorecard.ranking.map(\.score))
  }
}

/// The text flip chart shows who wins beyond each flip point, on one labelled scale (issue 16: it drew `-` for
/// every other winner and gave each row its own unlabelled scale).
@Suite struct FlipChartTests {
  @Test func barsShowTheApproachThatWinsBeyondAFlip() throws {
    let report = Advisor().recommend(
      try Fixtures.example("healthcare-assistant"), criteria: Fixtures.builtIn)
    let section = SensitivitySection(report: report)
    let chart = section.flipChart(lineWidth: 70)
    let flips = report.sensitivity.flips
    let knowledge = try #require(flips.first { $0.criterion.id == "knowledge_gap" })
    let below = try #require(knowledge.belowWinner)
    let row = try #require(chart.first { $0.hasPrefix("  Knowledge gap") })
    // Below its lower flip point the bar is the initial of the approach that wins there.
    #expect(row.contains("[" + String(repeating: String(below.shortName.prefix(1)), count: 3)))
    #expect(chart.contains { $0.contains("\(below.shortName.prefix(1)) \(below.name) wins") })
    #expect(chart.allSatisfy { $0.count <= 70 })
    // One scale: every bar starts at the same column, and the axis under them starts with 0 there.
    let starts = Set(chart.prefix(flips.count).compactMap { Array($0).firstIndex(of: "[") })
    #expect(starts.count == 1)
    let axis = try #require(chart.first { $0.drop { $0 == " " }.hasPrefix("0 ") })
    #expect(Array(axis).firstIndex(of: "0") == (starts.first ?? 0) + 1)
  }
}
