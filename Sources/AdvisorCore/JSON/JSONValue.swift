/// A position in a source text, 1-based, counted in lines and Unicode scalars.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column number.
  public var column: Int

  /// Creates a location from a line and a column.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// `line:column`.
  public var description: String { "\(line):\(column)" }
}

/// A parsed JSON value that remembers where it stood in its source text.
public struct JSONValue: Sendable, Equatable {
  /// The JSON kinds of value.
  public enum Kind: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])
  }

  /// What the value is.
  public var kind: Kind
  /// Where the value starts; `nil` for values built in code.
  public var location: SourceLocation?

  /// Creates a value of a kind, optionally at a location.
  public init(_ kind: Kind, at location: SourceLocation? = nil) {
    self.kind = kind
    self.location = location
  }

  /// A short English name of the value's kind, for error messages (`a string`, `an object`).
  public var kindDescription: String {
    switch kind {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }

  /// The value of an object member, or `nil` when this is not an object or has no such key.
  public func member(_ key: String) -> JSONValue? {
    guard case .object(let members) = kind else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// A compact rendering of the value for error messages, shortened to `limit` characters.
  public func excerpt(limit: Int = 40) -> String {
    let text = JSONWriter(style: .compact).string(self)
    guard text.count > limit else { return text }
    return String(text.prefix(limit - 1)) + "…"
  }
}

/// One `key: value` member of a JSON object, in source order.
public struct JSONMember: Sendable, Equatable {
  /// The member's key.
  public var key: String
  /// Where the key starts.
  public var keyLocation: SourceLocation?
  /// The member's value.
  public var value: JSONValue

  /// Creates a member.
  public init(key: String, keyLocation: SourceLocation? = nil, value: JSONValue) {
    self.key = key
    self.keyLocation = keyLocation
    self.value = value
  }
}

extension JSONValue {
  /// A string value.
  public static func string(_ value: String) -> JSONValue { JSONValue(.string(value)) }
  /// A number value.
  public static func number(_ value: Double) -> JSONValue { JSONValue(.number(value)) }
  /// A number value from an integer.
  public static func int(_ value: Int) -> JSONValue { JSONValue(.number(Double(value))) }
  /// A boolean value.
  public static func bool(_ value: Bool) -> JSONValue { JSONValue(.bool(value)) }
  /// The null value.
  public static let null = JSONValue(.null)
  /// An array value.
  public static func array(_ values: [JSONValue]) -> JSONValue { JSONValue(.array(values)) }
  /// An object value from key/value pairs (the writer sorts keys).
  public static func object(_ pairs: [(String, JSONValue)]) -> JSONValue {
    JSONValue(.object(pairs.map { JSONMember(key: $0.0, value: $0.1) }))
  }
  /// A string value, or null when `value` is nil.
  public static func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
}
