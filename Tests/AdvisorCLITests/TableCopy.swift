import Foundation

/// A copy of the shipped criteria tables with one file changed as JSON data, not as text, so that the edit
/// still applies when the tables' figures, order or formatting change.
enum TableCopy {
  /// Copies `criteria/` to a fresh temporary folder, passing `file`'s decoded JSON object through `edit`; the
  /// caller removes the folder. The edited file is written pretty-printed with sorted keys.
  static func edited(_ file: String, _ edit: (inout [String: Any]) throws -> Void) throws -> String {
    let directory = try Paths.temporaryDirectory()
    for name in try FileManager.default.contentsOfDirectory(atPath: Paths.root + "/criteria") {
      let data = try Data(contentsOf: URL(fileURLWithPath: Paths.root + "/criteria/" + name))
      var contents = data
      if name == file {
        guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
          throw CocoaError(.fileReadCorruptFile)
        }
        try edit(&object)
        contents = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
      }
      try contents.write(to: URL(fileURLWithPath: directory + "/" + name))
    }
    return directory
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
      if let range = line.range(of: needle) { return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1) }
    }
    return nil
  }
}
