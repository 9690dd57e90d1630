/// The text helpers the library and the command line share.
extension String {
  /// The string without leading and trailing white space.
  package func trimmingWhitespace() -> String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }

  /// The string without trailing spaces (for table rows padded to a width).
  package func trimmingTrailingSpaces() -> String {
    var text = Substring(self)
    while text.last == " " { text.removeLast() }
    return String(text)
  }

  /// The string with spaces and dashes replaced (`on device` → `on_device`), for ids and shell names.
  package func replacingSpaces(with replacement: Character) -> String {
    String(map { $0 == " " || $0 == "-" ? replacement : $0 })
  }

  /// Replaces Unicode scalars by their replacements in one pass. Scalars, not characters: `"\r\n"` is one
  /// `Character` that matches neither `"\r"` nor `"\n"`, and a line break must never slip through.
  package func replacingAll(_ replacements: [Unicode.Scalar: String]) -> String {
    var result = ""
    for scalar in unicodeScalars {
      if let replacement = replacements[scalar] {
        result += replacement
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The string with `prefix` replaced by `replacement` when it starts with it, else unchanged.
  package func replacingPrefix(_ prefix: String, with replacement: String) -> String {
    hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
  }
}
