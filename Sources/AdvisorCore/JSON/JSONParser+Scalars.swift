extension ByteReader {
  mutating func parseString() throws(JSONSyntaxError) -> String {
    advance()  // opening quote
    // Fast path: printable ASCII up to the closing quote, the common case in specs and tables. The bytes
    // are taken as they are and the column moves once; anything else goes through the general path.
    var end = index
    while end < bytes.count {
      let byte = bytes[end]
      if byte == UInt8(ascii: "\"") {
        let text = String(decoding: bytes[index..<end], as: UTF8.self)
        column += end - index + 1
        index = end + 1
        return text
      }
      if byte < 0x20 || byte >= 0x80 || byte == UInt8(ascii: "\\") { break }
      end += 1
    }
    return try parseStringSlowly()
  }

  private mutating func parseStringSlowly() throws(JSONSyntaxError) -> String {
    var scalars = String.UnicodeScalarView()
    var runStart = index
    var plain: [UInt8] = []
    func flushPlain(_ end: Int) throws(JSONSyntaxError) {
      guard end > runStart else { return }
      plain.append(contentsOf: bytes[runStart..<end])
    }
    while true {
      guard index < bytes.count else {
        throw error("expected '\"' to close the string, found end of file")
      }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        try flushPlain(index)
        advance()
        break
      }
      if byte < 0x20 {
        throw error(
          "expected '\"' to close the string, found a control character (strings cannot span lines)"
        )
      }
      if byte == UInt8(ascii: "\\") {
        try flushPlain(index)
        try appendDecoded(plain, to: &scalars)
        plain.removeAll(keepingCapacity: true)
        advance()
        scalars.append(try parseEscape())
        runStart = index
        continue
      }
      if byte >= 0x80 {
        try skipUTF8Sequence()
        continue
      }
      advance()
    }
    try appendDecoded(plain, to: &scalars)
    return String(scalars)
  }

  private func appendDecoded(_ utf8: [UInt8], to scalars: inout String.UnicodeScalarView)
    throws(JSONSyntaxError)
  {
    guard !utf8.isEmpty else { return }
    scalars.append(contentsOf: String(decoding: utf8, as: UTF8.self).unicodeScalars)
  }

  /// Validates one multi-byte UTF-8 sequence and steps over it.
  private mutating func skipUTF8Sequence() throws(JSONSyntaxError) {
    let lead = bytes[index]
    let length: Int
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default:
      throw error("expected UTF-8 text, found byte 0x\(String(lead, radix: 16, uppercase: true))")
    }
    guard index + length <= bytes.count else {
      throw error("expected UTF-8 text, found a truncated sequence")
    }
    for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 {
      throw error("expected UTF-8 text, found an invalid sequence")
    }
    let decoded = String(decoding: bytes[index..<(index + length)], as: UTF8.self)
    guard decoded.unicodeScalars.count == 1,
      decoded.unicodeScalars.first != "\u{FFFD}" || lead == 0xEF
    else {
      throw error("expected UTF-8 text, found an invalid sequence")
    }
    for _ in 0..<length { advance() }
  }

  private mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
    guard index < bytes.count else { throw error("expected an escape sequence, found end of file") }
    let byte = bytes[index]
    advance()
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let high = try parseHex4()
      if (0xD800...0xDBFF).contains(high) {
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
          bytes[index + 1] == UInt8(ascii: "u")
        else {
          throw error("expected a low surrogate \\uDC00-\\uDFFF after a high surrogate")
        }
        advance()
        advance()
        let low = try parseHex4()
        guard (0xDC00...0xDFFF).contains(low) else {
          throw error("expected a low surrogate \\uDC00-\\uDFFF after a high surrogate")
        }
        let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        guard let scalar = Unicode.Scalar(value) else { throw error("invalid \\u escape") }
        return scalar
      }
      guard let scalar = Unicode.Scalar(high) else {
        throw error("expected a high surrogate before a low surrogate \\u escape")
      }
      return scalar
    default:
      index -= 1
      column -= 1
      throw error(
        "expected an escape sequence (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), found \(describeCurrent())"
      )
    }
  }

  private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard index < bytes.count else {
        throw error("expected 4 hexadecimal digits after \\u, found end of file")
      }
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw error("expected 4 hexadecimal digits after \\u, found \(describeCurrent())")
      }
      value = value << 4 | digit
      advance()
    }
    return value
  }

  mutating func parseNumber() throws(JSONSyntaxError) -> Double {
    let start = index
    let startLocation = location
    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    if bytes[index] == UInt8(ascii: "-") { advance() }
    guard index < bytes.count, isDigit(bytes[index]) else {
      throw error("expected a digit in the number, found \(describeCurrent())")
    }
    if bytes[index] == UInt8(ascii: "0") {
      advance()
      if index < bytes.count, isDigit(bytes[index]) {
        throw JSONSyntaxError(
          message: "expected a number without leading zeros", location: startLocation)
      }
    } else {
      while index < bytes.count, isDigit(bytes[index]) { advance() }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      advance()
      guard index < bytes.count, isDigit(bytes[index]) else {
        throw error("expected a digit after the decimal point, found \(describeCurrent())")
      }
      while index < bytes.count, isDigit(bytes[index]) { advance() }
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      advance()
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        advance()
      }
      guard index < bytes.count, isDigit(bytes[index]) else {
        throw error("expected a digit in the exponent, found \(describeCurrent())")
      }
      while index < bytes.count, isDigit(bytes[index]) { advance() }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      throw JSONSyntaxError(message: "number \(text) is out of range", location: startLocation)
    }
    return value
  }
}
