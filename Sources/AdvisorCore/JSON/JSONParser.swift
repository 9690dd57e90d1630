/// A syntax error in a JSON text, with the position where reading stopped.
public struct JSONSyntaxError: Error, Sendable, Equatable {
  /// What was wrong, phrased as what was expected (`expected ',' or '}' after an object member`).
  public var message: String
  /// Where the problem was found.
  public var location: SourceLocation
}

/// A strict RFC 8259 JSON parser that records the location of every value and rejects duplicate keys.
///
/// Foundation's `JSONDecoder` reports no positions and silently keeps the last of two equal
/// keys; a hand-edited criteria table deserves better.
public struct JSONParser: Sendable {
  /// The deepest nesting of arrays and objects accepted.
  public var maximumDepth: Int

  /// Creates a parser.
  public init(maximumDepth: Int = 128) {
    self.maximumDepth = maximumDepth
  }

  /// Parses one JSON document from UTF-8 bytes.
  public func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    var reader = ByteReader(bytes: bytes, maximumDepth: maximumDepth)
    reader.skipByteOrderMark()
    reader.skipWhitespace()
    let value = try reader.parseValue(depth: 0)
    reader.skipWhitespace()
    guard reader.isAtEnd else {
      throw reader.error("expected end of document after the top-level value")
    }
    return value
  }

  /// Parses one JSON document from a string.
  public func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try parse(Array(text.utf8))
  }
}

struct ByteReader {
  let bytes: [UInt8]
  let maximumDepth: Int
  var index = 0
  var line = 1
  var column = 1

  init(bytes: [UInt8], maximumDepth: Int) {
    self.bytes = bytes
    self.maximumDepth = maximumDepth
  }

  var isAtEnd: Bool { index >= bytes.count }
  var location: SourceLocation { SourceLocation(line: line, column: column) }

  func error(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(message: message, location: location)
  }

  mutating func advance() {
    let byte = bytes[index]
    index += 1
    if byte == UInt8(ascii: "\n") {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }

  mutating func skipByteOrderMark() {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      index = 3
    }
  }

  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: advance()
      default: return
      }
    }
  }

  func describeCurrent() -> String {
    guard index < bytes.count else { return "end of file" }
    let byte = bytes[index]
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { return "white space" }
    return "byte 0x" + String(byte, radix: 16, uppercase: true)
  }

  mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    guard index < bytes.count else { throw error("expected a value, found end of file") }
    let start = location
    switch bytes[index] {
    case UInt8(ascii: "{"):
      return JSONValue(.object(try parseObject(depth: depth + 1)), at: start)
    case UInt8(ascii: "["):
      return JSONValue(.array(try parseArray(depth: depth + 1)), at: start)
    case UInt8(ascii: "\""):
      return JSONValue(.string(try parseString()), at: start)
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return JSONValue(.bool(true), at: start)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return JSONValue(.bool(false), at: start)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      return JSONValue(.null, at: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONValue(.number(try parseNumber()), at: start)
    case UInt8(ascii: "N"), UInt8(ascii: "I"):
      throw error(
        "expected a value, found \(describeCurrent()): NaN and Infinity are not JSON numbers")
    default:
      throw error("expected a value, found \(describeCurrent())")
    }
  }

  mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
    let start = location
    let first = index
    let text = literal.utf8Start
    for offset in 0..<literal.utf8CodeUnitCount {
      guard index < bytes.count, bytes[index] == text[offset] else {
        // Suggest the literal only for a word that could be a typo of it (`ture`, `nul`), not for any word
        // that happens to start with its letter.
        var end = first
        while end < bytes.count, end - first < 64, (bytes[end] | 0x20) >= UInt8(ascii: "a"),
          (bytes[end] | 0x20) <= UInt8(ascii: "z")
        {
          end += 1
        }
        let word = String(decoding: bytes[first..<end], as: UTF8.self)
        let hint = Suggestion.hint(word, in: ["\(literal)"])
        throw JSONSyntaxError(
          message: "expected a value, found an unknown word \(Suggestion.quoted(word))\(hint)",
          location: start)
      }
      advance()
    }
  }

  mutating func checkDepth(_ depth: Int) throws(JSONSyntaxError) {
    if depth > maximumDepth {
      throw error("nesting deeper than \(maximumDepth) levels")
    }
  }

  mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> [JSONMember] {
    try checkDepth(depth)
    advance()  // {
    var members: [JSONMember] = []
    var seen: [String: SourceLocation] = [:]
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      advance()
      return members
    }
    while true {
      skipWhitespace()
      if !members.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: "}") {
        throw error("expected another member after ',': JSON allows no trailing comma")
      }
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw error("expected a string key in double quotes, found \(describeCurrent())")
      }
      let keyLocation = location
      let key = try parseString()
      // Most objects are small, and a linear scan finds a repeated key faster than hashing every key;
      // past 32 keys a dictionary keeps a huge object from turning quadratic.
      if members.count < 32 {
        if let first = members.first(where: { $0.key == key }) {
          throw JSONSyntaxError(
            message: "duplicate key \"\(key)\" (first at \(first.keyLocation ?? keyLocation))",
            location: keyLocation)
        }
      } else {
        if seen.isEmpty {
          for member in members { seen[member.key] = member.keyLocation ?? keyLocation }
        }
        if let first = seen[key] {
          throw JSONSyntaxError(
            message: "duplicate key \"\(key)\" (first at \(first))", location: keyLocation)
        }
        seen[key] = keyLocation
      }
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw error("expected ':' after the key \"\(key)\", found \(describeCurrent())")
      }
      advance()
      skipWhitespace()
      let value = try parseValue(depth: depth)
      members.append(JSONMember(key: key, keyLocation: keyLocation, value: value))
      skipWhitespace()
      guard index < bytes.count else {
        throw error("expected ',' or '}' after an object member, found end of file")
      }
      if bytes[index] == UInt8(ascii: ",") {
        advance()
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        advance()
        return members
      }
      throw error("expected ',' or '}' after an object member, found \(describeCurrent())")
    }
  }

  mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> [JSONValue] {
    try checkDepth(depth)
    advance()  // [
    var values: [JSONValue] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      advance()
      return values
    }
    while true {
      skipWhitespace()
      if !values.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: "]") {
        throw error("expected another element after ',': JSON allows no trailing comma")
      }
      values.append(try parseValue(depth: depth))
      skipWhitespace()
      guard index < bytes.count else {
        throw error("expected ',' or ']' after an array element, found end of file")
      }
      if bytes[index] == UInt8(ascii: ",") {
        advance()
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        advance()
        return values
      }
      throw error("expected ',' or ']' after an array element, found \(describeCurrent())")
    }
  }
}
