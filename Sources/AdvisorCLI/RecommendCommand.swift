import AdvisorCore

/// `advisor recommend SPEC…`: load → resolve → score → render, with optional CI gates.
struct RecommendCommand {
  let io: any CommandIO

  static let spec = CommandSpec(
    path: "advisor recommend",
    abstract: "Score project specs and print the recommendation, its rationale and the decision matrix.",
    discussion: """
      Unknown facts favour no approach: the report lists them and says which answers would change the \
      recommendation. Facts that other facts imply (knowledge that changes daily is knowledge the model lacks) \
      are inferred by the criteria tables and marked as such.

      With several specs or --batch, prints a portfolio (text, markdown) or one JSON report per line (json); \
      an invalid spec is reported and the others are still scored.

      Gates (--expect, --min-confidence, --min-margin) exit with status 1 when a recommendation fails them.
      """,
    arguments: [.init(name: "spec", help: "Project specs (JSON, spec version 1); - reads standard input.", isOptional: true, isRepeating: true)],
    options: [
      .init(
        name: "format", short: "f", valueName: "format", help: "Output format: text, json, markdown or github (workflow annotations).",
        defaultValue: "text", choices: OutputFormat.allCases.map(\.rawValue)),
      .init(name: "output", short: "o", valueName: "file", help: "Write the output to this file (atomically) instead of standard output."),
      .init(name: "batch", valueName: "file", help: "Score every spec in a JSON Lines file, one spec per line; - reads standard input."),
      .init(name: "expect", valueName: "approaches", help: "Fail (exit 1) unless the recommendation is one of these comma-separated approach ids."),
      .init(name: "min-confidence", valueName: "percent", help: "Fail (exit 1) when the confidence is below this, 0-100."),
      .init(name: "min-margin", valueName: "points", help: "Fail (exit 1) when the winner leads the runner-up by fewer points."),
      .init(name: "timestamp", help: "Add the time of the run (generatedAt) to JSON reports; without it, reports are reproducible."),
      .init(name: "sensitivity", help: "Add a short section on how solid the recommendation is (text and markdown)."),
    ] + SharedOptions.analysis + [SharedOptions.criteria, SharedOptions.color])

  /// One spec to score: where it came from, and how to read it.
  private struct Input {
    var label: String
    var load: (CriteriaSet) throws -> ProjectSpec
  }

  func run(_ arguments: [String]) throws -> ExitCode {
    guard let parsed = try SharedOptions.parse(Self.spec, arguments, io: io) else { return .success }
    let inputs = try collectInputs(parsed)
    let criteria = try SharedOptions.loadCriteria(parsed, io: io)
    let gates = try parseGates(parsed, criteria: criteria)
    let format = OutputFormat(rawValue: parsed.value("format") ?? "text") ?? .text
    let timestamp = parsed.flags.contains("timestamp") ? Clock.iso8601Now(environment: io.environment) : nil
    let advisor = Advisor(options: try SharedOptions.advisorOptions(parsed, command: Self.spec))
    var report: Report?
    var verdicts: [Verdict] = []
    var failures: [PortfolioRenderer.Failure] = []
    var gateFailures: [String] = []
    let batch = inputs.count > 1 || parsed.value("batch") != nil
    // A portfolio needs only each spec's verdict. JSON Lines and annotations are written as each spec is scored
    // (to standard output in chunks, or gathered for the atomic output file), so a large batch holds no reports.
    let portfolio = batch && (format == .text || format == .markdown)
    let toFile = parsed.value("output") != nil
    var output = ""
    for input in inputs {
      do {
        let spec = try input.load(criteria)
        if portfolio {
          let verdict = advisor.verdict(spec, criteria: criteria)
          gateFailures += gates.failures(for: verdict)
          verdicts.append(verdict)
          continue
        }
        var scored = advisor.recommend(spec, criteria: criteria)
        scored.generatedAt = timestamp
        gateFailures += gates.failures(for: Verdict(scored))
        guard batch else {
          report = scored
          continue
        }
        output +=
          format == .json
          ? JSONWriter(style: .compact).string(JSONReportRenderer().json(scored)) + "\n" : GitHubAnnotationRenderer().render(scored)
        if !toFile, output.utf8.count >= 1 << 16 {
          io.write(output, to: .output)
          output = ""
        }
      } catch let error as AdvisorError where batch {
        io.write(error.description + "\n", to: .error)
        failures.append(.init(name: input.label, message: error.summary))
      }
    }
    if portfolio {
      let renderer = PortfolioRenderer(approaches: criteria.approaches)
      output = format == .markdown ? renderer.markdown(verdicts, failures: failures) : renderer.text(verdicts, failures: failures)
    } else if let report {
      let color = !toFile && SharedOptions.useColor(parsed, io: io)
      output = format.renderer(color: color, sensitivity: parsed.flags.contains("sensitivity")).render(report)
    }
    if format == .github {
      output += gateFailures.map { GitHubAnnotationRenderer.command("error", title: "advisor gate", message: $0) + "\n" }.joined()
    }
    if let path = parsed.value("output") {
      try io.writeFile(output, to: path)
    } else {
      io.write(output, to: .output)
    }
    for failure in gateFailures { io.write("advisor: gate failed: \(failure)\n", to: .error) }
    if !failures.isEmpty {
      io.write("advisor: \(failures.count) of \(inputs.count) specs could not be scored\n", to: .error)
      return .dataError
    }
    return gateFailures.isEmpty ? .success : .gateFailed
  }

  private func collectInputs(_ parsed: ParsedArguments) throws -> [Input] {
    var inputs = parsed.positionals.map { path in
      Input(label: path) { criteria in
        try ProjectSpec.load(SharedOptions.input(path, io: io), criteria: criteria)
      }
    }
    if let batch = parsed.value("batch") {
      let file =
        try SharedOptions.input(batch, io: io, limit: InputFile.batchSizeLimit)
      inputs += SpecBatch(file: file).lines.map { line in
        Input(label: "\(file.name):\(line.number)") { criteria in try line.load(criteria: criteria) }
      }
    }
    guard !inputs.isEmpty else {
      throw UsageError(message: "Missing expected argument '<spec>' (or --batch <file>).", command: Self.spec)
    }
    return inputs
  }

  private func parseGates(_ parsed: ParsedArguments, criteria: CriteriaSet) throws -> Gates {
    var gates = Gates()
    if let list = parsed.value("expect") {
      let known = criteria.approaches.map(\.id)
      gates.expected = list.split(separator: ",").map { String($0).trimmingWhitespace() }
      for id in gates.expected where !known.contains(id) {
        var message = "Unknown approach '\(id)' in --expect."
        if let suggestion = Suggestion.nearest(to: id, in: known) { message += " Did you mean '\(suggestion)'?" }
        throw UsageError(message: message + " Expected: \(known.joined(separator: ", ")).", command: Self.spec)
      }
    }
    gates.minimumConfidence = try number(parsed, "min-confidence", in: 0...100)
    gates.minimumMargin = try number(parsed, "min-margin", in: 0...100)
    return gates
  }

  private func number(_ parsed: ParsedArguments, _ name: String, in range: ClosedRange<Double>) throws -> Double? {
    guard let text = parsed.value(name) else { return nil }
    guard let value = Double(text), range.contains(value) else {
      throw UsageError(message: "The value '\(text)' is invalid for '--\(name)'. Expected a number from 0 to 100.", command: Self.spec)
    }
    return value
  }
}
