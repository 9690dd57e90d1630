import Foundation
import Testing

@Suite struct SensitivityCommandTests {
  let spec = Paths.example("support-tone-rewrite")

  @Test func printsEveryAnalysis() {
    let run = Run(["sensitivity", spec])
    #expect(run.status == 0)
    #expect(
      run.output.hasPrefix(
        "support-tone-rewrite\n\nRecommendation: Prompt engineering\n  Robustness: robust."))
    #expect(run.output.contains("\nWhat would change the answer\n  • "))
    #expect(
      run.output.contains(
        "\n  • If knowledge_gap were facts instead of behavior, RAG would lead by"))
    #expect(
      run.output.contains("\nWeight flip points (weighted sum; the other weights unchanged)\n"))
    #expect(run.output.contains("Auditability (weight 1.5): the winner holds up to"))
    #expect(
      run.output.contains(
        "\nMonte Carlo\n  • First place over 2,000 samples that draw the 5 unknown facts from their\n    priors and the weights"
      ))
    #expect(run.output.contains("Sampling stopped\n    after 2,000 of the 10,000 allowed"))
    // An explicit --samples draws exactly that many.
    #expect(
      Run(["sensitivity", spec, "--samples", "3000"]).output.contains(
        "First place over 3,000 samples"))
    #expect(run.output.contains("\n  • TOPSIS: Prompt engineering"))
    #expect(run.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test func drawsTheFlipChartOnATerminal() {
    let run = Run(["sensitivity", spec], environment: ["NO_COLOR": "1"], terminal: true)
    #expect(run.output.contains("\n  Knowledge gap         3 ["))
    // One labelled scale for every bar, and the legend names the winner.
    #expect(
      run.output.contains(
        "\n                           0                    3                    6\n"))
    #expect(run.output.contains("= Prompt engineering holds, | the weight now"))
  }

  @Test func seedSamplesAndConcentrationAreHonoured() {
    let first = Run([
      "sensitivity", Paths.example("legal-research-memos"), "-f", "json", "--seed", "3",
      "--samples", "500", "--concentration", "4",
    ])
    let again = Run([
      "sensitivity", Paths.example("legal-research-memos"), "-f", "json", "--seed", "3",
      "--samples", "500", "--concentration", "4",
    ])
    #expect(first.status == 0)
    #expect(first.output == again.output)
    #expect(first.output.contains("\"samples\": 500"))
    #expect(first.output.contains("\"concentration\": 4"))
    #expect(Run(["sensitivity", spec, "--samples", "-1"]).status == 64)
    #expect(
      Run(["sensitivity", spec, "--method", "ahp"]).error.hasPrefix(
        "Error: The value 'ahp' is invalid for '--method <method>'."))
  }

  /// The sensitivity report carries the verdict's status, the open questions and what the samples drew.
  @Test func jsonCarriesTheStatusQuestionsAndDrawnFacts() throws {
    let run = Run(["sensitivity", spec, "-f", "json"])
    #expect(run.status == 0)
    let value = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    #expect((value["recommendation"] as? [String: Any])?["status"] as? String == "recommended")
    let questions = try #require(value["questions"] as? [[String: Any]])
    #expect(questions.first?["changeProbability"] is Double)
    #expect((value["monteCarlo"] as? [String: Any])?["factsDrawn"] as? Int == 5)
    #expect(value["unknown"] == nil)
  }

  @Test func recommendAddsAShortSectionAndCanTurnSamplingOff() {
    let run = Run(["recommend", spec, "--sensitivity"])
    #expect(run.output.contains("\nHow solid it is\n  • First place over 2,000"))
    let off = Run(["recommend", spec, "--samples", "0", "-f", "json"])
    #expect(off.output.contains("\"robustness\": \"unsampled\""))
    let markdown = Run(["recommend", spec, "--sensitivity", "-f", "markdown"])
    #expect(markdown.output.contains("### How solid it is"))
  }
}
