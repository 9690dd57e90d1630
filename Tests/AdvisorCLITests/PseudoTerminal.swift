import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the real `advisor` binary on a pseudo-terminal, so that a test types at its prompts the way a
/// person would and reads what the screen shows.
final class PseudoTerminal {
  let pid: pid_t
  let master: Int32
  private(set) var transcript = ""

  /// The built `advisor` executable, beside the test bundle.
  static var executable: String {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [
      bundle.appendingPathComponent("advisor").path,
      bundle.deletingLastPathComponent().appendingPathComponent("advisor").path,
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
  }

  init(
    _ arguments: [String], directory: String,
    environment: [String: String] = ["TERM": "xterm", "NO_COLOR": "1"]
  ) throws {
    let path = Self.executable
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw PseudoTerminalError.message("no advisor binary at \(path); run `swift build` first")
    }
    // Everything the child needs is prepared before fork: between fork and exec it may only call exec.
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    guard let cwd = strdup(directory) else { throw PseudoTerminalError.message("out of memory") }
    var size = winsize(ws_row: 40, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
    var masterDescriptor: Int32 = -1
    let child = forkpty(&masterDescriptor, nil, nil, &size)
    if child == 0 {
      chdir(cwd)
      execve(path, argv, envp)
      _exit(127)
    }
    (argv + envp).forEach { free($0) }
    free(cwd)
    guard child > 0 else { throw PseudoTerminalError.message("forkpty failed: errno \(errno)") }
    pid = child
    master = masterDescriptor
  }

  deinit {
    close(master)
  }

  /// Types text, as a person would at the keyboard.
  func type(_ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      guard written > 0 else { return }
      bytes = bytes.dropFirst(written)
    }
  }

  /// Reads the screen until `text` appears (after `from`), or fails after `seconds`.
  @discardableResult
  func waitFor(_ text: String, seconds: Double = 20) throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    while !transcript.contains(text) {
      guard Date() < deadline else {
        throw PseudoTerminalError.message(
          "timed out waiting for \(text.debugDescription); screen:\n\(transcript)")
      }
      guard readAvailable(timeoutMilliseconds: 100) else { break }
    }
    guard transcript.contains(text) else {
      throw PseudoTerminalError.message(
        "output ended before \(text.debugDescription); screen:\n\(transcript)")
    }
    return transcript
  }

  /// Reads whatever is available; `false` once the child has closed the terminal.
  private func readAvailable(timeoutMilliseconds: Int32) -> Bool {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, timeoutMilliseconds) > 0 else { return true }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
    guard count > 0 else { return false }
    transcript += String(decoding: buffer[0..<count], as: UTF8.self)
    return true
  }

  /// Waits for the process to end, draining the terminal, and returns its exit status.
  func exitStatus(seconds: Double = 20) throws -> Int32 {
    let deadline = Date().addingTimeInterval(seconds)
    var status: Int32 = 0
    while true {
      _ = readAvailable(timeoutMilliseconds: 50)
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid { break }
      guard Date() < deadline else {
        kill(pid, SIGKILL)
        throw PseudoTerminalError.message("the advisor did not exit; screen:\n\(transcript)")
      }
    }
    while readAvailable(timeoutMilliseconds: 20), transcript.count < 1_000_000 {
      var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      if poll(&descriptor, 1, 0) <= 0 { break }
    }
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }
}

enum PseudoTerminalError: Error, CustomStringConvertible {
  case message(String)
  var description: String {
    switch self {
    case .message(let text): text
    }
  }
}
