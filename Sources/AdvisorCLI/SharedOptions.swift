import AdvisorCore

/// Options shared by the commands that read criteria tables.
enum SharedOptions {
  static let criteria = CommandSpec.Option(
    name: "criteria", valueName: "dir",
    help:
      "Use the criteria tables in this folder instead of the built-in ones. The ADVISOR_CRITERIA environment variable does the same."
  )
  static let color = CommandSpec.Option(
    name: "color", valueName: "when",
    help: "Colour the text output: auto (on a terminal, unless NO_COLOR is set), always or never.",
    defaultValue: "auto", choices: ["auto", "always", "never"])

  /// The robustness options every scoring command accepts.
  static let analysis: [CommandSpec.Option] = [
    .init(
      name: "method", valueName: "method",
      help: "Rank by the weighted sum (wsm), weighted product (wpm) or TOPSIS.",
      defaultValue: "wsm",
      choices: RankingMethod.allCases.map(\.rawValue)),
    .init(
      name: "samples", valueName: "n",
      help:
        "Monte Carlo weight samples; 0 turns sampling off (confidence then rests on the margin).",
      defaultValue: "10000"),
    .init(
      name: "concentration", valueName: "c",
      help: "Dirichlet concentration of the samples around the weights.", defaultValue: "100"),
    .init(
      name: "seed", valueName: "n", help: "Random seed; the same seed gives the same report.",
      defaultValue: "42"),
  ]

  /// The pipeline options from the command line.
  static func advisorOptions(_ parsed: ParsedArguments, command: CommandSpec) throws
    -> Advisor.Options
  {
    var options = Advisor.Options()
    options.method = parsed.value("method").flatMap(RankingMethod.init(rawValue:)) ?? .wsm
    if let text = parsed.value("samples") {
      guard let samples = Int(text), (0...10_000_000).contains(samples) else {
        throw UsageError(
          message:
            "The value '\(text)' is invalid for '--samples'. Expected a whole number from 0 to 10000000.",
          command: command)
      }
      options.samples = samples
      options.stopsEarly = false
    }
    if let text = parsed.value("concentration") {
      guard let concentration = DecimalNumber.parse(text), concentration > 0, concentration <= 1e9
      else {
        throw UsageError(
          message:
            "The value '\(text)' is invalid for '--concentration'. Expected a positive number.",
          command: command)
      }
      options.concentration = concentration
    }
    if let text = parsed.value("seed") {
      guard let seed = UInt64(text) else {
        throw UsageError(
          message:
            "The value '\(text)' is invalid for '--seed'. Expected a whole number of at least 0.",
          command: command)
      }
      options.seed = seed
    }
    return options
  }

  /// Parses a command's arguments; on `--help` prints the command's help and returns `nil`.
  static func parse(_ spec: CommandSpec, _ arguments: [String], io: any CommandIO)
    throws(UsageError) -> ParsedArguments?
  {
    let parsed = try CommandLineParser(spec: spec).parse(arguments)
    guard !parsed.flags.contains("help") else {
      io.write(HelpFormatter.help(spec, width: io.lineWidth(.output)), to: .output)
      return nil
    }
    return parsed
  }

  /// A `--format` option over these formats, the first being the default.
  static func format(_ formats: [String]) -> CommandSpec.Option {
    let list = formats.dropLast().joined(separator: ", ") + " or " + (formats.last ?? "")
    return .init(
      name: "format", short: "f", valueName: "format", help: "Output format: \(list).",
      defaultValue: formats.first, choices: formats)
  }

  /// The input a path names: the file, or standard input for `-`.
  static func input(_ path: String, io: any CommandIO, limit: Int = InputFile.sizeLimit)
    throws(AdvisorError) -> InputFile
  {
    guard path == "-" else { return try InputFile.read(path: path, limit: limit) }
    hintTypedInput(io: io)
    return try io.readStandardInput(limit: limit)
  }

  /// On a terminal, `-` would otherwise wait in silence: say what it waits for and how to end it.
  static func hintTypedInput(io: any CommandIO) {
    guard io.inputIsTerminal else { return }
    io.write(
      "advisor: reading standard input; type or paste the JSON, then press Ctrl-D (Ctrl-C cancels)\n",
      to: .error)
  }

  /// Loads the tables named by `--criteria`, else `ADVISOR_CRITERIA`, else the built-in ones.
  static func loadCriteria(
    _ parsed: ParsedArguments, io: any CommandIO, loader: CriteriaLoader = CriteriaLoader()
  ) throws(AdvisorError)
    -> CriteriaSet
  {
    if let directory = parsed.value("criteria")
      ?? io.environment["ADVISOR_CRITERIA"].flatMap({ $0.isEmpty ? nil : $0 })
    {
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
