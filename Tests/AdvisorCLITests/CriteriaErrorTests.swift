import Foundation
import Testing

/// Broken criteria tables: `criteria validate` lists every problem, `recommend --criteria` refuses them.
@Suite struct CriteriaErrorTests {
  /// A copy of the shipped tables with one file's text edited.
  static func brokenCopy(_ file: String, _ edit: (String) -> String) throws -> String {
    let directory = try Paths.temporaryDirectory()
    for name in try FileManager.default.contentsOfDirectory(atPath: Paths.root + "/criteria") {
      let text = try String(contentsOfFile: Paths.root + "/criteria/" + name, encoding: .utf8)
      try (name == file ? edit(text) : text).write(
        toFile: directory + "/" + name, atomically: true, encoding: .utf8)
    }
    return directory
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var label: String
    var file: String
    var find: String
    var replace: String
    var message: String
    var testDescription: String { label }
  }

  static let cases: [Case] = [
    Case(
      label: "fit above 10", file: "team.json",
      find: "\"score\": 10,\n          \"reason\": \"Needs nothing",
      replace: "\"score\": 11,\n          \"reason\": \"Needs nothing",
      message:
        "team.json:19:20: error: $.levels[0].fit.prompting.score: expected a number from 0 to 10, found 11"
    ),
    Case(
      label: "misspelt approach", file: "team.json", find: "\"rag\": {\n          \"score\": 5,",
      replace: "\"ragg\": {\n          \"score\": 5,",
      message:
        "team.json:23:9: error: $.levels[0].fit.ragg: unknown approach \"ragg\" (did you mean \"rag\"?); profiles.json lists: prompting, rag, fine_tuning, hybrid\nteam.json:17:14: error: $.levels[0].fit: missing a fit for approach \"rag\"; every level needs a fit for every approach"
    ),
    Case(
      label: "negative weight", file: "privacy.json", find: "\"weight\": 1,",
      replace: "\"weight\": -1,",
      message: "privacy.json:7:13: error: $.weight: expected a number from 0 to 1e6, found -1"),
    Case(
      label: "descending bounds", file: "latency.json", find: "\"upTo\": 1000,",
      replace: "\"upTo\": 200,",
      message:
        "latency.json:68:15: error: $.levels[1].upTo: expected bounds in ascending order: 200 is not above the previous level's 300"
    ),
    Case(
      label: "unknown source", file: "auditability.json", find: "\"source\": \"decision-tools\"\n",
      replace: "\"source\": \"decision-tool\"\n",
      message:
        "auditability.json:46:21: error: $.levels[1].fit.rag.source: unknown source \"decision-tool\" (did you mean \"decision-tools\"?); every cited source must be listed in $.sources"
    ),
    Case(
      label: "choice level with a bound", file: "accuracy.json", find: "\"label\": \"high\",",
      replace: "\"label\": \"high\", \"upTo\": 3,",
      message:
        "accuracy.json:39:32: error: $.levels[1].upTo: a choice fact's levels take no upper bound; remove \"upTo\" or make the fact a number"
    ),
    Case(
      label: "bounded last level", file: "cost.json",
      find: "\"label\": \"more than 1,000,000 a month\",",
      replace: "\"label\": \"more than 1,000,000 a month\", \"upTo\": 1e9,",
      message:
        "cost.json:98:55: error: $.levels[3].upTo: the last level takes no upper bound, so that every larger value has a level"
    ),
    Case(
      label: "unknown fact type", file: "team.json", find: "\"type\": \"choice\"",
      replace: "\"type\": \"text\"",
      message:
        "team.json:11:13: error: $.fact.type: expected \"number\" or \"choice\", found \"text\""),
    Case(
      label: "inference on an unknown fact", file: "knowledge_gap.json",
      find: "\"level\": \"both\",\n      \"when\": {\n        \"knowledge_change\"",
      replace: "\"level\": \"both\",\n      \"when\": {\n        \"knowledge_changes\"",
      message:
        "knowledge_gap.json:123:5: error: $.infer[0].when.knowledge_changes: unknown fact \"knowledge_changes\" in an inference condition (did you mean \"knowledge_change\"?)"
    ),
    Case(
      label: "inference on an unknown level", file: "knowledge_gap.json",
      find: "\"strict\"\n        ]\n      },\n      \"reason\": \"thousands of labeled",
      replace: "\"exact\"\n        ]\n      },\n      \"reason\": \"thousands of labeled",
      message:
        "knowledge_gap.json:152:5: error: $.infer[2].when.output_consistency: unknown level \"exact\"; expected one of: flexible, structured, strict"
    ),
    Case(
      label: "duplicate level id", file: "accuracy.json", find: "\"id\": \"critical\",",
      replace: "\"id\": \"high\",",
      message:
        "accuracy.json:63:13: error: $.levels[2].id: duplicate level id \"high\"\naccuracy.json:93:19: error: $.unknown.prior.critical: unknown level \"critical\"; expected one of: best_effort, high, high"
    ),
    Case(
      label: "malformed table", file: "team.json", find: "\"weight\": 1,",
      replace: "\"weight\": 1,,",
      message: "team.json:7:15: error: expected a string key in double quotes, found ','"),
    Case(
      label: "fact read twice", file: "team.json", find: "\"key\": \"ml_expertise\"",
      replace: "\"key\": \"accuracy_need\"",
      message:
        "team.json:10:12: error: $.fact.key: fact \"accuracy_need\" is already read by criterion \"accuracy\""
    ),
    Case(
      label: "unknown key in a level", file: "privacy.json", find: "\"label\": \"public data\",",
      replace: "\"label\": \"public data\", \"lable\": \"x\",",
      message:
        "privacy.json:15:31: error: $.levels[0].lable: unknown key \"lable\" (did you mean \"label\"?)"
    ),
    Case(
      label: "no approaches", file: "profiles.json", find: "\"approaches\": [",
      replace: "\"approaches\": [], \"old\": [",
      message:
        "profiles.json:3:21: error: $.old: unknown key \"old\"; expected one of: $schema, approaches, sources\nprofiles.json:3:17: error: $.approaches: expected at least one approach"
    ),
    Case(
      label: "level with no fits", file: "privacy.json",
      find: "\"label\": \"public data\",\n      \"fit\": {",
      replace: "\"label\": \"public data\",\n      \"fit\": {}, \"unused\": {",
      message:
        "privacy.json:16:18: error: $.levels[0].unused: unknown key \"unused\"; expected one of: id, label, upTo, fit, excludes, settles\nprivacy.json:16:14: error: $.levels[0].fit: missing a fit for approach \"prompting\"; every level needs a fit for every approach\nprivacy.json:16:14: error: $.levels[0].fit: missing a fit for approach \"rag\"; every level needs a fit for every approach\nprivacy.json:16:14: error: $.levels[0].fit: missing a fit for approach \"fine_tuning\"; every level needs a fit for every approach\nprivacy.json:16:14: error: $.levels[0].fit: missing a fit for approach \"hybrid\"; every level needs a fit for every approach"
    ),
    Case(
      label: "core not a boolean", file: "team.json", find: "\"weight\": 1,",
      replace: "\"weight\": 1, \"core\": \"yes\",",
      message: "team.json:7:24: error: $.core: expected true or false, found a string"),
    Case(
      label: "duplicate approach", file: "profiles.json", find: "\"id\": \"hybrid\",",
      replace: "\"id\": \"rag\",",
      message: "profiles.json:65:13: error: $.approaches[3].id: duplicate approach id \"rag\""),
    Case(
      label: "short name too long", file: "profiles.json", find: "\"shortName\": \"Fine-tune\"",
      replace: "\"shortName\": \"Fine-tuning\"",
      message:
        "profiles.json:47:20: error: $.approaches[2].shortName: expected at most 9 characters for a table header, found 11"
    ),
    Case(
      label: "unknown step source", file: "profiles.json",
      find: "\"source\": \"openai-accuracy\"\n", replace: "\"source\": \"openai\"\n",
      message:
        "profiles.json:12:21: error: $.approaches[0].nextSteps[0].source: unknown source \"openai\"; expected an id from $.sources"
    ),
    Case(
      label: "cost range out of order", file: "cost-model.json",
      find: "\"low\": 4000,\n      \"expected\": 8000,",
      replace: "\"low\": 9000,\n      \"expected\": 8000,",
      message:
        "cost-model.json:426:18: error: $.prices.rag_build: expected low ≤ expected ≤ high, found 9000, 8000, 12000"
    ),
    Case(
      label: "cost without a source", file: "cost-model.json",
      find: "\"source\": \"whole-project\",\n      \"date\": \"2025\",\n      \"note\": \"Building",
      replace: "\"source\": \"nowhere\",\n      \"date\": \"2025\",\n      \"note\": \"Building",
      message:
        "cost-model.json:431:17: error: $.prices.rag_build.source: unknown source \"nowhere\"; every cited source must be listed in $.sources"
    ),
    Case(
      label: "missing price", file: "cost-model.json", find: "\"epochs\": {",
      replace: "\"epoch\": {",
      message: "cost-model.json:119:13: error: $.prices: missing price \"epochs\""),
  ]

