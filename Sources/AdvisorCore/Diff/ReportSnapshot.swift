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
  /// The spec's facts, as JSON values (for the JSON comparison); not part of equality, `facts` carries them.
  public var factValues: [String: JSONValue] = [:]
  /// The approach ids the tables defined, in their order (the ranking's when the report does not list them).
  public var approaches: [String] = []
  /// Each criterion's weight in force.
  public var weights: [String: Double]
  /// The criteria tables' digest.
  public var digest: String
  /// The report format version the file was written in (1 or 2).
  public var version: Int = JSONReportRenderer.reportVersion
  /// How far the verdict was settled (`recommended`, `close_call`, `provisional`, `unmet`); `nil` in a version-1
  /// report, which did not say.
  public var status: String?
  /// The recommendation's confidence, in percent; `nil` when the report does not say.
  public var confidence: Double?
  /// The leader's margin over the runner-up, in points; `nil` when the report does not say.
  public var margin: Double?

  /// The report versions this advisor reads: version 1 lacks the verdict's status and open questions.
  public static let readableVersions = [1, 2]

  /// Two snapshots are equal when every compared part is.
  public static func == (lhs: ReportSnapshot, rhs: ReportSnapshot) -> Bool {
    lhs.name == rhs.name && lhs.approach == rhs.approach && lhs.names == rhs.names
      && lhs.facts == rhs.facts
      && lhs.weights == rhs.weights && lhs.digest == rhs.digest && lhs.version == rhs.version
      && lhs.status == rhs.status
      && lhs.confidence == rhs.confidence && lhs.margin == rhs.margin
      && lhs.approaches == rhs.approaches
      && lhs.scores.map(\.approach) == rhs.scores.map(\.approach)
      && lhs.scores.map(\.score) == rhs.scores.map(\.score)
  }

  /// Reads a report written by `advisor recommend --format json`.
  public static func load(_ input: InputFile) throws(AdvisorError) -> ReportSnapshot {
    let context = JSONDecodingContext(file: input.name)
    let root = try input.parseJSON()
    let object = try context.object(root, .root)
    let version = try context.number(
      object.required(ReportKey.reportVersion.key, "the report format version"),
      JSONPath.root.appending(ReportKey.reportVersion.key))
    guard let readable = Self.readableVersions.first(where: { Double($0) == version }) else {
      throw context.failure(
        object.value(ReportKey.reportVersion.key),
        JSONPath.root.appending(ReportKey.reportVersion.key),
        "unsupported report version \(JSONWriter.format(version)); this advisor reads versions "
          + Self.readableVersions.map(String.init).joined(separator: " and "))
    }
    let specPath = JSONPath.root.appending(ReportKey.spec.key)
    let spec = try context.object(object.required(ReportKey.spec.key, "the spec as read"), specPath)
    let recommendation = try context.object(
      object.required(ReportKey.recommendation.key, "the recommendation"),
      JSONPath.root.appending(ReportKey.recommendation.key))
    let approachValue = try recommendation.required(
      ReportKey.approach.key, "an approach id or null")
    let approach: String? =
      approachValue.kind == .null
      ? nil
      : try context.string(
        approachValue,
        JSONPath.root.appending(ReportKey.recommendation.key).appending(ReportKey.approach.key))
    let status = readable >= 2 ? try recommendation.requiredString(ReportKey.status.key) : nil
    let recommendationPath = JSONPath.root.appending(ReportKey.recommendation.key)
    let margin = try recommendation.value(ReportKey.margin.key).map { value throws(AdvisorError) in
      try context.number(value, recommendationPath.appending(ReportKey.margin.key))
    }
    let confidencePath = recommendationPath.appending(ReportKey.confidence.key)
    let confidence = try recommendation.value(ReportKey.confidence.key).map {
      value throws(AdvisorError) in
      try context.object(value, confidencePath)
    }.flatMap { object throws(AdvisorError) in
      try object.value(ReportKey.percent.key).map { value throws(AdvisorError) in
        try context.number(value, confidencePath.appending(ReportKey.percent.key))
      }
    }
    var names: [String: String] = [:]
    var scores: [(String, Double)] = []
    let rankingPath = JSONPath.root.appending(ReportKey.ranking.key)
    for (index, element) in try context.array(
      object.required(ReportKey.ranking.key, "the ranking"), rankingPath
    ).enumerated() {
      let entry = try context.object(element, rankingPath.appending(index: index))
      let id = try entry.requiredString(ReportKey.approach.key)
      names[id] = try entry.optionalString(ReportKey.name.key) ?? id
      scores.append(
        (
          id,
          try context.number(
            entry.required(ReportKey.score.key, "a number"),
            rankingPath.appending(index: index).appending(ReportKey.score.key))
        ))
    }
    var facts: [String: String] = [:]
    var factValues: [String: JSONValue] = [:]
    if let value = spec.value(ReportKey.facts.key) {
      for member in try context.object(value, specPath.appending(ReportKey.facts.key)).members {
        facts[member.key] = JSONWriter(style: .compact).string(member.value)
        factValues[member.key] = member.value
      }
    }
    var weights: [String: Double] = [:]
    let matrixPath = JSONPath.root.appending(ReportKey.matrix.key)
    for (index, element) in try context.array(
      object.required(ReportKey.matrix.key, "the decision matrix"), matrixPath
    ).enumerated() {
      let row = try context.object(element, matrixPath.appending(index: index))
      weights[try row.requiredString(ReportKey.criterion.key)] = try context.number(
        row.required(ReportKey.weight.key, "a number"),
        matrixPath.appending(index: index).appending(ReportKey.weight.key))
    }
    let criteriaPath = JSONPath.root.appending(ReportKey.criteria.key)
    let criteria = try context.object(
      object.required(ReportKey.criteria.key, "the criteria used"), criteriaPath)
    var approaches = scores.map(\.0)
    if let listed = criteria.value(ReportKey.approaches.key) {
      let path = criteriaPath.appending(ReportKey.approaches.key)
      approaches = try context.stringArray(listed, path)
    }
    return ReportSnapshot(
      name: try spec.requiredString(ReportKey.name.key), approach: approach, names: names,
      scores: scores, facts: facts,
      factValues: factValues, approaches: approaches, weights: weights,
      digest: try criteria.optionalString(ReportKey.digest.key) ?? "",
      version: readable, status: status, confidence: confidence, margin: margin)
  }
}
