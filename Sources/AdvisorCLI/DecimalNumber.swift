/// A number as a person writes one on a command line: decimal digits with an optional sign, fraction and
/// exponent (`12`, `0.5`, `1e3`). `Double(_:)` also reads `0x10`, `inf` and `nan`, which no option means.
enum DecimalNumber {
  /// The value of `text` in decimal notation, or `nil` for anything else.
  static func parse(_ text: String) -> Double? {
    var scalars = Array(text.utf8)[...]
    func digits() -> Int {
      let count = scalars.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
      scalars = scalars.dropFirst(count)
      return count
    }
    if let first = scalars.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
      scalars = scalars.dropFirst()
    }
    var mantissa = digits()
    if scalars.first == UInt8(ascii: ".") {
      scalars = scalars.dropFirst()
      mantissa += digits()
    }
    guard mantissa > 0 else { return nil }
    if let first = scalars.first, first == UInt8(ascii: "e") || first == UInt8(ascii: "E") {
      scalars = scalars.dropFirst()
      if let sign = scalars.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
        scalars = scalars.dropFirst()
      }
      guard digits() > 0 else { return nil }
    }
    guard scalars.isEmpty, let value = Double(text), value.isFinite else { return nil }
    return value
  }
}
