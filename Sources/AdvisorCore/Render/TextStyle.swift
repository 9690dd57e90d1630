/// ANSI styling for terminal output; every method returns its input unchanged when disabled.
public struct TextStyle: Sendable {
  /// Whether escape sequences are written.
  public var enabled: Bool

  /// Creates a style.
  public init(enabled: Bool) {
    self.enabled = enabled
  }

  /// Bold text.
  public func bold(_ text: String) -> String { wrap(text, "1") }
  /// Dimmed text.
  public func dim(_ text: String) -> String { wrap(text, "2") }
  /// Green text, for the recommendation.
  public func green(_ text: String) -> String { wrap(text, "32") }
  /// Yellow text, for warnings.
  public func yellow(_ text: String) -> String { wrap(text, "33") }

  private func wrap(_ text: String, _ code: String) -> String {
    enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// Breaks `text` into lines of at most `width` characters; continuation lines start with `indent`.
  package static func wrap(
    _ text: String, width: Int, indent: String = "", firstIndent: String? = nil
  ) -> [String] {
    var lines: [String] = []
    let first = firstIndent ?? indent
    var line = Array(first.utf8)
    var length = first.count
    let indentBytes = Array(indent.utf8)
    let indentLength = indent.count
    var lineHasWord = false
    var text = text
    // Words are runs of bytes between spaces (an ASCII space always ends a character); lines are built as bytes.
    text.withUTF8 { bytes in
      var start = 0
      while start < bytes.count {
        guard bytes[start] != 0x20 else {
          start += 1
          continue
        }
        var end = start
        while end < bytes.count, bytes[end] != 0x20 { end += 1 }
        let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
        // Printable ASCII is one character a byte; anything else is counted as characters.
        let wordLength =
          word.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
          ? word.count : String(decoding: word, as: UTF8.self).count
        if lineHasWord && length + 1 + wordLength > width {
          lines.append(String(decoding: line, as: UTF8.self))
          line = indentBytes
          length = indentLength
          lineHasWord = false
        }
        if lineHasWord {
          line.append(0x20)
          length += 1
        }
        line.append(contentsOf: word)
        length += wordLength
        lineHasWord = true
        start = end
      }
    }
    lines.append(String(decoding: line, as: UTF8.self))
    return lines
  }

  /// `text` padded with spaces (or cut with `…`) to exactly `width` characters.
  package static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    // Printable ASCII is one character a byte; anything else is counted as characters.
    let length = text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } ? text.utf8.count : text.count
    if length > width { return String(text.prefix(max(0, width - 1))) + "…" }
    let padding = String(repeating: " ", count: width - length)
    return right ? padding + text : text + padding
  }
}
