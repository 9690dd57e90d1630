/// What a person typed at an interview prompt, understood.
public enum Answer: Sendable, Equatable {
  /// A value for the fact.
  case value(FactValue)
  /// Leave the fact unknown (`-`).
  case skip
  /// Take the default shown in brackets (an empty line).
  case useDefault
  /// Show the question's help (`?`).
  case help
}

/// Understands interview answers: numbered choices, level ids, and numbers written the way people
/// write them (`800`, `2s`, `1.5M`, `1,500,000`, `20k tokens`).
public struct AnswerParser: Sendable {
  /// Creates a parser.
  public init() {}

  /// Parses one line for a criterion; the error is a one-line reason for re-asking.
  public func parse(_ line: String, for criterion: Criterion) -> Result<Answer, AnswerError> {
    let text = line.trimmingWhitespace()
    switch text.lowercased() {
    case "": return .success(.useDefault)
    case "?", "help": return .success(.help)
    case "-", "skip": return .success(.skip)
    default: break
    }
    let ids = criterion.levels.map(\.id)
    let match = LevelMatch(text, ids: ids)
    if let id = match.id { return .success(.value(.level(id))) }
    switch criterion.fact.kind {
    case .choice:
      if let index = Int(text) {
        guard (1...ids.count).contains(index) else { return .failure(AnswerError("\(index) is not a choice; enter 1-\(ids.count) or an id")) }
        return .success(.value(.level(ids[index - 1])))
      }
      return .failure(Self.refusal(text, match: match, ids: ids))
    case .number:
      return Self.number(text, unit: criterion.fact.unit, in: ProjectSpec.numberRange(for: criterion.fact.key)).map { .value(.number($0)) }
    }
  }

  /// The fewest letters of a choice's id that pick it: one letter is too easily a slip (or a `y`/`n` habit).
  public static let shortestPrefix = 2

  /// Why a choice answer names no level: too short a prefix, a prefix of several ids, or no id at all.
  static func refusal(_ text: String, match: LevelMatch, ids: [String]) -> AnswerError {
    let quoted = Suggestion.quoted(text)
    switch match {
    case .tooShort:
      return AnswerError(
        "\(quoted) is too short to pick a choice: type at least \(shortestPrefix) letters of one, or its number (1-\(ids.count))")
    case .ambiguous(let candidates):
      return AnswerError(
        "\(quoted) matches more than one choice (\(candidates.joined(separator: ", "))): type more of one, or its number (1-\(ids.count))")
    case .level, .none:
      var reason = "\(quoted) is not one of: \(ids.joined(separator: ", "))"
      if let suggestion = Suggestion.didYouMean(text, in: ids) { reason += " (\(suggestion))" }
      return AnswerError(reason)
    }
  }

  /// Parses a number with thousands separators, a magnitude suffix (k, M, B) or, for milliseconds,
  /// a time unit (ms, s, min), optionally followed by the fact's own unit.
  public static func number(
    _ text: String, unit: String?, in range: ClosedRange<Double> = 0...ProjectSpec.largestNumber
  ) -> Result<Double, AnswerError> {
    var body = text.lowercased().filter { $0 != "," && $0 != "_" && $0 != " " }
    if let unit = unit?.lowercased().filter({ $0 != " " }), !unit.isEmpty, unit != "ms", body.hasSuffix(unit) {
      body.removeLast(unit.count)
    }
    let numeric = body.prefix { $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" }
    // An `e` that ends the number is not an exponent.
    var digits = String(numeric)
    while digits.hasSuffix("e") || digits.hasSuffix("+") || digits.hasSuffix("-") { digits.removeLast() }
    let suffix = String(body.dropFirst(digits.count))
    guard let base = Double(digits), base.isFinite else {
      return .failure(AnswerError("\"\(text)\" is not a number\(unit.map { " of \($0)" } ?? "")"))
    }
    let scales: [String: Double]
    if unit == "ms" {
      scales = ["": 1, "ms": 1, "s": 1_000, "sec": 1_000, "m": 60_000, "min": 60_000]
    } else {
      scales = ["": 1, "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "g": 1e9, "billion": 1e9]
    }
    guard let scale = scales[suffix] else {
      let accepted = unit == "ms" ? "ms, s or min" : "k, M or B"
      return .failure(AnswerError("\"\(text)\": unknown suffix \"\(suffix)\"; use \(accepted)"))
    }
    let value = base * scale
    guard value >= range.lowerBound else {
      return .failure(
        AnswerError(range.lowerBound == 0 ? "\(text) is negative; enter 0 or more" : "\(text) is below \(Format.grouped(range.lowerBound))"))
    }
    guard value.isFinite, value <= range.upperBound else {
      return .failure(AnswerError("\(text) is more than \(Format.grouped(range.upperBound)), the largest accepted"))
    }
    return .success(value)
  }
}

/// Why an answer was not accepted, as one line.
public struct AnswerError: Error, Sendable, Equatable {
  /// The reason, shown before the question is asked again.
  public var reason: String

  /// Creates an error.
  public init(_ reason: String) {
    self.reason = reason
  }
}

extension String {
  /// The string without leading and trailing white space.
  public func trimmingWhitespace() -> String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }

  /// The string without trailing spaces (for table rows padded to a width).
  public func trimmingTrailingSpaces() -> String {
    var text = Substring(self)
    while text.last == " " { text.removeLast() }
    return String(text)
  }

  func replacingSpaces(with replacement: Character) -> String {
    String(map { $0 == " " || $0 == "-" ? replacement : $0 })
  }
}
