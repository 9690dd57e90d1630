import AdvisorCore
import Foundation
import Testing

@Suite struct DiffTests {
  /// Two real reports: the legal Q&A project before and after its team gathered 6,000 labeled memos and
  /// learned the base model also lacks a strict house format.
  static func reports(_ directory: String) throws -> (old: String, new: String) {
    let oldSpec = Paths.example("legal-docs-qa")
    let text = try String(contentsOfFile: oldSpec, encoding: .utf8)
    let newSpec = directory + "/legal-docs-qa.json"
    try text.replacingOccurrences(
      of: "\"knowledge_gap\": \"facts\"", with: "\"knowledge_gap\": \"both\""
    )
    .replacingOccurrences(of: "\"labeled_examples\": 300", with: "\"labeled_examples\": 6000")
    .replacingOccurrences(
      of: "\"output_consistency\": \"flexible\"", with: "\"output_consistency\": \"strict\""
    )
    .write(toFile: newSpec, atomically: true, encoding: .utf8)
    let old = directory + "/old.json"
    let new = directory + "/new.json"
    #expect(Run(["recommend", oldSpec, "-f", "json", "-o", old]).status == 0)
    #expect(
      Run(["recommend", newSpec, "-f", "json", "-o", new, "--criteria", Paths.root + "/criteria"])
        .status == 0)
    return (old, new)
  }

  @Test func showsTheVerdictScoresAndFactsThatChanged() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let (old, new) = try Self.reports(directory)
    let run = Run(["diff", old, new])
    #expect(run.status == 0)
    #expect(
      run.output.hasPrefix(
        "legal-docs-qa\n\nRecommendation changed: RAG → Hybrid (fine-tune + RAG)\n  Status: recommended → close_call\n"
      ))
    #expect(run.output.contains("\n  RAG                        79.6  69.2  -10.3\n"))
    #expect(run.output.contains("\n  • labeled_examples: 300 → 6000\n"))
    // same tables, loaded from the folder
    #expect(run.output.contains("\nCriteria changed\n  None.\n"))
    let markdown = Run(["diff", old, new, "--format", "markdown"])
    #expect(
      markdown.output.hasPrefix(
        "## legal-docs-qa: **Recommendation changed: RAG → Hybrid (fine-tune + RAG)**"))
    #expect(markdown.output.contains("| Hybrid (fine-tune + RAG) | 59.9 | 70.7 | +10.8 |"))
    #expect(!run.output.contains("version 1"))
  }

  @Test func failOnChangeGatesTheVerdictOnly() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let (old, new) = try Self.reports(directory)
    let changed = Run(["diff", old, new, "--fail-on-change"])
    #expect(changed.status == 1)
    #expect(
      changed.error == "advisor: gate failed: the recommendation changed from rag to hybrid\n")
    let same = Run(["diff", old, old, "--fail-on-change"])
    #expect(same.status == 0)
    #expect(same.output.hasPrefix("legal-docs-qa\n\nRecommendation unchanged: RAG\n"))
    #expect(same.output.contains("Facts changed\n  None.\n"))
  }

  @Test func reportsChangedWeightsAndTables() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let tables = try CriteriaErrorTests.brokenCopy("team.json") {
      $0.replacingOccurrences(of: "\"weight\": 1,", with: "\"weight\": 2,")
    }
    defer { try? FileManager.default.removeItem(atPath: tables) }
    let old = directory + "/old.json"
    let new = directory + "/new.json"
    _ = Run(["recommend", Paths.example("legal-docs-qa"), "-f", "json", "-o", old])
    _ = Run([
      "recommend", Paths.example("legal-docs-qa"), "-f", "json", "-o", new, "--criteria", tables,
    ])
    let run = Run(["diff", old, new])
    let digest = try #require(
      try String(contentsOfFile: old, encoding: .utf8).firstMatch(
        of: /"digest": "(sha256:[0-9a-f]{12})/)?.1)
    #expect(run.output.contains("\n  • tables: \(digest) → sha256:"))
    #expect(run.output.contains("\n  • weight of team: 1 → 2\n"))
  }

  @Test func rejectsWhatIsNotAReport() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let spec = Paths.example("legal-docs-qa")
    let run = Run(["diff", spec, spec])
    #expect(run.status == 65)
    #expect(
      run.error
        == "\(spec):1:1: error: $: missing required key \"reportVersion\" (the report format version)\n"
    )
    try #"{"reportVersion": 3}"#.write(
      toFile: directory + "/v3.json", atomically: true, encoding: .utf8)
    let future = Run(["diff", directory + "/v3.json", spec])
    #expect(
      future.error
        == "\(directory)/v3.json:1:19: error: $.reportVersion: unsupported report version 3; this advisor reads versions 1 and 2\n"
    )
    #expect(Run(["diff", spec]).status == 64)
    #expect(Run(["diff", "/nonexistent.json", spec]).status == 66)
  }

  /// A version-1 report (written before requirements, priors and the verdict's status) still compares, and the
  /// diff says what it cannot compare.
  @Test func readsVersionOneReportsAndSaysWhatItCannotCompare() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let new = directory + "/new.json"
    #expect(
      Run(["recommend", Paths.example("internal-faq-bot"), "-f", "json", "-o", new]).status == 0)
    let old = Paths.root + "/Tests/AdvisorCLITests/Fixtures/internal-faq-bot.v1.json"
    let run = Run(["diff", old, new])
    #expect(run.status == 0, "\(run.error)")
    #expect(
      run.output.hasPrefix(
        "internal-faq-bot\n\nRecommendation unchanged: Prompt engineering\n  Note: the old report is version 1:"
      ))
    #expect(run.output.contains("are not compared"))
    let markdown = Run(["diff", old, new, "-f", "markdown"])
    #expect(markdown.output.contains("_Note: the old report is version 1:"))
    #expect(!Run(["diff", new, new]).output.contains("version 1"))
  }

  @Test func showsConfidenceAndMarginChangesInTextAndMarkdown() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let (old, new) = try Self.reports(directory)
    let run = Run(["diff", old, new])
    #expect(
      run.output.contains(
        "\n  Confidence 63% → 32% (-31 points)\n  Margin 19.7 → 1.4 points (-18.3)\n"))
    let markdown = Run(["diff", old, new, "-f", "markdown"]).output
    #expect(
      markdown.contains("Confidence 63% → 32% (-31 points)")
        && markdown.contains("Margin 19.7 → 1.4 points (-18.3)"))
    #expect(run.error.isEmpty)
  }

  /// `--format json`: versioned, sorted, and described by `advisor schema diff`.
  @Test func jsonCarriesTheVerdictConfidenceMarginAndEveryChange() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let (old, new) = try Self.reports(directory)
    let run = Run(["diff", old, new, "--format", "json"])
    #expect(run.status == 0, "\(run.error)")
    let value = try SchemaTests.parse(run.output)
    #expect(try SchemaTests.validator(.diff).validate(value).isEmpty)
    #expect(JSONWriter().string(value) == run.output)  // sorted keys, the writer's own layout
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    #expect(object["diffVersion"] as? Int == 1)
    let recommendation = try #require(object["recommendation"] as? [String: Any])
    #expect(
      recommendation["old"] as? String == "rag" && recommendation["new"] as? String == "hybrid")
    #expect(recommendation["changed"] as? Bool == true)
    let confidence = try #require(object["confidence"] as? [String: Double])
    #expect(confidence == ["old": 63, "new": 32, "delta": -31])
    let margin = try #require(object["margin"] as? [String: Double])
    #expect(margin["old"] == 19.68 && margin["new"] == 1.41 && margin["delta"] == -18.27)
    let scores = try #require(object["scores"] as? [[String: Any]])
    #expect(
      scores.first?["approach"] as? String == "hybrid" && scores.first?["delta"] as? Double == 10.75
    )
    let facts = try #require(object["facts"] as? [[String: Any]])
    #expect(
      facts.contains {
        $0["key"] as? String == "labeled_examples" && $0["old"] as? Int == 300
          && $0["new"] as? Int == 6000
      })
    #expect((object["warnings"] as? [String])?.isEmpty == true)
    #expect(Run(["diff", old, old, "-f", "json"]).output.contains("\"changed\": false"))
  }

  /// Two projects: one warning line on standard error (in the document for Markdown and JSON), and a failed gate.
  @Test func reportsOfTwoProjectsWarnAndFailTheGate() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let legal = directory + "/legal.json"
    let research = directory + "/research.json"
    #expect(
      Run(["recommend", Paths.example("legal-docs-qa"), "-f", "json", "-o", legal]).status == 0)
    #expect(
      Run(["recommend", Paths.example("research-paper-analysis"), "-f", "json", "-o", research])
        .status == 0)
    let run = Run(["diff", legal, research])
    #expect(run.status == 0)
    #expect(
      run.error
        == "advisor: warning: the reports are of two projects, legal-docs-qa and research-paper-analysis: every fact that differs is listed as a change\n"
    )
    #expect(run.output.contains("Recommendation unchanged: RAG") && !run.output.contains("warning"))
    #expect(
      Run(["diff", legal, research, "-f", "markdown"]).output.contains(
        "The reports are of two projects"))
    #expect(
      Run(["diff", legal, research, "-f", "json"]).output.contains(
        "\"the reports are of two projects, legal-docs-qa and"))
    let gate = Run(["diff", legal, research, "--fail-on-change"])
    #expect(gate.status == 1)
    #expect(
      gate.error.hasSuffix(
        "advisor: gate failed: the reports are of two projects, legal-docs-qa and research-paper-analysis\n"
      ))
  }

  /// Reports that are not like for like say how, and only a change of project fails the gate.
  @Test func inconsistentReportsWarn() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let (old, _) = try Self.reports(directory)
    var report = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: old)))
        as? [String: Any])
    var criteria = try #require(report["criteria"] as? [String: Any])
    criteria["approaches"] = ["prompting", "rag", "hybrid"]
    criteria["digest"] = "sha256:0123456789abcdef"
    report["criteria"] = criteria
    report["ranking"] = (report["ranking"] as? [[String: Any]])?.filter {
      $0["approach"] as? String != "fine_tuning"
    }
    let edited = directory + "/edited.json"
    try JSONSerialization.data(withJSONObject: report).write(to: URL(fileURLWithPath: edited))
    let run = Run(["diff", old, edited, "--fail-on-change"])
    #expect(run.status == 0, "\(run.error)")
    #expect(run.output.contains("Recommendation unchanged: RAG"))
    let lines = run.error.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(
      lines.first
        == "advisor: warning: the reports rank different approaches (only in the old: fine_tuning): their scores compare only where both have one"
    )
    #expect(
      lines.last?.hasPrefix("advisor: warning: compared across different criteria tables (sha256:")
        == true)
    let versionOne = Run([
      "diff", Paths.root + "/Tests/AdvisorCLITests/Fixtures/internal-faq-bot.v1.json", old, "-f",
      "json",
    ])
    #expect(
      versionOne.output.contains(
        "\"the reports are in two formats, version 1 and version 2: only what both carry is compared\""
      ))
  }
}
