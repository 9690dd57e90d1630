import Foundation
import Testing

@testable import AdvisorCore

/// A requirement with an `unless` that reads a fact the project did not give binds, and is open: an answer could
/// lift it. On a two-criterion table of its own: `speed` = fast excludes prompting unless `host` is `own`, and
/// excludes RAG outright, while RAG scores higher.
@Suite struct OpenRequirementTests {
  static let criteria = table()

  /// The table, with prompting's exclusion lifted `unless` these conditions hold, and `region` (eu or us) as a
  /// third criterion.
  static func table(unless: String = #"{"host": ["own"]}"#) -> CriteriaSet {
    let profiles = #"""
      {"approaches": [
        {"id": "prompting", "name": "Prompting", "shortName": "Prompting", "summary": "s", "nextSteps": []},
        {"id": "rag", "name": "RAG", "shortName": "RAG", "summary": "s", "nextSteps": []}]}
      """#
    let speed = #"""
      {"id": "speed", "name": "Speed", "question": "q", "help": "h", "weight": 1,
       "fact": {"key": "speed", "type": "choice"},
       "levels": [
         {"id": "fast", "label": "fast",
          "fit": {"prompting": {"score": 3, "reason": "r"}, "rag": {"score": 9, "reason": "r"}},
          "excludes": {
            "prompting": {"reason": "too slow on a hosted API", "unless": \#(unless)},
            "rag": {"reason": "retrieval is too slow"}}},
         {"id": "slow", "label": "slow",
          "fit": {"prompting": {"score": 5, "reason": "r"}, "rag": {"score": 5, "reason": "r"}}}]}
      """#
    let host = #"""
      {"id": "host", "name": "Host", "question": "q", "help": "h", "weight": 1,
       "fact": {"key": "host", "type": "choice"},
       "levels": [
         {"id": "api", "label": "api",
          "fit": {"prompting": {"score": 5, "reason": "r"}, "rag": {"score": 5, "reason": "r"}}},
         {"id": "own", "label": "own",
          "fit": {"prompting": {"score": 5, "reason": "r"}, "rag": {"score": 5, "reason": "r"}}}],
       "unknown": {"prior": {"api": 0.7, "own": 0.3}}}
      """#
    let region = #"""
      {"id": "region", "name": "Region", "question": "q", "help": "h", "weight": 1,
       "fact": {"key": "region", "type": "choice"},
       "levels": [
         {"id": "eu", "label": "eu",
          "fit": {"prompting": {"score": 5, "reason": "r"}, "rag": {"score": 5, "reason": "r"}}},
         {"id": "us", "label": "us",
          "fit": {"prompting": {"score": 5, "reason": "r"}, "rag": {"score": 5, "reason": "r"}}}]}
      """#
    let files = [
      ("profiles.json", profiles), ("speed.json", speed), ("host.json", host),
      ("region.json", region),
    ].map {
      InputFile(name: $0.0, bytes: Array($0.1.utf8))
    }
    do {
      return try CriteriaLoader().load(files: files, origin: "fixture")
    } catch {
      preconditionFailure("the fixture table does not load: \(error)")
    }
  }

  func report(
    _ facts: [String: String], criteria: CriteriaSet = Self.criteria, samples: Int = 0
  ) -> Report {
    Advisor(options: .init(samples: samples)).recommend(
      ProjectSpec(
        name: "p",
        facts: facts.sorted { $0.key < $1.key }.map {
          GivenFact(key: $0.key, value: .level($0.value))
        }),
      criteria: criteria)
  }

  @Test func anOpenRequirementMakesItsApproachTheClosest() throws {
    let report = report(["speed": "fast"])
    #expect(report.recommendation.status == .unmet)
    // RAG scores higher, but no answer lifts its failure; prompting's lifts if host is own.
    let rag = try #require(report.scorecard.result(for: "rag"))
    let prompting = try #require(report.scorecard.result(for: "prompting"))
    #expect(rag.score > prompting.score)
    #expect(report.recommendation.closest?.approach.id == "prompting")
    #expect(prompting.exclusions.map(\.isOpen) == [true])
    #expect(rag.exclusions.map(\.isOpen) == [false])
    #expect(report.headline == "No approach meets every requirement on the facts you gave")
    #expect(
      report.summaryLine
        == "closest: Prompting, which meets every requirement if host is own (you did not say); otherwise it "
        + "fails: too slow on a hosted API (speed)")
  }

  @Test func jsonNamesWhatWouldLiftAnOpenRequirement() throws {
    let json = JSONReportRenderer().render(report(["speed": "fast"]))
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let ranking = try #require(root["ranking"] as? [[String: Any]])
    func lifted(_ id: String) -> Any? {
      let entry = ranking.first { $0["approach"] as? String == id }
      return (entry?["exclusions"] as? [[String: Any]])?.first?["liftedIf"]
    }
    #expect(lifted("prompting") as? [String: [String]] == ["host": ["own"]])
    #expect(lifted("rag") is NSNull)
    let validator = SchemaValidator(schema: try SchemaKind.report.schema())
    #expect(validator.validate(try JSONParser().parse(json)) == [])
  }

  /// The robustness samples draw `host` from its prior (30% `own`), so about 30% of them lift prompting's
  /// requirement; the line says so instead of "none can be sampled".
  @Test func theSamplesSayHowOftenAnAnswerWouldLiftIt() throws {
    let open = report(["speed": "fast", "region": "eu"], samples: 2_000)
    let line = SensitivitySection(report: open).robustnessLine
    let prefix =
      "Robustness: in 2,000 samples that draw the fact you did not give, an approach meets every "
      + "requirement and ranks first: Prompting in "
    #expect(line.hasPrefix(prefix), "\(line)")
    let share = try #require(open.sensitivity.monteCarlo.firstShares.first)
    #expect(abs(share - 0.3) < 0.05)
    #expect(abs(share + open.sensitivity.monteCarlo.unmetShare - 1) < 1e-9)
    #expect(line.hasSuffix("; none does in \(Format.percent(1 - share))."))
    // Behind an API no sample lifts it (region, still drawn, does not bear on it).
    let settled = report(["speed": "fast", "host": "api"], samples: 2_000)
    #expect(
      SensitivitySection(report: settled).robustnessLine
        == "Robustness: no approach meets every requirement, so none can be sampled as the answer.")
  }

  /// With two conditions, only the one on a fact not given is what would lift it; one that fails on a given
  /// fact leaves nothing to lift.
  @Test func onlyTheConditionsOnFactsNotGivenAreNamed() throws {
    let table = Self.table(unless: #"{"host": ["own"], "region": ["eu"]}"#)
    let eu = report(["speed": "fast", "region": "eu"], criteria: table)
    let prompting = try #require(eu.scorecard.result(for: "prompting"))
    #expect(prompting.exclusions.map(\.liftedIf) == [["host": ["own"]]])
    #expect(
      eu.summaryLine.hasPrefix(
        "closest: Prompting, which meets every requirement if host is own (you"))
    let us = report(["speed": "fast", "region": "us"], criteria: table)
    #expect(us.scorecard.result(for: "prompting")?.exclusions.map(\.isOpen) == [false])
    // Neither given: both are named.
    let neither = report(["speed": "fast"], criteria: table)
    #expect(neither.summaryLine.contains("if host is own and region is eu (you did not say)"))
  }

  @Test func anAnswerSettlesIt() throws {
    // Behind an API both fail for certain: the closest is the better score, and nothing is said to be open.
    let api = report(["speed": "fast", "host": "api"])
    #expect(api.recommendation.closest?.approach.id == "rag")
    #expect(api.scorecard.ranking.allSatisfy { $0.exclusions.allSatisfy { !$0.isOpen } })
    #expect(api.headline == "No approach meets every requirement")
    // On its own hardware prompting meets every requirement and is the answer.
    let own = report(["speed": "fast", "host": "own"])
    #expect(own.recommendation.winner?.approach.id == "prompting")
  }
}
