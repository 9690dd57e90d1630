import AdvisorCore

/// A command of the command line: its declared shape, how it is made over the I/O, and what it does. A new
/// command conforms, then takes its place in `CommandTree.root`; dispatch, help, completions and the man page
/// follow from there.
protocol Command {
  /// What `--help` shows and the parser accepts.
  static var spec: CommandSpec { get }
  /// The command over the process's (or a test's) I/O.
  init(io: any CommandIO)
  /// Runs with the arguments after the command's own name; returns the exit code.
  func run(_ arguments: [String]) throws -> ExitCode
}
