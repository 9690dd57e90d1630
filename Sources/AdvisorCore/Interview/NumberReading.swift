/// A number read from an answer, and what its suffix was taken to mean (`90,000 ms (1.5 minutes)`), if it had one.
struct NumberReading: Equatable {
  /// The value in the fact's unit.
  var value: Double
  /// The value and the unit its suffix took, when the words were not a plain number.
  var note: String?
}

extension AnswerParser {
  /// Time units a milliseconds answer may carry, with their scale; `m` alone is refused as ambiguous.
  static let timeScales: [String: Double] = [
    "": 1, "ms": 1, "msec": 1, "millisecond": 1, "milliseconds": 1,
    "s": 1_000, "sec": 1_000, "secs": 1_000, "second": 1_000, "seconds": 1_000,
    "min": 60_000, "mins": 60_000, "minute": 60_000, "minutes": 60_000,
  ]

  /// Magnitude suffixes a count may carry.
  static let countScales: [String: Double] = [
    "": 1, "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9,
    "g": 1e9, "billion": 1e9,
  ]

  /// Periods a per-period volume may be written in, with how many of each a 30-day month holds.
  static let periodsPerMonth: [String: Double] = [
    "hour": 720, "day": 30, "week": 30.0 / 7, "month": 1, "year": 1.0 / 12,
  ]

  /// Parses a number as `number` does, and notes the unit a suffix took. `levels` are the question's level ids,
  /// named in the refusal of a word that is not a number.
  static func readNumber(
    _ text: String, unit: String?, in range: ClosedRange<Double>, levels: [String] = []
  ) -> Result<NumberReading, AnswerError> {
    var body = text.lowercased().filter { $0 != "," && $0 != "_" && $0 != " " }
    var perPeriod = false
    if let unit = unit?.lowercased().filter({ $0 != " " }), !unit.isEmpty, unit != "ms" {
      if body.hasSuffix(unit) {
        body.removeLast(unit.count)
      } else if let slash = unit.firstIndex(of: "/") {
        // `queries/month`: `50k a month`, `50,000/month`, `50k queries per month`, `20k monthly`.
        let noun = String(unit[..<slash])
        let period = String(unit[unit.index(after: slash)...])
        for (other, perMonth) in periodsPerMonth {
          guard let form = periodForms(other).first(where: body.hasSuffix) else { continue }
          var count = String(body.dropLast(form.count))
          if let word = [noun, singular(noun)].first(where: { !$0.isEmpty && count.hasSuffix($0) })
          {
            count.removeLast(word.count)
          }
          guard other == period else {
            return .failure(
              otherPeriod(
                text, count: count, per: other, perMonth: perMonth, noun: noun, period: period))
          }
          body = count
          perPeriod = true
          break
        }
      }
    }
    let numeric = body.prefix { $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" }
    // An `e` that ends the number is not an exponent.
    var digits = String(numeric)
    while digits.hasSuffix("e") || digits.hasSuffix("+") || digits.hasSuffix("-") {
      digits.removeLast()
    }
    let suffix = String(body.dropFirst(digits.count))
    guard let base = Double(digits), base.isFinite else {
      return .failure(notANumber(text, unit: unit, levels: levels))
    }
    let isTime = unit == "ms"
    if isTime, suffix == "m" {
      return .failure(
        AnswerError(
          "\(Suggestion.quoted(text)) is ambiguous: M could mean million or minutes; type \(digits)min for minutes, "
            + "or a number of milliseconds"))
    }
    guard let scale = (isTime ? timeScales : countScales)[suffix] else {
      let accepted = isTime ? "ms, s or min" : "k, M or B"
      return .failure(
        AnswerError("\(Suggestion.quoted(text)): unknown suffix \"\(suffix)\"; use \(accepted)"))
    }
    let value = base * scale
    guard value >= range.lowerBound else {
      return .failure(
        AnswerError(
          range.lowerBound == 0
            ? "\(text) is negative; enter 0 or more"
            : "\(text) is below \(Format.grouped(range.lowerBound))"))
    }
    guard value.isFinite, value <= range.upperBound else {
      return .failure(
        AnswerError(
          "\(text) is more than \(Format.grouped(range.upperBound)), the largest accepted"))
    }
    guard scale != 1 || perPeriod else { return .success(NumberReading(value: value)) }
    let shown = FactValue.number(value).display(unit: unit)
    guard isTime else { return .success(NumberReading(value: value, note: shown)) }
    let word = (scale == 1_000 ? "second" : "minute") + (base == 1 ? "" : "s")
    return .success(NumberReading(value: value, note: "\(shown) (\(Format.grouped(base)) \(word))"))
  }

  /// The ways a volume per `period` ends once spaces are gone: `/month`, `permonth`, `amonth`, `monthly`, `/mo`.
  private static func periodForms(_ period: String) -> [String] {
    var forms = ["/", "per", "a", "an", "each", "every"].map { $0 + period }
    forms.append(period == "day" ? "daily" : period + "ly")
    if period == "month" { forms.append("/mo") }
    if period == "hour" { forms.append("/h") }
    return forms
  }

  /// `queries` → `query`, `tokens` → `token`.
  private static func singular(_ noun: String) -> String {
    if noun.hasSuffix("ies") { return String(noun.dropLast(3)) + "y" }
    return noun.hasSuffix("s") ? String(noun.dropLast()) : noun
  }

  /// A volume given per another period than the unit's: not converted, but the refusal shows the sum to type.
  private static func otherPeriod(
    _ text: String, count: String, per other: String, perMonth: Double, noun: String, period: String
  ) -> AnswerError {
    var reason =
      "\(Suggestion.quoted(text)) is per \(other); type the number of \(noun) per \(period)"
    if period == "month",
      case .success(let given) = readNumber(count, unit: nil, in: 0...ProjectSpec.largestNumber)
    {
      let monthly = (given.value * perMonth).rounded()
      let how = other == "year" ? "a twelfth of it" : "over 30 days"
      reason +=
        ", e.g. \(Format.grouped(monthly)) for \(Format.grouped(given.value)) a \(other) \(how)"
    }
    return AnswerError(reason)
  }

  /// The refusal of a word that is not a number: the form accepted, and a level it may be a typo of.
  private static func notANumber(_ text: String, unit: String?, levels: [String]) -> AnswerError {
    var reason =
      "\(Suggestion.quoted(text)) is not a number" + (unit.map { " of \($0)" } ?? "")
      + (levels.isEmpty ? "" : " or a level")
    reason +=
      unit == "ms"
      ? "; type a number of milliseconds, e.g. 3000 for 3 seconds"
      : "; type a number, e.g. 50k for 50,000"
    if let suggestion = Suggestion.didYouMean(text, in: levels) { reason += " (\(suggestion))" }
    return AnswerError(reason)
  }
}
