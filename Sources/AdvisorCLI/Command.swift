import AdvisorCore

#if compiler(>=6.2)
  /// What lets `CommandTree` keep a command's type in a `@Sendable` maker: a metatype that may cross
  /// isolation (SE-0470).
  typealias CommandMetatype = SendableMetatype
#else
  /// Before Swift 6.2 every metatype may cross isolation, so nothing is asked.
  protocol CommandMetatype {}
#endif

/// A command of the command line: its declared shape, how it is made over the I/O, and what it does. A new
/// command conforms, then takes its place in `CommandTree.root`; dispatch, help, completions and the man page
/// follow from there.
protocol Command: CommandMetatype {
  /// What `--help` shows and the parser accepts.
  static var spec: CommandSpec { get }
  /// The command over the process's (or a test's) I/O.
  init(io: any CommandIO)
  /// Runs with the arguments after the command's own name; returns the exit code.
  func run(_ arguments: [String]) throws -> ExitCode
}
