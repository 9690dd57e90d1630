import AdvisorCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `write(2)`, under a name `CommandIO.write` does not hide.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}

/// The standard streams a command writes to.
package enum StandardStream: Sendable {
  case output
  case error
}

/// Everything a command reads from or writes to the outside world, so commands run in-process in tests.
package protocol CommandIO {
  /// The process environment.
  var environment: [String: String] { get }
  /// Writes text to a standard stream.
  func write(_ text: String, to stream: StandardStream)
  /// Reads all of standard input, refusing more than `limit` bytes as soon as they have come.
  func readStandardInput(limit: Int) throws(AdvisorError) -> InputFile
  /// Standard input as a batch of spec lines, read a window at a time.
  func standardInputBatch() -> SpecBatchReader
  /// Whether standard input is a terminal.
  var inputIsTerminal: Bool { get }
  /// Whether a standard stream is a terminal.
  func isTerminal(_ stream: StandardStream) -> Bool
  /// Writes a file atomically.
  func writeFile(_ contents: String, to path: String) throws(AdvisorError)
  /// Opens a file to write in pieces; it replaces `path` atomically when committed.
  func openFile(_ path: String) throws(AdvisorError) -> AtomicFile.Writer
  /// Reads one line of standard input without its newline; `nil` at end of input.
  func readLine() -> String?
  /// Whether a file or directory exists at a path.
  func fileExists(_ path: String) -> Bool
  /// Makes Ctrl-C print `message` on standard error and exit with status 130.
  func cancelOnInterrupt()
  /// Why writing standard output failed (a full disk, a closed pipe), once it has; later writes are dropped.
  var outputFailure: OutputFailure? { get }
  /// The width text written to a stream wraps at: the terminal's, else `COLUMNS`, else 80.
  func lineWidth(_ stream: StandardStream) -> Int
  /// The position (from 1) of the first command-line argument that is not valid UTF-8, if any: Swift's strings
  /// would replace its bytes, so a file it names could not be opened.
  var argumentNotInUTF8: Int? { get }
}

/// A failed write to standard output.
package struct OutputFailure: Sendable, Equatable {
  /// The reason, as the system gives it.
  package var reason: String
  /// Whether the reader went away (`EPIPE`): the run stops quietly, as `| head` expects.
  package var readerLeft: Bool
}

extension CommandIO {
  /// No failure: in-process streams cannot fail.
  package var outputFailure: OutputFailure? { nil }

  /// The width from `COLUMNS`, else 80: in-process streams are not terminals.
  package func lineWidth(_ stream: StandardStream) -> Int {
    LineWidth.resolve(measured: nil, environment: environment)
  }

  /// None: in-process arguments are Swift strings.
  package var argumentNotInUTF8: Int? { nil }

  /// Opens a file on the real file system.
  package func openFile(_ path: String) throws(AdvisorError) -> AtomicFile.Writer {
    try AtomicFile.Writer(path: path)
  }
}

