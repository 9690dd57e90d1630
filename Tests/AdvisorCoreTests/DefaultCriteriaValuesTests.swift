import Testing

@testable import AdvisorCore

/// The built-in tables are compiled in as values (`swift run generate-advisor` writes them); they must be exactly
/// what loading `criteria/` gives.
@Suite struct DefaultCriteriaValuesTests {
  static func decoded() throws -> CriteriaSet {
    try CriteriaLoader().load(files: Fixtures.criteriaFiles(), origin: "built-in")
  }

  @Test func theCompiledValuesEqualTheDecodedTables() throws {
    let decoded = try Self.decoded()
    let builtIn = try CriteriaLoader().loadBuiltIn()
    #expect(builtIn.profiles == decoded.profiles)
    #expect(builtIn.criteria == decoded.criteria)
    #expect(builtIn.costModel == decoded.costModel)
    #expect(builtIn.precedents == decoded.precedents)
    #expect(builtIn.origin == "built-in")
    #expect(builtIn.digest == decoded.digest)
  }
}
