import Foundation
import Testing

@testable import AdvisorCore

/// Every input the fuzzer was seeded with or ever crashed on goes through the same paths as the fuzz target
/// (Fuzz/FuzzInputs.swift): each must end in a result or an `AdvisorError`, never a crash.
@Suite struct FuzzRegressionTests {
  static var inputs: [String] {
    ["fuzz/seeds", "fuzz/regressions"].flatMap { folder in
      ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.root + "/" + folder)) ?? [])
        .sorted().map { "\(folder)/\($0)" }
    }
  }

  @Test func thereAreRegressionInputs() {
    #expect(Self.inputs.count >= 4)
  }

  @Test(arguments: inputs)
  func replaysWithoutCrashing(path: String) throws {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.root + "/" + path)))
    if let spec = try? ProjectSpec.load(
      InputFile(name: path, bytes: bytes), criteria: Fixtures.builtIn)
    {
      let report = Advisor(options: .init(samples: 50)).recommend(spec, criteria: Fixtures.builtIn)
      #expect(report.scorecard.ranking.allSatisfy { $0.score >= 0 && $0.score <= 100 })
      _ = JSONReportRenderer().render(report)
      _ = TextRenderer().render(report)
    }
    let profiles = try InputFile.read(path: Fixtures.root + "/criteria/profiles.json")
    _ = try? CriteriaLoader().load(
      files: [profiles, InputFile(name: "x.json", bytes: bytes)], origin: "t")
    _ = try? ReportSnapshot.load(InputFile(name: path, bytes: bytes))
  }
}
