/// A path to a value inside a JSON document, written `$.levels[2].fit.rag`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
  /// One step of a path.
  public enum Component: Sendable, Hashable {
    case key(String)
    case index(Int)
  }

  /// The steps from the document root.
  public var components: [Component]

  /// The document root, `$`.
  public static let root = JSONPath(components: [])

  /// Creates a path from its steps.
  public init(components: [Component]) {
    self.components = components
  }

  /// The path one object key further down.
  public func appending(_ key: String) -> JSONPath {
    JSONPath(components: components + [.key(key)])
  }

  /// The path one array element further down.
  public func appending(index: Int) -> JSONPath {
    JSONPath(components: components + [.index(index)])
  }

  /// `$`, then `.key` for identifier-like keys, `["key"]` for others and `[n]` for indices; a key longer than 80
  /// bytes is cut to its first 40 characters and `…`.
  public var description: String {
    var text = "$"
    for component in components {
      switch component {
      case .index(let index): text += "[\(index)]"
      case .key(let fullKey):
        // A key too long to read is shown by its start; the message quotes its size.
        let key = fullKey.utf8.count > 80 ? String(fullKey.prefix(40)) + "…" : fullKey
        let isIdentifier =
          !key.isEmpty
          && key.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0 == "_" || $0 == "$" || ("0"..."9").contains($0)
          }
        if isIdentifier {
          text += "." + key
        } else {
          var quoted = ""
          JSONWriter.appendQuoted(key, to: &quoted)
          text += "[" + quoted + "]"
        }
      }
    }
    return text
  }
}
