import AdvisorCore
import Foundation
import Testing

/// The shipped schemas describe what the advisor really reads and writes.
@Suite struct SchemaTests {
  static func validator(_ kind: SchemaKind) throws -> SchemaValidator {
    SchemaValidator(schema: try kind.schema())
  }

  static func parse(_ text: String, name: String = "<test>") throws -> JSONValue {
    try InputFile(name: name, bytes: Array(text.utf8)).parseJSON()
  }

  @Test func embeddedSchemasMatchTheSchemasFolder() throws {
    for kind in SchemaKind.allCases {
      let onDisk = try String(
        contentsOfFile: Paths.root + "/schemas/" + kind.fileName, encoding: .utf8)
      #expect(
        kind.text == onDisk,
        "schemas/\(kind.fileName) differs from the embedded copy: run swift run generate-advisor")
      #expect(Run(["schema", kind.rawValue]).output == onDisk)
    }
    #expect(
      Run(["schema", "reprot"]).error.hasPrefix(
        "Error: Unknown schema 'reprot'. Did you mean 'report'?"))
  }

  @Test func shippedTablesAndExamplesValidate() throws {
    let folder = Paths.root + "/criteria/"
    for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
      let value = try Self.parse(
        try String(contentsOfFile: folder + name, encoding: .utf8), name: name)
      let kind: SchemaKind =
        name == "profiles.json"
        ? .profiles
        : name == "cost-model.json"
          ? .costModel : name == "precedents.json" ? .precedents : .criteria
      let errors = try Self.validator(kind).validate(value)
      #expect(errors.isEmpty, "criteria/\(name): \(errors)")
    }
    for name in try FileManager.default.contentsOfDirectory(atPath: Paths.root + "/examples")
      .sorted() where name.hasSuffix(".json")
    {
      let value = try Self.parse(
        try String(contentsOfFile: Paths.example(String(name.dropLast(5))), encoding: .utf8))
      #expect(try Self.validator(.spec).validate(value).isEmpty, "examples/\(name)")
    }
  }

  @Test func theSpecSchemaListsTheBuiltInFactsAndLevels() throws {
    let criteria = try CriteriaLoader().loadBuiltIn()
    let facts = try #require(
      try SchemaKind.spec.schema().member("properties")?.member("facts")?.member("properties"))
    guard case .object(let members) = facts.kind else {
      Issue.record("facts is not an object")
      return
    }
    #expect(
      Set(members.map(\.key))
        == Set(criteria.criteria.map(\.fact.key) + (criteria.costModel?.facts.map(\.key) ?? [])))
    for criterion in criteria.criteria {
      let ids = JSONValue.array(criterion.levels.map { .string($0.id) })
      let schema = facts.member(criterion.fact.key)
      let listed =
        criterion.fact.kind == .choice
        ? schema?.member("enum")
        : schema?.member("anyOf").flatMap { value -> JSONValue? in
          guard case .array(let options) = value.kind else { return nil }
          return options.compactMap { $0.member("enum") }.first
        }
      #expect(
        listed.map { JSONWriter().string($0) } == JSONWriter().string(ids), "\(criterion.fact.key)")
    }
  }

  /// Every kind of report the advisor produces: each example, the edge cases, batches and timestamps.
  @Test func everyReportTheTestsProduceMatchesTheReportSchema() throws {
    let validator = try Self.validator(.report)
    var reports: [String] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: Paths.root + "/examples")
      .sorted() where name.hasSuffix(".json")
    {
      reports.append(
        Run(["recommend", Paths.root + "/examples/" + name, "-f", "json", "--timestamp"]).output)
    }
    reports.append(
      Run(["recommend", "-", "-f", "json"], standardInput: #"{"specVersion": 1}"#).output)
    reports.append(
      Run(
        ["recommend", "-", "-f", "json"],
        standardInput:
          #"{"specVersion": 1, "weights": {"latency": 0}, "facts": {"latency_budget_ms": 100}}"#
      )
      .output)
    let batch = Run([
      "recommend", Paths.example("news-aggregator"), Paths.example("legal-docs-qa"), "-f", "json",
    ]).output
    reports += batch.split(separator: "\n").map(String.init)
    for name in GoldenTests.cases {
      reports.append(
        try String(
          contentsOfFile: Paths.root + "/Tests/AdvisorCLITests/Golden/\(name).json", encoding: .utf8
        ))
    }
    for report in reports {
      let errors = validator.validate(try Self.parse(report))
      #expect(errors.isEmpty, "\(errors.prefix(5))")
    }
    #expect(reports.count == 18)
  }

  @Test func theValidatorRejectsWhatTheSchemaForbids() throws {
    let spec = try Self.validator(.spec)
    #expect(
      spec.validate(try Self.parse(#"{"specVersion": 1, "facts": {"knowledge_change": "hourly"}}"#))
        == [
          #"$.facts.knowledge_change: "hourly" is not one of ["realtime","daily","weekly","monthly","yearly","static"]"#
        ])
    #expect(
      spec.validate(try Self.parse(#"{"specVersion": 2, "extra": true}"#)) == [
        "$.specVersion: expected 1", "$.extra: unknown key \"extra\"",
      ])
    #expect(
      spec.validate(try Self.parse(#"{"specVersion": 1, "facts": {"labeled_examples": -1}}"#)) == [
        "$.facts.labeled_examples: -1 matches none of the allowed forms"
      ])
    let report = try Self.validator(.report)
    // The wrong version, and eleven required keys missing.
    #expect(report.validate(try Self.parse(#"{"reportVersion": 1}"#)).count == 12)
    let criterion = try Self.validator(.criteria)
    #expect(
      criterion.validate(try Self.parse(#"{"id": "Bad Id"}"#)).contains(
        #"$.id: "Bad Id" does not match ^[a-z][a-z0-9_]*$"#))
    let unsupported = SchemaValidator(schema: try Self.parse(#"{"oneOf": []}"#))
    #expect(
      unsupported.validate(.null) == [
        #"$: the schema uses "oneOf", which this validator does not support"#
      ])
  }
}
