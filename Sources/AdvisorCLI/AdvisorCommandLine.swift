import AdvisorCore

/// The `advisor` command line: dispatches to a command and turns every error into a message and an exit code.
public struct AdvisorCommandLine {
  let io: any CommandIO

  /// Creates the command line over the given I/O (the real process by default).
  public init(io: any CommandIO = ProcessIO()) {
    self.io = io
  }

  static let root = CommandSpec(
    path: "advisor",
    abstract: "Recommend how to adapt a large language model to a project: RAG, fine-tuning, a hybrid, or prompt engineering alone.",
    discussion: """
      The advisor scores a project spec (a JSON file of facts: latency budget, query volume, how often the \
      knowledge changes, labeled examples, ...) against weighted criteria tables grounded in published sources, \
      and explains its recommendation with a rationale and a decision matrix.
      """,
    subcommands: [
      ("recommend", "Score a project spec and print the recommendation."),
      ("interview", "Answer questions in the terminal and get a recommendation."),
      ("cost", "Show the cost model's arithmetic and break-even volumes for a spec."),
      ("sensitivity", "Show how solid a recommendation is: flips, weight intervals, Monte Carlo."),
      ("precedents", "List the published projects most like a spec, or the whole library."),
      ("diff", "Compare two JSON reports."),
      ("criteria", "List or validate the criteria tables."),
      ("schema", "Print a JSON Schema for specs, tables, precedents, reports or diffs."),
      ("help", "Show help for a command."),
    ])

  /// Runs one invocation; `arguments` excludes the program name. Returns the exit code.
  public func run(_ arguments: [String]) -> Int32 {
    var code: Int32
    do {
      code = try dispatch(arguments).rawValue
    } catch {
      code = ErrorReporter.report(error, io: io).rawValue
    }
    // A report cut short is not a success: a full disk or a closed standard output gives 74 (a reader that left,
    // as `| head` does, quietly).
    if let failure = io.outputFailure {
      if !failure.readerLeft { io.write("advisor: error: cannot write standard output: \(failure.reason)\n", to: .error) }
      code = ExitCode.ioError.rawValue
    }
    return code
  }

  private func dispatch(_ arguments: [String]) throws -> ExitCode {
    guard let first = arguments.first else {
      return try offerInterview()
    }
    let rest = Array(arguments.dropFirst())
    switch first {
    case "--version":
      io.write(Advisor.version + "\n", to: .output)
      return .success
    case "-h", "--help":
      io.write(HelpFormatter.help(Self.root, width: io.lineWidth(.output)), to: .output)
      return .success
    case "help":
      return try help(rest)
    case "recommend":
      return try RecommendCommand(io: io).run(rest)
    case "interview":
      return try InterviewCommand(io: io).run(rest)
    case "diff":
      return try DiffCommand(io: io).run(rest)
    case "cost":
      return try CostCommand(io: io).run(rest)
    case "sensitivity":
      return try SensitivityCommand(io: io).run(rest)
    case "precedents":
      return try PrecedentsCommand(io: io).run(rest)
    case "criteria":
      return try CriteriaCommand(io: io).run(rest)
    case "schema":
      return try SchemaCommand(io: io).run(rest)
    default:
      var message = first.hasPrefix("-") ? "Unknown option '\(first)'." : "Unknown subcommand '\(first)'."
      if let suggestion = Suggestion.nearest(to: first, in: Self.root.subcommands.map(\.name)) {
        message += " Did you mean '\(suggestion)'?"
      }
      throw UsageError(message: message, command: Self.root)
    }
  }

  /// Plain `advisor` on a terminal offers the interview; elsewhere it prints the overview.
  private func offerInterview() throws -> ExitCode {
    guard io.inputIsTerminal, io.isTerminal(.error) else {
      io.write(HelpFormatter.help(Self.root, width: io.lineWidth(.output)), to: .output)
      return .success
    }
    io.write("advisor recommends RAG, fine-tuning, a hybrid or prompting for your project.\n", to: .error)
    io.write("Start the interview? [Y/n] ", to: .error)
    guard let answer = io.readLine() else { throw Cancelled() }
    if ["", "y", "yes"].contains(answer.trimmingWhitespace().lowercased()) {
      return try InterviewCommand(io: io).run([])
    }
    io.write(HelpFormatter.help(Self.root, width: io.lineWidth(.output)), to: .output)
    return .success
  }

  private func help(_ path: [String]) throws -> ExitCode {
    let spec: CommandSpec
    switch path {
    case []: spec = Self.root
    case ["recommend"]: spec = RecommendCommand.spec
    case ["interview"]: spec = InterviewCommand.spec
    case ["diff"]: spec = DiffCommand.spec
    case ["cost"]: spec = CostCommand.spec
    case ["sensitivity"]: spec = SensitivityCommand.spec
    case ["precedents"]: spec = PrecedentsCommand.spec
    case ["criteria"]: spec = CriteriaCommand.spec
    case ["schema"]: spec = SchemaCommand.spec
    case ["criteria", "list"]: spec = CriteriaCommand.listSpec
    case ["criteria", "costs"]: spec = CriteriaCommand.costsSpec
    case ["criteria", "sources"]: spec = CriteriaCommand.sourcesSpec
    case ["criteria", "validate"]: spec = CriteriaCommand.validateSpec
    default:
      throw UsageError(message: "Unknown command '\(path.joined(separator: " "))'.", command: Self.root)
    }
    io.write(HelpFormatter.help(spec, width: io.lineWidth(.output)), to: .output)
    return .success
  }
}

