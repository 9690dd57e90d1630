#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files atomically: a temporary file in the same directory, flushed, then renamed over the
/// target. A failure at any step leaves an existing file untouched and removes the temporary file.
public enum AtomicFile {
  /// Writes `contents` to `path`, replacing any existing file in one step.
  public static func write(_ contents: String, to path: String) throws(AdvisorError) {
    var writer = try Writer(path: path)
    try writer.write(contents)
    try writer.commit()
  }

  /// A file written in pieces — a large batch's output, without holding it all in memory — that replaces its
  /// target only when committed. Dropped uncommitted (an error, an early exit), it removes its temporary file.
  public struct Writer: ~Copyable {
    /// The file to replace.
    public let path: String
    private let temporary: String
    private var descriptor: Int32
    private var committed = false

    /// Creates the temporary file next to `path`.
    public init(path: String) throws(AdvisorError) {
      if case .directory = FileSystem.kind(of: path) {
        throw .writeFailed(path: path, reason: "it is a directory")
      }
      let directory = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
      var template = Array(((directory.isEmpty ? "" : directory) + "/.advisor-XXXXXX").utf8CString)
      let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
      guard descriptor >= 0 else { throw .writeFailed(path: path, reason: FileSystem.errorText()) }
      self.path = path
      self.descriptor = descriptor
      temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Appends text to the temporary file.
    public mutating func write(_ text: String) throws(AdvisorError) {
      var text = text
      let failure: String? = text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
          let written = bytes.baseAddress.map { Glibc.write(descriptor, $0 + offset, bytes.count - offset) } ?? -1
          if written < 0 {
            if errno == EINTR { continue }
            return FileSystem.errorText()
          }
          offset += written
        }
        return nil
      }
      if let failure { throw .writeFailed(path: path, reason: failure) }
    }

    /// Flushes the temporary file to disk and renames it over the target.
    public consuming func commit() throws(AdvisorError) {
      guard fsync(descriptor) == 0 else { throw .writeFailed(path: path, reason: FileSystem.errorText()) }
      fchmod(descriptor, 0o644)
      let closed = close(descriptor)
      descriptor = -1
      guard closed == 0 else { throw .writeFailed(path: path, reason: FileSystem.errorText()) }
      guard rename(temporary, path) == 0 else { throw .writeFailed(path: path, reason: FileSystem.errorText()) }
      committed = true
    }

    deinit {
      if descriptor >= 0 { close(descriptor) }
      if !committed { unlink(temporary) }
    }
  }
}
