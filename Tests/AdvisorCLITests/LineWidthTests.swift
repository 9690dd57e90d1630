import Foundation
import Testing

@testable import AdvisorCLI

/// Text output follows the terminal's width (issue 16, rough edges): wrapped on words, tables in their narrow
/// form when their columns cannot fit, no figure cut with "…".
@Suite struct LineWidthTests {
  /// The lines longer than `width`, leaving out lines that are a single unbreakable link and example command
  /// lines in help (never wrapped, so they copy whole).
  func overlong(_ text: String, _ width: Int) -> [String] {
    text.split(separator: "\n").map(String.init).filter {
      $0.count > width && !$0.contains("<http") && !$0.contains("https://")
        && !$0.hasPrefix("    $ advisor ")
    }
  }

  @Test func theTerminalComesFirstThenColumnsThenEighty() {
    #expect(LineWidth.resolve(measured: 132, environment: ["COLUMNS": "60"]) == 120)
    #expect(LineWidth.resolve(measured: 100, environment: ["COLUMNS": "60"]) == 100)
    #expect(LineWidth.resolve(measured: nil, environment: ["COLUMNS": "60"]) == 60)
    // A terminal that reports no size (0 columns) falls through, as does a COLUMNS that is not a number.
    #expect(LineWidth.resolve(measured: 0, environment: ["COLUMNS": "72"]) == 72)
    #expect(LineWidth.resolve(measured: nil, environment: ["COLUMNS": "wide"]) == 80)
    #expect(LineWidth.resolve(measured: nil, environment: [:]) == 80)
    #expect(LineWidth.resolve(measured: 20, environment: [:]) == LineWidth.minimum)
  }

  @Test(arguments: ["legal-docs-qa", "healthcare-assistant", "internal-faq-bot"])
  func aReportAtSixtyColumnsStaysWithinThem(example: String) {
    let run = Run(["recommend", Paths.example(example)], environment: ["COLUMNS": "60"])
    #expect(run.status == 0 || run.status == 2)
    #expect(overlong(run.output, 60) == [])
    // The matrix drops to its narrow form (fits only) instead of wrapping rows.
    #expect(run.output.contains("Each cell: the fit (0–10). A wider terminal"))
    let wide = Run(["recommend", Paths.example(example)], environment: ["COLUMNS": "100"])
    #expect(wide.output.contains("Each cell: the fit (0–10) and the points it adds"))
    #expect(overlong(wide.output, 100) == [])
  }

  @Test func helpAndCostsFollowTheWidthAndCutNoFigure() {
    for arguments in [
      ["recommend", "--help"], ["cost", Paths.example("legal-docs-qa"), "--sweep", "1:1e15"],
      ["cost", Paths.example("legal-docs-qa"), "--volume", "1e12"],
      ["sensitivity", Paths.example("legal-docs-qa")],
      ["criteria", "list"],
    ] {
      let run = Run(arguments, environment: ["COLUMNS": "60"], terminal: true)
      #expect(run.status == 0, "\(arguments)")
      #expect(overlong(run.output, 60) == [], "\(arguments)")
      #expect(!run.output.contains("…"), "\(arguments)")
    }
  }
}

/// The interview wraps its questions, refusals and offers on words at the terminal's width (issue 16: "tok / ens").
@Suite struct InterviewWidthTests {
  @Test func everyLineOfAnInterviewFitsSixtyColumns() {
    let answers =
      ["faq", "facts", "every week", "high"] + Array(repeating: "", count: 11) + ["n", "n", ""]
    let run = Run(
      ["interview", "--save", "/dev/null", "--force"],
      environment: ["COLUMNS": "60", "NO_COLOR": "1"],
      standardInput: answers.joined(separator: "\n") + "\n", terminal: true)
    #expect(run.error.contains("\"every week\" is not one of"))
    #expect(run.error.contains("Answer them? [y/N]"))
    // The answers a terminal would echo after each prompt are not in the recording: end the line there.
    var transcript = run.error
    for prompt in ["[skip]: ", "[y/N] ", "[Y/n] ", "]: "] {
      transcript = transcript.replacingOccurrences(of: prompt, with: prompt + "\n")
    }
    let long = transcript.split(separator: "\n").filter { $0.count > 60 }
    #expect(long == [], "\(long)")
  }
}
