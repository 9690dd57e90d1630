import Foundation
import AdvisorCore
import Testing

@Suite struct CostCommandTests {
  let spec = Paths.example("proprietary-classification")

  @Test func showsTermsTotalsAndBreakEvens() {
    let run = Run(["cost", spec])
    #expect(run.status == 0)
    #expect(
      run.output.hasPrefix(
        "proprietary-classification\n\nCosts over 12 months at 1,500,000 queries a month (USD)\n"))
    #expect(run.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
    #expect(run.output.contains("\nFine-tuning\n"))
    #expect(run.output.contains(" evaluation set\n"))
    #expect(run.output.contains("\n  Largest: "))
    #expect(run.output.contains("RAG vs Fine-tuning: Fine-tuning is cheaper above"))
    #expect(run.output.contains("tokens_per_query_in 500 (default)"))
  }

  @Test func volumeAndHorizonExploreScenarios() throws {
    let base = Run(["cost", spec, "-f", "json"])
    let longer = Run(["cost", spec, "-f", "json", "--horizon", "36", "--volume", "20k"])
    #expect(longer.status == 0)
    #expect(longer.output.contains("\"months\": 36"))
    #expect(longer.output.contains("\"volume\": 20000"))
    #expect(base.output.contains("\"volume\": 1500000"))
    #expect(Run(["cost", spec, "--volume", "lots"]).status == 64)
  }

  @Test func sweepPrintsATableAndAChartOnlyOnATerminal() {
    let plain = Run(["cost", spec, "--sweep", "1e3:1e6"])
    #expect(plain.status == 0)
    #expect(plain.output.contains("\n  Volume/month Prompting       RAG Fine-tune    Hybrid\n"))
    #expect(plain.output.contains("\n     1,000,000 "))
    #expect(!plain.output.contains(" |"))  // no chart when piped
    let terminal = Run(["cost", spec, "--sweep", "1e3:1e8"], terminal: true)
    #expect(terminal.output.contains("queries a month (log) against 12-month total (log)"))
    let chartLines = terminal.output.split(separator: "\n").filter { $0.contains(" |") }
    #expect(chartLines.count == 14)
    #expect(terminal.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
    let json = Run(["cost", spec, "--sweep", "1e3:1e4", "-f", "json"])
    #expect(json.output.contains("\"sweep\": ["))
    #expect(Run(["cost", spec, "--sweep", "1e4:1e3"]).status == 64)
  }

  @Test func costsOverrideThePricesOfTheModel() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/contract.json"
    try
      #"{"specVersion": 1, "name": "contract", "facts": {"queries_per_month": 1000}, "costs": {"prompt_engineering": 0, "evaluation_set": 0, "generation_input.mid": 0, "generation_output.mid": 0}}"#
      .write(toFile: path, atomically: true, encoding: .utf8)
    let run = Run(["cost", path])
    #expect(
      run.output.contains(
        "Prompt engineering vs RAG: never cross within 12 months; Prompt engineering\n    is cheaper at every volume."
      ))
    #expect(run.output.contains("\n        $0 total   $0–$0 over 12 months\n"))
  }

  @Test func specsWithCostFactsAndPricesStillRecommend() throws {
    let run = Run(
      ["recommend", "-", "-f", "json"],
      standardInput:
        #"{"specVersion": 1, "facts": {"queries_per_month": 5000000, "hosting": "self_hosted", "model_size_b": 70, "labeled_examples": 5000}, "costs": {"gpu_hour": 2.5}}"#
    )
    #expect(run.status == 0, "\(run.error)")
    #expect(
      run.output.contains(
        "\"hosting\": {\n        \"given\": true,\n        \"value\": \"self_hosted\""))
    let bad = Run(
      ["recommend", "-"], standardInput: #"{"specVersion": 1, "facts": {"hosting": "cloud"}}"#)
    #expect(
      bad.error
        == "<stdin>:1:41: error: $.facts.hosting: unknown value \"cloud\"; expected one of: api, self_hosted\n"
    )
  }
}

/// One set of limits for a spec, the command line and the interview (issue 16, item 12).
@Suite struct NumberLimitTests {
  @Test func commandLineNumbersHaveTheSpecsLimits() {
    let spec = Paths.example("legal-docs-qa")
    for (option, value, message) in [
      ("--horizon", "0", "0 is below 1"),
      ("--horizon", "1e9", "1e9 is more than 1,200, the largest accepted"),
      ("--volume", "1e16", "1e16 is more than 1,000,000,000,000,000, the largest accepted"),
    ] {
      let run = Run(["cost", spec, option, value])
      #expect(run.status == 64, "\(option) \(value)")
      #expect(
        run.error.hasPrefix("Error: The value '\(value)' is invalid for '\(option)': \(message)."),
        "\(run.error)")
    }
    #expect(
      Run(["cost", spec, "--horizon", "1200", "-f", "json"]).output.contains("\"months\": 1200"))
  }

  @Test func anEmptyExpectationIsAUsageError() {
    let run = Run(["recommend", Paths.example("legal-docs-qa"), "--expect", ""])
    #expect(run.status == 64)
    #expect(run.error.hasPrefix("Error: --expect names no approach."))
  }

  @Test func theInterviewRefusesWhatASpecWouldRefuse() {
    #expect(throws: AnswerError.self) { try AnswerParser.number("2e15", unit: nil).get() }
    #expect(throws: AnswerError.self) {
      try AnswerParser.number("0", unit: nil, in: ProjectSpec.numberRange(for: "horizon_months"))
        .get()
    }
    #expect((try? AnswerParser.number("1e15", unit: nil).get()) == 1e15)
  }
}
