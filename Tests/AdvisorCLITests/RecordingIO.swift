import AdvisorCLI
import AdvisorCore
import Foundation

/// An in-memory `CommandIO` that records what a command writes.
final class RecordingIO: CommandIO {
  var environment: [String: String]
  var standardInput: [UInt8]
  var terminal: Bool
  private(set) var output = ""
  private(set) var error = ""
  /// How many times the command wrote to standard output.
  private(set) var outputWrites = 0

  init(environment: [String: String] = [:], standardInput: String = "", terminal: Bool = false) {
    self.environment = environment
    self.standardInput = Array(standardInput.utf8)
    self.terminal = terminal
  }

  func write(_ text: String, to stream: StandardStream) {
    switch stream {
    case .output:
      output += text
      outputWrites += 1
    case .error: error += text
    }
  }

  func readStandardInput(limit: Int) throws(AdvisorError) -> InputFile {
    guard standardInput.count <= limit else {
      throw .fileTooLarge(path: "<stdin>", size: nil, limit: limit)
    }
    return InputFile(name: "<stdin>", bytes: standardInput)
  }
  func standardInputBatch() -> SpecBatchReader {
    SpecBatchReader(bytes: standardInput, name: "<stdin>")
  }
  var inputIsTerminal: Bool { terminal }
  func isTerminal(_ stream: StandardStream) -> Bool { terminal }

  func writeFile(_ contents: String, to path: String) throws(AdvisorError) {
    try AtomicFile.write(contents, to: path)
  }

  /// Standard input, one line at a time.
  func readLine() -> String? {
    guard !standardInput.isEmpty else { return nil }
    let line = standardInput.prefix { $0 != UInt8(ascii: "\n") }
    standardInput.removeFirst(min(standardInput.count, line.count + 1))
    return String(decoding: line, as: UTF8.self)
  }

  func fileExists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
  func cancelOnInterrupt() {}
}

/// One in-process run of the command line.
struct Run {
  var status: Int32
  var output: String
  var error: String

  init(
    _ arguments: [String], environment: [String: String] = [:], standardInput: String = "",
    terminal: Bool = false
  ) {
    let io = RecordingIO(environment: environment, standardInput: standardInput, terminal: terminal)
    status = AdvisorCommandLine(io: io).run(arguments)
    output = io.output
    error = io.error
  }
}

enum Paths {
  static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  static func example(_ name: String) -> String { root + "/examples/\(name).json" }

  /// A fresh temporary directory, removed by the caller.
  static func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "advisor-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}
