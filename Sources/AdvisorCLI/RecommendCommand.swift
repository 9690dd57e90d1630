import AdvisorCore

/// `advisor recommend SPEC…`: load → resolve → score → render, with optional CI gates.
struct RecommendCommand: Command {
  let io: any CommandIO

  static let spec = CommandSpec(
    path: "advisor recommend",
    abstract:
      "Score project specs and print the recommendation, its rationale and the decision matrix.",
    discussion: """
      Unknown facts favour no approach: the report lists them and says which answers would change the \
      recommendation. Facts that other facts imply (knowledge that changes daily is knowledge the model lacks) \
      are inferred by the criteria tables and marked as such.

      With several specs or --batch, prints a portfolio (text, markdown) or one JSON report per line (json); \
      an invalid spec is reported and the others are still scored.

      Gates (--expect, --min-confidence, --min-margin) exit with status 1 when a recommendation fails them.
      """,
    arguments: [
      .init(
        name: "spec", help: "Project specs (JSON, spec version 1); - reads standard input.",
        isOptional: true, isRepeating: true)
    ],
    options: [
      .init(
        name: "format", short: "f", valueName: "format",
        help:
          "Output format: text, json, markdown, github (workflow annotations) or html (one self-contained page).",
        defaultValue: "text", choices: OutputFormat.allCases.map(\.rawValue)),
      .init(
        name: "output", short: "o", valueName: "file",
        help: "Write the output to this file (atomically) instead of standard output."),
      .init(
        name: "batch", valueName: "file",
        help: "Score every spec in a JSON Lines file, one spec per line; - reads standard input."),
      .init(
        name: "expect", valueName: "approaches",
        help:
          "Fail (exit 1) unless the recommendation is one of these comma-separated approach ids."),
      .init(
        name: "min-confidence", valueName: "percent",
        help: "Fail (exit 1) when the confidence is below this, 0-100."),
      .init(
        name: "min-margin", valueName: "points",
        help: "Fail (exit 1) when the winner leads the runner-up by fewer points."),
      .init(
        name: "timestamp",
        help:
          "Add the time of the run (generatedAt) to JSON reports; without it, reports are reproducible."
      ),
      .init(
        name: "sensitivity",
        help: "Add a short section on how solid the recommendation is (text and markdown)."),
      .init(
        name: "no-plan",
        help:
          "Leave each project's next step out of a portfolio: verdicts only, about ten times faster on large batches."
      ),
      .init(
        name: "jobs", short: "j", valueName: "n",
        help:
          "Score a batch on this many threads; the output is the same for any number (default: the processors online)."
      ),
    ] + SharedOptions.analysis + [SharedOptions.criteria, SharedOptions.color],
    examples: [
      .init("advisor recommend project.json", "Score one spec and print the report."),
      .init(
        "advisor recommend project.json -f json -o report.json",
        "Write the JSON report for CI, atomically."),
      .init(
        "advisor recommend project.json --expect rag,hybrid --min-confidence 60",
        "Gate a pipeline: exit 1 unless the verdict is RAG or hybrid with confidence of at least 60%."
      ),
      .init("advisor recommend specs/*.json", "Compare several projects in one portfolio table."),
      .init(
        "advisor recommend --batch specs.jsonl -f json -o reports.jsonl",
        "Score a JSON Lines file of specs, one report per line."),
    ])

