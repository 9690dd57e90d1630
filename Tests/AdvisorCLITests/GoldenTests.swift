import Foundation
import Testing

/// Snapshot tests of the three report formats. Re-record with `ADVISOR_RECORD=1 swift test` (that run fails for every golden it rewrote).
@Suite struct GoldenTests {
  static let cases = ["legal-research-memos", "internal-faq-bot"]
  static var allExamples: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: Paths.root + "/examples")) ?? []).filter
    { $0.hasSuffix(".json") }.sorted()
      .map { Paths.root + "/examples/" + $0 }
  }
  static let formats = ["text": "txt", "json": "json", "markdown": "md"]

  @Test(arguments: cases, formats.keys.sorted())
  func matchesTheGoldenFile(name: String, format: String) throws {
    // The spec arrives on standard input so that the report's file field does not depend on the checkout's path.
    let spec = try String(contentsOfFile: Paths.example(name), encoding: .utf8)
    let run = Run(["recommend", "-", "--format", format], standardInput: spec)
    #expect(run.status == 0, "\(run.error)")
    let golden =
      Paths.root + "/Tests/AdvisorCLITests/Golden/\(name).\(Self.formats[format] ?? format)"
    if ProcessInfo.processInfo.environment["ADVISOR_RECORD"] == "1" {
      // Recording never passes a run that changed a golden: the new file is written, and the test fails until a
      // run without ADVISOR_RECORD confirms it.
      if (try? String(contentsOfFile: golden, encoding: .utf8)) != run.output {
        try run.output.write(toFile: golden, atomically: true, encoding: .utf8)
        Issue.record("re-recorded \(golden); run the tests again without ADVISOR_RECORD")
      }
      return
    }
    let expected = try String(contentsOfFile: golden, encoding: .utf8)
    #expect(
      run.output == expected,
      "output differs from \(golden); re-record with ADVISOR_RECORD=1 swift test if intended")
  }

  @Test func twoRunsAreByteIdentical() {
    for format in Self.formats.keys {
      let first = Run(["recommend", Paths.example("healthcare-assistant"), "-f", format])
      let second = Run(["recommend", Paths.example("healthcare-assistant"), "-f", format])
      #expect(first.output == second.output)
      #expect(!first.output.isEmpty)
    }
  }

  @Test func textFitsEightyColumns() {
    for name in Self.cases + ["multi-tenant-search", "support-tone-rewrite"] {
      let run = Run(["recommend", Paths.example(name)])
      // A source's address cannot be wrapped: it stands alone on its line, however long.
      for line in run.output.split(separator: "\n")
      where !line.trimmingCharacters(in: .whitespaces).hasPrefix("<http") {
        #expect(line.count <= 80, "\(name): \(line)")
      }
    }
  }
}
