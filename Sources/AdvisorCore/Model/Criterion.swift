/// One weighted criterion: the spec fact it reads, and how well each approach fits each level.
///
/// A value type whose fields live in one copy-on-write box: every resolved fact and matrix row holds its
/// criterion, and copying one is then a single reference count rather than one for each of its strings and arrays.
public struct Criterion: Sendable, Equatable, Identifiable {
  /// The criterion id (`latency`).
  public var id: String {
    get { storage.fields.id }
    set { unique().fields.id = newValue }
  }
  /// The display name.
  public var name: String {
    get { storage.fields.name }
    set { unique().fields.name = newValue }
  }
  /// The one-line question the interview asks.
  public var question: String {
    get { storage.fields.question }
    set { unique().fields.question = newValue }
  }
  /// The longer explanation shown on request.
  public var help: String {
    get { storage.fields.help }
    set { unique().fields.help = newValue }
  }
  /// The default weight; 0 switches the criterion off.
  public var weight: Double {
    get { storage.fields.weight }
    set { unique().fields.weight = newValue }
  }
  /// The spec fact the criterion reads.
  public var fact: FactDefinition {
    get { storage.fields.fact }
    set { unique().fields.fact = newValue }
  }
  /// The levels, in order (ascending bounds for numeric facts).
  public var levels: [Level] {
    get { storage.fields.levels }
    set { unique().fields.levels = newValue }
  }
  /// Rules that infer this criterion's level from other given facts, tried in order.
  public var inferences: [Inference] {
    get { storage.fields.inferences }
    set { unique().fields.inferences = newValue }
  }
  /// The sources the fits cite.
  public var sources: [Source] {
    get { storage.fields.sources }
    set { unique().fields.sources = newValue }
  }
  /// Whether the interview always asks this criterion (`false`: offered after the core questions).
  public var isCore: Bool {
    get { storage.fields.isCore }
    set { unique().fields.isCore = newValue }
  }
  /// Whether a team changes this fact by work (measuring a baseline, collecting examples, growing a team), so
  /// that a plan may make it a step's condition; other facts describe the problem and are left to the what-if.
  public var isActionable: Bool {
    get { storage.fields.isActionable }
    set { unique().fields.isActionable = newValue }
  }
  /// What an unknown fact means: a prior over the levels.
  public var unknown: UnknownReading {
    get { storage.fields.unknown }
    set { unique().fields.unknown = newValue }
  }
  /// When the criterion counts at all; `nil`: always.
  public var relevance: Relevance? {
    get { storage.fields.relevance }
    set { unique().fields.relevance = newValue }
  }

  private var storage: Storage

  /// Creates a criterion.
  public init(
    id: String, name: String, question: String, help: String, weight: Double, fact: FactDefinition,
    levels: [Level], inferences: [Inference] = [], sources: [Source] = [], isCore: Bool = true,
    isActionable: Bool = false,
    unknown: UnknownReading? = nil, relevance: Relevance? = nil
  ) {
    storage = Storage(
      Fields(
        id: id, name: name, question: question, help: help, weight: weight, fact: fact,
        levels: levels, inferences: inferences,
        sources: sources, isCore: isCore, isActionable: isActionable,
        unknown: unknown ?? UnknownReading.uniform(over: levels),
        relevance: relevance))
  }

  /// Criteria are equal when their fields are.
  public static func == (lhs: Criterion, rhs: Criterion) -> Bool {
    lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
  }

  /// The box, copied first when another criterion shares it.
  private mutating func unique() -> Storage {
    if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
    return storage
  }

  /// The level with this id.
  public func level(id: String) -> Level? {
    levels.first { $0.id == id }
  }

  /// The level a number falls in: the first whose inclusive upper bound it does not exceed.
  public func level(for number: Double) -> Level? {
    levelIndex(of: .number(number)).map { levels[$0] }
  }

  /// The position of the level a given value selects: a number by the levels' bounds, a level id by its id.
  public func levelIndex(of value: FactValue) -> Int? {
    switch value {
    case .number(let number): levels.firstIndex { level in level.upTo.map { number <= $0 } ?? true }
    case .level(let id): levels.firstIndex { $0.id == id }
    }
  }

  /// The source with this id.
  public func source(id: String?) -> Source? {
    guard let id else { return nil }
    return sources.first { $0.id == id }
  }
}

