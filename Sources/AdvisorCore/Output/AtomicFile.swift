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
    let directory = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
    if case .directory = FileSystem.kind(of: path) {
      throw .writeFailed(path: path, reason: "it is a directory")
    }
    var template = Array(((directory.isEmpty ? "" : directory) + "/.advisor-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
    guard descriptor >= 0 else { throw .writeFailed(path: path, reason: FileSystem.errorText()) }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var succeeded = false
    defer {
      if !succeeded { unlink(temporary) }
    }
    let bytes = Array(contents.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        buffer.baseAddress.map { Glibc.write(descriptor, $0 + offset, buffer.count - offset) } ?? -1
      }
      if written < 0 {
        if errno == EINTR { continue }
        let reason = FileSystem.errorText()
        close(descriptor)
        throw .writeFailed(path: path, reason: reason)
      }
      offset += written
    }
    if fsync(descriptor) != 0 {
      let reason = FileSystem.errorText()
      close(descriptor)
      throw .writeFailed(path: path, reason: reason)
    }
    fchmod(descriptor, 0o644)
    guard close(descriptor) == 0 else { throw .writeFailed(path: path, reason: FileSystem.errorText()) }
    guard rename(temporary, path) == 0 else { throw .writeFailed(path: path, reason: FileSystem.errorText()) }
    succeeded = true
  }
}
