/// Writes `JSONValue`s deterministically: keys sorted by their UTF-8 bytes, fixed indentation,
/// integers without a fraction and other numbers in their shortest round-tripping form.
public struct JSONWriter: Sendable {
  /// How much white space the output carries.
  public enum Style: Sendable {
    /// Two-space indentation, one member per line, a trailing newline.
    case pretty
    /// Everything on one line, no trailing newline.
    case compact
  }

  /// The output style.
  public var style: Style

  /// Creates a writer.
  public init(style: Style = .pretty) {
    self.style = style
  }

  /// The JSON text of a value.
  public func string(_ value: JSONValue) -> String {
    var output = ""
    write(value, indent: 0, to: &output)
    if style == .pretty { output.append("\n") }
    return output
  }

  private func write(_ value: JSONValue, indent: Int, to output: inout String) {
    switch value.kind {
    case .null: output.append("null")
    case .bool(let flag): output.append(flag ? "true" : "false")
    case .number(let number): output.append(Self.format(number))
    case .string(let text): Self.appendQuoted(text, to: &output)
    case .array(let values):
      guard !values.isEmpty else { return output.append("[]") }
      output.append("[")
      for (offset, element) in values.enumerated() {
        if offset > 0 { output.append(",") }
        newline(indent + 1, &output)
        write(element, indent: indent + 1, to: &output)
      }
      newline(indent, &output)
      output.append("]")
    case .object(let members):
      guard !members.isEmpty else { return output.append("{}") }
      output.append("{")
      let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      for (offset, member) in sorted.enumerated() {
        if offset > 0 { output.append(",") }
        newline(indent + 1, &output)
        Self.appendQuoted(member.key, to: &output)
        output.append(style == .pretty ? ": " : ":")
        write(member.value, indent: indent + 1, to: &output)
      }
      newline(indent, &output)
      output.append("}")
    }
  }

  private func newline(_ indent: Int, _ output: inout String) {
    guard style == .pretty else { return }
    output.append("\n")
    output.append(String(repeating: "  ", count: indent))
  }

  /// Formats a number the way the writer does: integral values without a fraction, `null` for
  /// values JSON cannot hold.
  public static func format(_ number: Double) -> String {
    guard number.isFinite else { return "null" }
    if number == number.rounded(), abs(number) < 9_007_199_254_740_992 {
      return String(Int64(number))
    }
    return "\(number)"
  }

  static func appendQuoted(_ text: String, to output: inout String) {
    output.append("\"")
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output.append("\\\"")
      case "\\": output.append("\\\\")
      case "\n": output.append("\\n")
      case "\r": output.append("\\r")
      case "\t": output.append("\\t")
      case "\u{08}": output.append("\\b")
      case "\u{0C}": output.append("\\f")
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16, uppercase: false)
        output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
      default: output.unicodeScalars.append(scalar)
      }
    }
    output.append("\"")
  }
}
