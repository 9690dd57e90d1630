import AdvisorCore
import Foundation
import Testing

@testable import AdvisorCLI

/// A batch is scored on worker threads; its output must not depend on how many.
@Suite struct BatchThreadTests {
  /// Seeded specs, with two broken lines among them (the 6th and the tenth from the end).
  static func specs(count: Int) -> String {
    var random = SeededRandom(seed: 3)
    let changes = ["realtime", "daily", "weekly", "monthly", "yearly", "static"]
    let gaps = ["none", "facts", "behavior", "both"]
    return (0..<count).map { index in
      if index == 5 { return #"{"specVersion": 1, "facts": {"knowledge_change": "hourly"}}"# }
      if index == count - 10 { return "{" }
      let change = changes[Int(random.next() % 6)]
      let gap = gaps[Int(random.next() % 4)]
      let volume = random.next() % 5_000_000
      return
        #"{"specVersion": 1, "name": "p\#(index)", "facts": {"knowledge_change": "\#(change)", "knowledge_gap": "\#(gap)", "queries_per_month": \#(volume)}}"#
    }.joined(separator: "\n")
  }

  /// Forty specs in blocks of four and windows of sixteen: enough to spread over every thread count tried, a
  /// tenth of the work of a full-size run through the command line.
  @Test(arguments: [OutputFormat.text, .markdown, .json, .github])
  func theOutputIsTheSameOnAnyNumberOfThreads(format: OutputFormat) throws {
    let criteria = try CriteriaLoader().loadBuiltIn()
    let lines = SpecBatch(
      file: InputFile(name: "specs.jsonl", bytes: Array(Self.specs(count: 40).utf8))
    ).lines
    var gates = Gates()
    gates.expected = ["rag", "hybrid"]
    func run(threads: Int) -> (status: ExitCode?, io: RecordingIO) {
      let io = RecordingIO()
      var batch = RecommendBatch(
        sources: lines.map(SpecSource.line), criteria: criteria,
        advisor: Advisor(options: .init(samples: 20)), format: format,
        timestamp: nil, pool: WorkerPool(threads: threads, block: 4))
      batch.window = 16
      return (try? batch.run(gates: gates, output: nil, io: io), io)
    }
    let one = run(threads: 1)
    #expect(one.status == .dataError)
    #expect(one.io.error.contains("specs.jsonl:6:"))
    #expect(one.io.error.contains("specs.jsonl:31:"))
    #expect(one.io.error.hasSuffix("advisor: 2 of 40 specs could not be scored\n"))
    for threads in [2, 3, 8] {
      let other = run(threads: threads)
      #expect(other.status == one.status)
      #expect(other.io.output == one.io.output, "\(format) on \(threads) threads")
      #expect(other.io.error == one.io.error, "\(format) on \(threads) threads")
    }
  }

  @Test func jobsMustBeAPositiveWholeNumber() {
    let run = Run(["recommend", Paths.example("internal-faq-bot"), "--jobs", "0"])
    #expect(run.status == 64)
    #expect(
      run.error.hasPrefix(
        "Error: The value '0' is invalid for '--jobs'. Expected a whole number from 1 to 256.\n"))
  }

  /// JSON Lines go out a window of specs at a time, and the windows together are the output file's contents.
  @Test func aStreamedBatchIsWrittenAWindowAtATime() throws {
    let criteria = try CriteriaLoader().loadBuiltIn()
    let lines = SpecBatch(
      file: InputFile(name: "specs.jsonl", bytes: Array(Self.specs(count: 40).utf8))
    ).lines
    func run(window: Int, threads: Int) -> RecordingIO {
      let io = RecordingIO()
      var batch = RecommendBatch(
        sources: lines.map(SpecSource.line), criteria: criteria,
        advisor: Advisor(options: .init(samples: 0)), format: .json,
        timestamp: nil, pool: WorkerPool(threads: threads, block: 4))
      batch.window = window
      _ = try? batch.run(gates: Gates(), output: nil, io: io)
      return io
    }
    let whole = run(window: 1_000, threads: 1)
    let windowed = run(window: 7, threads: 2)
    #expect(whole.outputWrites == 1)
    #expect(windowed.outputWrites == 6)
    #expect(windowed.output == whole.output)
    #expect(whole.output.split(separator: "\n").count == 38)
  }
}

/// Output files are written in pieces and put in place only when complete.
@Suite struct AtomicWriterTests {
  @Test func aFileAppearsOnlyWhenCommittedAndAnUncommittedOneLeavesNoTrace() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/out.jsonl"
    try "old\n".write(toFile: path, atomically: true, encoding: .utf8)
    do {
      var writer = try AtomicFile.Writer(path: path)
      try writer.write("first\n")
      try writer.write("second\n")
      // Not yet committed: the old file is still there.
      #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
      try writer.commit()
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\nsecond\n")
    do {
      var abandoned = try AtomicFile.Writer(path: path)
      try abandoned.write("never\n")
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\nsecond\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["out.jsonl"])
  }

  @Test func aBatchIntoAMissingFolderFailsBeforeScoringAndWritesNothing() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let specs = directory + "/specs.jsonl"
    try BatchThreadTests.specs(count: 20).write(toFile: specs, atomically: true, encoding: .utf8)
    let run = Run([
      "recommend", "--batch", specs, "-f", "json", "--samples", "0", "-o",
      directory + "/missing/out.jsonl",
    ])
    #expect(run.status == 74)
    #expect(
      run.error
        == "\(directory)/missing/out.jsonl: error: cannot write: no such file or directory\n")
    #expect(!run.error.contains("could not be scored"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["specs.jsonl"])
  }
}
