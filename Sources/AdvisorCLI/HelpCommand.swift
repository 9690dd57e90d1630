import AdvisorCore

/// `advisor help [COMMAND...]`: the help of any command or group, or with `--man` the whole manual as a man page.
struct HelpCommand: Command {
  let io: any CommandIO
  /// The group whose commands the path names (`advisor criteria help list` looks under `criteria`).
  var tree: CommandTree? = nil

  static let spec = CommandSpec(
    path: "advisor help",
    abstract: "Show help for a command, or the whole manual as a man page.",
    arguments: [
      .init(
        name: "command", help: "The command, e.g. recommend or criteria list.", isOptional: true,
        isRepeating: true)
    ],
    options: [
      .init(
        name: "man",
        help: "Print the manual of every command as a man page (roff), for man -l or make install.")
    ],
    examples: [
      .init("advisor help criteria validate", "Show the help of a subcommand."),
      .init("advisor help --man > advisor.1", "Write the man page."),
    ])

  init(io: any CommandIO) {
    self.io = io
  }

  init(io: any CommandIO, tree: CommandTree) {
    self.io = io
    self.tree = tree
  }

  func run(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.spec, arguments, io: io) else {
      return .success
    }
    if parsed.flags.contains("man") {
      io.write(ManPage(tree: CommandTree.root, version: Advisor.version).roff(), to: .output)
      return .success
    }
    let tree = self.tree ?? CommandTree.root
    guard let node = tree.node(at: parsed.positionals) else {
      var message =
        "Unknown command '\(([tree.spec.path] + parsed.positionals).joined(separator: " "))'."
      let known = tree.all.dropFirst().map { $0.spec.path }
      message += Suggestion.hint(
        ([tree.spec.path] + parsed.positionals).joined(separator: " "), in: known, .sentence)
      throw UsageError(message: message, command: Self.spec)
    }
    io.write(HelpFormatter.help(node.spec, width: io.lineWidth(.output)), to: .output)
    return .success
  }
}
