import Foundation
import Testing

@testable import AdvisorCore

/// The shared example projects: each must get the founding articles' verdict, for reasons the report names.
@Suite struct ExampleCaseTests {
  struct Expectation: Decodable {
    var verdict: String
  }

  static let expected: [String: Expectation] = {
    let path = Fixtures.root + "/examples/expected.json"
    guard let data = FileManager.default.contents(atPath: path),
      let decoded = try? JSONDecoder().decode([String: Expectation].self, from: data)
    else { return [:] }
    return decoded
  }()

  @Test func allTwelveCasesArePresent() {
    #expect(Self.expected.count == 12)
  }

  @Test(arguments: expected.keys.sorted())
  func reachesTheExpectedVerdict(name: String) throws {
    let spec = try Fixtures.example(name)
    let report = Advisor().recommend(spec, criteria: Fixtures.builtIn)
    #expect(report.recommendation.winner?.approach.id == Self.expected[name]?.verdict)
    // The rationale names the facts that decided: the drivers read facts the spec gave or the tables inferred.
    #expect(!report.drivers.isEmpty)
    let text = TextRenderer().render(report)
    for driver in report.drivers.prefix(Report.driverLimit) {
      #expect(driver.fact.status != .unknown)
      #expect(text.contains(driver.fact.criterion.fact.key))
      #expect(driver.favoured.id == report.recommendation.winner?.approach.id)
    }
    // The top driver is worth at least a point: the verdict does not rest on noise.
    #expect((report.drivers.first?.points ?? 0) >= 1)
  }

  /// The same tables hold on projects described differently: no single fact of a case decides it alone,
  /// except where removing it really changes the problem.
  @Test func verdictsSurviveRemovingAnyOneFact() throws {
    var flips: [String] = []
    for (name, expectation) in Self.expected.sorted(by: { $0.key < $1.key }) {
      let spec = try Fixtures.example(name)
      for fact in spec.facts {
        var reduced = spec
        reduced.facts.removeAll { $0.key == fact.key }
        let winner = Advisor().recommend(reduced, criteria: Fixtures.builtIn).recommendation.winner?.approach.id
        if winner != expectation.verdict { flips.append("\(name) without \(fact.key) -> \(winner ?? "none")") }
      }
    }
    // Without knowledge_gap, the healthcare assistant's daily updates imply only missing facts, so RAG leads.
    // Without labeled_examples, a verdict that trains reads the missing prerequisite conservatively (as few
    // examples) and falls back to the approach that needs none. Without accuracy_need, the hybrid's narrow lead
    // over RAG rests on a critical accuracy need no longer stated. No other single fact decides a case.
    #expect(
      flips == [
        "healthcare-assistant without accuracy_need -> rag", "healthcare-assistant without knowledge_gap -> rag",
        "healthcare-assistant without labeled_examples -> rag", "proprietary-classification without labeled_examples -> prompting",
        "strict-format-low-latency without labeled_examples -> prompting",
      ])
  }
}