  func run(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.spec, arguments, io: io) else {
      return .success
    }
    guard !parsed.positionals.isEmpty || parsed.value("batch") != nil else {
      throw UsageError(
        message: "Missing expected argument '<spec>' (or --batch <file>).", command: Self.spec)
    }
    let jobs = try parseJobs(parsed)
    let criteria = try SharedOptions.loadCriteria(parsed, io: io)
    let gates = try parseGates(parsed, criteria: criteria)
    let format = OutputFormat(rawValue: parsed.value("format") ?? "text") ?? .text
    let timestamp =
      parsed.flags.contains("timestamp") ? try Clock.iso8601Now(environment: io.environment) : nil
    let advisor = Advisor(options: try SharedOptions.advisorOptions(parsed, command: Self.spec))
    try SharedOptions.refuseOverwritingInputs(
      output: parsed.value("output"),
      inputs: parsed.positionals + [parsed.value("batch")].compactMap { $0 }, command: Self.spec)
    // Specs are read once every option has been checked, so a usage error comes before any file error.
    let sources = try collectSources(parsed)
    guard sources.count > 1 || parsed.value("batch") != nil else {
      return try single(
        sources[0], parsed: parsed, criteria: criteria, advisor: advisor, gates: gates,
        format: format, timestamp: timestamp)
    }
    let batch = RecommendBatch(
      sources: sources, criteria: criteria, advisor: advisor, format: format, timestamp: timestamp,
      pool: WorkerPool(threads: jobs),
      plans: !parsed.flags.contains("no-plan"))
    let lines = try parsed.value("batch").map { path throws(AdvisorError) in
      if path == "-" {
        SharedOptions.hintTypedInput(io: io)
        return io.standardInputBatch()
      }
      return try SpecBatchReader(path: path)
    }
    return try batch.run(gates: gates, output: parsed.value("output"), batch: lines, io: io)
  }

  /// One spec: its full report, rendered in the asked format.
  private func single(
    _ source: SpecSource, parsed: ParsedArguments, criteria: CriteriaSet, advisor: Advisor,
    gates: Gates, format: OutputFormat,
    timestamp: String?
  ) throws -> ExitCode {
    var report = advisor.recommend(try source.load(criteria: criteria), criteria: criteria)
    report.generatedAt = timestamp
    let gateFailures = gates.failures(for: Verdict(report))
    let toFile = parsed.value("output") != nil
    let color = !toFile && SharedOptions.useColor(parsed, io: io)
    var output = format.renderer(
      color: color, sensitivity: parsed.flags.contains("sensitivity"), width: io.lineWidth(.output)
    )
    .render(report)
    if format == .github { output += GitHubAnnotationRenderer.gateFailures(gateFailures) }
    if let path = parsed.value("output") {
      try io.writeFile(output, to: path)
    } else {
      io.write(output, to: .output)
    }
    return Self.report(gateFailures, io: io)
  }

  /// Says each failed gate on standard error; the exit code is 1 when any failed.
  static func report(_ gateFailures: [String], io: any CommandIO) -> ExitCode {
    for failure in gateFailures { io.write("advisor: gate failed: \(failure)\n", to: .error) }
    return gateFailures.isEmpty ? .success : .gateFailed
  }

  /// The specs named on the command line, read now.
  private func collectSources(_ parsed: ParsedArguments) throws -> [SpecSource] {
    let several = parsed.positionals.count > 1 || parsed.value("batch") != nil
    return try parsed.positionals.map { path in
      // A single spec's read error ends the run; in a batch it is that spec's failure.
      do throws(AdvisorError) {
        return .file(path, .success(try SharedOptions.input(path, io: io)))
      } catch  where several {
        return .file(path, .failure(error))
      }
    }
  }

  private func parseJobs(_ parsed: ParsedArguments) throws -> Int {
    guard let text = parsed.value("jobs") else { return WorkerPool.processorCount }
    guard let jobs = Int(text), (1...256).contains(jobs) else {
      throw UsageError(
        message:
          "The value '\(text)' is invalid for '--jobs'. Expected a whole number from 1 to 256.",
        command: Self.spec)
    }
    return jobs
  }

  private func parseGates(_ parsed: ParsedArguments, criteria: CriteriaSet) throws -> Gates {
    var gates = Gates()
    if let list = parsed.value("expect") {
      let known = criteria.approaches.map(\.id)
      gates.expected = list.split(separator: ",").map { String($0).trimmingWhitespace() }.filter {
        !$0.isEmpty
      }
      // An unset CI variable (`--expect "$APPROACH"`) must not switch the gate off silently.
      guard !gates.expected.isEmpty else {
        throw UsageError(
          message:
            "--expect names no approach. Expected one or more of: \(known.joined(separator: ", ")).",
          command: Self.spec)
      }
      for id in gates.expected where !known.contains(id) {
        var message = "Unknown approach '\(id)' in --expect."
        message += Suggestion.hint(id, in: known, .sentence)
        throw UsageError(
          message: message + " Expected: \(known.joined(separator: ", ")).", command: Self.spec)
      }
    }
    gates.minimumConfidence = try number(parsed, "min-confidence", in: 0...100)
    gates.minimumMargin = try number(parsed, "min-margin", in: 0...100)
    return gates
  }

  private func number(_ parsed: ParsedArguments, _ name: String, in range: ClosedRange<Double>)
    throws -> Double?
  {
    guard let text = parsed.value(name) else { return nil }
    guard let value = DecimalNumber.parse(text), range.contains(value) else {
      throw UsageError(
        message: "The value '\(text)' is invalid for '--\(name)'. Expected a number from 0 to 100.",
        command: Self.spec)
    }
    return value
  }
}
