#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
    var output: [UInt8] = []
    output.reserveCapacity(4096)
    write(value, indent: 0, to: &output)
    if style == .pretty { output.append(0x0A) }
    return String(decoding: output, as: UTF8.self)
  }

  private func write(_ value: JSONValue, indent: Int, to output: inout [UInt8]) {
    switch value.kind {
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
    case .number(let number): output.append(contentsOf: Self.format(number).utf8)
    case .string(let text): Self.appendQuoted(text, to: &output)
    case .array(let values):
      guard !values.isEmpty else { return output.append(contentsOf: "[]".utf8) }
      output.append(UInt8(ascii: "["))
      for (offset, element) in values.enumerated() {
        if offset > 0 { output.append(UInt8(ascii: ",")) }
        newline(indent + 1, &output)
        write(element, indent: indent + 1, to: &output)
      }
      newline(indent, &output)
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      guard !members.isEmpty else { return output.append(contentsOf: "{}".utf8) }
      output.append(UInt8(ascii: "{"))
      // Sort positions, not members: moving a member would copy its value.
      let order = members.indices.sorted { Self.precedes(members[$0].key, members[$1].key) }
      for (offset, index) in order.enumerated() {
        let member = members[index]
        if offset > 0 { output.append(UInt8(ascii: ",")) }
        newline(indent + 1, &output)
        Self.appendQuoted(member.key, to: &output)
        output.append(UInt8(ascii: ":"))
        if style == .pretty { output.append(0x20) }
        write(member.value, indent: indent + 1, to: &output)
      }
      newline(indent, &output)
      output.append(UInt8(ascii: "}"))
    }
  }

  private func newline(_ indent: Int, _ output: inout [UInt8]) {
    guard style == .pretty else { return }
    output.append(0x0A)
    output.append(contentsOf: repeatElement(0x20, count: indent * 2))
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
    var bytes: [UInt8] = []
    appendQuoted(text, to: &bytes)
    output += String(decoding: bytes, as: UTF8.self)
  }

  /// Whether `lhs` sorts before `rhs` by their UTF-8 bytes.
  static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    let compared = lhs.utf8.withContiguousStorageIfAvailable { left in
      rhs.utf8.withContiguousStorageIfAvailable { right -> Bool in
        let common = min(left.count, right.count)
        if common > 0, let a = left.baseAddress, let b = right.baseAddress {
          let order = memcmp(a, b, common)
          if order != 0 { return order < 0 }
        }
        return left.count < right.count
      }
    }
    return (compared ?? nil) ?? lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
  }

  static func appendQuoted(_ text: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    // Most text needs no escape: copy its bytes at once.
    let copied =
      text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
        guard
          !bytes.contains(where: {
            $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
          })
        else { return false }
        output.append(contentsOf: bytes)
        return true
      } ?? false
    if copied { return output.append(UInt8(ascii: "\"")) }
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0x08: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
      case 0x0C: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
      case 0..<0x20:
        let digits = Array("0123456789abcdef".utf8)
        output.append(contentsOf: [
          UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
          digits[Int(byte >> 4)], digits[Int(byte & 0xF)],
        ])
      default: output.append(byte)
      }
    }
    output.append(UInt8(ascii: "\""))
  }
}
