import AdvisorCore

/// The declared shape of a command: what `--help` shows and what the parser accepts.
struct CommandSpec: Sendable {
  /// A positional argument.
  struct Argument: Sendable {
    var name: String
    var help: String
    var isOptional = false
    var isRepeating = false
  }

  /// A named option or flag.
  struct Option: Sendable {
    /// The long name without dashes (`format`).
    var name: String
    /// The one-letter short name, if any.
    var short: Character?
    /// The value's placeholder; `nil` for a flag.
    var valueName: String?
    var help: String
    var defaultValue: String?
    /// The accepted values, when the set is closed.
    var choices: [String] = []
  }

  /// The full command path (`advisor criteria validate`).
  var path: String
  var abstract: String
  var discussion: String?
  var arguments: [Argument] = []
  var options: [Option] = []
  /// Subcommand names with their abstracts.
  var subcommands: [(name: String, abstract: String)] = []
  /// Command lines worth copying, each with what it does; help leads with them, as clig.dev advises.
  var examples: [Example] = []

  /// A command line and what it does.
  struct Example: Sendable {
    var command: String
    var explanation: String

    init(_ command: String, _ explanation: String) {
      self.command = command
      self.explanation = explanation
    }
  }

  /// The options every command has.
  static let helpOption = Option(name: "help", short: "h", help: "Show help information.")

  var allOptions: [Option] { options + [Self.helpOption] }
}
