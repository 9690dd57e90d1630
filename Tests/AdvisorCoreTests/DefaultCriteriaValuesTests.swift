import Foundation
import Testing

@testable import AdvisorCore

/// The built-in tables are compiled in as values; they must be exactly what loading `criteria/` gives.
/// `ADVISOR_RECORD=1 swift test --filter DefaultCriteriaValuesTests` rewrites the generated file.
@Suite struct DefaultCriteriaValuesTests {
  static let path = Fixtures.root + "/Sources/AdvisorCore/Loading/DefaultCriteria+Values.swift"

  static func decoded() throws -> CriteriaSet {
    try CriteriaLoader().load(files: Fixtures.criteriaFiles(), origin: "built-in")
  }

  @Test func theGeneratedSourceIsCurrent() throws {
    let source = SwiftSource.file(try Self.decoded())
    if ProcessInfo.processInfo.environment["ADVISOR_RECORD"] == "1" {
      try source.write(toFile: Self.path, atomically: true, encoding: .utf8)
    }
    let onDisk = try String(contentsOfFile: Self.path, encoding: .utf8)
    #expect(onDisk == source, "run scripts/embed-criteria.sh")
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
