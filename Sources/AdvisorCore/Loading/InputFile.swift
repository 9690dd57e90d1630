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

  /// Reads a regular file, refusing directories, FIFOs, devices and files above `limit` before reading them.
  public static func read(path: String, limit: Int = sizeLimit) throws(AdvisorError) -> InputFile {
    do {
      return InputFile(name: path, bytes: try FileSystem.read(path: path, limit: limit).get())
    } catch {
      throw error.advisorError(path: path, limit: limit)
    }
  }

  /// Reads a stream (standard input) to its end, stopping with an error once it passes `limit`.
  public static func read(descriptor: Int32, name: String, limit: Int = sizeLimit)
    throws(AdvisorError) -> InputFile
  {
    do {
      return InputFile(name: name, bytes: try FileSystem.readAll(descriptor, limit: limit).get())
    } catch {
      throw error.advisorError(path: name, limit: limit)
    }
  }

  /// Parses the bytes as JSON, reporting syntax errors with this file's name.
  public func parseJSON() throws(AdvisorError) -> JSONValue {
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw .malformedJSON(
        Diagnostic(file: name, message: "the file is empty; expected a JSON object"))
    }
    do {
      return try JSONParser().parse(bytes)
    } catch {
      throw .malformedJSON(Diagnostic(file: name, location: error.location, message: error.message))
    }
  }
}

extension FileSystem.ReadFailure {
  /// The error a reader reports for this failure.
  func advisorError(path: String, limit: Int) -> AdvisorError {
    switch self {
    case .missing: .fileNotFound(path: path)
    case .directory: .unreadable(path: path, reason: "it is a directory; expected a JSON file")
    case .notRegular:
      .unreadable(
        path: path,
        reason: "not a regular file (a FIFO, device or socket); pass - to read standard input")
    case .system(let reason): .unreadable(path: path, reason: reason)
    case .tooLarge(let size): .fileTooLarge(path: path, size: size, limit: limit)
    }
  }
}
