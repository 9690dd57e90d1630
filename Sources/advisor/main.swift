import AdvisorCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

ProcessIO.removeTemporaryFilesOnTermination()
exit(AdvisorCommandLine().run(Array(CommandLine.arguments.dropFirst())))
