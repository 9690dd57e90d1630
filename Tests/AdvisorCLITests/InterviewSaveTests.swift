import Foundation
import Testing

/// Where and when the interview saves (issue 16): a directory is refused before any question, and on a terminal the
/// answers are shown and confirmed before the file is written.
@Suite struct InterviewSaveTests {
  @Test func aDirectoryIsRefusedBeforeAnyQuestion() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    for extra in [["--answers", "-"], ["--no-input", "--force"], []] {
      let run = Run(
        ["interview", "--save", directory] + extra, standardInput: "name\n", terminal: extra.isEmpty
      )
      #expect(run.status == 73, "\(extra)")
      #expect(
        run.error == "\(directory): error: is a directory; --save needs a file path\n", "\(extra)")
      #expect(run.output.isEmpty)
    }
  }

  /// On a terminal the answers are shown, then `Save to FILE? [Y/n]`; only then is the file written.
  @Test func aTerminalConfirmsTheSummaryBeforeSaving() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let target = directory + "/bot.json"
    let answers = InterviewTests.answers + ["n", "n"]
    let saved = Run(
      ["interview", "--save", target, "-f", "json"], environment: ["NO_COLOR": "1"],
      standardInput: (answers + [""]).joined(separator: "\n") + "\n", terminal: true)
    #expect(saved.status == 0, "\(saved.error)")
    let summary = try #require(saved.error.range(of: "Your answers\n"))
    let prompt = try #require(saved.error.range(of: "Save to \(target)? [Y/n] "))
    #expect(summary.upperBound < prompt.lowerBound)
    // The line wraps on words at the terminal's width; joined again it reads whole.
    #expect(
      saved.error.replacingOccurrences(of: "\n", with: " ")
        .hasSuffix(
          "[Y/n] Saved to \(target); `advisor recommend \(target)` gives this report again.  "))
    #expect(FileManager.default.fileExists(atPath: target))
    try FileManager.default.removeItem(atPath: target)

    // `n` writes nothing and says so; the report is still shown, and the exit is 73.
    let declined = Run(
      ["interview", "--save", target, "-f", "json"], environment: ["NO_COLOR": "1"],
      standardInput: (answers + ["n"]).joined(separator: "\n") + "\n", terminal: true)
    #expect(declined.status == 73)
    #expect(
      declined.error.hasSuffix(
        "[Y/n] \(target): not saved: you declined at the summary; nothing was written\n"))
    #expect(declined.output.contains("\"approach\""))
    #expect(!FileManager.default.fileExists(atPath: target))

    // `<` at the confirmation returns to the last prompt: here the offer of cost questions.
    let back = Run(
      ["interview", "--save", target, "-f", "json"], environment: ["NO_COLOR": "1"],
      standardInput: (answers + ["<", "n", "y"]).joined(separator: "\n") + "\n", terminal: true)
    #expect(back.status == 0, "\(back.error)")
    #expect(back.error.components(separatedBy: "cost questions (").count == 3)
    #expect(back.error.components(separatedBy: "Your answers").count == 3)
    #expect(FileManager.default.fileExists(atPath: target))
  }

  /// A script is never asked to confirm: it would hang, or read its next answer as the reply.
  @Test func aScriptSavesWithoutAsking() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let target = directory + "/bot.json"
    let run = Run(
      ["interview", "--answers", "-", "--save", target],
      standardInput: InterviewTests.answers.joined(separator: "\n") + "\n")
    #expect(run.status == 0)
    #expect(!run.error.contains("Save to"))
    #expect(run.error.contains("Saved to \(target);"))
  }
}
