import AdvisorCore

/// The process exit codes, from sysexits(3).
public enum ExitCode: Int32, Sendable {
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

/// The one place that maps every error to its message, stream and exit code.
enum ErrorReporter {
  static func report(_ error: any Error, io: any CommandIO) -> ExitCode {
    switch error {
    case let usage as UsageError:
      io.write(HelpFormatter.usageError(usage), to: .error)
      return .usage
    case is Cancelled:
      io.write("\ninterview cancelled\n", to: .error)
      return .cancelled
    case let exists as OutputExists:
      io.write("\(exists.path): error: the file exists; pass --force to replace it\n", to: .error)
      return .cannotCreate
    case let encoding as ArgumentEncodingError:
      io.write(
        "advisor: error: argument \(encoding.position) (\(Suggestion.quoted(encoding.argument))) is not valid UTF-8; the advisor "
          + "reads file names and options as UTF-8: rename the file\n", to: .error)
      return .usage
    case let environment as EnvironmentError:
      io.write("advisor: error: \(environment.variable)=\(environment.value): expected \(environment.expected)\n", to: .error)
      return .configuration
    case let directory as OutputIsDirectory:
      io.write("\(directory.path): error: is a directory; \(directory.option) needs a file path\n", to: .error)
      return .cannotCreate
    case let failure as AdvisorError:
      io.write(failure.description + "\n", to: .error)
      return exitCode(for: failure)
    default:
      io.write("error: \(error)\n", to: .error)
      return .dataError
    }
  }

  static func exitCode(for error: AdvisorError) -> ExitCode {
    switch error {
    case .fileNotFound, .unreadable: .noInput
    case .fileTooLarge, .malformedJSON, .invalid: .dataError
    case .writeFailed: .ioError
    }
  }
}
