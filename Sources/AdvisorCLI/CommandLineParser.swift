import AdvisorCore

/// Parses arguments against a `CommandSpec`: `--name value`, `--name=value`, `-n value`, `--` to end options.
struct CommandLineParser {
  let spec: CommandSpec

  func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
    var parsed = ParsedArguments()
    var index = 0
    var optionsEnded = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
        parsed.positionals.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      var name = argument
      var inlineValue: String?
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        name = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      }
      guard let option = option(named: name) else {
        var message = "Unknown option '\(name)'."
        let candidates = spec.allOptions.map { "--" + $0.name }
        message += Suggestion.hint(name, in: candidates, .sentence)
        throw UsageError(message: message, command: spec)
      }
      guard let valueName = option.valueName else {
        if inlineValue != nil {
          throw UsageError(message: "The flag '--\(option.name)' takes no value.", command: spec)
        }
        parsed.flags.insert(option.name)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else if index < arguments.count {
        value = arguments[index]
        index += 1
      } else {
        throw UsageError(message: "Missing value for '\(name) <\(valueName)>'.", command: spec)
      }
      if !option.choices.isEmpty, !option.choices.contains(value) {
        var message = "The value '\(value)' is invalid for '--\(option.name) <\(valueName)>'."
        message += Suggestion.hint(value, in: option.choices, .sentence)
        message += " Expected one of: \(option.choices.joined(separator: ", "))."
        throw UsageError(message: message, command: spec)
      }
      parsed.values[option.name] = value
    }
    if parsed.flags.contains("help") { return parsed }
    try checkPositionals(parsed.positionals)
    return parsed
  }

  private func option(named name: String) -> CommandSpec.Option? {
    if name.hasPrefix("--") {
      return spec.allOptions.first { "--" + $0.name == name }
    }
    guard name.count == 2, let letter = name.last else { return nil }
    return spec.allOptions.first { $0.short == letter }
  }

  private func checkPositionals(_ positionals: [String]) throws(UsageError) {
    let required = spec.arguments.filter { !$0.isOptional }
    if positionals.count < required.count {
      let missing = required[positionals.count]
      throw UsageError(message: "Missing expected argument '<\(missing.name)>'.", command: spec)
    }
    let repeats = spec.arguments.last?.isRepeating ?? false
    if !repeats, positionals.count > spec.arguments.count {
      let extra = positionals[spec.arguments.count]
      var message = "Unexpected argument '\(extra)'."
      message += Suggestion.hint(extra, in: spec.subcommands.map(\.name), .sentence)
      throw UsageError(message: message, command: spec)
    }
  }
}
