@testable import AdvisorCore
import Foundation
import Testing

/// The CI path: gates, batches, timestamps and workflow annotations.
@Suite struct GateAndBatchTests {
  let faq = Paths.example("internal-faq-bot")

  /// A three-criterion table of its own (`Fixtures/gate-criteria`) and a project that gives one fact of it, so
  /// the gate tests pin figures worked out by hand and a knowledge edit breaks only the tests about knowledge.
  /// Weights 2 (volatility), 1 (gap, inferred from volatility), 1 (team, not given, prior 50/50):
  /// - RAG scores 10 × (9·2 + 9·1 + 6.5·1) / 4 = 83.75, Prompting 10 × (2·2 + 3·1 + 8·1) / 4 = 37.5, so the
  ///   margin is 46.25, shown as 46.3;
  /// - coverage is (2 + 1/2) / 4 = 62.5% (an inferred fact counts half), and RAG wins every sample with the
  ///   three methods agreeing, so the confidence is 63%.
  let gate = Paths.root + "/Tests/AdvisorCLITests/Fixtures/gate-project.json"
  let gateCriteria = ["--criteria", Paths.root + "/Tests/AdvisorCLITests/Fixtures/gate-criteria"]

  func gated(_ arguments: [String]) -> Run {
    Run(["recommend", gate] + gateCriteria + arguments)
  }

  @Test func theFixtureTableGivesTheFiguresWorkedOutByHand() throws {
    let run = gated(["-f", "json", "--samples", "0"])
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    let recommendation = try #require(report["recommendation"] as? [String: Any])
    #expect(recommendation["approach"] as? String == "rag")
    #expect(recommendation["score"] as? Double == 83.75)
    #expect(recommendation["margin"] as? Double == 46.25)
  }

  @Test func expectPassesWhenTheRecommendationIsAmongTheChosen() {
    let run = gated(["--expect", "prompting,rag"])
    #expect(run.status == 0)
    #expect(run.error.isEmpty)
  }

