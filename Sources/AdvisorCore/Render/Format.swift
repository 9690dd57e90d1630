/// Fixed, locale-independent number formatting, so that output is byte-identical everywhere.
package enum Format {
  /// `value` rounded to `digits` decimals, always showing them (`87.20` for 2).
  package static func fixed(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return "n/a" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    // Beyond 2^53 integers are inexact and Int64 overflows: print the shortest exact form instead.
    guard abs(value) * scale < 9_007_199_254_740_992 else { return "\(value)" }
    let scaled = (abs(value) * scale).rounded()
    let negative = value < 0 && scaled > 0
    let integer = Int64(scaled / scale)
    let fraction = Int64(scaled) - integer * Int64(scale)
    var text = (negative ? "-" : "") + String(integer)
    if digits > 0 {
      let digitsText = String(fraction)
      text += "." + String(repeating: "0", count: digits - digitsText.count) + digitsText
    }
    return text
  }

  /// `value` rounded to `digits` decimals as a number, for JSON.
  package static func rounded(_ value: Double, _ digits: Int) -> Double {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let result = (value * scale).rounded() / scale
    return result == 0 ? 0 : result
  }

  /// An integer-valued number with thousands separators (`3,000,000`); others with up to 2 decimals.
  package static func grouped(_ value: Double) -> String {
    guard value.isFinite else { return "n/a" }
    guard abs(value) < 9_007_199_254_740_992 else { return "\(value)" }
    if value != value.rounded() {
      var text = fixed(value, 2)
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
      return text
    }
    let digits = String(Int64(abs(value)))
    var result = ""
    for (offset, character) in digits.enumerated() {
      if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
      result.append(character)
    }
    return (value < 0 ? "-" : "") + result
  }

  /// A share 0-1 as a whole percentage (`42%`).
  package static func percent(_ share: Double) -> String {
    "\(Int((share * 100).rounded()))%"
  }

  /// A fit score without a needless fraction (`7`, `7.5`).
  package static func fit(_ score: Double) -> String {
    score == score.rounded() ? String(Int(score)) : fixed(score, 1)
  }

  /// `value` rounded to `digits` significant figures (`7,708,194` → `7,710,000` for 3).
  package static func significant(_ value: Double, _ digits: Int) -> Double {
    guard value.isFinite, value != 0 else { return value }
    var scale = 1.0
    while abs(value) / scale >= pow10(digits) { scale *= 10 }
    while abs(value) / scale < pow10(digits - 1) { scale /= 10 }
    return (value / scale).rounded() * scale
  }

  /// An amount of money: `$1,234` from 100 up, `$12.30` (or `$50`) from 1, `$0.0042` below.
  package static func money(_ value: Double, _ currency: String = "USD") -> String {
    let symbol = currency == "USD" ? "$" : currency + " "
    guard value.isFinite else { return symbol + "n/a" }
    if value >= 100 { return symbol + grouped(value.rounded()) }
    if value >= 1 { return symbol + (value == value.rounded() ? grouped(value) : fixed(value, 2)) }
    if value == 0 { return symbol + "0" }
    var digits = 2
    while digits < 8, value * pow10(digits) < 10 { digits += 1 }
    return symbol + fixed(value, digits)
  }

  /// A large number in few characters, for narrow columns: `950`, `12k`, `1.32M`, `4.5B`, `7.2T` (3 significant
  /// digits; below 1,000 as `grouped`).
  package static func abbreviated(_ value: Double) -> String {
    guard value.isFinite else { return "n/a" }
    for (scale, suffix) in [(1e15, "P"), (1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")]
    where abs(value) >= scale * 0.9995 {
      return grouped(significant(value / scale, 3)) + suffix
    }
    return grouped(significant(value, 3))
  }

  /// An amount of money in few characters: `$950`, `$12.3k`, `$1.32M`; small amounts as `money` gives them.
  package static func moneyAbbreviated(_ value: Double, _ currency: String = "USD") -> String {
    guard value.isFinite, abs(value) >= 10_000 else { return money(value, currency) }
    return (currency == "USD" ? "$" : currency + " ") + abbreviated(value)
  }

  private static func pow10(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<exponent { result *= 10 }
    return result
  }
}
