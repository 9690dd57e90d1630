import Testing

@testable import AdvisorCore

@Suite struct VerdictTests {
  /// A portfolio row and a gate read the verdict path, which skips the explanations and the flip points; on
  /// seeded random specs it must give exactly the full report's verdict, with and without Monte Carlo sampling.
  @Test(arguments: [(RankingMethod.wsm, 0), (.wsm, 300), (.topsis, 300), (.wpm, 0)])
  func theVerdictPathMatchesTheFullReport(method: RankingMethod, samples: Int) {
    let advisor = Advisor(options: .init(method: method, samples: samples))
    var random = SeededRandom(seed: 23)
    var winners: Set<String> = []
    for _ in 0..<PropertyTests.cases {
      let spec = PropertyTests.randomSpec(&random)
      let verdict = advisor.verdict(spec, criteria: Fixtures.builtIn)
      #expect(verdict == Verdict(advisor.recommend(spec, criteria: Fixtures.builtIn)))
      winners.insert(verdict.recommendation.winner?.approach.id ?? "none")
    }
    // The random specs reach several verdicts, so the comparison is not between identical constants.
    #expect(winners.count >= 3)
  }

  @Test(arguments: ExampleCaseTests.expected.keys.sorted())
  func everyExampleGetsItsVerdictOnTheShortPath(name: String) throws {
    let spec = try Fixtures.example(name)
    let verdict = Advisor().verdict(spec, criteria: Fixtures.builtIn)
    #expect(verdict.name == spec.name)
    #expect(verdict.recommendation.winner?.approach.id == ExampleCaseTests.expected[name]?.verdict)
  }
}
