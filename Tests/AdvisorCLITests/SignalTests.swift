import Foundation
import Testing

/// A batch stopped by Ctrl-C or `kill` removes the hidden temporary file it was writing beside its output and
/// exits 128 + the signal (issue 16, item 8).
@Suite struct SignalTests {
  /// A batch long enough to be caught while it writes: one spec, many times.
  func longBatch(in directory: String) throws -> String {
    let spec = try String(contentsOfFile: Paths.example("legal-docs-qa"), encoding: .utf8)
    let line = spec.split(whereSeparator: \.isNewline).joined(separator: " ")
    let path = directory + "/batch.jsonl"
    try String(repeating: line + "\n", count: 50_000).write(
      toFile: path, atomically: false, encoding: .utf8)
    return path
  }

  /// The hidden temporary files in a directory.
  func temporaryFiles(in directory: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory).filter {
      $0.hasPrefix(".advisor-")
    }
  }

  @Test(arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130)), (SIGHUP, Int32(129))])
  func anInterruptedBatchLeavesNoTemporaryFile(signal number: Int32, status: Int32) throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let batch = try longBatch(in: directory)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: PseudoTerminal.executable)
    process.arguments = [
      "recommend", "--batch", batch, "-f", "json", "-o", directory + "/out.json",
    ]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Wait until the batch is writing its temporary file, then stop it.
    var waited = 0
    while try temporaryFiles(in: directory).isEmpty, process.isRunning, waited < 400 {
      usleep(50_000)
      waited += 1
    }
    #expect(try temporaryFiles(in: directory).count == 1, "the batch never started writing")
    kill(process.processIdentifier, number)
    // A signal that does nothing must fail the test, not hang it: give the process ten seconds.
    waited = 0
    while process.isRunning, waited < 200 {
      usleep(50_000)
      waited += 1
    }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == status)
    #expect(try temporaryFiles(in: directory).isEmpty)
    #expect(!FileManager.default.fileExists(atPath: directory + "/out.json"))
  }
}
