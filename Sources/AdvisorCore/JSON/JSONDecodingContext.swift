/// Reads typed values out of a parsed `JSONValue`, turning every mismatch into a `Diagnostic`
/// that names the file, the location and the JSON path.
struct JSONDecodingContext {
  /// The file name used in diagnostics.
  let file: String

  func failure(_ value: JSONValue?, _ path: JSONPath, _ message: String) -> AdvisorError {
    .invalid([Diagnostic(file: file, location: value?.location, path: path, message: message)])
  }

  func object(_ value: JSONValue, _ path: JSONPath) throws(AdvisorError) -> ObjectReader {
    guard case .object(let members) = value.kind else {
      throw failure(value, path, "expected an object, found \(value.kindDescription)")
    }
    return ObjectReader(context: self, members: members, path: path, location: value.location)
  }

  func string(_ value: JSONValue, _ path: JSONPath, nonEmpty: Bool = true) throws(AdvisorError)
    -> String
  {
    guard case .string(let text) = value.kind else {
      throw failure(
        value, path, "expected a string, found \(value.kindDescription) \(value.excerpt())")
    }
    if nonEmpty && text.allSatisfy(\.isWhitespace) {
      throw failure(value, path, "expected a non-empty string")
    }
    return text
  }

  func number(_ value: JSONValue, _ path: JSONPath, in range: ClosedRange<Double>? = nil)
    throws(AdvisorError) -> Double
  {
    guard case .number(let number) = value.kind else {
      throw failure(
        value, path, "expected a number, found \(value.kindDescription) \(value.excerpt())")
    }
    if let range, !range.contains(number) {
      throw failure(
        value, path,
        "expected a number from \(Self.bound(range.lowerBound)) to \(Self.bound(range.upperBound)), found \(JSONWriter.format(number))"
      )
    }
    return number
  }

  /// A range bound as people write it: powers of ten from a million up as `1e6`, `1e15`.
  static func bound(_ value: Double) -> String {
    var exponent = 6
    var power = 1e6
    while exponent <= 18 {
      if value == power { return "1e\(exponent)" }
      exponent += 1
      power *= 10
    }
    return JSONWriter.format(value)
  }

  func array(_ value: JSONValue, _ path: JSONPath) throws(AdvisorError) -> [JSONValue] {
    guard case .array(let values) = value.kind else {
      throw failure(value, path, "expected an array, found \(value.kindDescription)")
    }
    return values
  }

  func stringArray(_ value: JSONValue, _ path: JSONPath) throws(AdvisorError) -> [String] {
    var strings: [String] = []
    for (index, element) in try array(value, path).enumerated() {
      strings.append(try string(element, path.appending(index: index)))
    }
    return strings
  }

  /// Conditions on other facts: an object of fact keys to non-empty lists of level ids, at least one key.
  func conditions(_ value: JSONValue, _ path: JSONPath) throws(AdvisorError) -> [String: [String]] {
    let object = try self.object(value, path)
    var conditions: [String: [String]] = [:]
    for member in object.members {
      let levels = try stringArray(member.value, path.appending(member.key))
      if levels.isEmpty {
        throw failure(member.value, path.appending(member.key), "expected at least one level id")
      }
      conditions[member.key] = levels
    }
    if conditions.isEmpty { throw failure(value, path, "expected at least one condition") }
    return conditions
  }
}

/// An object being decoded: required and optional members, and a check for unknown keys.
struct ObjectReader {
  let context: JSONDecodingContext
  let members: [JSONMember]
  let path: JSONPath
  let location: SourceLocation?

  /// The member's value, or `nil` when the key is absent.
  func value(_ key: String) -> JSONValue? {
    members.first { $0.key == key }?.value
  }

  /// The member's value; a diagnostic when absent.
  func required(_ key: String, _ expectation: String) throws(AdvisorError) -> JSONValue {
    guard let value = value(key) else {
      throw AdvisorError.invalid([
        Diagnostic(
          file: context.file, location: location, path: path,
          message: "missing required key \"\(key)\" (\(expectation))")
      ])
    }
    return value
  }

  func requiredString(_ key: String) throws(AdvisorError) -> String {
    try context.string(required(key, "a string"), path.appending(key))
  }

  func optionalString(_ key: String) throws(AdvisorError) -> String? {
    guard let value = value(key) else { return nil }
    return try context.string(value, path.appending(key))
  }

  /// Rejects keys outside `allowed`, suggesting the nearest allowed key.
  func rejectUnknownKeys(_ allowed: [String]) throws(AdvisorError) {
    for member in members where !allowed.contains(member.key) {
      var message = "unknown key \(Suggestion.quoted(member.key))"
      let hint = Suggestion.hint(member.key, in: allowed)
      message += hint.isEmpty ? "; expected one of: " + allowed.joined(separator: ", ") : hint
      throw AdvisorError.invalid([
        Diagnostic(
          file: context.file, location: member.keyLocation, path: path.appending(member.key),
          message: message)
      ])
    }
  }
}
