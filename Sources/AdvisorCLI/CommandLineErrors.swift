import AdvisorCore

// The errors the command-line layer throws, besides the library's `AdvisorError`; `ErrorReporter` maps each
// to its message and exit code.

/// The user ended an interview with Ctrl-D.
struct Cancelled: Error {}

/// An output file exists and the user did not allow replacing it.
struct OutputExists: Error {
  /// The file's path.
  var path: String
}

/// An environment variable with a value the advisor cannot use (`SOURCE_DATE_EPOCH=soon`).
struct EnvironmentError: Error {
  /// The variable's name.
  var variable: String
  /// Its value.
  var value: String
  /// What it should hold.
  var expected: String
}

/// A command-line argument that is not valid UTF-8 (a file name in Latin-1, say).
struct ArgumentEncodingError: Error {
  /// Its position, from 1.
  var position: Int
  /// The argument as Swift decoded it, with U+FFFD for the bytes that are not UTF-8.
  var argument: String
}

/// An output path names a directory: refused before any work, since nothing could be written there.
struct OutputIsDirectory: Error {
  /// The directory's path.
  var path: String
  /// The option that named it (`--save`).
  var option: String
}

/// A command-line mistake, reported with the command's usage line.
struct UsageError: Error {
  /// What was wrong.
  var message: String
  /// The command whose usage to show.
  var command: CommandSpec
}
