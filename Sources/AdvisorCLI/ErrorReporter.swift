import AdvisorCore

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
      io.write(
        "advisor: error: \(environment.variable)=\(environment.value): expected \(environment.expected)\n",
        to: .error)
      return .configuration
    case let directory as OutputIsDirectory:
      io.write(
        "\(directory.path): error: is a directory; \(directory.option) needs a file path\n",
        to: .error)
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
