/// The parts of a saved JSON report that `advisor diff` compares, read back from the file.
public struct ReportSnapshot: Sendable, Equatable {
  /// The project's name.
  public var name: String
  /// The recommended approach id, or `nil` when every approach was excluded.
  public var approach: String?
  /// Display names by approach id.
  public var names: [String: String]
  /// Scores by approach id, in ranking order.
  public var scores: [(approach: String, score: Double)]
  /// The spec's facts, as JSON text of each value.
  public var facts: [String: String]
  /// Each criterion's weight in force.
  public var weights: [String: Double]
  /// The criteria tables' digest.
  public var digest: String
  /// The report format version the file was written in (1 or 2).
  public var version: Int = JSONReportRenderer.reportVersion
  /// How far the verdict was settled (`recommended`, `close_call`, `provisional`, `unmet`); `nil` in a version-1
  /// report, which did not say.
  public var status: String?

  /// The report versions this advisor reads: version 1 lacks the verdict's status and open questions.
  public static let readableVersions = [1, 2]

  /// Two snapshots are equal when every compared part is.
  public static func == (lhs: ReportSnapshot, rhs: ReportSnapshot) -> Bool {
    lhs.name == rhs.name && lhs.approach == rhs.approach && lhs.names == rhs.names && lhs.facts == rhs.facts
      && lhs.weights == rhs.weights && lhs.digest == rhs.digest && lhs.version == rhs.version && lhs.status == rhs.status
      && lhs.scores.map(\.approach) == rhs.scores.map(\.approach) && lhs.scores.map(\.score) == rhs.scores.map(\.score)
  }

  /// Reads a report written by `advisor recommend --format json`.
  public static func load(_ input: InputFile) throws(AdvisorError) -> ReportSnapshot {
    let context = JSONDecodingContext(file: input.name)
    let root = try input.parseJSON()
    let object = try context.object(root, .root)
    let version = try context.number(object.required("reportVersion", "the report format version"), JSONPath.root.appending("reportVersion"))
    guard let readable = Self.readableVersions.first(where: { Double($0) == version }) else {
      throw context.failure(
        object.value("reportVersion"), JSONPath.root.appending("reportVersion"),
        "unsupported report version \(JSONWriter.format(version)); this advisor reads versions "
          + Self.readableVersions.map(String.init).joined(separator: " and "))
    }
    let specPath = JSONPath.root.appending("spec")
    let spec = try context.object(object.required("spec", "the spec as read"), specPath)
    let recommendation = try context.object(
      object.required("recommendation", "the recommendation"), JSONPath.root.appending("recommendation"))
    let approachValue = try recommendation.required("approach", "an approach id or null")
    let approach: String? =
      approachValue.kind == .null ? nil : try context.string(approachValue, JSONPath.root.appending("recommendation").appending("approach"))
    let status = readable >= 2 ? try recommendation.requiredString("status") : nil
    var names: [String: String] = [:]
    var scores: [(String, Double)] = []
    let rankingPath = JSONPath.root.appending("ranking")
    for (index, element) in try context.array(object.required("ranking", "the ranking"), rankingPath).enumerated() {
      let entry = try context.object(element, rankingPath.appending(index: index))
      let id = try entry.requiredString("approach")
      names[id] = try entry.optionalString("name") ?? id
      scores.append((id, try context.number(entry.required("score", "a number"), rankingPath.appending(index: index).appending("score"))))
    }
    var facts: [String: String] = [:]
    if let value = spec.value("facts") {
      for member in try context.object(value, specPath.appending("facts")).members {
        facts[member.key] = JSONWriter(style: .compact).string(member.value)
      }
    }
    var weights: [String: Double] = [:]
    let matrixPath = JSONPath.root.appending("matrix")
    for (index, element) in try context.array(object.required("matrix", "the decision matrix"), matrixPath).enumerated() {
      let row = try context.object(element, matrixPath.appending(index: index))
      weights[try row.requiredString("criterion")] = try context.number(
        row.required("weight", "a number"), matrixPath.appending(index: index).appending("weight"))
    }
    let criteria = try context.object(object.required("criteria", "the criteria used"), JSONPath.root.appending("criteria"))
    return ReportSnapshot(
      name: try spec.requiredString("name"), approach: approach, names: names, scores: scores, facts: facts, weights: weights,
      digest: try criteria.optionalString("digest") ?? "", version: readable, status: status)
  }
}
