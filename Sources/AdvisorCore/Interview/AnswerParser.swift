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
  /// Return to the previous question, discarding its answer (`<`).
  case back
}

/// An answer understood, with what it was taken to mean when the words were not the value itself
/// (`90,000 ms (1.5 minutes)` for `1.5min`, `weekly` for `every week`), for the prompter to say back.
public struct AnswerReading: Sendable, Equatable {
  /// The answer.
  public var answer: Answer
  /// What the words were read as; `nil` when they were the value as written.
  public var note: String?

  /// Creates a reading.
  public init(answer: Answer, note: String? = nil) {
    self.answer = answer
    self.note = note
  }
}

/// Understands interview answers: numbered choices, level ids, prefixes and natural phrasings of them, and numbers
/// written the way people write them (`800`, `2s`, `3 seconds`, `1.5M`, `1,500,000`, `20k tokens`, `50k a month`).
public struct AnswerParser: Sendable {
  /// Creates a parser.
  public init() {}

  /// Parses one line for a criterion; the error is a one-line reason for re-asking.
  public func parse(_ line: String, for criterion: Criterion) -> Result<Answer, AnswerError> {
    read(line, for: criterion).map(\.answer)
  }

  /// Parses one line for a criterion and says what non-literal words were taken to mean.
  public func read(_ line: String, for criterion: Criterion) -> Result<AnswerReading, AnswerError> {
    let text = line.trimmingWhitespace()
    switch text.lowercased() {
    case "": return .success(AnswerReading(answer: .useDefault))
    case "?", "help": return .success(AnswerReading(answer: .help))
    case "-", "skip": return .success(AnswerReading(answer: .skip))
    case "<": return .success(AnswerReading(answer: .back))
    default: break
    }
    let ids = criterion.levels.map(\.id)
    var match = LevelMatch(text, ids: ids)
    if criterion.fact.kind == .choice, match == .none,
      let id = LevelMatch.natural(text, levels: criterion.levels)
    {
      match = .level(id)
    }
    if let id = match.id {
      // Said back unless typed as the id itself: a prefix or a phrase shows the choice it picked.
      let literal = id.lowercased() == text.lowercased().replacingSpaces(with: "_")
      return .success(AnswerReading(answer: .value(.level(id)), note: literal ? nil : id))
    }
    switch criterion.fact.kind {
    case .choice:
      if let index = Int(text) {
        guard (1...ids.count).contains(index) else {
          return .failure(AnswerError("\(index) is not a choice; enter 1-\(ids.count) or an id"))
        }
        return .success(AnswerReading(answer: .value(.level(ids[index - 1]))))
      }
      return .failure(Self.refusal(text, match: match, ids: ids))
    case .number:
      let range = ProjectSpec.numberRange(for: criterion.fact.key)
      return Self.readNumber(text, unit: criterion.fact.unit, in: range, levels: ids).map {
        AnswerReading(answer: .value(.number($0.value)), note: $0.note)
      }
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
        "\(quoted) is too short to pick a choice: type at least \(shortestPrefix) letters of one, or its number (1-\(ids.count))"
      )
    case .ambiguous(let candidates):
      return AnswerError(
        "\(quoted) matches more than one choice (\(candidates.joined(separator: ", "))): type more of one, or its number (1-\(ids.count))"
      )
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
    readNumber(text, unit: unit, in: range).map(\.value)
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
