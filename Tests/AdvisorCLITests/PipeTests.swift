import Foundation
import Testing

/// The real binary in a shell pipeline: a reader that stops early must not produce noise.
@Suite struct PipeTests {
  func shell(_ command: String) throws -> (status: Int32, error: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test func headEndsThePipelineQuietly() throws {
    let advisor = PseudoTerminal.executable
    let commands = [
      "recommend \(Paths.example("legal-docs-qa")) --samples 100", "recommend \(Paths.root)/examples/*-*.json -f json --samples 100", "schema report",
    ]
    for arguments in commands {
      // Standard error joins the pipe: anything the advisor says when the pipe closes would show up here.
      let run = try shell("'\(advisor)' \(arguments) 2>&1 | head -c 20 >/dev/null")
      #expect(run.status == 0)
      #expect(run.error.isEmpty, "\(arguments): \(run.error)")
    }
    let alone = try shell("'\(advisor)' recommend \(Paths.root)/examples/*-*.json -f json --samples 100 | head -c 10 >/dev/null; exit 0")
    #expect(alone.error.isEmpty)
  }

  @Test func errorsGoToStandardErrorAndReportsToStandardOutput() throws {
    let advisor = PseudoTerminal.executable
    let split = try shell("'\(advisor)' recommend /nonexistent.json > /dev/null")
    #expect(split.status == 66)
    #expect(split.error == "/nonexistent.json: error: no such file or directory\n")
    let quiet = try shell("'\(advisor)' recommend \(Paths.example("legal-docs-qa")) --samples 100")
    #expect(quiet.error.isEmpty)
  }
}
