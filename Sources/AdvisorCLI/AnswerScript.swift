import AdvisorCore

/// The lines of an answers file (`--answers`), read one per question, with the number of the last one read.
final class AnswerScript {
  /// The file's name as the user gave it (`<stdin>` for `-`).
  let file: String
  private let lines: [String]
  /// How many lines have been read.
  private(set) var position = 0

  init(file: String, lines: [String]) {
    self.file = file
    self.lines = lines
  }

  /// The next line; `nil` when the file has ended.
  func next() -> String? {
    guard position < lines.count else { return nil }
    position += 1
    return lines[position - 1]
  }

  /// How many lines were never read.
  var unread: Int { lines.count - position }

  /// The error for the answer on the last line read: `FILE:LINE: error: the answer to "Latency" was refused: …`.
  func refused(_ question: String, reason: String) -> AdvisorError {
    .invalid([
      Diagnostic(
        file: file, location: SourceLocation(line: position, column: 1),
        message: "the answer to \"\(question)\" was refused: \(reason)")
    ])
  }
}
