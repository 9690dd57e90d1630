import Foundation
import Testing

/// `advisor precedents` and the library of published decisions as the command line reads it.
@Suite struct PrecedentsCommandTests {
  @Test func listsTheLibraryAndTheMostSimilar() throws {
    let list = Run(["precedents", "--list"])
    #expect(list.status == 0)
    #expect(list.output.hasPrefix("Published decisions: 42 ("))
    let similar = Run(["precedents", Paths.example("legal-docs-qa"), "--limit", "2"])
    #expect(similar.status == 0)
    #expect(
      similar.output.hasPrefix("legal-docs-qa: the 2 published projects most like it (of 42)\n"))
    #expect(similar.output.split(separator: "\n").filter { $0.hasPrefix("  • ") }.count == 2)
    let json = Run(["precedents", Paths.example("legal-docs-qa"), "-f", "json"])
    let value = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    let entries = try #require(value["similar"] as? [[String: Any]])
    #expect(entries.count == 10)
    let shares = entries.compactMap { $0["similarity"] as? Double }
    #expect(shares == shares.sorted(by: >))
    #expect(Run(["precedents"]).status == 64)
    #expect(Run(["precedents", "--list", Paths.example("legal-docs-qa")]).status == 64)
    #expect(Run(["precedents", Paths.example("legal-docs-qa"), "--limit", "0"]).status == 64)
  }

  /// A malformed library gets the same compiler-style errors as a malformed table: every problem, with its line,
  /// column and JSON path, and a suggestion where one is near.
  @Test func aMalformedLibraryIsReportedLikeATable() throws {
    let directory = try CriteriaErrorTests.brokenCopy("precedents.json") { text in
      var edited = text
      for (from, to) in [
        ("\"knowledge_gap\": \"facts\"", "\"knowledge_gapp\": \"facts\""),
        ("\"choice\": \"fine_tuning\"", "\"choice\": \"finetuning\""),
        ("\"date\": \"2024-09\"", "\"date\": \"Sept 2024\""),
      ] {
        if let range = edited.range(of: from) { edited.replaceSubrange(range, with: to) }
      }
      return edited
    }
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let run = Run(["criteria", "validate", directory])
    #expect(run.status == 65)
    let lines = run.error.replacingOccurrences(of: directory + "/", with: "").split(separator: "\n")
      .map(String.init)
    #expect(lines.count == 3)
    #expect(
      lines.contains {
        $0.hasSuffix(
          "$.precedents[0].choice: unknown approach \"finetuning\" (did you mean \"fine_tuning\"?); expected one of: prompting, rag, fine_tuning, hybrid"
        ) && $0.hasPrefix("precedents.json:9:17: error:")
      })
    #expect(
      lines.contains {
        $0.contains(
          ": error: $.precedents[6].facts.knowledge_gapp: unknown fact \"knowledge_gapp\" (did you mean \"knowledge_gap\"?)"
        )
      })
    #expect(
      lines.contains {
        $0.contains(
          ": error: $.precedents[7].date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"Sept 2024\""
        )
      })
    // A report on those tables is refused too, with the same messages.
    #expect(
      Run(["recommend", Paths.example("legal-docs-qa"), "--criteria", directory]).status == 65)
  }

  /// An entry without evidence for a fact it states is refused: nothing in the library may be guessed.
  @Test func everyFactNeedsItsEvidence() throws {
    let directory = try CriteriaErrorTests.brokenCopy("precedents.json") { text in
      var edited = text
      if let range = edited.range(of: "\"evidence\": {") {
        edited.replaceSubrange(range, with: "\"evidence\": {\"unused\": \"x\"}, \"ignored\": {")
      }
      return edited
    }
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let run = Run(["criteria", "validate", directory])
    #expect(run.status == 65)
    #expect(run.error.contains("unknown key \"ignored\""))
    #expect(run.error.contains("no evidence for fact"))
  }
}
