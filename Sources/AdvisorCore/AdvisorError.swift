/// One problem found in an input file, located like a compiler diagnostic.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
  /// The file the problem is in, as the user named it (`<stdin>` for standard input).
  public var file: String
  /// The line and column, when known.
  public var location: SourceLocation?
  /// The JSON path of the offending value, when the file parsed.
  public var path: JSONPath?
  /// What was expected, and what was found.
  public var message: String
  /// Whether the problem makes the input invalid (an error) or only deserves attention (a warning).
  public var severity: Severity

  /// How serious a diagnostic is.
  public enum Severity: String, Sendable, Equatable {
    /// The input is invalid.
    case error
    /// The input is valid but something in it deserves attention; it never changes an exit code.
    case warning
  }

  /// Creates a diagnostic.
  public init(
    file: String, location: SourceLocation? = nil, path: JSONPath? = nil, message: String,
    severity: Severity = .error
  ) {
    self.file = file
    self.location = location
    self.path = path
    self.message = message
    self.severity = severity
  }

  /// `file:line:column: error: $.path: message` (or `warning:`).
  public var description: String {
    var text = file
    if let location { text += ":\(location.line):\(location.column)" }
    text += ": \(severity.rawValue): "
    if let path { text += "\(path): " }
    return text + message
  }
}

/// Every failure the advisor's library reports. The CLI maps each case to an exit code.
public enum AdvisorError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The named file or directory does not exist.
  case fileNotFound(path: String)
  /// The file exists but could not be read (permissions, a directory where a file was expected).
  case unreadable(path: String, reason: String)
  /// The file is larger than the advisor reads.
  case fileTooLarge(path: String, size: Int?, limit: Int)
  /// The file is not valid JSON.
  case malformedJSON(Diagnostic)
  /// The file is JSON but does not describe a valid spec, criteria table or profiles file.
  case invalid([Diagnostic])
  /// An output file could not be written; any existing file is left as it was.
  case writeFailed(path: String, reason: String)

  /// The first problem without its file and position, for a one-line summary (`$.facts.x: unknown fact …`).
  public var summary: String {
    switch self {
    case .malformedJSON(let diagnostic): return diagnostic.message
    case .invalid(let diagnostics):
      guard let first = diagnostics.first else { return "invalid" }
      return (first.path.map { "\($0): " } ?? "") + first.message
        + (diagnostics.count > 1 ? " (and \(diagnostics.count - 1) more)" : "")
    default:
      return description.split(separator: " error: ", maxSplits: 1).last.map(String.init)
        ?? description
    }
  }

  /// The messages, one line each, in the form `file:line:column: error: …`.
  public var description: String {
    switch self {
    case .fileNotFound(let path): "\(path): error: no such file or directory"
    case .unreadable(let path, let reason): "\(path): error: cannot read: \(reason)"
    case .fileTooLarge(let path, let size?, let limit):
      "\(path): error: file is \(size) bytes; the advisor reads input files of at most \(limit) bytes"
    case .fileTooLarge(let path, nil, let limit):
      "\(path): error: more than \(limit) bytes; the advisor reads inputs of at most \(limit) bytes"
    case .malformedJSON(let diagnostic): diagnostic.description
    case .invalid(let diagnostics): diagnostics.map(\.description).joined(separator: "\n")
    case .writeFailed(let path, let reason): "\(path): error: cannot write: \(reason)"
    }
  }
}
