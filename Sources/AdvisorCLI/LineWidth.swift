/// The width text output wraps at, as clig.dev and `ls` choose it: the terminal's own, then `COLUMNS`, then 80.
enum LineWidth {
  /// The narrowest width the advisor lays text out for; a narrower terminal gets this and wraps.
  static let minimum = 40
  /// The widest: longer lines are hard to read, however wide the window.
  static let maximum = 120
  /// The width when nothing says otherwise.
  static let standard = 80

  /// The width for a measured terminal width (`nil` or 0 when the stream is not a terminal) and the environment.
  static func resolve(measured: Int?, environment: [String: String]) -> Int {
    let columns = environment["COLUMNS"].flatMap { Int($0) }
    let width = [measured, columns].compactMap { $0 }.first { $0 > 0 } ?? standard
    return min(max(width, minimum), maximum)
  }
}