/// The real process: file descriptors 0, 1 and 2 and the real file system.
package struct ProcessIO: CommandIO {
  /// The process environment.
  package let environment: [String: String]
  /// The first failed write to standard output; the process writes from one thread.
  private final class OutputState: @unchecked Sendable {
    var failure: OutputFailure?
  }
  private let state = OutputState()

  /// Why writing standard output failed, once it has.
  package var outputFailure: OutputFailure? { state.failure }

  /// Captures the environment of the running process.
  package init() {
    var environment: [String: String] = [:]
    var pointer = environ
    while let entry = pointer.pointee {
      let text = String(cString: entry)
      // Split at the first "=" byte (ASCII, so a character boundary) without walking characters.
      if let separator = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
        environment[String(text[..<separator])] = String(text[text.utf8.index(after: separator)...])
      }
      pointer += 1
    }
    self.environment = environment
  }

  /// Writes all of `text`, retrying on interruption. A failed write to standard output is recorded (see
  /// `outputFailure`) and later ones are dropped; a failed write to standard error has nowhere to be told.
  package func write(_ text: String, to stream: StandardStream) {
    let descriptor: Int32 = stream == .output ? 1 : 2
    if stream == .output, state.failure != nil { return }
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        if stream == .output {
          let code = errno
          let reason = String(cString: strerror(code))
          state.failure = OutputFailure(
            reason: reason.prefix(1).lowercased() + reason.dropFirst(), readerLeft: code == EPIPE)
        }
        return
      }
      bytes = bytes.dropFirst(written)
    }
  }

  /// Reads standard input to its end, at most `limit` bytes.
  package func readStandardInput(limit: Int) throws(AdvisorError) -> InputFile {
    try InputFile.read(descriptor: 0, name: "<stdin>", limit: limit)
  }

  /// Standard input as a batch, read from descriptor 0 as the batch needs it.
  package func standardInputBatch() -> SpecBatchReader {
    SpecBatchReader(descriptor: 0, name: "<stdin>")
  }

  /// Whether standard input is a terminal.
  package var inputIsTerminal: Bool { isatty(0) == 1 }

  /// Whether a standard stream is a terminal.
  package func isTerminal(_ stream: StandardStream) -> Bool {
    isatty(stream == .output ? 1 : 2) == 1
  }

  /// The terminal's width when the stream is one (`TIOCGWINSZ`), else `COLUMNS`, else 80.
  package func lineWidth(_ stream: StandardStream) -> Int {
    let descriptor: Int32 = stream == .output ? 1 : 2
    var size = winsize()
    let measured =
      isatty(descriptor) == 1 && ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0
      ? Int(size.ws_col) : nil
    return LineWidth.resolve(measured: measured, environment: environment)
  }

  /// The first of the process's arguments whose bytes are not valid UTF-8.
  package var argumentNotInUTF8: Int? {
    (1..<Int(CommandLine.argc)).first { index in
      guard let argument = CommandLine.unsafeArgv[index] else { return false }
      return String(validatingCString: argument) == nil
    }
  }

  /// Writes a file atomically.
  package func writeFile(_ contents: String, to path: String) throws(AdvisorError) {
    try AtomicFile.write(contents, to: path)
  }

  /// Reads one line of standard input.
  package func readLine() -> String? {
    Swift.readLine(strippingNewline: true)
  }

  /// Whether anything exists at a path.
  package func fileExists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// Ctrl-C ends the interview cleanly: a newline, `interview cancelled`, status 130. Nothing has been
  /// written by then, and the terminal was never taken out of its normal line mode.
  package func cancelOnInterrupt() {
    // A parent may have left SIGINT blocked (the mask survives exec); Ctrl-C must work regardless.
    var mask = sigset_t()
    sigemptyset(&mask)
    sigaddset(&mask, SIGINT)
    sigprocmask(SIG_UNBLOCK, &mask, nil)
    signal(SIGINT) { _ in
      TemporaryFiles.removeAll()
      let message: StaticString = "\ninterview cancelled\n"
      _ = systemWrite(2, message.utf8Start, message.utf8CodeUnitCount)
      _exit(130)
    }
  }

  /// Makes SIGINT, SIGTERM and SIGHUP remove the temporary file a command is writing (an interrupted batch
  /// with `-o` leaves nothing beside its output), then exit with status 128 + the signal: 130, 143, 129.
  package static func removeTemporaryFilesOnTermination() {
    TemporaryFiles.prepare()
    // A parent may have left these signals blocked (the mask survives exec): `kill` must work regardless.
    var mask = sigset_t()
    sigemptyset(&mask)
    for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&mask, number) }
    sigprocmask(SIG_UNBLOCK, &mask, nil)
    for number in [SIGINT, SIGTERM, SIGHUP] {
      // A signal ignored by the parent (`nohup`, a background job without job control) stays ignored.
      let previous = signal(number, SIG_IGN)
      if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
      signal(number) { number in
        TemporaryFiles.removeAll()
        _exit(128 + number)
      }
    }
  }
}
