#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `write(2)`, under a name the writer's own `write` method does not hide.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}

/// Writes files atomically: a temporary file in the same directory, flushed, then renamed over the
/// target. A failure at any step leaves an existing file untouched and removes the temporary file. A symbolic
/// link is followed and the file it names is replaced; an existing file keeps its permissions (a new one gets
/// the umask's); a character device, FIFO or socket (`/dev/null`, `/dev/stdout`, a pipe) is written through,
/// never replaced.
package enum AtomicFile {
  /// Writes `contents` to `path`, replacing any existing file in one step.
  package static func write(_ contents: String, to path: String) throws(AdvisorError) {
    var writer = try Writer(path: path)
    try writer.write(contents)
    try writer.commit()
  }

  /// A file written in pieces — a large batch's output, without holding it all in memory — that replaces its
  /// target only when committed. Dropped uncommitted (an error, an early exit), it removes its temporary file.
  package struct Writer: ~Copyable {
    /// The file to replace, as named.
    package let path: String
    /// The temporary file, or `nil` when the target is written through (a device, a FIFO).
    private let temporary: String?
    /// The file the rename replaces: `path` with its symbolic links resolved.
    private let target: String
    /// The permissions the file gets: the existing file's, or the umask's for a new one.
    private let mode: mode_t
    private var descriptor: Int32
    /// The temporary file's slot in the table a signal handler empties (see `TemporaryFiles`).
    private let slot: Int?
    private var committed = false

    /// Creates the temporary file next to the file `path` names, or opens a device or FIFO to write through.
    package init(path: String) throws(AdvisorError) {
      if case .directory = FileSystem.kind(of: path) {
        throw .writeFailed(path: path, reason: "it is a directory")
      }
      let opened = try Self.create(path)
      self.path = path
      descriptor = opened.descriptor
      temporary = opened.temporary
      target = opened.target
      mode = opened.mode
      slot = opened.temporary.flatMap(TemporaryFiles.register)
    }

    private static func create(_ path: String) throws(AdvisorError) -> (
      descriptor: Int32, temporary: String?, target: String, mode: mode_t
    ) {
      var info = stat()
      let exists = stat(path, &info) == 0
      if exists, info.st_mode & S_IFMT != S_IFREG {
        // Not a regular file: write to it as it is, as a shell's `>` would.
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
          throw .writeFailed(path: path, reason: FileSystem.errorText())
        }
        return (descriptor, nil, path, info.st_mode)
      }
      var mode = info.st_mode & 0o7777
      if !exists {
        let mask = umask(0)
        umask(mask)
        mode = 0o666 & ~mask
      }
      // Follow symbolic links, so that the file a link names is replaced and the link stays.
      var target = path
      if exists, let resolved = realpath(path, nil) {
        target = String(cString: resolved)
        free(resolved)
      }
      let directory =
        target.contains("/")
        ? String(target[..<(target.lastIndex(of: "/") ?? target.endIndex)]) : "."
      var template = Array(((directory.isEmpty ? "" : directory) + "/.advisor-XXXXXX").utf8CString)
      let descriptor = template.withUnsafeMutableBufferPointer { buffer in
        buffer.baseAddress.map { mkstemp($0) } ?? -1
      }
      guard descriptor >= 0 else { throw .writeFailed(path: path, reason: FileSystem.errorText()) }
      let temporary = String(
        decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      return (descriptor, temporary, target, mode)
    }

    /// Appends text to the temporary file.
    package mutating func write(_ text: String) throws(AdvisorError) {
      var text = text
      let failure: String? = text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
          let written =
            bytes.baseAddress.map { systemWrite(descriptor, $0 + offset, bytes.count - offset) }
            ?? -1
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

    /// Flushes the temporary file to disk and renames it over the target (a device or FIFO is only closed).
    package consuming func commit() throws(AdvisorError) {
      guard let temporary else {
        let closed = close(descriptor)
        descriptor = -1
        guard closed == 0 else { throw .writeFailed(path: path, reason: FileSystem.errorText()) }
        committed = true
        return
      }
      guard fsync(descriptor) == 0 else {
        throw .writeFailed(path: path, reason: FileSystem.errorText())
      }
      fchmod(descriptor, mode)
      let closed = close(descriptor)
      descriptor = -1
      guard closed == 0 else { throw .writeFailed(path: path, reason: FileSystem.errorText()) }
      guard rename(temporary, target) == 0 else {
        throw .writeFailed(path: path, reason: FileSystem.errorText())
      }
      committed = true
      TemporaryFiles.unregister(slot)
    }

    deinit {
      if descriptor >= 0 { close(descriptor) }
      if !committed, let temporary { unlink(temporary) }
      if !committed { TemporaryFiles.unregister(slot) }
    }
  }
}
