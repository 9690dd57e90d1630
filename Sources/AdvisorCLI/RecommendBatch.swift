import AdvisorCore

/// One spec of a run: a file named on the command line (read, or why it could not be), or a line of a batch.
enum SpecSource: Sendable {
  case file(String, Result<InputFile, AdvisorError>)
  case line(SpecBatch.Line)

  /// How the spec is named when it cannot be scored: its path, or the batch file and line.
  var label: String {
    switch self {
    case .file(let path, _): path
    case .line(let line): "\(line.file):\(line.number)"
    }
  }

  /// Reads the spec against the tables.
  func load(criteria: CriteriaSet) throws(AdvisorError) -> ProjectSpec {
    switch self {
    case .file(_, let contents): try ProjectSpec.load(contents.get(), criteria: criteria)
    case .line(let line): try line.load(criteria: criteria)
    }
  }
}

/// Many specs at once: each is scored on the worker threads, then reported in input order — a portfolio of
/// verdicts (text, Markdown), or each spec's JSON report or annotations written as soon as its turn comes.
struct RecommendBatch: Sendable {
  /// The specs named on the command line; the lines of `--batch` follow them, read a window at a time.
  let sources: [SpecSource]
  let criteria: CriteriaSet
  let advisor: Advisor
  let format: OutputFormat
  let timestamp: String?
  let pool: WorkerPool
  /// Whether each portfolio row carries the project's next step (its plan's first step).
  var plans = true
  /// Specs scored between two writes of streamed output: with JSON reports of about 15 KB, some 8 MB at a time.
  var window = 512
  /// Specs read and scored at a time for a portfolio, whose rows are written together at the end.
  var portfolioWindow = 8_192

  /// What scoring one spec gave: its verdict and its rendered output (a portfolio row, or the report in a
  /// streamed format).
  private enum Outcome: Sendable {
    case scored(Verdict, String)
    case failed(AdvisorError)
  }

  /// Scores every spec, writes the output (to standard output, or atomically to `output`), and returns the exit
  /// code: 65 when a spec could not be scored, 1 when a gate failed.
  func run(gates: Gates, output path: String?, batch: SpecBatchReader? = nil, io: any CommandIO)
    throws(AdvisorError) -> ExitCode
  {
    let portfolio =
      format == .text || format == .markdown || format == .html
      ? PortfolioRenderer(
        approaches: criteria.approaches,
        style: format == .markdown ? .markdown : format == .html ? .html : .text) : nil
    var rows: [PortfolioRenderer.Row] = []
    var failures: [PortfolioRenderer.Failure] = []
    var gateFailures: [String] = []
    var output = ""
    // An output file is written as the output is produced and put in place atomically at the end.
    var file = try path.map { path throws(AdvisorError) in try io.openFile(path) }
    /// Writes text; `false` when standard output failed (the reader left, the disk is full), so that the batch
    /// stops scoring (the command line reports it).
    func emit(_ text: String) throws(AdvisorError) -> Bool {
      guard !text.isEmpty else { return true }
      if file != nil { try file?.write(text) } else { io.write(text, to: .output) }
      return io.outputFailure == nil
    }
    let window = max(1, portfolio != nil ? portfolioWindow : window)
    var named = sources[...]
    var total = 0
    while true {
      // The named specs first, then the batch's lines: only a window of specs is held at a time.
      var taken = Array(named.prefix(window))
      named = named.dropFirst(taken.count)
      if taken.count < window, let batch {
        taken += try batch.next(window - taken.count).map(SpecSource.line)
      }
      let specs = taken
      if specs.isEmpty { break }
      total += specs.count
      // Each worker compiles the tables for its verdicts once a window.
      let outcomes = pool.map(specs.count) { [self] _ in
        let verdicts = portfolio.map {
          (
            renderer: $0,
            scorer: VerdictScorer(criteria: criteria, options: advisor.options, plans: plans)
          )
        }
        return { index in score(specs[index], verdicts: verdicts) }
      }
      for (source, outcome) in zip(specs, outcomes) {
        switch outcome {
        case .failed(let error):
          io.write(error.description + "\n", to: .error)
          failures.append(.init(name: source.label, message: error.summary))
        case .scored(let verdict, let text):
          gateFailures += gates.failures(for: verdict)
          if portfolio != nil {
            rows.append(.init(verdict: verdict, line: text))
          } else {
            output += text
          }
        }
      }
      // Streamed output goes out a window at a time.
      if portfolio == nil {
        guard try emit(output) else { return .ioError }
        output = ""
      }
    }
    if let portfolio { output = portfolio.render(rows, failures: failures) }
    if format == .github { output += GitHubAnnotationRenderer.gateFailures(gateFailures) }
    guard try emit(output) else { return .ioError }
    try file.take()?.commit()
    let gated = RecommendCommand.report(gateFailures, io: io)
    if !failures.isEmpty {
      io.write("advisor: \(failures.count) of \(total) specs could not be scored\n", to: .error)
      return .dataError
    }
    return gated
  }

  /// A portfolio needs only the verdict (from the worker's compiled tables) and its row; JSON Lines and
  /// annotations need the full report. Both are rendered here, on the worker thread.
  private func score(
    _ source: SpecSource, verdicts: (renderer: PortfolioRenderer, scorer: VerdictScorer)?
  ) -> Outcome {
    do {
      let spec = try source.load(criteria: criteria)
      if let verdicts {
        let row = verdicts.renderer.row(verdicts.scorer.verdict(spec))
        return .scored(row.verdict, row.line)
      }
      var report = advisor.recommend(spec, criteria: criteria)
      report.generatedAt = timestamp
      let text =
        format == .json
        ? JSONWriter(style: .compact).string(JSONReportRenderer().json(report)) + "\n"
        : GitHubAnnotationRenderer().render(report)
      return .scored(Verdict(report), text)
    } catch {
      return .failed(error)
    }
  }
}
