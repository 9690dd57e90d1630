import Foundation
import Testing

/// The interview's answers as people type them (issue 16): what a suffix or prefix was taken to mean is said back.
@Suite struct InterviewAnswerTests {
  /// `InterviewTests.answers` with some replaced: by index (0 is the project name, 11 the latency).
  static func answers(_ replacements: [Int: String]) -> [String] {
    InterviewTests.answers.enumerated().map { replacements[$0.offset] ?? $0.element }
  }

  @Test func aSuffixOrAPrefixIsSaidBack() {
    let lines = Self.answers([1: "fa", 3: "every week", 9: "50k a month", 11: "1.5min"])
    let run = Run(
      ["interview", "--answers", "-", "-f", "json"],
      standardInput: lines.joined(separator: "\n") + "\n")
    #expect(run.status == 0, "\(run.error)")
    #expect(run.error.contains("[skip]: fa\n  → facts\n"))
    #expect(run.error.contains("[skip]: every week\n  → weekly\n"))
    #expect(run.error.contains("[skip]: 50k a month\n  → 50,000 queries/month\n"))
    #expect(run.error.contains("[skip]: 1.5min\n  → 90,000 ms (1.5 minutes)\n"))
    #expect(run.error.contains("latency_budget_ms      90,000 ms"))
  }

  /// `1.5M` on the latency no longer means 1.5 minutes without a word: a script stops at it, naming the line.
  @Test func anAmbiguousLatencyIsRefused() {
    let lines = Self.answers([11: "1.5M"])
    let run = Run(
      ["interview", "--answers", "-"], standardInput: lines.joined(separator: "\n") + "\n")
    #expect(run.status == 65)
    #expect(
      run.error.hasSuffix(
        "<stdin>:12:1: error: the answer to \"Latency\" was refused: \"1.5M\" is ambiguous: M could mean million or minutes; "
          + "type 1.5min for minutes, or a number of milliseconds\n"))
  }
}
