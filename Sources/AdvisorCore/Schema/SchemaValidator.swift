/// Validates JSON against the subset of JSON Schema 2020-12 the advisor's schemas use: `type`, `enum`,
/// `const`, `properties`, `required`, `additionalProperties`, `propertyNames`, `minProperties`, `items`,
/// `minItems`, `minLength`, `maxLength`, `pattern`, `minimum`, `maximum`, `anyOf` and local `$ref`s.
/// Other keywords are rejected, so a schema never silently checks less than it says.
public struct SchemaValidator: Sendable {
  /// The root schema, for `$ref` resolution.
  public let root: JSONValue

  static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs"]
  static let keywords: Set<String> = [
    "type", "enum", "const", "properties", "required", "additionalProperties", "propertyNames",
    "minProperties", "items",
    "minItems", "minLength", "maxLength", "pattern", "minimum", "maximum", "anyOf", "$ref",
  ]

  /// Creates a validator for a schema.
  public init(schema: JSONValue) {
    root = schema
  }

  /// Every violation, as `$.path: message`; empty when the value is valid.
  public func validate(_ value: JSONValue) -> [String] {
    var errors: [String] = []
    check(value, against: root, at: .root, into: &errors)
    return errors
  }

  private func check(
    _ value: JSONValue, against schema: JSONValue, at path: JSONPath, into errors: inout [String]
  ) {
    guard case .object(let members) = schema.kind else {
      if case .bool(false) = schema.kind { errors.append("\(path): not allowed") }
      return
    }
    for member in members
    where !Self.keywords.contains(member.key) && !Self.annotations.contains(member.key) {
      errors.append(
        "\(path): the schema uses \"\(member.key)\", which this validator does not support")
    }
    if let reference = schema.member("$ref") {
      guard case .string(let target) = reference.kind, let resolved = resolve(target) else {
        errors.append("\(path): unresolvable $ref")
        return
      }
      check(value, against: resolved, at: path, into: &errors)
    }
    if let type = schema.member("type"), !Self.matches(value, type) {
      errors.append(
        "\(path): expected \(JSONWriter(style: .compact).string(type)), found \(value.kindDescription)"
      )
      return
    }
    if let options = schema.member("enum"), case .array(let allowed) = options.kind,
      !allowed.contains(where: { Self.equal($0, value) })
    {
      errors.append("\(path): \(value.excerpt()) is not one of \(options.excerpt(limit: 80))")
    }
    if let constant = schema.member("const"), !Self.equal(constant, value) {
      errors.append("\(path): expected \(constant.excerpt())")
    }
    if let options = schema.member("anyOf"), case .array(let alternatives) = options.kind {
      let passes = alternatives.contains { alternative in
        var scratch: [String] = []
        check(value, against: alternative, at: path, into: &scratch)
        return scratch.isEmpty
      }
      if !passes { errors.append("\(path): \(value.excerpt()) matches none of the allowed forms") }
    }
    switch value.kind {
    case .number(let number): checkNumber(number, schema, path, &errors)
    case .string(let text): checkString(text, schema, path, &errors)
    case .array(let elements):
      if let minimum = schema.member("minItems")?.number, Double(elements.count) < minimum {
        errors.append("\(path): expected at least \(JSONWriter.format(minimum)) items")
      }
      if let items = schema.member("items") {
        for (index, element) in elements.enumerated() {
          check(element, against: items, at: path.appending(index: index), into: &errors)
        }
      }
    case .object(let fields): checkObject(fields, schema, path, &errors)
    default: break
    }
  }

  private func checkObject(
    _ fields: [JSONMember], _ schema: JSONValue, _ path: JSONPath, _ errors: inout [String]
  ) {
    let properties = schema.member("properties")
    if case .array(let required)? = schema.member("required")?.kind {
      for case .string(let key) in required.map(\.kind)
      where !fields.contains(where: { $0.key == key }) {
        errors.append("\(path): missing required key \"\(key)\"")
      }
    }
    if let minimum = schema.member("minProperties")?.number, Double(fields.count) < minimum {
      errors.append("\(path): expected at least \(JSONWriter.format(minimum)) members")
    }
    for field in fields {
      let fieldPath = path.appending(field.key)
      if let names = schema.member("propertyNames") {
        check(JSONValue(.string(field.key)), against: names, at: fieldPath, into: &errors)
      }
      if let property = properties?.member(field.key) {
        check(field.value, against: property, at: fieldPath, into: &errors)
      } else if let additional = schema.member("additionalProperties") {
        if case .bool(false) = additional.kind {
          errors.append("\(fieldPath): unknown key \"\(field.key)\"")
        } else {
          check(field.value, against: additional, at: fieldPath, into: &errors)
        }
      }
    }
  }

  private func checkNumber(
    _ number: Double, _ schema: JSONValue, _ path: JSONPath, _ errors: inout [String]
  ) {
    if let minimum = schema.member("minimum")?.number, number < minimum {
      errors.append(
        "\(path): \(JSONWriter.format(number)) is below the minimum \(JSONWriter.format(minimum))")
    }
    if let maximum = schema.member("maximum")?.number, number > maximum {
      errors.append(
        "\(path): \(JSONWriter.format(number)) is above the maximum \(JSONWriter.format(maximum))")
    }
  }

  private func checkString(
    _ text: String, _ schema: JSONValue, _ path: JSONPath, _ errors: inout [String]
  ) {
    if let minimum = schema.member("minLength")?.number, Double(text.count) < minimum {
      errors.append("\(path): expected at least \(JSONWriter.format(minimum)) characters")
    }
    if let maximum = schema.member("maxLength")?.number, Double(text.count) > maximum {
      errors.append("\(path): expected at most \(JSONWriter.format(maximum)) characters")
    }
    if case .string(let pattern)? = schema.member("pattern")?.kind {
      guard let regex = try? Regex(pattern) else {
        errors.append("\(path): the schema's pattern does not compile")
        return
      }
      if (try? regex.firstMatch(in: text)) == nil {
        errors.append("\(path): \"\(text)\" does not match \(pattern)")
      }
    }
  }

  private func resolve(_ reference: String) -> JSONValue? {
    guard reference.hasPrefix("#/") else { return nil }
    var node: JSONValue? = root
    for component in reference.dropFirst(2).split(separator: "/") {
      node = node?.member(String(component))
    }
    return node
  }

  static func matches(_ value: JSONValue, _ type: JSONValue) -> Bool {
    switch type.kind {
    case .string(let name): return matches(value, name)
    case .array(let names): return names.contains { matches(value, $0) }
    default: return false
    }
  }

  static func matches(_ value: JSONValue, _ name: String) -> Bool {
    switch (value.kind, name) {
    case (.null, "null"), (.bool, "boolean"), (.number, "number"), (.string, "string"),
      (.array, "array"), (.object, "object"):
      true
    case (.number(let number), "integer"): number == number.rounded()
    default: false
    }
  }

  /// JSON equality: numbers by value, objects regardless of member order.
  static func equal(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
    JSONWriter(style: .compact).string(lhs) == JSONWriter(style: .compact).string(rhs)
  }
}

extension JSONValue {
  /// The number, when this is one.
  var number: Double? {
    if case .number(let value) = kind { return value }
    return nil
  }
}
