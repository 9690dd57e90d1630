import AdvisorCore

/// `advisor schema NAME`: prints a shipped JSON Schema.
struct SchemaCommand: Command {
  let io: any CommandIO

  static let spec = CommandSpec(
    path: "advisor schema",
    abstract:
      "Print a JSON Schema (draft 2020-12): spec, criteria, profiles, cost-model, precedents, report or diff.",
    discussion:
      "Point a spec or criteria file at its schema with a top-level \"$schema\" key for validation in your editor; the advisor ignores that key.",
    arguments: [
      .init(name: "name", help: "spec, criteria, profiles, cost-model, precedents, report or diff.")
    ],
    examples: [
      .init(
        "advisor schema spec > spec.schema.json", "Save the spec schema for an editor's validation."
      )
    ])

  func run(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.spec, arguments, io: io) else {
      return .success
    }
    let name = parsed.positionals[0]
    guard let kind = SchemaKind(rawValue: name) else {
      let names = SchemaKind.allCases.map(\.rawValue)
      var message = "Unknown schema '\(name)'."
      message += Suggestion.hint(name, in: names, .sentence)
      throw UsageError(
        message: message + " Expected one of: \(names.joined(separator: ", ")).", command: Self.spec
      )
    }
    io.write(kind.text, to: .output)
    return .success
  }
}
