/// The JSON Schemas the advisor ships, for editors and CI.
public enum SchemaKind: String, Sendable, CaseIterable {
  case spec
  case criteria
  case profiles
  case costModel = "cost-model"
  case precedents
  case report
  case diff

  /// The schema's file name in `schemas/`.
  public var fileName: String {
    switch self {
    case .spec: "spec.schema.json"
    case .criteria: "criterion.schema.json"
    case .profiles: "profiles.schema.json"
    case .costModel: "cost-model.schema.json"
    case .precedents: "precedents.schema.json"
    case .report: "report.schema.json"
    case .diff: "diff.schema.json"
    }
  }

  /// The schema's text, as shipped.
  public var text: String {
    EmbeddedSchemas.files.first { $0.name == fileName }?.contents ?? ""
  }

  /// The schema, parsed.
  public func schema() throws(AdvisorError) -> JSONValue {
    try InputFile(name: "schemas/" + fileName, bytes: Array(text.utf8)).parseJSON()
  }
}
