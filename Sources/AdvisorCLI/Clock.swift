#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The wall clock, only for `--timestamp`.
enum Clock {
  /// Now, or `SOURCE_DATE_EPOCH` when set (reproducible builds), as `2026-11-22T04:40:24Z`.
  static func iso8601Now(environment: [String: String]) -> String {
    var seconds = environment["SOURCE_DATE_EPOCH"].flatMap { time_t($0) } ?? time(nil)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    var buffer = [CChar](repeating: 0, count: 32)
    let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
    return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
