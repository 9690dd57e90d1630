import AdvisorCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The wall clock, only for `--timestamp` and the age of the cost model's prices. `SOURCE_DATE_EPOCH`, when set,
/// stands in for now (reproducible builds, and tests that fix the date).
enum Clock {
  /// Now, or `SOURCE_DATE_EPOCH` when set (reproducible builds), as `2026-11-22T04:40:24Z`.
  static func iso8601Now(environment: [String: String]) -> String {
    var parts = now(environment: environment)
    var buffer = [CChar](repeating: 0, count: 32)
    let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
    return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Today's date in UTC, or that of `SOURCE_DATE_EPOCH` when set.
  static func today(environment: [String: String]) -> CalendarDate {
    let parts = now(environment: environment)
    return CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
  }

  private static func now(environment: [String: String]) -> tm {
    var seconds = environment["SOURCE_DATE_EPOCH"].flatMap { time_t($0) } ?? time(nil)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    return parts
  }
}
