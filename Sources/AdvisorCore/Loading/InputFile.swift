/// The bytes of one input file and the name diagnostics use for it.
public struct InputFile: Sendable, Equatable {
  /// The name shown in diagnostics: the path as the user gave it, or `<stdin>`.
  public var name: String
  /// The file's contents.
  public var bytes: [UInt8]

  /// The largest input file the advisor reads: 8 MiB, far above any real spec or table.
  public static let sizeLimit = 8 * 1024 * 1024
  /// The largest batch (JSON Lines) file: 1 GiB; each of its lines is still held to `sizeLimit`.
  public static let batchSizeLimit = 1024 * 1024 * 1024

  /// Wraps bytes already read (standard input, a line of a batch, an embedded schema).
  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }

  /// Reads a file, refusing directories and files above `limit` before reading them.
  public static func read(path: String, limit: Int = sizeLimit) throws(AdvisorError) -> InputFile {
    switch FileSystem.kind(of: path) {
    case .missing: throw .fileNotFound(path: path)
    case .directory: throw .unreadable(path: path, reason: "it is a directory; expected a JSON file")
    case .file(let size) where size > limit: throw .fileTooLarge(path: path, size: size, limit: limit)
    case .file, .other: break
    }
    switch FileSystem.read(path: path, limit: limit) {
    case .success(let bytes): return InputFile(name: path, bytes: bytes)
    case .failure(.tooLarge(let size)): throw .fileTooLarge(path: path, size: size, limit: limit)
    case .failure(.system(let reason)): throw .unreadable(path: path, reason: reason)
    }
  }

  /// Parses the bytes as JSON, reporting syntax errors with this file's name.
  public func parseJSON() throws(AdvisorError) -> JSONValue {
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw .malformedJSON(Diagnostic(file: name, message: "the file is empty; expected a JSON object"))
    }
    do {
      return try JSONParser().parse(bytes)
    } catch {
      throw .malformedJSON(Diagnostic(file: name, location: error.location, message: error.message))
    }
  }
}
