/// A date as the tables write it: `2025`, `2025-06` or `2025-06-15`, with as much precision as it was given.
public struct CalendarDate: Sendable, Hashable, CustomStringConvertible {
  /// The year.
  public var year: Int
  /// The month, 1-12, when given.
  public var month: Int?
  /// The day of the month, 1-31, when given (only with a month).
  public var day: Int?

  /// Creates a date; a day needs a month.
  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = month == nil ? nil : day
  }

  /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a four-digit year, a month 1-12, a day 1-31); `nil` otherwise.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4,
      parts.dropFirst().allSatisfy({ $0.count == 2 }),
      parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
      let year = Int(parts[0])
    else { return nil }
    let month = parts.count > 1 ? Int(parts[1]) : nil
    let day = parts.count > 2 ? Int(parts[2]) : nil
    if let month, !(1...12).contains(month) { return nil }
    if let day, !(1...31).contains(day) { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The date as it is written: `2025`, `2025-06` or `2025-06-15`.
  public var description: String {
    var text = String(year)
    if let month { text += "-" + (month < 10 ? "0" : "") + String(month) }
    if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
    return text
  }

  /// Whether this date lies more than `months` months before `today`. The reading is lenient: a bare year
  /// counts as its December and a month as its last day, so `2025-06` is older than 18 months from
  /// 2027-01-01 on, and `2025` from 2027-07-01 on.
  public func isOlder(thanMonths months: Int, on today: CalendarDate) -> Bool {
    // The last day this date can mean, moved on by `months`; a day past the end of its month compares correctly.
    let index = year * 12 + (month ?? 12) - 1 + months
    let cutoff = (index / 12, index % 12 + 1, day ?? 31)
    return (today.year, today.month ?? 12, today.day ?? 31) > cutoff
  }
}
