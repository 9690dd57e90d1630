import AdvisorCore

/// The commands as a tree, the one list that drives dispatch, `help` at every level, the shell completions and
/// the man page, as swift-argument-parser's `CommandConfiguration(subcommands:)` does.
struct CommandTree: Sendable {
  /// The node's declared shape; a group's lists its children as subcommands.
  let spec: CommandSpec
  /// The subcommands of a group; empty for a command.
  let children: [CommandTree]
  /// Makes the command of a leaf; `nil` for a group.
  let make: (@Sendable (any CommandIO) -> any Command)?

  /// The node's name: the last word of its path.
  var name: String { spec.path.split(separator: " ").last.map(String.init) ?? spec.path }

  /// A leaf running a command.
  static func command<C: Command>(_ type: C.Type) -> CommandTree {
    CommandTree(spec: C.spec, children: [], make: { C(io: $0) })
  }

  /// A group of subcommands, listed in its help in this order.
  static func group(_ spec: CommandSpec, _ children: [CommandTree]) -> CommandTree {
    var spec = spec
    spec.subcommands = children.map { ($0.name, $0.spec.abstract) }
    return CommandTree(spec: spec, children: children, make: nil)
  }

  /// Every command of `advisor`.
  static let root = group(
    AdvisorCommandLine.root,
    [
      command(RecommendCommand.self), command(InterviewCommand.self), command(CostCommand.self),
      command(SensitivityCommand.self),
      command(PrecedentsCommand.self), command(DiffCommand.self),
      group(
        CommandSpec(
          path: "advisor criteria", abstract: "List, price, cite or validate the criteria tables."),
        [
          command(CriteriaListCommand.self), command(CriteriaCostsCommand.self),
          command(CriteriaSourcesCommand.self),
          command(CriteriaValidateCommand.self),
        ]),
      command(SchemaCommand.self), command(CompletionsCommand.self), command(HelpCommand.self),
    ])

  /// The node a path of names leads to (`["criteria", "list"]`), or `nil`.
  func node(at path: [String]) -> CommandTree? {
    guard let first = path.first else { return self }
    return children.first { $0.name == first }?.node(at: Array(path.dropFirst()))
  }

  /// Every node, depth first, this one included.
  var all: [CommandTree] { [self] + children.flatMap(\.all) }

  /// Runs a command, or dispatches a group's arguments to one of its children: no arguments or `--help` show the
  /// group's help, `help PATH` a child's, an unknown name a usage error with the nearest name suggested.
  func run(_ arguments: [String], io: any CommandIO) throws -> ExitCode {
    if let make { return try make(io).run(arguments) }
    guard let first = arguments.first, first != "-h", first != "--help" else {
      io.write(HelpFormatter.help(spec, width: io.lineWidth(.output)), to: .output)
      return .success
    }
    if first == "help" {
      return try HelpCommand(io: io, tree: self).run(Array(arguments.dropFirst()))
    }
    if let child = children.first(where: { $0.name == first }) {
      return try child.run(Array(arguments.dropFirst()), io: io)
    }
    var message =
      first.hasPrefix("-") ? "Unknown option '\(first)'." : "Unknown subcommand '\(first)'."
    let options = ["--help"] + (spec.path == AdvisorCommandLine.root.path ? ["--version"] : [])
    message += Suggestion.hint(
      first, in: first.hasPrefix("-") ? options : children.map(\.name), .sentence)
    throw UsageError(message: message, command: spec)
  }
}
