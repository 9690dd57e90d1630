extension ProjectSpec {
  /// The spec as a version-1 JSON document that `ProjectSpec.load` reads back to an equal spec.
  public var json: JSONValue {
    var members: [(String, JSONValue)] = [
      ("specVersion", .int(Self.formatVersion)),
      ("name", .string(name)),
      ("facts", .object(facts.map { ($0.key, $0.value.json) })),
    ]
    if let description { members.append(("description", .string(description))) }
    if !weights.isEmpty {
      members.append(("weights", .object(weights.map { ($0.key, .number($0.value)) })))
    }
    if !costs.isEmpty {
      members.append(
        (
          "costs",
          .object(
            costs.map { id, range in
              range.low == range.high
                ? (id, .number(range.expected))
                : (
                  id,
                  .object([
                    ("low", .number(range.low)), ("expected", .number(range.expected)),
                    ("high", .number(range.high)),
                  ])
                )
            })
        ))
    }
    return .object(members)
  }

  /// The spec's JSON text: keys sorted, two-space indentation, a final newline.
  public var jsonText: String {
    JSONWriter(style: .pretty).string(json)
  }
}
