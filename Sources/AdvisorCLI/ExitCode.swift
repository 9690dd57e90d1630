import AdvisorCore

/// The process exit codes, from sysexits(3).
package enum ExitCode: Int32, Sendable {
  /// Success.
  case success = 0
  /// A CI gate failed: the recommendation, its confidence or its margin is not what was required.
  case gateFailed = 1
  /// The command line was wrong (EX_USAGE).
  case usage = 64
  /// A spec or criteria table is invalid (EX_DATAERR).
  case dataError = 65
  /// An input file is missing or unreadable (EX_NOINPUT).
  case noInput = 66
  /// An output file exists and may not be replaced, or the path is a directory (EX_CANTCREAT).
  case cannotCreate = 73
  /// An output could not be written (EX_IOERR).
  case ioError = 74
  /// An environment variable the advisor reads holds a value it cannot use (EX_CONFIG).
  case configuration = 78
  /// The user cancelled (128 + SIGINT).
  case cancelled = 130
}
