import Testing

@testable import AdvisorCore

@Suite struct JSONParserTests {
  @Test func parsesEveryKindWithLocations() throws {
    let value = try JSONParser().parse(
      "{\n  \"a\": [1, -2.5e2, true, null],\n  \"b\": \"x\\u00e9\\n\"\n}")
    guard case .object(let members) = value.kind else {
      Issue.record("expected an object")
      return
    }
    #expect(members.map(\.key) == ["a", "b"])
    #expect(members[0].keyLocation == SourceLocation(line: 2, column: 3))
    #expect(members[1].value == JSONValue(.string("xé\n"), at: SourceLocation(line: 3, column: 8)))
    guard case .array(let elements) = members[0].value.kind else {
      Issue.record("expected an array")
      return
    }
    #expect(elements.map(\.kind) == [.number(1), .number(-250), .bool(true), .null])
    #expect(elements[1].location == SourceLocation(line: 2, column: 12))
  }

  @Test func decodesSurrogatePairsAndMultibyteColumns() throws {
    let value = try JSONParser().parse(
      "[\"é\", \"\\ud83d\\ude00\", x]".replacingOccurrences(of: "x", with: "1"))
    guard case .array(let elements) = value.kind else {
      Issue.record("expected an array")
      return
    }
    #expect(elements.map(\.kind) == [.string("é"), .string("😀"), .number(1)])
    // Columns count characters, not bytes: the 1 after "é" and the 12-character escape is at column 23.
    #expect(elements[2].location == SourceLocation(line: 1, column: 23))
  }

  @Test(arguments: [
    ("", "1:1", "expected a value, found end of file"),
    ("{", "1:2", "expected a string key in double quotes, found end of file"),
    ("{\"a\" 1}", "1:6", "expected ':' after the key \"a\", found '1'"),
    ("{\"a\": 1,}", "1:9", "expected another member after ',': JSON allows no trailing comma"),
    ("[1, 2,]", "1:7", "expected another element after ',': JSON allows no trailing comma"),
    ("[1 2]", "1:4", "expected ',' or ']' after an array element, found '2'"),
    ("{\"a\": 1 \"b\": 2}", "1:9", "expected ',' or '}' after an object member, found '\"'"),
    ("{'a': 1}", "1:2", "expected a string key in double quotes, found '''"),
    ("[tru]", "1:2", "expected a value, found an unknown word \"tru\" (did you mean \"true\"?)"),
    // A word that only starts like a literal is not offered it (a non-JSON line once got "did you mean null?").
    ("nonsense", "1:1", "expected a value, found an unknown word \"nonsense\""),
    ("[fa]", "1:2", "expected a value, found an unknown word \"fa\""),
    ("[NaN]", "1:2", "expected a value, found 'N': NaN and Infinity are not JSON numbers"),
    ("[01]", "1:2", "expected a number without leading zeros"),
    ("[1.]", "1:4", "expected a digit after the decimal point, found ']'"),
    ("[1e400]", "1:2", "number 1e400 is out of range"),
    (
      "[\"a\nb\"]", "1:4",
      "expected '\"' to close the string, found a control character (strings cannot span lines)"
    ),
    (
      "[\"\\x\"]", "1:4",
      "expected an escape sequence (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), found 'x'"
    ),
    ("[\"\\ud800\"]", "1:9", "expected a low surrogate \\uDC00-\\uDFFF after a high surrogate"),
    ("{\"a\": 1,\n \"a\": 2}", "2:2", "duplicate key \"a\" (first at 1:2)"),
    ("{} {}", "1:4", "expected end of document after the top-level value"),
  ])
  func reportsSyntaxErrors(input: String, location: String, message: String) {
    #expect(throws: JSONSyntaxError.self) { try JSONParser().parse(input) }
    do {
      _ = try JSONParser().parse(input)
    } catch {
      #expect(error.location.description == location)
      #expect(error.message == message)
    }
  }

