import Foundation
import Testing

/// The real binary in a shell pipeline: a reader that stops early must not produce noise.
@Suite struct PipeTests {
  @Test func headEndsThePipelineQuietly() throws {
    let advisor = PseudoTerminal.executable
    let commands = [
      "recommend \(Paths.example("legal-docs-qa")) --samples 100",
      "recommend \(Paths.root)/examples/*-*.json -f json --samples 100", "schema report",
    ]
    for arguments in commands {
      // Standard error joins the pipe: anything the advisor says when the pipe closes would show up here.
      let run = try Shell.run("'\(advisor)' \(arguments) 2>&1 | head -c 20 >/dev/null")
      #expect(run.status == 0)
      #expect(run.error.isEmpty, "\(arguments): \(run.error)")
    }
    let alone = try Shell.run(
      "'\(advisor)' recommend \(Paths.root)/examples/*-*.json -f json --samples 100 | head -c 10 >/dev/null; exit 0"
    )
    #expect(alone.error.isEmpty)
  }

  /// A report that cannot be written is not a success (issue 16, item 2): a full disk or a closed standard
  /// output exits 74 with one line; a reader that left, with SIGPIPE ignored, stops the batch quietly.
  @Test func aFailedWriteToStandardOutputExits74() throws {
    let advisor = PseudoTerminal.executable
    var info = stat()
    if stat("/dev/full", &info) == 0, info.st_mode & S_IFMT == S_IFCHR {
      let full = try Shell.run(
        "'\(advisor)' recommend \(Paths.example("legal-docs-qa")) --samples 100 > /dev/full")
      #expect(full.status == 74)
      #expect(
        full.error == "advisor: error: cannot write standard output: no space left on device\n")
      let batch = try Shell.run(
        "'\(advisor)' recommend \(Paths.root)/examples/*-*.json --samples 100 > /dev/full")
      #expect(batch.status == 74)
      #expect(batch.error.split(separator: "\n").count == 1)
    }
    let closed = try Shell.run(
      "'\(advisor)' recommend \(Paths.example("legal-docs-qa")) --samples 100 >&-")
    #expect(closed.status == 74)
    #expect(closed.error == "advisor: error: cannot write standard output: bad file descriptor\n")
    // Twelve reports a line, the reader gone after ten bytes: the batch stops at its first failed write.
    let left = try Shell.run(
      "trap '' PIPE; '\(advisor)' recommend \(Paths.root)/examples/*-*.json -f json --samples 100 | head -c 10 >/dev/null; "
        + "exit ${PIPESTATUS:-0}")
    #expect(left.error.isEmpty)
  }

  @Test func errorsGoToStandardErrorAndReportsToStandardOutput() throws {
    let advisor = PseudoTerminal.executable
    let split = try Shell.run("'\(advisor)' recommend /nonexistent.json > /dev/null")
    #expect(split.status == 66)
    #expect(split.error == "/nonexistent.json: error: no such file or directory\n")
    let quiet = try Shell.run(
      "'\(advisor)' recommend \(Paths.example("legal-docs-qa")) --samples 100")
    #expect(quiet.error.isEmpty)
  }
}
