/// Which of a criterion's levels typed text names: exactly, or by a prefix that starts only one id.
enum LevelMatch: Equatable {
  /// The text names this level.
  case level(String)
  /// The text starts a level id but is shorter than `AnswerParser.shortestPrefix`.
  case tooShort
  /// The text starts more than one level id: these.
  case ambiguous([String])
  /// The text names no level.
  case none

  /// Matches `text` against `ids`: an exact id (any case, spaces or hyphens for underscores) first, then a prefix
  /// of at least `AnswerParser.shortestPrefix` letters that starts exactly one id.
  init(_ text: String, ids: [String]) {
    let lowered = text.lowercased().replacingSpaces(with: "_")
    if let exact = ids.first(where: { $0.lowercased() == lowered }) {
      self = .level(exact)
      return
    }
    let prefixed = ids.filter { $0.lowercased().hasPrefix(lowered) }
    guard !lowered.isEmpty, !prefixed.isEmpty else {
      self = .none
      return
    }
    if lowered.count < AnswerParser.shortestPrefix {
      self = .tooShort
    } else {
      self = prefixed.count == 1 ? .level(prefixed[0]) : .ambiguous(prefixed)
    }
  }

  /// The level named, if any.
  var id: String? {
    if case .level(let id) = self { return id }
    return nil
  }

  /// Cadence adverbs by the period they repeat over: `every week` names `weekly` when a choice has that id.
  static let cadences = [
    "hour": "hourly", "day": "daily", "week": "weekly", "month": "monthly", "quarter": "quarterly",
    "year": "yearly",
  ]

  /// Words that may lead a period in a cadence: `every week`, `once a month`, `once per year`, `each day`.
  static let cadenceWords: Set<String> = [
    "every", "each", "once", "a", "an", "per", "one", "1", "time",
  ]

  /// The level a natural phrasing names, if exactly one does: a cadence (`every week` → `weekly`) or a level's
  /// label, whole or up to its colon (`never` → `static` for "never: a fixed task").
  static func natural(_ text: String, levels: [Level]) -> String? {
    let words = text.lowercased().split { $0 == " " || $0 == "-" || $0 == "_" }.map(String.init)
    if let period = words.last, words.count >= 2,
      words.dropLast().allSatisfy(cadenceWords.contains),
      let adverb = cadences[period],
      let level = levels.first(where: { $0.id.lowercased() == adverb })
    {
      return level.id
    }
    let phrase = words.joined(separator: " ")
    let named = levels.filter { level in
      let label = level.label.lowercased()
      let head = label.split(separator: ":", maxSplits: 1).first.map(String.init) ?? label
      return label == phrase || head.trimmingWhitespace() == phrase
    }
    return named.count == 1 ? named[0].id : nil
  }
}
