#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `read(2)`, named apart from `FileSystem`'s own `read` methods, which would hide it inside the type.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int)
  -> Int
{
  read(descriptor, buffer, count)
}

/// The few file-system calls the loaders need, made directly on the C library.
enum FileSystem {
  enum Kind {
    case missing
    case file(size: Int)
    case directory
    case other
  }

  /// Why a file could not be opened or read.
  enum ReadFailure: Error {
    /// Nothing is at the path (`ENOENT`): a symbolic link loop, a name too long or a folder that cannot be searched
    /// are `system` failures with their own reason.
    case missing
    case directory
    /// A FIFO, device or socket where a file is expected: reading one could wait forever for a writer.
    case notRegular
    case system(String)
    /// The input is larger than the limit: `size` for a file whose size is known, `nil` for a stream cut short.
    case tooLarge(Int?)
  }

  static func kind(of path: String) -> Kind {
    var info = stat()
    guard stat(path, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file(size: Int(info.st_size))
    case S_IFDIR: return .directory
    default: return .other
    }
  }

  /// Reads a whole regular file, at most `limit` bytes.
  static func read(path: String, limit: Int) -> Result<[UInt8], ReadFailure> {
    switch openRegular(path: path, limit: limit) {
    case .failure(let failure): return .failure(failure)
    case .success(let descriptor):
      defer { close(descriptor) }
      return readAll(descriptor, limit: limit)
    }
  }

  /// Opens a regular file of at most `limit` bytes for reading. It is opened without blocking, so that a FIFO
  /// with no writer is refused instead of waiting forever; the caller closes the descriptor.
  static func openRegular(path: String, limit: Int) -> Result<Int32, ReadFailure> {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else {
      return .failure(errno == ENOENT ? .missing : .system(errorText()))
    }
    var info = stat()
    var failure: ReadFailure?
    if fstat(descriptor, &info) != 0 {
      failure = .system(errorText())
    } else if info.st_mode & S_IFMT == S_IFDIR {
      failure = .directory
    } else if info.st_mode & S_IFMT != S_IFREG {
      failure = .notRegular
    } else if Int(info.st_size) > limit {
      failure = .tooLarge(Int(info.st_size))
    }
    if let failure {
      close(descriptor)
      return .failure(failure)
    }
    // A regular file never blocks; clear the flag so that reads behave as usual.
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    return .success(descriptor)
  }

  /// Reads up to `count` bytes into `buffer`, retrying on interruption; 0 at the end, a failure on an error.
  static func readChunk(_ descriptor: Int32, into buffer: inout [UInt8]) -> Result<Int, ReadFailure>
  {
    while true {
      let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
      if count >= 0 { return .success(count) }
      if errno != EINTR { return .failure(.system(errorText())) }
    }
  }

  /// Reads a descriptor to its end in 64 KiB pieces, stopping as soon as more than `limit` bytes have come.
  static func readAll(_ descriptor: Int32, limit: Int) -> Result<[UInt8], ReadFailure> {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      switch readChunk(descriptor, into: &chunk) {
      case .failure(let failure): return .failure(failure)
      case .success(0): return .success(bytes)
      case .success(let count):
        if bytes.count + count > limit { return .failure(.tooLarge(nil)) }
        bytes.append(contentsOf: chunk[0..<count])
      }
    }
  }

  /// The names in a directory, unsorted, without `.` and `..`; `nil` when it cannot be listed (see `errno`).
  static func list(directory: String) -> [String]? {
    guard let handle = opendir(directory) else { return nil }
    defer { closedir(handle) }
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) {
          String(cString: $0)
        }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// Whether `stat` fails with "no such file" (rather than a loop, a long name or a folder that cannot be searched).
  static func statError(of path: String) -> String? {
    var info = stat()
    guard stat(path, &info) != 0 else { return nil }
    return errno == ENOENT ? nil : errorText()
  }

  static func errorText() -> String {
    String(cString: strerror(errno)).lowercased()
  }
}
