import Testing

@testable import AdvisorCore

/// Properties that hold for every spec, checked on seeded random specs.
@Suite struct PropertyTests {
  /// A random spec over the built-in tables: most facts given (as numbers or level ids), some weights overridden.
  static func randomSpec(_ random: inout SeededRandom) -> ProjectSpec {
    var facts: [GivenFact] = []
    for criterion in Fixtures.builtIn.criteria where random.uniform() < 0.8 {
      let level = criterion.levels[Int(random.next() % UInt64(criterion.levels.count))]
      if criterion.fact.kind == .number, random.uniform() < 0.7 {
        let magnitude = pow(10, random.uniform() * 9)
        facts.append(GivenFact(key: criterion.fact.key, value: .number(magnitude.rounded())))
      } else {
        facts.append(GivenFact(key: criterion.fact.key, value: .level(level.id)))
      }
    }
    if random.uniform() < 0.5 {
      facts.append(
        GivenFact(key: "hosting", value: .level(random.uniform() < 0.5 ? "api" : "self_hosted")))
    }
    var weights: [String: Double] = [:]
    for criterion in Fixtures.builtIn.criteria where random.uniform() < 0.2 {
      weights[criterion.id] =
        random.uniform() < 0.2 ? 0 : (random.uniform() * 5 * 10).rounded() / 10
    }
    return ProjectSpec(name: "random", facts: facts, weights: weights)
  }

  static let cases = 150

  @Test func scoresStayWithinZeroToAHundredForEveryMethod() {
    var random = SeededRandom(seed: 1)
    for _ in 0..<Self.cases {
      let spec = Self.randomSpec(&random)
      for method in RankingMethod.allCases {
        let report = Advisor(options: .init(method: method, samples: 20)).recommend(
          spec, criteria: Fixtures.builtIn)
        #expect(
          report.scorecard.ranking.allSatisfy { $0.score >= 0 && $0.score <= 100 + 1e-9 },
          "\(spec.facts) \(method)")
        #expect(
          report.recommendation.confidence.percent >= 0
            && report.recommendation.confidence.percent <= 100)
      }
    }
  }

  @Test func scalingEveryWeightByOneFactorChangesNothing() {
    var random = SeededRandom(seed: 2)
    for _ in 0..<Self.cases {
      var spec = Self.randomSpec(&random)
      let factor = 0.1 + random.uniform() * 20
      let base = Advisor(options: .init(samples: 0)).recommend(spec, criteria: Fixtures.builtIn)
      spec.weights = Dictionary(
        uniqueKeysWithValues: Fixtures.builtIn.criteria.map {
          ($0.id, (spec.weights[$0.id] ?? $0.weight) * factor)
        })
      let scaled = Advisor(options: .init(samples: 0)).recommend(spec, criteria: Fixtures.builtIn)
      #expect(
        base.scorecard.ranking.map(\.approach.id) == scaled.scorecard.ranking.map(\.approach.id))
      for (lhs, rhs) in zip(base.scorecard.ranking, scaled.scorecard.ranking) {
        #expect(abs(lhs.score - rhs.score) < 1e-9)
      }
    }
  }

  /// Raising the weight of a criterion on which A fits better than B never widens B's lead over A.
  /// (Where B trails A, a weighted mean moves B − A toward the criterion's own difference, which may be
  /// above B's deficit: that is not a lead growing, so only pairs where B leads are checked.)
  @Test func raisingAWeightNeverHelpsTheApproachItDisfavours() {
    var random = SeededRandom(seed: 3)
    var checked = 0
    defer { #expect(checked > 500) }
    for _ in 0..<Self.cases {
      let spec = Self.randomSpec(&random)
      let base = Advisor(options: .init(samples: 0)).recommend(spec, criteria: Fixtures.builtIn)
      for row in base.scorecard.rows where row.fact.isScored {
        let raised = spec.withWeight(
          row.fact.criterion.id, row.fact.weight * (1.5 + random.uniform() * 4))
        let after = Advisor(options: .init(samples: 0)).recommend(
          raised, criteria: Fixtures.builtIn)
        for a in row.cells {
          for b in row.cells where (a.fit ?? 0) > (b.fit ?? 0) {
            let leadBefore =
              base.scorecard.result(for: b.approach)!.score
              - base.scorecard.result(for: a.approach)!.score
            let leadAfter =
              after.scorecard.result(for: b.approach)!.score
              - after.scorecard.result(for: a.approach)!.score
            guard leadBefore > 0 else { continue }
            checked += 1
            #expect(
              leadAfter <= leadBefore + 1e-9,
              "\(row.fact.criterion.id): \(b.approach) over \(a.approach)")
          }
        }
      }
    }
  }

  @Test func everyRandomReportMatchesTheReportSchemaAndRoundTrips() throws {
    let validator = SchemaValidator(schema: try SchemaKind.report.schema())
    var random = SeededRandom(seed: 4)
    for _ in 0..<60 {
      let report = Advisor(options: .init(samples: 100)).recommend(
        Self.randomSpec(&random), criteria: Fixtures.builtIn)
      let text = JSONReportRenderer().render(report)
      let parsed = try JSONParser().parse(text)
      #expect(validator.validate(parsed).isEmpty, "\(validator.validate(parsed).prefix(3))")
      #expect(JSONWriter().string(parsed) == text)  // parse → write gives the same bytes
    }
  }
}

extension ProjectSpec {
  func withWeight(_ criterion: String, _ weight: Double) -> ProjectSpec {
    var copy = self
    copy.weights[criterion] = weight
    return copy
  }
}

#if canImport(Glibc)
  import Glibc
#endif
