import Foundation

/// The real binary under `sh -c`, for what only a real process shows (pipes, signals, special files, raw
/// arguments): standard input empty, standard output dropped, killed after `timeout` seconds so that a regression
/// fails instead of hanging the suite.
enum Shell {
  /// Runs `command`; returns its exit status and what it wrote to standard error.
  static func run(_ command: String, timeout: Int = 20) throws -> (status: Int32, error: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "timeout -s KILL \(timeout) sh -c \"$0\"", command]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
