/// The complete knowledge the advisor scores with: the approaches and the criteria tables.
public struct CriteriaSet: Sendable, Equatable {
  /// The approaches, in report order.
  public var profiles: Profiles
  /// The criteria, in file-name order.
  public var criteria: [Criterion]
  /// Where the tables came from: `built-in` or a directory path.
  public var origin: String
  /// `sha256:` and the SHA-256 of the tables' canonical JSON (each file's name and its compact, key-sorted
  /// JSON without `$schema`, in name order), so a reviewer can tell which knowledge produced a report whatever its formatting.
  public var digest: String
  /// The cost model, when the folder has one.
  public var costModel: CostModel?
  /// The library of published decisions, when the folder has one (`precedents.json`).
  public var precedents: [Precedent]

  /// Creates a criteria set.
  public init(
    profiles: Profiles, criteria: [Criterion], origin: String, digest: String = "",
    costModel: CostModel? = nil, precedents: [Precedent] = []
  ) {
    self.profiles = profiles
    self.criteria = criteria
    self.origin = origin
    self.digest = digest
    self.costModel = costModel
    self.precedents = precedents
  }

  /// The approaches, in report order.
  public var approaches: [Approach] { profiles.approaches }

  /// The approach with this id.
  public func approach(id: String) -> Approach? {
    profiles.approaches.first { $0.id == id }
  }

  /// The criterion with this id.
  public func criterion(id: String) -> Criterion? {
    criteria.first { $0.id == id }
  }
}
