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
  static func iso8601Now(environment: [String: String]) throws -> String {
    var parts = try now(environment: environment)
    var buffer = [CChar](repeating: 0, count: 32)
    let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
    return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Today's date in UTC, or that of `SOURCE_DATE_EPOCH` when set.
  static func today(environment: [String: String]) throws -> CalendarDate {
    let parts = try now(environment: environment)
    return CalendarDate(
      year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
  }

  /// The latest `SOURCE_DATE_EPOCH` the advisor takes: the last second of the year 9999.
  static let latestEpoch = 253_402_300_799

  /// Now, or `SOURCE_DATE_EPOCH`, which must be whole seconds since 1970 that fall within the year 9999, as the
  /// reproducible-builds specification asks a tool to check (a malformed value is an error, not ignored).
  private static func now(environment: [String: String]) throws -> tm {
    var seconds = time(nil)
    // Empty is unset, as a CI job that exports the variable without a value means it.
    if let text = environment["SOURCE_DATE_EPOCH"], !text.isEmpty {
      guard text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
        let value = Int(text),
        value <= latestEpoch
      else {
        throw EnvironmentError(
          variable: "SOURCE_DATE_EPOCH", value: text,
          expected: "whole seconds since 1970-01-01 UTC, at most \(latestEpoch) (the end of 9999)")
      }
      seconds = time_t(value)
    }
    var parts = tm()
    gmtime_r(&seconds, &parts)
    return parts
  }
}
