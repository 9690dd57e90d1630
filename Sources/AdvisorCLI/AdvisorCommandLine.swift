import AdvisorCore

/// The `advisor` command line: dispatches to a command and turns every error into a message and an exit code.
package struct AdvisorCommandLine {
  let io: any CommandIO

  /// Creates the command line over the given I/O (the real process by default).
  package init(io: any CommandIO = ProcessIO()) {
    self.io = io
  }

  static let root = CommandSpec(
    path: "advisor",
    abstract:
      "Recommend how to adapt a large language model to a project: RAG, fine-tuning, a hybrid, or prompt engineering alone.",
    discussion: """
      The advisor scores a project spec (a JSON file of facts: latency budget, query volume, how often the \
      knowledge changes, labeled examples, ...) against weighted criteria tables grounded in published sources, \
      and explains its recommendation with a rationale and a decision matrix.
      """)

  /// Runs one invocation; `arguments` excludes the program name. Returns the exit code.
  package func run(_ arguments: [String]) -> Int32 {
    var code: Int32
    do {
      if let position = io.argumentNotInUTF8 {
        throw ArgumentEncodingError(
          position: position,
          argument: position - 1 < arguments.count ? arguments[position - 1] : "")
      }
      code = try dispatch(arguments).rawValue
    } catch {
      code = ErrorReporter.report(error, io: io).rawValue
    }
    // A report cut short is not a success: a full disk or a closed standard output gives 74 (a reader that left,
    // as `| head` does, quietly).
    if let failure = io.outputFailure {
      if !failure.readerLeft {
        io.write("advisor: error: cannot write standard output: \(failure.reason)\n", to: .error)
      }
      code = ExitCode.ioError.rawValue
    }
    return code
  }

  private func dispatch(_ arguments: [String]) throws -> ExitCode {
    guard let first = arguments.first else {
      return try offerInterview()
    }
    switch first {
    case "--version":
      io.write(Advisor.version + "\n", to: .output)
      return .success
    default:
      return try CommandTree.root.run(arguments, io: io)
    }
  }

  /// Plain `advisor` on a terminal offers the interview; elsewhere it prints the overview.
  private func offerInterview() throws -> ExitCode {
    guard io.inputIsTerminal, io.isTerminal(.error) else {
      io.write(HelpFormatter.help(CommandTree.root.spec, width: io.lineWidth(.output)), to: .output)
      return .success
    }
    io.write(
      "advisor recommends RAG, fine-tuning, a hybrid or prompting for your project.\n", to: .error)
    io.write("Start the interview? [Y/n] ", to: .error)
    guard let answer = io.readLine() else { throw Cancelled() }
    if ["", "y", "yes"].contains(answer.trimmingWhitespace().lowercased()) {
      return try InterviewCommand(io: io).run([])
    }
    io.write(HelpFormatter.help(CommandTree.root.spec, width: io.lineWidth(.output)), to: .output)
    return .success
  }

}