/// The spec fact a criterion reads.
public struct FactDefinition: Sendable, Equatable {
  /// Whether the fact is a number or one of the level ids.
  public enum Kind: String, Sendable, Equatable {
    case number
    case choice
  }

  /// The key in the spec's `facts` object.
  public var key: String
  /// Number or choice.
  public var kind: Kind
  /// The unit of a numeric fact (`ms`, `tokens`).
  public var unit: String?

  /// Creates a fact definition.
  public init(key: String, kind: Kind, unit: String? = nil) {
    self.key = key
    self.kind = kind
    self.unit = unit
  }
}

/// One level of a criterion, with each approach's fit.
public struct Level: Sendable, Equatable, Identifiable {
  /// The level id, also accepted as the fact's value.
  public var id: String
  /// The display label.
  public var label: String
  /// For numeric facts, the inclusive upper bound; `nil` on the last level.
  public var upTo: Double?
  /// Each approach's fit, keyed by approach id.
  public var fits: [String: Fit]
  /// Requirements no weighting may outvote: the approaches that cannot meet this level, keyed by approach id.
  public var excludes: [String: Exclusion]
  /// Evidence that one approach is enough: it then leads every other approach that meets the requirements.
  public var settles: Settlement?

  /// Creates a level.
  public init(
    id: String, label: String, upTo: Double? = nil, fits: [String: Fit],
    excludes: [String: Exclusion] = [:], settles: Settlement? = nil
  ) {
    self.id = id
    self.label = label
    self.upTo = upTo
    self.fits = fits
    self.excludes = excludes
    self.settles = settles
  }
}

/// How well an approach fits a level, from 0 to 10, and why.
public struct Fit: Sendable, Equatable {
  /// The fit score, 0-10.
  public var score: Double
  /// One sentence explaining the score.
  public var reason: String
  /// The id of the criterion's source for the score, when it is not obvious.
  public var source: String?

  /// Creates a fit.
  public init(score: Double, reason: String, source: String? = nil) {
    self.score = score
    self.reason = reason
    self.source = source
  }
}

/// A requirement an approach cannot meet: it ranks after every approach that meets all of them.
public struct Exclusion: Sendable, Equatable {
  /// Why the approach cannot meet it.
  public var reason: String
  /// The id of the criterion's source for the constraint.
  public var source: String?
  /// Facts under which the requirement does not bind (fact key → levels); all must hold.
  public var unless: [String: [String]]
  /// What would have to change for the approach to meet it.
  public var remedy: String?
  /// Where the requirement stands in its table, for diagnostics.
  public var location: SourceLocation?

  /// Creates an exclusion.
  public init(
    reason: String, source: String? = nil, unless: [String: [String]] = [:], remedy: String? = nil,
    location: SourceLocation? = nil
  ) {
    self.reason = reason
    self.source = source
    self.unless = unless
    self.remedy = remedy
    self.location = location
  }
}

/// A rule that infers a criterion's level when its fact is not given but other facts imply it.
public struct Inference: Sendable, Equatable {
  /// The level inferred.
  public var level: String
  /// Every condition must hold: fact key → the levels of that fact that satisfy it.
  public var conditions: [String: [String]]
  /// Why the given facts imply the level, as a clause.
  public var reason: String
  /// Where the rule stands in its table, for diagnostics.
  public var location: SourceLocation?

  /// Creates an inference rule.
  public init(
    level: String, conditions: [String: [String]], reason: String, location: SourceLocation? = nil
  ) {
    self.level = level
    self.conditions = conditions
    self.reason = reason
    self.location = location
  }
}

extension Criterion {
  /// The fields of a criterion. Shared between copies and written only through `unique()`, so no two threads
  /// ever write one box: that is what makes it safe to send.
  fileprivate final class Storage: @unchecked Sendable {
    var fields: Fields

    init(_ fields: Fields) {
      self.fields = fields
    }
  }

  /// A criterion's fields as one equatable value.
  fileprivate struct Fields: Equatable {
    var id: String
    var name: String
    var question: String
    var help: String
    var weight: Double
    var fact: FactDefinition
    var levels: [Level]
    var inferences: [Inference]
    var sources: [Source]
    var isCore: Bool
    var isActionable: Bool
    var unknown: UnknownReading
    var relevance: Relevance?
  }
}
