/// Writes SVG elements with fixed number formatting and every text and attribute value escaped, so the same chart
/// gives the same bytes and a hostile label renders as text.
struct SVGWriter {
  private(set) var body: [String] = []

  /// A number as SVG reads it: one decimal, no trailing `.0`.
  static func number(_ value: Double) -> String {
    var text = Format.fixed(value, 1)
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text == "-0" ? "0" : text
  }

  /// Appends an element; `attributes` in the order given, values escaped; `text` escaped as its content.
  mutating func element(_ name: String, _ attributes: [(String, String)], text: String? = nil) {
    let attributeText = attributes.map { " \($0.0)=\"\(HTMLEscaping.escape($0.1))\"" }.joined()
    if let text {
      body.append("<\(name)\(attributeText)>\(HTMLEscaping.escape(text))</\(name)>")
    } else {
      body.append("<\(name)\(attributeText)/>")
    }
  }

  /// A line between two points.
  mutating func line(
    _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, class className: String
  ) {
    element(
      "line",
      [
        ("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)),
        ("y2", Self.number(y2)), ("class", className),
      ])
  }

  /// Text at a point.
  mutating func text(
    _ string: String, x: Double, y: Double, anchor: String = "start",
    class className: String = "label"
  ) {
    element(
      "text",
      [
        ("x", Self.number(x)), ("y", Self.number(y)), ("text-anchor", anchor), ("class", className),
      ], text: string)
  }

  /// A rectangle.
  mutating func rect(x: Double, y: Double, width: Double, height: Double, class className: String) {
    element(
      "rect",
      [
        ("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(max(0, width))),
        ("height", Self.number(height)), ("class", className),
      ])
  }

  /// A polyline through points.
  mutating func polyline(_ points: [(Double, Double)], class className: String) {
    element(
      "polyline",
      [
        (
          "points",
          points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
        ), ("class", className),
      ])
  }

  /// The whole `<svg>` element with its title and description for assistive technology.
  func svg(width: Double, height: Double, title: String, description: String, id: String) -> String
  {
    let head =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" role=\"img\" "
      + "aria-labelledby=\"\(id)-title \(id)-desc\" class=\"chart\">"
    let titles =
      "<title id=\"\(id)-title\">\(HTMLEscaping.escape(title))</title><desc id=\"\(id)-desc\">\(HTMLEscaping.escape(description))</desc>"
    return ([head + titles] + body + ["</svg>"]).joined(separator: "\n")
  }
}
