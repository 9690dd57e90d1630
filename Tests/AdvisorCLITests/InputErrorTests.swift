import Foundation
import Testing

/// Bad specs and tables: each gets one exact message on standard error and its documented exit code.
@Suite struct InputErrorTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var label: String
    var spec: String
    var status: Int32
    var message: String
    var testDescription: String { label }
  }

  static let specCases: [Case] = [
    Case(label: "empty file", spec: "", status: 65, message: "<stdin>: error: the file is empty; expected a JSON object"),
    Case(label: "white space only", spec: "  \n", status: 65, message: "<stdin>: error: the file is empty; expected a JSON object"),
    Case(
      label: "unclosed object", spec: "{\"specVersion\": 1,\n", status: 65,
      message: "<stdin>:2:1: error: expected a string key in double quotes, found end of file"),
    Case(
      label: "trailing comma", spec: "{\"specVersion\": 1,}", status: 65,
      message: "<stdin>:1:19: error: expected another member after ',': JSON allows no trailing comma"),
    Case(
      label: "single quotes", spec: "{'specVersion': 1}", status: 65, message: "<stdin>:1:2: error: expected a string key in double quotes, found '''"
    ),
    Case(
      label: "NaN", spec: "{\"specVersion\": 1, \"facts\": {\"labeled_examples\": NaN}}", status: 65,
      message: "<stdin>:1:50: error: expected a value, found 'N': NaN and Infinity are not JSON numbers"),
    Case(
      label: "huge number", spec: "{\"specVersion\": 1, \"facts\": {\"labeled_examples\": 1e999}}", status: 65,
      message: "<stdin>:1:50: error: number 1e999 is out of range"),
    Case(
      label: "duplicate key", spec: "{\"specVersion\": 1,\n \"name\": \"a\",\n \"name\": \"b\"}", status: 65,
      message: "<stdin>:3:2: error: duplicate key \"name\" (first at 2:2)"),
    Case(label: "top-level array", spec: "[]", status: 65, message: "<stdin>:1:1: error: $: expected an object, found an array"),
    Case(
      label: "missing version", spec: "{\"facts\": {}}", status: 65,
      message: "<stdin>:1:1: error: $: missing required key \"specVersion\" (the spec format version, 1)"),
    Case(
      label: "future version", spec: "{\"specVersion\": 2}", status: 65,
      message: "<stdin>:1:17: error: $.specVersion: unsupported spec version 2; this advisor reads version 1"),
    Case(
      label: "version as string", spec: "{\"specVersion\": \"1\"}", status: 65,
      message: "<stdin>:1:17: error: $.specVersion: expected a number, found a string \"1\""),
    Case(
      label: "unknown top-level key", spec: "{\"specVersion\": 1, \"fact\": {}}", status: 65,
      message: "<stdin>:1:20: error: $.fact: unknown key \"fact\" (did you mean \"facts\"?)"),
    Case(
      label: "unknown fact", spec: "{\"specVersion\": 1, \"facts\": {\"latency_budget\": 300}}", status: 65,
      message:
        "<stdin>:1:30: error: $.facts.latency_budget: unknown fact \"latency_budget\" (did you mean \"latency_budget_ms\"?); `advisor criteria list` shows the facts"
    ),
    Case(
      label: "misspelt choice", spec: "{\"specVersion\": 1, \"facts\": {\"knowledge_change\": \"dialy\"}}", status: 65,
      message:
        "<stdin>:1:50: error: $.facts.knowledge_change: unknown value \"dialy\" (did you mean \"daily\"?); expected one of: realtime, daily, weekly, monthly, yearly, static"
    ),
    Case(
      label: "number for a choice", spec: "{\"specVersion\": 1, \"facts\": {\"accuracy_need\": 3}}", status: 65,
      message: "<stdin>:1:47: error: $.facts.accuracy_need: expected one of: best_effort, high, critical; found a number 3"),
    Case(
      label: "string for a number", spec: "{\"specVersion\": 1, \"facts\": {\"latency_budget_ms\": \"fast\"}}", status: 65,
      message:
        "<stdin>:1:51: error: $.facts.latency_budget_ms: unknown value \"fast\"; expected a number (ms) or one of: sub_300ms, sub_second, interactive, relaxed"
    ),
    Case(
      label: "boolean for a number", spec: "{\"specVersion\": 1, \"facts\": {\"labeled_examples\": true}}", status: 65,
      message:
        "<stdin>:1:50: error: $.facts.labeled_examples: expected a number (examples) or one of: none, few, hundreds, thousands, many; found a boolean true"
    ),
    Case(
      label: "negative count", spec: "{\"specVersion\": 1, \"facts\": {\"labeled_examples\": -5}}", status: 65,
      message: "<stdin>:1:50: error: $.facts.labeled_examples: expected a number of at least 0 (examples), found -5"),
    Case(
      label: "facts not an object", spec: "{\"specVersion\": 1, \"facts\": [1]}", status: 65,
      message: "<stdin>:1:29: error: $.facts: expected an object, found an array"),
    Case(
      label: "negative weight", spec: "{\"specVersion\": 1, \"weights\": {\"privacy\": -1}}", status: 65,
      message: "<stdin>:1:43: error: $.weights.privacy: expected a number from 0 to 1000000, found -1"),
    Case(
      label: "unknown criterion weight", spec: "{\"specVersion\": 1, \"weights\": {\"latencey\": 2}}", status: 65,
      message:
        "<stdin>:1:32: error: $.weights.latencey: unknown criterion \"latencey\" (did you mean \"latency\"?); `advisor criteria list` shows the criteria"
    ),
    Case(
      label: "empty name", spec: "{\"specVersion\": 1, \"name\": \" \"}", status: 65,
      message: "<stdin>:1:28: error: $.name: expected a non-empty string"),
    Case(
      label: "two problems at once", spec: "{\"specVersion\": 1, \"facts\": {\"knowledge_change\": \"hourly\", \"ml_expertise\": \"expert\"}}",
      status: 65,
      message:
        "<stdin>:1:50: error: $.facts.knowledge_change: unknown value \"hourly\"; expected one of: realtime, daily, weekly, monthly, yearly, static\n<stdin>:1:76: error: $.facts.ml_expertise: unknown value \"expert\"; expected one of: none, some, strong"
    ),
  ]

  @Test(arguments: specCases)
  func rejectsABadSpec(_ testCase: Case) {
    let run = Run(["recommend", "-"], standardInput: testCase.spec)
    #expect(run.status == testCase.status)
    #expect(run.error == testCase.message + "\n")
    #expect(run.output.isEmpty)
  }

  @Test func acceptsASchemaKeyAndDefaultsTheName() {
    let run = Run(["recommend", "-", "-f", "json"], standardInput: "{\"$schema\": \"../schemas/spec.json\", \"specVersion\": 1}")
    #expect(run.status == 0)
    #expect(run.output.contains("\"name\": \"project\""))
  }

  @Test func rejectsInvalidUTF8InASpec() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/latin1.json"
    try Data([0x7B, 0x22, 0x6E, 0x61, 0x6D, 0x65, 0x22, 0x3A, 0x22, 0xE9, 0x22, 0x7D]).write(to: URL(fileURLWithPath: path))
    let run = Run(["recommend", path])
    #expect(run.status == 65)
    #expect(run.error == "\(path):1:10: error: expected UTF-8 text, found an invalid sequence\n")
  }

  @Test func missingFileExits66() {
    let run = Run(["recommend", "/nonexistent/spec.json"])
    #expect(run.status == 66)
    #expect(run.error == "/nonexistent/spec.json: error: no such file or directory\n")
  }

  @Test func directoryInsteadOfFileExits66() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let run = Run(["recommend", directory])
    #expect(run.status == 66)
    #expect(run.error == "\(directory): error: cannot read: it is a directory; expected a JSON file\n")
  }

  @Test func oversizedFileIsRefusedBeforeReading() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/big.json"
    FileManager.default.createFile(atPath: path, contents: nil)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: 9 * 1024 * 1024)
    try handle.close()
    let run = Run(["recommend", path])
    #expect(run.status == 65)
    #expect(run.error == "\(path): error: file is 9437184 bytes; the advisor reads input files of at most 8388608 bytes\n")
  }
}