  @Test(arguments: cases)
  func validateListsEveryProblem(_ testCase: Case) throws {
    let directory = try Self.brokenCopy(testCase.file) { text in
      #expect(
        text.contains(testCase.find), "the fixture edit no longer applies to \(testCase.file)")
      return text.replacingOccurrences(of: testCase.find, with: testCase.replace)
    }
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let run = Run(["criteria", "validate", directory])
    #expect(run.status == 65)
    // Messages name the file as the user named the folder; strip it to compare.
    #expect(
      run.error.replacingOccurrences(of: directory + "/", with: "") == testCase.message + "\n")
    #expect(run.output.isEmpty)
    let recommend = Run(["recommend", Paths.example("legal-docs-qa"), "--criteria", directory])
    #expect(recommend.status == 65)
    #expect(recommend.error == run.error)
  }

  @Test func missingProfilesIsReported() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try "{}".write(toFile: directory + "/latency.json", atomically: true, encoding: .utf8)
    let run = Run(["criteria", "validate", directory])
    #expect(run.status == 65)
    #expect(
      run.error
        == "\(directory): error: missing profiles.json: the criteria folder must list its approaches\n"
    )
  }

  @Test func missingFolderExits66() {
    let run = Run(["criteria", "validate", "/nonexistent/criteria"])
    #expect(run.status == 66)
    #expect(run.error == "/nonexistent/criteria: error: no such file or directory\n")
  }

  @Test func shippedTablesValidate() {
    let run = Run(["criteria", "validate", Paths.root + "/criteria"])
    #expect(run.status == 0)
    let summary =
      "valid: 16 criteria, 56 levels, 4 approaches, 54 source entries, 42 precedents; digest sha256:"
    #expect(run.output.hasPrefix("\(Paths.root)/criteria: \(summary)"))
    let builtIn = Run(["criteria", "validate"])
    #expect(builtIn.output.hasPrefix("built-in: \(summary)"))
    // The built-in digest is embedded, not computed: it must be the one the folder hashes to.
    #expect(builtIn.output.split(separator: " ").last == run.output.split(separator: " ").last)
  }

  @Test func environmentVariableSelectsTables() throws {
    let directory = try Self.brokenCopy("team.json") {
      $0.replacingOccurrences(of: "\"weight\": 1,", with: "\"weight\": 4,")
    }
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let run = Run(
      ["recommend", Paths.example("legal-docs-qa"), "-f", "json"],
      environment: ["ADVISOR_CRITERIA": directory])
    #expect(run.status == 0)
    #expect(run.output.contains("\"origin\": \"\(directory)\""))
    #expect(run.output.contains("\"weight\": 4"))
  }

  /// The decision model keeps sets of criteria and of levels in 64 bits: a folder beyond that is refused, not misread.
  @Test func tablesBeyondSixtyFourCriteriaAreRefused() throws {
    let directory = try Self.brokenCopy("team.json") { $0 }
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let team = try String(contentsOfFile: directory + "/team.json", encoding: .utf8)
    for index in 0..<60 {
      try team.replacingOccurrences(of: "\"id\": \"team\"", with: "\"id\": \"team_\(index)\"")
        .replacingOccurrences(
          of: "\"key\": \"ml_expertise\"", with: "\"key\": \"ml_expertise_\(index)\""
        )
        .write(toFile: directory + "/team_\(index).json", atomically: true, encoding: .utf8)
    }
    let run = Run(["criteria", "validate", directory])
    #expect(run.status == 65)
    #expect(run.error.contains("76 criteria tables; at most 64 are supported"))
  }
}
