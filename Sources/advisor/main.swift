import AdvisorCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

exit(AdvisorCommandLine().run(Array(CommandLine.arguments.dropFirst())))
