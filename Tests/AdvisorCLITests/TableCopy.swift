import Foundation

/// A copy of the shipped criteria tables with one file changed as JSON data, not as text, so that the edit
/// still applies when the tables' figures, order or formatting change.
enum TableCopy {
  /// Copies `criteria/` to a fresh temporary folder, passing `file`'s decoded JSON object through `edit`; the
  /// caller removes the folder. The edited file is written pretty-printed with sorted keys.
  static func edited(_ file: String, _ edit: (inout [String: Any]) throws -> Void) throws -> String
  {
    let directory = try Paths.temporaryDirectory()
    for name in try FileManager.default.contentsOfDirectory(atPath: Paths.root + "/criteria") {
      let data = try Data(contentsOf: URL(fileURLWithPath: Paths.root + "/criteria/" + name))
      var contents = data
      if name == file {
        guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
          throw CocoaError(.fileReadCorruptFile)
        }
        try edit(&object)
        contents = try JSONSerialization.data(
          withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
      }
      try contents.write(to: URL(fileURLWithPath: directory + "/" + name))
    }
    return directory
  }

  /// Copies `criteria/` to a fresh temporary folder, passing every file's decoded JSON object through `edit`
  /// with the file's name; the caller removes the folder.
  static func editedEvery(_ edit: (_ file: String, inout [String: Any]) throws -> Void) throws
    -> String
  {
    let directory = try Paths.temporaryDirectory()
    for name in try FileManager.default.contentsOfDirectory(atPath: Paths.root + "/criteria") {
      var object = try Self.object(name)
      try edit(name, &object)
      let contents = try JSONSerialization.data(
        withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
      try contents.write(to: URL(fileURLWithPath: directory + "/" + name))
    }
    return directory
  }

  /// A copy of the shipped tables in which approach `old` is called `new` everywhere: its profile, every fit,
  /// requirement and settlement, every precedent's choice and the cost model's recipe mapping.
  static func renamingApproach(_ old: String, to new: String) throws -> String {
    func renamed(_ value: Any) -> Any {
      if let string = value as? String { return string == old ? new : string }
      if let array = value as? [Any] { return array.map(renamed) }
      guard let object = value as? [String: Any] else { return value }
      return Dictionary(
        uniqueKeysWithValues: object.map { ($0.key == old ? new : $0.key, renamed($0.value)) })
    }
    return try editedEvery { _, object in object = renamed(object) as? [String: Any] ?? object }
  }

  /// A copy of the shipped tables without approach `id`: no profile, no fits or requirements in any level, no
  /// precedent choosing it and no cost recipe.
  static func removingApproach(_ id: String) throws -> String {
    try editedEvery { file, object in
      switch file {
      case "profiles.json":
        object["approaches"] = (object["approaches"] as? [[String: Any]] ?? []).filter {
          $0["id"] as? String != id
        }
      case "precedents.json":
        object["precedents"] = (object["precedents"] as? [[String: Any]] ?? []).filter {
          $0["choice"] as? String != id
        }
      case "cost-model.json":
        var recipes = object["approaches"] as? [String: Any]
        recipes?[id] = nil
        if let recipes { object["approaches"] = recipes }
      default:
        guard let levels = object["levels"] as? [[String: Any]] else { return }
        object["levels"] = levels.map { level in
          var level = level
          for key in ["fit", "excludes"] {
            var map = level[key] as? [String: Any]
            map?[id] = nil
            if let map { level[key] = map }
          }
          return level
        }
      }
    }
  }

  /// The shipped table `file` as a JSON object.
  static func object(_ file: String) throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: Paths.root + "/criteria/" + file))
    return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
  }

  /// The 1-based line and column of the first occurrence of `needle` in a file.
  static func position(of needle: String, in path: String) throws -> (line: Int, column: Int)? {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    for (index, line) in text.components(separatedBy: "\n").enumerated() {
      if let range = line.range(of: needle) {
        return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
      }
    }
    return nil
  }
}