  @Test func expectFailsWithOneLineAndExitOne() {
    let run = gated(["--expect", "prompting", "-f", "json"])
    #expect(run.status == 1)
    #expect(
      run.error == "advisor: gate failed: gate-project: recommendation is rag, expected prompting\n"
    )
    #expect(run.output.hasPrefix("{"))  // the report is still written
  }

  @Test func confidenceAndMarginGates() {
    // A gate at the figure passes; one above it fails with one line naming both.
    #expect(gated(["--min-confidence", "63"]).status == 0)
    let low = gated(["--min-confidence", "64"])
    #expect(low.status == 1)
    #expect(
      low.error == "advisor: gate failed: gate-project: confidence 63% is below the required 64%\n")
    // The margin is 46.25 and reads 46.3: a gate at 46.3, the figure a user reads, passes.
    #expect(gated(["--min-margin", "46.2"]).status == 0)
    #expect(gated(["--min-margin", "46.3"]).status == 0)
    let narrow = gated(["--min-margin", "46.35"])
    #expect(narrow.status == 1)
    #expect(
      narrow.error
        == "advisor: gate failed: gate-project: margin 46.3 points is below the required 46.35\n")
  }

  @Test func anInputErrorKeepsItsOwnExitCodeWhateverTheGates() {
    #expect(Run(["recommend", "/nonexistent.json", "--expect", "rag"]).status == 66)
    #expect(Run(["recommend", "-", "--expect", "rag"], standardInput: "{").status == 65)
  }

  @Test func githubFormatAnnotatesFactsAndFailedGates() {
    let run = gated(["-f", "github", "--expect", "prompting"])
    #expect(run.status == 1)
    // The verdict; the inferred fact, once, as inferred (not also as left out); the report's two cautions, `%`
    // escaped as `%25`; the failed gate.
    let file = "file=\(gate)"
    #expect(
      run.output.split(separator: "\n").map(String.init) == [
        "::notice \(file),title=advisor%3A gate-project::Recommendation: RAG, confidence 63%25 (medium) · "
          + "score 83.8 of 100 · 46.3 points ahead of Prompt engineering · 63%25 of the weight rests on facts "
          + "you gave",
        "::warning \(file),title=advisor%3A inferred fact::gate-project: gap = facts, inferred: knowledge that "
          + "changes daily is not in the weights",
        "::warning \(file),title=advisor::gate-project: 1 of 3 criteria has no fact (25%25 of the weight); each "
          + "is scored at its expected fit under its prior, and the robustness samples draw it.",
        "::warning \(file),title=advisor::gate-project: RAG needs skills you did not mention.",
        "::error title=advisor gate::gate-project: recommendation is rag, expected prompting",
      ])
  }

  @Test func annotationDataIsEscaped() {
    #expect(
      GitHubAnnotationRendererProbe.command(message: "50% done\nnext")
        == "::warning title=t::50%25 done%0Anext")
    // "\r\n" is one Swift Character; escaped by scalars it cannot start a workflow command of its own (issue 16,
    // item 6), nor break a Markdown heading.
    let name = "x\r\n::error title=INJECTED::boom"
    let spec =
      #"{"specVersion": 1, "name": "x\r\n::error title=INJECTED::boom", "facts": {"knowledge_gap": "facts"}}"#
    let github = Run(["recommend", "-", "-f", "github", "--samples", "0"], standardInput: spec)
    #expect(github.status == 0)
    for line in github.output.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    ).dropLast() {
      #expect(line.hasPrefix("::notice ") || line.hasPrefix("::warning "), "\(line)")
    }
    #expect(!github.output.unicodeScalars.contains("\r"))
    #expect(
      github.output.contains("x%0D%0A%3A%3Aerror title=INJECTED%3A%3Aboom")
        || github.output.contains("x%0D%0A::error"))
    let markdown = Run(["recommend", "-", "-f", "markdown", "--samples", "0"], standardInput: spec)
    #expect(markdown.output.hasPrefix("## x ::error title=INJECTED::boom: **"), "\(name)")
  }

  @Test func severalSpecsGiveAPortfolio() throws {
    let all = Run(["recommend"] + GoldenTests.allExamples)
    #expect(all.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
    let run = Run([
      "recommend", faq, Paths.example("legal-docs-qa"), Paths.example("codebase-code-generation"),
    ])
    #expect(run.status == 0)
    #expect(
      run.output.hasPrefix("Portfolio: 3 projects (1 Prompt engineering, 1 RAG, 1 Fine-tuning)\n"))
    #expect(
      run.output.contains(
        "\n  legal-docs-qa               RAG          79.6    63%   19.7  Hybrid\n"))
    #expect(run.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
    let markdown = Run(["recommend", faq, Paths.example("legal-docs-qa"), "-f", "markdown"])
    #expect(
      markdown.output.contains(
        "| legal-docs-qa | **RAG** | 79.6 | 63% (medium) | 19.7 | Hybrid (fine-tune + RAG) | – |"))
    // Each project's next step: the first step of the plan its full report shows.
    let step =
      "RAG once prompting_baseline turns out falls_short and ml_expertise is some (now none)"
    #expect(
      run.output.replacingOccurrences(of: "\n          ", with: " ").contains(
        "\n    next: \(step)\n"))
    #expect(markdown.output.contains(" | \(step) |"))
    let report = try #require(
      try JSONSerialization.jsonObject(
        with: Data(Run(["recommend", faq, "-f", "json"]).output.utf8)) as? [String: Any])
    let steps = try #require((report["plan"] as? [String: Any])?["steps"] as? [[String: Any]])
    #expect(steps.first?["approach"] as? String == "rag")
    let bare = Run(["recommend", faq, Paths.example("legal-docs-qa"), "--no-plan"])
    #expect(bare.status == 0)
    #expect(!bare.output.contains("next:"))
  }

  /// `advisor recommend examples/*.json`, as the README suggests, is a portfolio of specs: the verdicts the
  /// examples are checked against live outside the glob (they once sat among them and failed the run with 65).
  @Test func everyFileTheExamplesGlobMatchesIsASpec() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Paths.root + "/examples").filter
    { $0.hasSuffix(".json") }.sorted()
    #expect(names.count >= 12)
    let run = Run(
      ["recommend", "--samples", "0", "--no-plan"] + names.map { Paths.root + "/examples/" + $0 })
    #expect(run.status == 0 || run.status == 2, "\(run.error)")
    #expect(!run.error.contains("error:"))
  }

  @Test func markdownSuitsAStepSummary() throws {
    for name in try FileManager.default.contentsOfDirectory(atPath: Paths.root + "/examples")
    where name.hasSuffix(".json") {
      let run = Run(["recommend", Paths.root + "/examples/" + name, "-f", "markdown"])
      #expect(run.output.count < 60_000)
      #expect(run.output.hasPrefix("## "))
      #expect(run.output.contains("Confidence "))
      #expect(run.output.contains("| Criterion | Weight | Fact |"))
      #expect(run.output.contains("<details><summary>Sources</summary>"))
      #expect(run.output.contains(" Mostly "))  // each approach's largest cost terms
    }
  }

  @Test func batchReportsABrokenSpecAndScoresTheOthers() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/specs.jsonl"
    let lines = [
      #"{"specVersion": 1, "name": "a", "facts": {"knowledge_change": "daily"}}"#,
      "",
      #"{"specVersion": 1, "name": "b", "facts": {"knowledge_gap": "lots"}}"#,
      #"{"specVersion": 1, "facts": {"labeled_examples": 20000, "output_consistency": "strict", "knowledge_gap": "behavior"}}"#,
      #"{"specVersion": 1, "name": "c""#,
    ]
    try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    let run = Run(["recommend", "--batch", path, "-f", "json"])
    #expect(run.status == 65)
    let reports = run.output.split(separator: "\n")
    #expect(reports.count == 2)
    #expect(reports.allSatisfy { $0.hasPrefix("{\"cost\":") })
    #expect(reports[1].contains("\"name\":\"\(path):4\""))
    #expect(
      run.error == """
        \(path):3:60: error: $.facts.knowledge_gap: unknown value "lots"; expected one of: none, facts, behavior, both
        \(path):5:31: error: expected ',' or '}' after an object member, found end of file
        advisor: 2 of 4 specs could not be scored

        """)
    let table = Run(["recommend", "--batch", path])
    #expect(table.output.hasPrefix("Portfolio: 4 projects, 2 invalid (1 RAG, 1 Fine-tuning)"))
    #expect(table.output.contains(" invalid: $.facts.knowledge_gap: unknown value \"lots\";"))
  }

  /// JSON Lines reach standard output in chunks as specs are scored; the bytes are those of the output file.
  @Test func aStreamedBatchEqualsTheOutputFile() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/specs.jsonl"
    let changes = ["realtime", "daily", "weekly", "monthly", "yearly", "static"]
    let specs = (0..<30).map {
      #"{"specVersion": 1, "name": "p\#($0)", "facts": {"knowledge_change": "\#(changes[$0 % 6])"}}"#
    }
    try specs.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    let streamed = Run(["recommend", "--batch", path, "-f", "json", "--samples", "0"])
    #expect(streamed.status == 0)
    #expect(streamed.output.utf8.count > 1 << 17, "the batch should span several chunks")
    let lines = streamed.output.split(separator: "\n")
    #expect(lines.count == 30)
    #expect(lines.enumerated().allSatisfy { $0.element.contains("\"name\":\"p\($0.offset)\"") })
    let filed = Run([
      "recommend", "--batch", path, "-f", "json", "--samples", "0", "-o", directory + "/out.jsonl",
    ])
    #expect(filed.status == 0 && filed.output.isEmpty)
    #expect(
      try String(contentsOfFile: directory + "/out.jsonl", encoding: .utf8) == streamed.output)
  }

  @Test func aBatchFileMayExceedTheSpecLimitButNotOneLine() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/big.jsonl"
    let long = String(repeating: "x", count: 9 * 1024 * 1024)
    try
      (#"{"specVersion": 1, "name": "ok"}"# + "\n" + #"{"specVersion": 1, "description": ""# + long
      + "\"}\n").write(
        toFile: path, atomically: true, encoding: .utf8)
    let run = Run(["recommend", "--batch", path, "--samples", "0"])
    #expect(run.status == 65)
    #expect(
      run.error.hasPrefix(
        "\(path):2:1: error: the line is 9437221 bytes; a spec may be at most 8388608 bytes\n"))
    #expect(run.output.contains("  ok "))
  }

  @Test func batchFromStandardInputWithGates() throws {
    let spec = try String(contentsOfFile: gate, encoding: .utf8).replacingOccurrences(
      of: "\n", with: " ")
    let run = Run(
      ["recommend", "--batch", "-", "--expect", "prompting"] + gateCriteria,
      standardInput: spec + "\n" + spec + "\n")
    #expect(run.status == 1)
    #expect(
      run.error
        == String(
          repeating:
            "advisor: gate failed: gate-project: recommendation is rag, expected prompting\n",
          count: 2))
  }

  @Test func timestampIsOnlyAddedWhenAsked() {
    let plain = Run(["recommend", faq, "-f", "json"])
    #expect(!plain.output.contains("generatedAt"))
    let stamped = Run(
      ["recommend", faq, "-f", "json", "--timestamp"],
      environment: ["SOURCE_DATE_EPOCH": "1795305600"])
    #expect(stamped.output.contains("\"generatedAt\": \"2026-11-22T00:00:00Z\""))
    let now = Run(["recommend", faq, "-f", "json", "--timestamp"])
    #expect(now.output.contains("\"generatedAt\": \"20"))
  }

  @Test func reportsRecordTheCriteriaDigest() throws {
    let builtIn = Run(["recommend", faq, "-f", "json"])
    let folder = Run(["recommend", faq, "-f", "json", "--criteria", Paths.root + "/criteria"])
    let digest = try #require(
      builtIn.output.split(separator: "\n").first { $0.contains("\"digest\"") })
    #expect(folder.output.contains(digest))
    #expect(digest.contains("sha256:"))
  }
}

@testable import AdvisorCore

enum GitHubAnnotationRendererProbe {
  static func command(message: String) -> String {
    GitHubAnnotationRenderer.command("warning", title: "t", message: message)
  }
}
