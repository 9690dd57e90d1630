import AdvisorCore
import Foundation
import Testing

@testable import AdvisorCLI

/// Smaller defects of issue 16, item 13: hexadecimal option values, out-of-range SOURCE_DATE_EPOCH, every weight 0
/// and file names that are not UTF-8.
@Suite struct EdgeInputTests {
  @Test func optionsTakeDecimalNumbersOnly() {
    #expect(DecimalNumber.parse("16") == 16)
    #expect(DecimalNumber.parse("-0.5") == -0.5)
    #expect(DecimalNumber.parse("1e3") == 1000)
    #expect(DecimalNumber.parse(".5") == 0.5)
    for text in ["0x10", "inf", "nan", "1e", "", ".", "1.2.3", " 3", "3 ", "1e400", "+"] {
      #expect(DecimalNumber.parse(text) == nil, "\(text)")
    }
    let spec = Paths.example("legal-docs-qa")
    for arguments in [
      ["--min-margin", "0x10"], ["--min-confidence", "nan"], ["--concentration", "inf"],
    ] {
      let run = Run(["recommend", spec, "--samples", "0"] + arguments)
      #expect(run.status == 64, "\(arguments)")
      #expect(
        run.error.contains("The value '\(arguments[1])' is invalid for '\(arguments[0])'"),
        "\(arguments)")
    }
  }

  @Test func sourceDateEpochOutsideTheCalendarIsAnError() {
    let spec = Paths.example("legal-docs-qa")
    for value in ["9223372036854775807", "253402300800", "-1", "0x10", "soon"] {
      let run = Run(
        ["recommend", spec, "--timestamp", "--samples", "0", "-f", "json"],
        environment: ["SOURCE_DATE_EPOCH": value])
      #expect(run.status == 78, "\(value)")
      #expect(
        run.error.hasPrefix(
          "advisor: error: SOURCE_DATE_EPOCH=\(value): expected whole seconds since 1970-01-01 UTC"),
        "\(value)")
      #expect(run.output.isEmpty)
    }
    let last = Run(
      ["recommend", spec, "--timestamp", "--samples", "0", "-f", "json"],
      environment: ["SOURCE_DATE_EPOCH": "253402300799"])
    #expect(last.output.contains("\"9999-12-31T23:59:59Z\""))
    // Empty means unset, as a CI job that exports the variable without a value means it.
    #expect(
      Run(
        ["recommend", spec, "--timestamp", "--samples", "0"], environment: ["SOURCE_DATE_EPOCH": ""]
      ).status != 78)
  }

  @Test func everyWeightZeroSaysSoInsteadOfBlamingTheFacts() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let weights = try CriteriaLoader().loadBuiltIn().criteria.map { "\"\($0.id)\": 0" }.joined(
      separator: ", ")
    #expect(!weights.isEmpty)
    let path = directory + "/zero.json"
    try
      "{\"specVersion\": 1, \"name\": \"zero\", \"facts\": {\"knowledge_gap\": \"facts\"}, \"weights\": {\(weights)}}"
      .write(toFile: path, atomically: true, encoding: .utf8)
    let run = Run(["recommend", path, "--samples", "0"])
    #expect(run.output.contains("No recommendation: every weight is 0, so no criterion counts"))
    #expect(
      run.output.contains("Nothing to decide on: the spec's weights switch every criterion off."))
    #expect(!run.output.contains("less than 50% of the weight rests on facts you gave"))
  }

  /// `-o` onto a directory is refused before any work, with the interview's `--save` message and code.
  @Test func anOutputDirectoryIsRefusedBeforeScoring() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let spec = Paths.example("legal-docs-qa")
    for arguments in [
      ["recommend", spec, "-o", directory],
      ["diff", "/nonexistent/a.json", "/nonexistent/b.json", "-o", directory],
    ] {
      let run = Run(arguments)
      #expect(run.status == 73, "\(arguments)")
      #expect(
        run.error == "\(directory): error: is a directory; -o needs a file path\n", "\(arguments)")
      #expect(run.output.isEmpty)
    }
  }

  /// Every unknown name gets its suggestion from the one `Suggestion.hint` (issue 17), a cost fact's value too.
  @Test func anUnknownCostFactValueGetsASuggestion() {
    let run = Run(
      ["recommend", "-"], standardInput: #"{"specVersion": 1, "facts": {"hosting": "selfhosted"}}"#)
    #expect(run.status == 65)
    #expect(
      run.error
        == "<stdin>:1:41: error: $.facts.hosting: unknown value \"selfhosted\" (did you mean \"self_hosted\"?); expected one of: api, self_hosted\n"
    )
  }

  @Test func aFileNameThatIsNotUTF8IsNamedAsSuch() throws {
    let run = try Shell.run(
      "'\(PseudoTerminal.executable)' recommend \"$(printf 'caf\\351.json')\"")
    #expect(run.status == 64)
    #expect(
      run.error.hasPrefix("advisor: error: argument 2 (\"caf\u{FFFD}.json\") is not valid UTF-8"))
  }
}
