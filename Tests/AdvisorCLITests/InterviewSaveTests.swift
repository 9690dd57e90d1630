import Foundation
import Testing

/// Where and when the interview saves (issue 16): a directory is refused before any question, and on a terminal the
/// answers are shown and confirmed before the file is written.
@Suite struct InterviewSaveTests {
  @Test func aDirectoryIsRefusedBeforeAnyQuestion() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    for extra in [["--answers", "-"], ["--no-input", "--force"], []] {
      let run = Run(["interview", "--save", directory] + extra, standardInput: "name\n", terminal: extra.isEmpty)
      #expect(run.status == 73, "\(extra)")
      #expect(run.error == "\(directory): error: is a directory; --save needs a file path\n", "\(extra)")
      #expect(run.output.isEmpty)
    }
  }
}
