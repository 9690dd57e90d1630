import Foundation
import Testing

/// The interview driven in-process through scripted answers; `PseudoTerminalTests` drives the real binary.
@Suite struct InterviewTests {
  /// Answers in the order asked: the name, then the twelve core questions, heaviest first (knowledge gap; accuracy,
  /// volatility, output control, prompting baseline, training data; auditability, cost, knowledge scale, latency;
  /// privacy, team).
  static let answers = [
    "faq", "facts", "best_effort", "monthly", "flexible", "not_needed", "meets_target", "0", "",
    "3000", "20k", "-", "internal", "none",
  ]

  @Test func scriptedAnswersGiveTheSameReportAsTheSavedSpec() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let saved = directory + "/faq.json"
    let run = Run(
      ["interview", "--answers", "-", "--save", saved, "-f", "json"],
      standardInput: Self.answers.joined(separator: "\n") + "\n")
    #expect(run.status == 0, "\(run.error)")
    #expect(run.error.contains("[1/13] Knowledge gap"))
    #expect(run.error.contains("Saved to \(saved);"))
    // The answer table's columns fit their longest entry: no name runs into its key.
    #expect(run.error.contains("\n  Prompting baseline  prompting_baseline     meets_target\n"))
    let spec = try String(contentsOfFile: saved, encoding: .utf8)
    #expect(spec.contains("\"corpus_tokens\": 20000"))
    #expect(!spec.contains("citations_required"))  // Enter with no default: unknown
    #expect(!spec.contains("latency_budget_ms"))  // answered "-": unknown
    #expect(spec.contains("\"queries_per_month\": 3000"))
    let again = Run(["recommend", saved, "-f", "json"])
    #expect(again.output == run.output)
    #expect(run.output.contains("\"approach\": \"prompting\""))
  }

  @Test func aBadAnswerIsAskedAgainAndHelpIsShown() {
    let lines = ["x", "?", "banana", "2"] + Self.answers.dropFirst(2)
    // A person at a terminal is asked again.
    let run = Run(
      ["interview"], standardInput: (lines + ["n", "n"]).joined(separator: "\n") + "\n",
      terminal: true)
    #expect(run.status == 0)
    #expect(run.error.contains("\"banana\" is not one of: none, facts, behavior, both; try again."))
    #expect(run.error.contains("none: a capable base model already knows enough"))
    // a choice whose label is its id carries no trailing blanks
    #expect(run.error.contains("\n    2. facts\n"))
    // asked once, prompted three times
    #expect(run.error.components(separatedBy: "[1/13] Knowledge gap").count == 2)
  }

  /// A script is not asked again (issue 16, item 10): a retry would take the next line as the answer and shift
  /// every later answer to the wrong question. The refusal names the line, the question and why; exit 65.
  @Test func aRefusedScriptedAnswerIsAnErrorNamingItsLine() throws {
    let lines = ["x", "?", "banana", "2"] + Self.answers.dropFirst(2)
    let run = Run(
      ["interview", "--answers", "-", "-f", "json"], standardInput: lines.joined(separator: "\n"))
    #expect(run.status == 65)
    #expect(
      run.error.hasSuffix(
        "<stdin>:3:1: error: the answer to \"Knowledge gap\" was refused: \"banana\" is not one of: none, facts, behavior, both\n"
      ))
    #expect(run.output.isEmpty)
    // CRLF line endings are lines too, and answers beyond the last question are reported.
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = directory + "/answers.txt"
    // The last two answers decline the optional and the cost questions; the line after them is one too many.
    try (Self.answers + ["n", "n", "extra"]).joined(separator: "\r\n").write(
      toFile: file, atomically: true, encoding: .utf8)
    let crlf = Run(["interview", "--answers", file, "-f", "json"])
    #expect(crlf.status == 0, "\(crlf.error)")
    let lf = Run(
      ["interview", "--answers", "-", "-f", "json"],
      standardInput: (Self.answers + ["n", "n"]).joined(separator: "\n"))
    #expect(crlf.output == lf.output)
    #expect(
      crlf.error.contains(
        "\(file):\(Self.answers.count + 3):1: warning: 1 line after the last question was not read\n"
      ))
  }

  @Test func fromUsesTheSpecAsDefaults() {
    let run = Run([
      "interview", "--from", Paths.example("legal-docs-qa"), "--no-input", "-f", "json",
    ])
    let direct = Run(["recommend", Paths.example("legal-docs-qa"), "-f", "json"])
    #expect(run.status == 0)
    #expect(run.output == direct.output)
    // Enter on every question keeps last quarter's answers; a typed answer replaces one.
    let revised = Run(
      ["interview", "--from", Paths.example("legal-docs-qa"), "--answers", "-"],
      standardInput: "\nbehavior\n")
    #expect(revised.error.contains("[facts]: behavior"))
    #expect(revised.error.contains("knowledge_gap          behavior"))
    #expect(revised.error.contains("knowledge_change       weekly"))
    // A behaviour gap makes the knowledge's cadence irrelevant: not asked again, and last quarter's answer kept.
    #expect(
      revised.error.contains(
        "[3/13] Data volatility\n  Not asked: how fast knowledge changes matters only"))
  }

  @Test func noTerminalAndNoScriptIsAUsageError() {
    let run = Run(["interview"], terminal: false)
    #expect(run.status == 64)
    #expect(
      run.error.hasPrefix("Error: Standard input is not a terminal, so there is nobody to ask."))
  }

  @Test func anExistingFileNeedsForceOrConsent() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let target = directory + "/spec.json"
    try "keep".write(toFile: target, atomically: true, encoding: .utf8)
    let refused = Run(["interview", "--no-input", "--save", target])
    #expect(refused.status == 73)
    #expect(refused.error == "\(target): error: the file exists; pass --force to replace it\n")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep")
    let declined = Run(["interview", "--save", target], standardInput: "n\n", terminal: true)
    #expect(declined.status == 73)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep")
    let forced = Run(["interview", "--no-input", "--save", target, "--force"])
    #expect(forced.status == 0)
    #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("{\n  \"facts\": {}"))
  }

  @Test func endOfInputOnATerminalCancels() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let run = Run(
      ["interview", "--save", directory + "/s.json"], standardInput: "name\nfacts\n", terminal: true
    )
    #expect(run.status == 130)
    #expect(run.error.hasSuffix("\ninterview cancelled\n"))
    #expect(run.output.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: directory + "/s.json"))
  }

  @Test func extraCriteriaAreOfferedAfterTheCoreOnes() throws {
    let directory = try CriteriaErrorTests.brokenCopy("privacy.json") {
      $0.replacingOccurrences(of: "\"weight\": 1,", with: "\"weight\": 1,\n  \"core\": false,")
    }
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let skipped = Run(
      ["interview", "--criteria", directory, "--answers", "-"],
      standardInput: "p\n" + String(repeating: "\n", count: 13))
    #expect(skipped.error.contains("[12/12] Team expertise"))
    #expect(
      skipped.error.contains(
        "4 more questions (Format enforcement, Deployment, Model control, Privacy).\nAnswer them? [y/N]"
      ))
    #expect(!skipped.error.contains("] Privacy"))
    let accepted = Run(
      ["interview", "--criteria", directory, "--answers", "-"],
      standardInput: "p\n" + String(repeating: "\n", count: 12) + "y\n\n\n\nregulated\n")
    #expect(accepted.error.contains("[16/16] Privacy"))
    #expect(accepted.error.contains("data_sensitivity       regulated"))
    let all = Run(["interview", "--criteria", directory, "--all", "--no-input"])
    #expect(all.status == 0)
    let askAll = Run(
      ["interview", "--criteria", directory, "--all", "--answers", "-"], standardInput: "")
    #expect(askAll.error.contains("[16/24] Privacy"))
    #expect(!askAll.error.contains("Answer them?"))
  }

  /// The cost model's inputs come last and only on request: the tier, hosting and tokens the prices assume.
  @Test func costQuestionsAreOfferedLast() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let saved = directory + "/costed.json"
    let lines =
      ["p"] + Array(repeating: "", count: 13) + [
        "n", "y", "", "800", "small", "self_hosted", "", "batch",
      ]
    let run = Run(
      ["interview", "--answers", "-", "--save", saved],
      standardInput: lines.joined(separator: "\n") + "\n")
    #expect(run.status == 0, "\(run.error)")
    #expect(
      run.error.contains(
        "8 cost questions (tokens per query, model tier, hosting…). Answer them? [y/N]"))
    #expect(run.error.contains("[16/21] Cost: model tier"))
    let spec = try String(contentsOfFile: saved, encoding: .utf8)
    #expect(spec.contains("\"model_tier\": \"small\""))
    #expect(spec.contains("\"tokens_per_query_out\": 800"))
    #expect(spec.contains("\"request_mode\": \"batch\""))
    #expect(!spec.contains("tokens_per_query_in"))  // Enter leaves the model's default
    // The report prices what was answered, and says so in its premise line.
    #expect(Run(["recommend", saved]).output.contains("small-tier model"))
  }

  @Test func plainAdvisorOffersTheInterviewOnATerminal() {
    let offered = Run([], environment: ["NO_COLOR": "1"], standardInput: "n\n", terminal: true)
    #expect(offered.error.contains("Start the interview? [Y/n]"))
    #expect(offered.output.hasPrefix("OVERVIEW:"))
    let accepted = Run(
      [], environment: ["NO_COLOR": "1"], standardInput: "\nmy project\n", terminal: true)
    #expect(accepted.error.contains("advisor interview — 13 questions"))
    #expect(accepted.status == 130)  // input ended at the first question
  }
}