  @Test func findsDuplicatesInLargeObjectsWithoutSlowingDown() {
    let keys = (0..<50_000).map { "\"k\($0)\": \($0)" }
    #expect(throws: Never.self) { try JSONParser().parse("{" + keys.joined(separator: ",") + "}") }
    let repeated = "{" + keys.joined(separator: ",") + ", \"k40\": 1}"
    #expect(throws: JSONSyntaxError.self) { try JSONParser().parse(repeated) }
    #expect(
      throws: JSONSyntaxError(
        message: "duplicate key \"b\" (first at 1:10)",
        location: SourceLocation(line: 1, column: 18))
    ) {
      try JSONParser().parse(#"{"a": 1, "b": 2, "b": 3}"#)
    }
  }

  @Test func stringsWithAndWithoutEscapesKeepTheirPositions() throws {
    let value = try JSONParser().parse(#"{"plain": "abc", "esc": "a\nb", "é": "ü", "n": 1}"#)
    #expect(value.member("plain")?.kind == .string("abc"))
    #expect(value.member("esc")?.kind == .string("a\nb"))
    #expect(value.member("é")?.kind == .string("ü"))
    #expect(value.member("n")?.location == SourceLocation(line: 1, column: 48))
  }

  @Test func rejectsInvalidUTF8() {
    #expect(
      throws: JSONSyntaxError(
        message: "expected UTF-8 text, found byte 0xFF",
        location: SourceLocation(line: 1, column: 3))
    ) {
      try JSONParser().parse([
        UInt8(ascii: "["), UInt8(ascii: "\""), 0xFF, UInt8(ascii: "\""), UInt8(ascii: "]"),
      ])
    }
  }

  @Test func limitsNesting() {
    let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
    #expect(
      throws: JSONSyntaxError(
        message: "nesting deeper than 128 levels", location: SourceLocation(line: 1, column: 129))
    ) {
      try JSONParser().parse(deep)
    }
    #expect(throws: Never.self) {
      try JSONParser().parse(
        String(repeating: "[", count: 100) + String(repeating: "]", count: 100))
    }
  }

  @Test func writerSortsKeysAndRoundTrips() throws {
    let value = JSONValue.object([
      ("b", .number(0.1)), ("a", .array([.int(3), .string("q\"\\\u{01}")])), ("c", .null),
    ])
    let text = JSONWriter().string(value)
    #expect(
      text
        == "{\n  \"a\": [\n    3,\n    \"q\\\"\\\\\\u0001\"\n  ],\n  \"b\": 0.1,\n  \"c\": null\n}\n"
    )
    let reparsed = try JSONParser().parse(text)
    #expect(JSONWriter().string(reparsed) == text)
    #expect(
      JSONWriter(style: .compact).string(value)
        == "{\"a\":[3,\"q\\\"\\\\\\u0001\"],\"b\":0.1,\"c\":null}")
  }

  /// Keys sort by their UTF-8 bytes (a prefix first, non-ASCII after ASCII), long and short strings alike, and
  /// text is copied as is unless it needs escapes.
  @Test func writerSortsByBytesAndEscapesOnlyWhatItMust() {
    let long = String(repeating: "k", count: 40)
    let value = JSONValue.object([
      ("é", .int(1)), ("z", .int(2)), ("ab", .int(3)), ("a", .int(4)), (long + "b", .int(5)),
      (long + "a", .int(6)),
      (
        "text",
        .array([
          .string("plain text of more than fifteen bytes"),
          .string("line\nbreak \"quoted\" café €"), .string(""),
        ])
      ),
    ])
    #expect(
      JSONWriter(style: .compact).string(value)
        == #"{"a":4,"ab":3,"\#(long)a":6,"\#(long)b":5,"text":["plain text of more than fifteen bytes","line\nbreak \"quoted\" café €",""],"z":2,"é":1}"#
    )
  }

  @Test func pathsReadLikeJSONPath() {
    let path = JSONPath.root.appending("levels").appending(index: 2).appending("fit").appending(
      "rag")
    #expect(path.description == "$.levels[2].fit.rag")
    #expect(JSONPath.root.appending("a b").description == "$[\"a b\"]")
  }
}
