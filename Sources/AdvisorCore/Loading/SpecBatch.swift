/// A JSON Lines file of specs: one spec per non-blank line.
public struct SpecBatch: Sendable {
  /// One spec line, numbered from 1 as in an editor.
  public struct Line: Sendable {
    /// The file the line is in.
    public var file: String
    /// The line number, from 1.
    public var number: Int
    /// The line's bytes.
    public var bytes: [UInt8]

    /// Reads the line's spec; diagnostics name the file and its real line number.
    public func load(criteria: CriteriaSet) throws(AdvisorError) -> ProjectSpec {
      guard bytes.count <= InputFile.sizeLimit else {
        throw .invalid([
          Diagnostic(
            file: file, location: SourceLocation(line: number, column: 1),
            message: "the line is \(bytes.count) bytes; a spec may be at most \(InputFile.sizeLimit) bytes")
        ])
      }
      do {
        return try ProjectSpec.load(InputFile(name: file, bytes: bytes), criteria: criteria, unnamed: "\(file):\(number)")
      } catch {
        throw error.shiftingLines(by: number - 1)
      }
    }
  }

  /// The non-blank lines.
  public let lines: [Line]

  /// Splits a file into spec lines.
  public init(file: InputFile) {
    var lines: [Line] = []
    var number = 0
    for slice in file.bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      number += 1
      if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      lines.append(Line(file: file.name, number: number, bytes: Array(slice)))
    }
    self.lines = lines
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
