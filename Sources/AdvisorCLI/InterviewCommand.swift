import AdvisorCore

/// `advisor interview`: asks the criteria tables' questions, then prints the recommendation.
struct InterviewCommand: Command {
  let io: any CommandIO

  static let spec = CommandSpec(
    path: "advisor interview",
    abstract: "Answer the criteria's questions in the terminal and get a recommendation.",
    discussion: """
      Each question shows its choices or unit and a default in brackets: Enter accepts it, ? shows help, - leaves \
      the fact unknown, < goes back to the previous question (in an answers file too). Numbers may be written 800, 1.5M, 1,500,000 or 50k a month; times 300ms, 2s, 1.5min (M alone \
      is refused on a time: million or minutes?). A choice takes its number, its id or 2+ letters of it. With --save on a terminal, the \
      answers are shown and confirmed before the file is written. Ctrl-D or Ctrl-C cancels (exit 130) \
      without writing anything. Questions and prompts go to standard error; the report goes to standard output.

      For scripts: --answers FILE (or - for standard input) gives one answer per line in the order asked, starting \
      with the project name; missing lines take the defaults. --no-input takes every default.
      """,
    options: [
      .init(
        name: "from", valueName: "spec",
        help: "Start from an existing spec: its facts, name and weights become the defaults."),
      .init(
        name: "save", valueName: "file",
        help: "Save the answers as a version-1 spec (atomically) that `advisor recommend` reads."),
      .init(name: "force", help: "Replace the --save file if it exists, without asking."),
      .init(name: "all", help: "Ask every criterion, not only the core ones."),
      .init(
        name: "answers", valueName: "file",
        help: "Read the answers from a file, one per line; - reads standard input."),
      .init(name: "no-input", help: "Ask nothing: use the defaults (and --from)."),
      SharedOptions.format(OutputFormat.allCases.map(\.rawValue)),
      SharedOptions.criteria,
      SharedOptions.color,
    ],
    examples: [
      .init(
        "advisor interview", "Answer the questions in the terminal and read the recommendation."),
      .init(
        "advisor interview --save project.json", "Save your answers as a spec to score again later."
      ),
      .init(
        "advisor interview --answers answers.txt --save project.json",
        "Answer from a file, one answer per line, as a script would."),
    ])

  func run(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.spec, arguments, io: io) else {
      return .success
    }
    if parsed.flags.contains("no-input") && parsed.value("answers") != nil {
      throw UsageError(
        message: "--no-input and --answers cannot be used together.", command: Self.spec)
    }
    let criteria = try SharedOptions.loadCriteria(parsed, io: io)
    let start = try parsed.value("from").map { path throws -> ProjectSpec in
      try ProjectSpec.load(InputFile.read(path: path), criteria: criteria)
    }
    // A directory can never be saved to: say so now, not after the questions (nor offer to replace it).
    try SharedOptions.refuseDirectoryOutput(parsed.value("save"), option: "--save")
    let prompter = try makePrompter(parsed)
    if let save = parsed.value("save"), io.fileExists(save), !parsed.flags.contains("force") {
      // Ask before the questions, so that nobody answers eleven questions for nothing.
      guard let prompter, prompter.endOfInputCancels,
        try prompter.confirm("\(save) exists. Replace it?", defaultYes: false)
      else {
        throw OutputExists(path: save)
      }
    }
    var spec =
      start
      ?? ProjectSpec(name: parsed.value("save").map(ProjectSpec.defaultName(for:)) ?? "project")
    if let save = parsed.value("save") {
      spec.file = save
    } else if start == nil {
      spec.file = "<interview>"
    }
    // A person at a terminal sees the answers and confirms before the file is written; a script saves unasked.
    let confirmSave = prompter?.endOfInputCancels == true ? parsed.value("save") : nil
    let color = SharedOptions.useColor(parsed, io: io)
    let style = TextStyle(enabled: color && io.isTerminal(.error))
    var saveDeclined = false
    if let prompter {
      var session = InterviewSession(
        prompter: prompter, plan: InterviewPlan(criteria: criteria),
        costQuestions: criteria.costModel?.facts.map(\.interviewQuestion) ?? [],
        askAll: parsed.flags.contains("all"),
        factOrder: criteria.criteria.map(\.fact.key), confirmSave: confirmSave)
      session.summary = {
        AnswerSummary(report: Advisor().recommend($0, criteria: criteria), style: style).text(
          saved: nil)
      }
      (spec, saveDeclined) = try session.run(spec)
    }
    if let script = prompter?.script, script.unread > 0 {
      // More answers than questions: the script and the interview disagree on what is asked.
      let count = script.unread
      io.write(
        "\(script.file):\(script.position + 1):1: warning: \(count) line\(count == 1 ? "" : "s") after the last question \(count == 1 ? "was" : "were") not read\n",
        to: .error)
    }
    if let save = parsed.value("save"), !saveDeclined {
      try io.writeFile(spec.jsonText, to: save)
    }
    let report = Advisor().recommend(spec, criteria: criteria)
    if let confirmSave {
      // The summary was shown before the confirmation: say only what became of the file.
      let outcome =
        saveDeclined
        ? "\(confirmSave): not saved: you declined at the summary; nothing was written"
        : AnswerSummary.savedLine(confirmSave, width: io.lineWidth(.error))
      io.write(outcome + (saveDeclined ? "\n" : "\n\n"), to: .error)
    } else {
      io.write(
        AnswerSummary(report: report, style: style, width: io.lineWidth(.error)).text(
          saved: parsed.value("save")), to: .error)
    }
    let format = OutputFormat(rawValue: parsed.value("format") ?? "text") ?? .text
    io.write(
      format.renderer(color: color, width: io.lineWidth(.output)).render(report), to: .output)
    return saveDeclined ? .cannotCreate : .success
  }

  /// The prompter for the input mode, or `nil` for `--no-input`.
  private func makePrompter(_ parsed: ParsedArguments) throws -> Prompter? {
    let style = TextStyle(enabled: SharedOptions.useColor(parsed, io: io) && io.isTerminal(.error))
    if parsed.flags.contains("no-input") { return nil }
    if let source = parsed.value("answers") {
      let text = String(decoding: try SharedOptions.input(source, io: io).bytes, as: UTF8.self)
      // Split by scalar: "\r\n" is one Character, which a split on "\n" would never find.
      var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
        String(String.UnicodeScalarView($0))
      }
      if lines.last == "" { lines.removeLast() }
      // Both line endings: a line from a CRLF file, or from standard input, ends without its "\r".
      lines = lines.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
      let script = AnswerScript(file: source == "-" ? "<stdin>" : source, lines: lines)
      return Prompter(
        io: io, style: style, nextLine: script.next, endOfInputCancels: false, echoAnswers: true,
        script: script,
        width: io.lineWidth(.error))
    }
    guard io.inputIsTerminal else {
      throw UsageError(
        message:
          "Standard input is not a terminal, so there is nobody to ask. Pass a spec to `advisor recommend`, "
          + "or use --answers - (one answer per line) or --no-input.",
        command: Self.spec)
    }
    io.cancelOnInterrupt()
    return Prompter(
      io: io, style: style, nextLine: io.readLine, endOfInputCancels: true, echoAnswers: false,
      width: io.lineWidth(.error))
  }
}