/// Options shared by the commands that read criteria tables.
enum SharedOptions {
  static let criteria = CommandSpec.Option(
    name: "criteria", valueName: "dir",
    help: "Use the criteria tables in this folder instead of the built-in ones. The ADVISOR_CRITERIA environment variable does the same.")
  static let color = CommandSpec.Option(
    name: "color", valueName: "when",
    help: "Colour the text output: auto (on a terminal, unless NO_COLOR is set), always or never.",
    defaultValue: "auto", choices: ["auto", "always", "never"])

  /// The robustness options every scoring command accepts.
  static let analysis: [CommandSpec.Option] = [
    .init(
      name: "method", valueName: "method", help: "Rank by the weighted sum (wsm), weighted product (wpm) or TOPSIS.", defaultValue: "wsm",
      choices: RankingMethod.allCases.map(\.rawValue)),
    .init(
      name: "samples", valueName: "n", help: "Monte Carlo weight samples; 0 turns sampling off (confidence then rests on the margin).",
      defaultValue: "10000"),
    .init(name: "concentration", valueName: "c", help: "Dirichlet concentration of the samples around the weights.", defaultValue: "100"),
    .init(name: "seed", valueName: "n", help: "Random seed; the same seed gives the same report.", defaultValue: "42"),
  ]

  /// The pipeline options from the command line.
  static func advisorOptions(_ parsed: ParsedArguments, command: CommandSpec) throws -> Advisor.Options {
    var options = Advisor.Options()
    options.method = parsed.value("method").flatMap(RankingMethod.init(rawValue:)) ?? .wsm
    if let text = parsed.value("samples") {
      guard let samples = Int(text), (0...10_000_000).contains(samples) else {
        throw UsageError(message: "The value '\(text)' is invalid for '--samples'. Expected a whole number from 0 to 10000000.", command: command)
      }
      options.samples = samples
      options.stopsEarly = false
    }
    if let text = parsed.value("concentration") {
      guard let concentration = Double(text), concentration > 0, concentration <= 1e9 else {
        throw UsageError(message: "The value '\(text)' is invalid for '--concentration'. Expected a positive number.", command: command)
      }
      options.concentration = concentration
    }
    if let text = parsed.value("seed") {
      guard let seed = UInt64(text) else {
        throw UsageError(message: "The value '\(text)' is invalid for '--seed'. Expected a whole number of at least 0.", command: command)
      }
      options.seed = seed
    }
    return options
  }

  /// Parses a command's arguments; on `--help` prints the command's help and returns `nil`.
  static func parse(_ spec: CommandSpec, _ arguments: [String], io: any CommandIO) throws(UsageError) -> ParsedArguments? {
    let parsed = try ArgumentParser(spec: spec).parse(arguments)
    guard !parsed.flags.contains("help") else {
      io.write(HelpFormatter.help(spec, width: io.lineWidth(.output)), to: .output)
      return nil
    }
    return parsed
  }

  /// A `--format` option over these formats, the first being the default.
  static func format(_ formats: [String]) -> CommandSpec.Option {
    let list = formats.dropLast().joined(separator: ", ") + " or " + (formats.last ?? "")
    return .init(name: "format", short: "f", valueName: "format", help: "Output format: \(list).", defaultValue: formats.first, choices: formats)
  }

  /// The input a path names: the file, or standard input for `-`.
  static func input(_ path: String, io: any CommandIO, limit: Int = InputFile.sizeLimit) throws(AdvisorError) -> InputFile {
    guard path == "-" else { return try InputFile.read(path: path, limit: limit) }
    hintTypedInput(io: io)
    return try io.readStandardInput(limit: limit)
  }

  /// On a terminal, `-` would otherwise wait in silence: say what it waits for and how to end it.
  static func hintTypedInput(io: any CommandIO) {
    guard io.inputIsTerminal else { return }
    io.write("advisor: reading standard input; type or paste the JSON, then press Ctrl-D (Ctrl-C cancels)\n", to: .error)
  }

  /// Loads the tables named by `--criteria`, else `ADVISOR_CRITERIA`, else the built-in ones.
  static func loadCriteria(_ parsed: ParsedArguments, io: any CommandIO, loader: CriteriaLoader = CriteriaLoader()) throws(AdvisorError)
    -> CriteriaSet
  {
    if let directory = parsed.value("criteria") ?? io.environment["ADVISOR_CRITERIA"].flatMap({ $0.isEmpty ? nil : $0 }) {
      return try loader.load(directory: directory)
    }
    return try loader.loadBuiltIn()
  }

  /// Whether to colour output written to standard output.
  static func useColor(_ parsed: ParsedArguments, io: any CommandIO) -> Bool {
    switch parsed.value("color") ?? "auto" {
    case "always": return true
    case "never": return false
    default:
      let noColor = io.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
      return !noColor && io.environment["TERM"] != "dumb" && io.isTerminal(.output)
    }
  }
}
