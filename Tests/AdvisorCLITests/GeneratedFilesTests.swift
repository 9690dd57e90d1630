import AdvisorGeneration
import Foundation
import Testing

/// Every generated file is what `swift run generate-advisor` makes from `criteria/` and `schemas/`. The check
/// writes nothing; `ADVISOR_RECORD=1` rewrites the stale files and fails the run, so that a green run never means
/// "just re-recorded".
@Suite struct GeneratedFilesTests {
  @Test func everyGeneratedFileIsCurrent() throws {
    let generator = Generator(root: Paths.root)
    let files = try generator.files()
    #expect(
      files.map(\.path).filter { $0.hasSuffix(".swift") }.allSatisfy {
        $0.hasSuffix("+Generated.swift")
      })
    for file in try generator.stale() {
      if ProcessInfo.processInfo.environment["ADVISOR_RECORD"] == "1" {
        try file.contents.write(
          toFile: Paths.root + "/" + file.path, atomically: true, encoding: .utf8)
        Issue.record("rewrote \(file.path); run the tests again without ADVISOR_RECORD")
      } else {
        Issue.record(
          "\(file.path) differs from what criteria/ and schemas/ give: run swift run generate-advisor"
        )
      }
    }
  }

  @Test func aChangedTableMakesItsGeneratedFileStale() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    // A copy of the repository's inputs and generated files, current to begin with.
    let generator = Generator(root: directory)
    for folder in [
      "criteria", "schemas", "docs", "Sources/AdvisorCore/Loading", "Sources/AdvisorCore/Schema",
    ] {
      try FileManager.default.createDirectory(
        atPath: directory + "/" + folder, withIntermediateDirectories: true)
    }
    for folder in ["criteria", "schemas"] {
      for name in try FileManager.default.contentsOfDirectory(atPath: Paths.root + "/" + folder) {
        try FileManager.default.copyItem(
          atPath: Paths.root + "/\(folder)/\(name)", toPath: directory + "/\(folder)/\(name)")
      }
    }
    for file in try Generator(root: Paths.root).files() {
      try file.contents.write(
        toFile: directory + "/" + file.path, atomically: true, encoding: .utf8)
    }
    #expect(try generator.stale().isEmpty)
    // A new source title in one table changes the values, the digest and the sources document, not the schemas.
    let table = directory + "/criteria/latency.json"
    let text = try String(contentsOfFile: table, encoding: .utf8)
    let edited = text.replacingOccurrences(
      of: "\"title\": \"", with: "\"title\": \"Edited: ", options: [],
      range: text.range(of: "\"title\": \""))
    #expect(edited != text)
    try edited.write(toFile: table, atomically: true, encoding: .utf8)
    #expect(
      try generator.stale().map(\.path) == [
        "Sources/AdvisorCore/Loading/DefaultCriteria+Generated.swift", "docs/sources.md",
      ])
  }
}
