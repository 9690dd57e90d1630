#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A JSON Lines file of specs: one spec per non-blank line.
public struct SpecBatch: Sendable {
  /// One spec line, numbered from 1 as in an editor.
  public struct Line: Sendable {
    /// The file the line is in.
    public var file: String
    /// The line number, from 1.
    public var number: Int
    /// The line's bytes; empty when the line is longer than a spec may be (see `length`).
    public var bytes: [UInt8]
    /// The line's length in bytes, without its line break.
    public var length: Int

    /// A line of `bytes`.
    public init(file: String, number: Int, bytes: [UInt8]) {
      self.init(file: file, number: number, bytes: bytes, length: bytes.count)
    }

    init(file: String, number: Int, bytes: [UInt8], length: Int) {
      self.file = file
      self.number = number
      self.bytes = bytes
      self.length = length
    }

    /// Reads the line's spec; diagnostics name the file and its real line number.
    public func load(criteria: CriteriaSet) throws(AdvisorError) -> ProjectSpec {
      guard length <= InputFile.sizeLimit else {
        throw .invalid([
          Diagnostic(
            file: file, location: SourceLocation(line: number, column: 1),
            message:
              "the line is \(length) bytes; a spec may be at most \(InputFile.sizeLimit) bytes")
        ])
      }
      do {
        return try ProjectSpec.load(
          InputFile(name: file, bytes: bytes), criteria: criteria, unnamed: "\(file):\(number)")
      } catch {
        throw error.shiftingLines(by: number - 1)
      }
    }
  }

  /// The non-blank lines.
  public let lines: [Line]

  /// Splits a file already read into spec lines.
  public init(file: InputFile) {
    var reader = LineSplitter(file: file.name)
    var lines = reader.feed(file.bytes[...])
    lines += reader.finish()
    self.lines = lines
  }
}

/// Cuts bytes into spec lines as they arrive, holding only the line in progress; a line longer than a spec may
/// be is counted, not kept.
struct LineSplitter {
  let file: String
  private var number = 0
  private var current: [UInt8] = []
  private var length = 0

  init(file: String) {
    self.file = file
  }

  /// The lines that `bytes` completes.
  mutating func feed(_ bytes: ArraySlice<UInt8>) -> [SpecBatch.Line] {
    var lines: [SpecBatch.Line] = []
    var rest = bytes
    while let newline = rest.firstIndex(of: UInt8(ascii: "\n")) {
      append(rest[..<newline])
      if let line = endLine() { lines.append(line) }
      rest = rest[(newline + 1)...]
    }
    append(rest)
    return lines
  }

  /// The last line, when the input does not end with a line break.
  mutating func finish() -> [SpecBatch.Line] {
    guard length > 0 else { return [] }
    return endLine().map { [$0] } ?? []
  }

  private mutating func append(_ piece: ArraySlice<UInt8>) {
    length += piece.count
    if length <= InputFile.sizeLimit { current.append(contentsOf: piece) } else { current = [] }
  }

  private mutating func endLine() -> SpecBatch.Line? {
    number += 1
    defer {
      current.removeAll(keepingCapacity: current.count <= 65_536)
      length = 0
    }
    if length <= InputFile.sizeLimit, current.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
    {
      return nil
    }
    return SpecBatch.Line(file: file, number: number, bytes: current, length: length)
  }
}

/// Reads a batch from a descriptor a window of lines at a time, so that memory follows the window, not the file.
public final class SpecBatchReader {
  private let descriptor: Int32
  private var bytes: [UInt8]?
  private let name: String
  private let closes: Bool
  private var splitter: LineSplitter
  private var pending: [SpecBatch.Line] = []
  private var chunk = [UInt8](repeating: 0, count: 1 << 20)
  private var total = 0
  private let limit: Int
  private var ended = false

  /// Opens a batch file (at most `InputFile.batchSizeLimit` bytes), refusing what is not a regular file.
  public convenience init(path: String) throws(AdvisorError) {
    switch FileSystem.openRegular(path: path, limit: InputFile.batchSizeLimit) {
    case .success(let descriptor): self.init(descriptor: descriptor, name: path, closes: true)
    case .failure(let failure):
      throw failure.advisorError(path: path, limit: InputFile.batchSizeLimit)
    }
  }

  /// Reads a batch from an open descriptor (standard input), at most `limit` bytes; `closes` says whether to
  /// close it at the end.
  public init(
    descriptor: Int32, name: String, closes: Bool = false, limit: Int = InputFile.batchSizeLimit
  ) {
    self.descriptor = descriptor
    self.limit = limit
    self.name = name
    self.closes = closes
    splitter = LineSplitter(file: name)
  }

  /// Reads a batch from bytes already in memory (a test's standard input).
  public init(bytes: [UInt8], name: String) {
    descriptor = -1
    self.bytes = bytes
    self.name = name
    closes = false
    limit = InputFile.batchSizeLimit
    splitter = LineSplitter(file: name)
  }

  deinit {
    if closes { close(descriptor) }
  }

  /// Up to `count` more non-blank lines; empty at the end of the file. A stream longer than
  /// `InputFile.batchSizeLimit` fails once it passes it.
  public func next(_ count: Int) throws(AdvisorError) -> [SpecBatch.Line] {
    if let bytes {
      self.bytes = nil
      pending += splitter.feed(bytes[...]) + splitter.finish()
      ended = true
    }
    while pending.count < count, !ended {
      switch FileSystem.readChunk(descriptor, into: &chunk) {
      case .failure(let failure): throw failure.advisorError(path: name, limit: limit)
      case .success(0):
        ended = true
        pending += splitter.finish()
      case .success(let read):
        total += read
        guard total <= limit else {
          throw FileSystem.ReadFailure.tooLarge(nil).advisorError(path: name, limit: limit)
        }
        pending += splitter.feed(chunk[0..<read])
      }
    }
    let lines = Array(pending.prefix(count))
    pending.removeFirst(lines.count)
    return lines
  }
}

extension AdvisorError {
  /// The same error with every diagnostic's line moved down, for a document embedded in a larger file.
  func shiftingLines(by offset: Int) -> AdvisorError {
    func shift(_ diagnostic: Diagnostic) -> Diagnostic {
      var copy = diagnostic
      copy.location?.line += offset
      return copy
    }
    switch self {
    case .malformedJSON(let diagnostic): return .malformedJSON(shift(diagnostic))
    case .invalid(let diagnostics): return .invalid(diagnostics.map(shift))
    default: return self
    }
  }
}
