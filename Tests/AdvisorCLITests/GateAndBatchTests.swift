@testable import AdvisorCore
import Foundation
import Testing

/// The CI path: gates, batches, timestamps and workflow annotations.
@Suite struct GateAndBatchTests {
  let faq = Paths.example("internal-faq-bot")

  /// The report the gates read, from the tables in use: the gate tests check the gates against it, not
  /// figures of the shipped knowledge, so a knowledge edit breaks only the tests about knowledge.
  func report(_ path: String) throws -> Report {
    let criteria = try CriteriaLoader().loadBuiltIn()
    return Advisor().recommend(
      try ProjectSpec.load(InputFile.read(path: path), criteria: criteria), criteria: criteria)
  }

  @Test func expectPassesWhenTheRecommendationIsAmongTheChosen() throws {
    let winner = try #require(try report(faq).recommendation.winner?.approach.id)
    let run = Run(["recommend", faq, "--expect", "\(winner == "rag" ? "hybrid" : "rag"),\(winner)"])
    #expect(run.status == 0)
    #expect(run.error.isEmpty)
  }

  @Test func expectFailsWithOneLineAndExitOne() throws {
    let winner = try #require(try report(faq).recommendation.winner?.approach.id)
    let others = try CriteriaLoader().loadBuiltIn().approaches.map(\.id).filter { $0 != winner }
      .prefix(2)
    let run = Run(["recommend", faq, "--expect", others.joined(separator: ","), "-f", "json"])
    #expect(run.status == 1)
    #expect(
      run.error
        == "advisor: gate failed: internal-faq-bot: recommendation is \(winner), expected \(others.joined(separator: " or "))\n"
    )
    #expect(run.output.hasPrefix("{"))  // the report is still written
  }

  @Test func confidenceAndMarginGates() throws {
    let recommendation = try report(faq).recommendation
    let confidence = recommendation.confidence.percent
    let margin = Format.fixed(recommendation.margin, 1)
    // A gate at the figure passes; one above it fails with one line naming both.
    #expect(Run(["recommend", faq, "--min-confidence", "\(confidence)"]).status == 0)
    let low = Run(["recommend", faq, "--min-confidence", "\(confidence + 1)"])
    #expect(low.status == 1)
    #expect(
      low.error
        == "advisor: gate failed: internal-faq-bot: confidence \(confidence)% is below the required \(confidence + 1)%\n"
    )
    #expect(Run(["recommend", faq, "--min-margin", "\(recommendation.margin - 0.05)"]).status == 0)
    let required = Format.fixed(recommendation.margin + 5, 1)
    let narrow = Run(["recommend", faq, "--min-margin", required])
    #expect(narrow.status == 1)
    #expect(
      narrow.error
        == "advisor: gate failed: internal-faq-bot: margin \(margin) points is below the required \(required)\n"
    )
  }

  @Test func anInputErrorKeepsItsOwnExitCodeWhateverTheGates() {
    #expect(Run(["recommend", "/nonexistent.json", "--expect", "rag"]).status == 66)
    #expect(Run(["recommend", "-", "--expect", "rag"], standardInput: "{").status == 65)
  }

  @Test func githubFormatAnnotatesFactsAndFailedGates() throws {
    let file = Paths.example("news-aggregator")
    let news = try report(file)
    let winner = try #require(news.recommendation.winner)
    let other = winner.approach.id == "hybrid" ? "rag" : "hybrid"
    let run = Run(["recommend", file, "-f", "github", "--expect", other])
    #expect(run.status == 1)
    let lines = run.output.split(separator: "\n").map(String.init)
    let confidence = news.recommendation.confidence
    #expect(
      lines.first?.hasPrefix(
        "::notice file=\(file),title=advisor%3A news-aggregator::Recommendation: \(winner.approach.name), confidence "
          + "\(confidence.percent)%25 (\(confidence.label)) · score \(Format.fixed(winner.score, 1))"
      )
        == true)
    // Each inferred fact and each of the report's warnings is an annotation on the spec's file, its message
    // escaped as GitHub requires (`%` as `%25`); the texts come from the report, not the shipped tables.
    func escaped(_ text: String) -> String {
      text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
        .replacingOccurrences(of: "\n", with: "%0A")
    }
    let inferred = news.facts(.inferred)
    #expect(!inferred.isEmpty)
    for fact in inferred {
      #expect(
        lines.contains(
          "::warning file=\(file),title=advisor%3A inferred fact::news-aggregator: \(escaped(Report.factText(fact)))"
        ))
    }
    #expect(!news.warnings.isEmpty)
    for warning in news.warnings {
      #expect(
        lines.contains("::warning file=\(file),title=advisor::news-aggregator: \(escaped(warning))")
      )
    }
    // An inferred fact is not also reported as one the user left out.
    #expect(
      !lines.contains {
        $0.contains("knowledge_gap") && !$0.contains("inferred fact") && $0.hasPrefix("::warning")
      })
    #expect(
      lines.last
        == "::error title=advisor gate::news-aggregator: recommendation is \(winner.approach.id), expected \(other)"
    )
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
    let spec = try String(contentsOfFile: faq, encoding: .utf8).replacingOccurrences(
      of: "\n", with: " ")
    let run = Run(
      ["recommend", "--batch", "-", "--expect", "rag"], standardInput: spec + "\n" + spec + "\n")
    #expect(run.status == 1)
    #expect(run.error.components(separatedBy: "gate failed").count == 3)
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
