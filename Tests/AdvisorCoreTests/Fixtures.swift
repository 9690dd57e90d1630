import Foundation

@testable import AdvisorCore

/// Paths and loaders shared by the core tests.
enum Fixtures {
  /// The repository root, found from this file's path.
  static let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  /// The repository's `criteria/` files, named `criteria/<file>`, in name order.
  static func criteriaFiles() throws -> [InputFile] {
    let names = try FileManager.default.contentsOfDirectory(atPath: root + "/criteria").filter {
      $0.hasSuffix(".json")
    }.sorted()
    return try names.map { name in
      let read = try InputFile.read(path: root + "/criteria/" + name)
      return InputFile(name: "criteria/" + name, bytes: read.bytes)
    }
  }

  static let builtIn: CriteriaSet = {
    do {
      return try CriteriaLoader().loadBuiltIn()
    } catch {
      preconditionFailure("the built-in criteria do not load: \(error)")
    }
  }()

  static func spec(_ json: String, file: String = "spec.json", criteria: CriteriaSet = builtIn)
    throws -> ProjectSpec
  {
    try ProjectSpec.load(InputFile(name: file, bytes: Array(json.utf8)), criteria: criteria)
  }

  static func example(_ name: String) throws -> ProjectSpec {
    try ProjectSpec.load(InputFile.read(path: root + "/examples/\(name).json"), criteria: builtIn)
  }

  static func recommend(_ facts: [String: FactValue], weights: [String: Double] = [:]) -> Report {
    let spec = ProjectSpec(
      name: "test",
      facts: facts.sorted { $0.key < $1.key }.map { GivenFact(key: $0.key, value: $0.value) },
      weights: weights)
    return Advisor().recommend(spec, criteria: builtIn)
  }
}
