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
}
