#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension SharedOptions {
  /// Refuses an output path that names a directory (following links), before any work: nothing could be
  /// written there, and saying so after the questions or the scoring wastes them. `-` is standard output.
  static func refuseDirectoryOutput(_ path: String?, option: String) throws {
    guard let path, path != "-" else { return }
    var info = stat()
    if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
      throw OutputIsDirectory(path: path, option: option)
    }
  }

  /// Refuses an output that is a directory (exit 73), and an output file that is one of the inputs (the same
  /// device and inode, whatever the path's spelling or links): writing it would destroy what the command reads.
  /// `-` and absent files are never inputs.
  static func refuseOverwritingInputs(output: String?, inputs: [String], command: CommandSpec)
    throws
  {
    try refuseDirectoryOutput(output, option: "-o")
    guard let output, output != "-" else { return }
    var target = stat()
    guard stat(output, &target) == 0, target.st_mode & S_IFMT == S_IFREG else { return }
    for input in inputs where input != "-" {
      var source = stat()
      if stat(input, &source) == 0, source.st_dev == target.st_dev, source.st_ino == target.st_ino {
        throw UsageError(
          message:
            "-o \(output) would overwrite an input (\(input)); write the output to another file.",
          command: command)
      }
    }
  }
}
