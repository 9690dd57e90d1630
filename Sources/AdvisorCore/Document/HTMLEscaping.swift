/// Escaping for HTML and SVG text and attribute values: every user-supplied string goes through it.
enum HTMLEscaping {
  /// `text` with `&`, `<`, `>`, `"` and `'` as character references, and control characters other than tab and
  /// newline dropped (they are not allowed in HTML).
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n": result.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The address as an `href` when it is an http or https URL; anything else (a `javascript:` address) is not
  /// linked.
  static func href(_ url: String) -> String? {
    let lower = url.lowercased()
    guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
    return escape(url)
  }

  /// Standard base64 of bytes, for a Content-Security-Policy hash.
  static func base64(_ bytes: [UInt8]) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    var text = ""
    var index = 0
    while index < bytes.count {
      let chunk = bytes[index..<min(index + 3, bytes.count)]
      var value = 0
      for byte in chunk { value = value << 8 | Int(byte) }
      value <<= 8 * (3 - chunk.count)
      for position in 0..<4 {
        text.append(position <= chunk.count ? alphabet[(value >> (18 - 6 * position)) & 63] : "=")
      }
      index += 3
    }
    return text
  }

  /// The SHA-256 digest of a string's UTF-8 bytes, as bytes.
  static func sha256(_ text: String) -> [UInt8] {
    var hasher = SHA256()
    hasher.update(text.utf8)
    return hasher.digest()
  }
}
