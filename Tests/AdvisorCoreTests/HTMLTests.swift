import Foundation
import Testing

@testable import AdvisorCore

/// The HTML page: well-formed, self-contained, escaped, deterministic, with its charts.
@Suite struct HTMLTests {
  /// Checks that every element is closed in order (void and self-closed elements aside) and returns the element
  /// names met, or the first problem.
  struct Malformed: Error, CustomStringConvertible {
    var description: String
  }

  static func elements(_ html: String) -> Result<[String], Malformed> {
    var stack: [String] = []
    var names: [String] = []
    var rest = Substring(html)
    let void: Set = ["meta", "br", "hr", "img", "link", "input"]
    while let open = rest.firstIndex(of: "<") {
      guard let close = rest[open...].firstIndex(of: ">") else {
        return .failure(Malformed(description: "unclosed tag at the end"))
      }
      let tag = rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: close)...]
      if tag.hasPrefix("!") { continue }
      if tag.hasPrefix("/") {
        let name = String(tag.dropFirst())
        guard stack.last == name else {
          return .failure(Malformed(description: "</\(name)> closes <\(stack.last ?? "nothing")>"))
        }
        stack.removeLast()
        continue
      }
      let name = String(tag.prefix { $0 != " " && $0 != "/" })
      guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }) else {
        return .failure(Malformed(description: "a stray < before \(tag.prefix(30))"))
      }
      names.append(name)
      if tag.hasSuffix("/") || void.contains(name) { continue }
      stack.append(name)
    }
    return stack.isEmpty
      ? .success(names)
      : .failure(Malformed(description: "unclosed <\(stack.joined(separator: "> <"))>"))
  }

  @Test(arguments: ExampleCaseTests.expected.keys.sorted())
  func everyExampleIsAWellFormedSelfContainedPage(name: String) throws {
    let report = Advisor(options: .init(samples: 500)).recommend(
      try Fixtures.example(name), criteria: Fixtures.builtIn)
    let html = HTMLRenderer().render(report)
    let names = try Self.elements(html).get()
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    // The verdict, the plan, the matrix and the precedents, with the cost, first-place and flip charts.
    for id in ["why", "plan", "matrix", "precedents", "sensitivity", "costs"] {
      #expect(html.contains("<section id=\"\(id)\">"), "\(id)")
    }
    #expect(names.filter { $0 == "svg" }.count == 3)
    #expect(names.filter { $0 == "figcaption" }.count == 3)
    // Nothing is fetched: no script, no stylesheet or image by address; addresses appear only in links.
    #expect(
      !names.contains("script") && !names.contains("img") && !names.contains("link")
        && !names.contains("iframe"))
    #expect(!html.contains(" src=") && !html.contains("url("))
    let addresses = html.matches(of: /(?:https?:)?\/\/[^"\s<]+/).count
    let links = html.matches(of: /<a href="https?:\/\//).count
    let namespaces = html.matches(of: /xmlns="http:\/\/www\.w3\.org\/2000\/svg"/).count
    #expect(addresses == links + namespaces)
    // The policy allows the one stylesheet, by its hash.
    let hash = HTMLEscaping.base64(HTMLEscaping.sha256(HTMLLayout.stylesheet))
    #expect(html.contains("style-src 'sha256-\(hash)'"))
    #expect(html == HTMLRenderer().render(report))
  }

  @Test func hostileNamesRenderAsText() throws {
    let hostile = "</script><svg onload=alert(1)>\"><svg onload=alert(2)> & 'x'\u{1B}[31m"
    let spec = ProjectSpec(
      name: hostile, description: hostile,
      facts: [
        GivenFact(key: "knowledge_gap", value: .level("facts")),
        GivenFact(key: "queries_per_month", value: .number(50_000)),
      ])
    let html = HTMLRenderer().render(
      Advisor(options: .init(samples: 200)).recommend(spec, criteria: Fixtures.builtIn))
    _ = try Self.elements(html).get()
    #expect(!html.contains("<svg onload"))
    #expect(!html.contains("</script>"))
    #expect(!html.contains("\u{1B}"))
    #expect(html.contains("&lt;/script&gt;&lt;svg onload=alert(1)&gt;&quot;&gt;"))
  }

  /// The cost chart marks the project's volume with the same abbreviation as the tables.
  @Test func theCostChartMarksTheVolumeAbbreviated() throws {
    let spec = ProjectSpec(
      name: "volume",
      facts: [
        GivenFact(key: "knowledge_gap", value: .level("facts")),
        GivenFact(key: "queries_per_month", value: .number(999_600)),
      ])
    let html = HTMLRenderer().render(
      Advisor(options: .init(samples: 0)).recommend(spec, criteria: Fixtures.builtIn))
    #expect(html.contains(">you: 1M/month<"))
    #expect(!html.contains("1,000k"))
  }

  @Test func onlyWebAddressesBecomeLinks() {
    let document = Document(
      title: "t",
      sections: [.init(id: "s", heading: "S", blocks: [.text("cited", citations: [0])])],
      sources: [Source(id: "x", title: "evil", url: "javascript:alert(1)")])
    let html = HTMLLayout().render(document)
    #expect(!html.contains("javascript:"))
    #expect(html.contains("<li id=\"source-1\">evil</li>"))
  }

  @Test func base64AndTheDigestAreStandard() {
    #expect(HTMLEscaping.base64(Array("Man".utf8)) == "TWFu")
    #expect(HTMLEscaping.base64(Array("Ma".utf8)) == "TWE=")
    #expect(HTMLEscaping.base64(Array("M".utf8)) == "TQ==")
    // SHA-256 of "abc", base64 (FIPS 180-2 test vector).
    #expect(
      HTMLEscaping.base64(HTMLEscaping.sha256("abc"))
        == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
  }
}
