// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "advisor",
  products: [
    .executable(name: "advisor", targets: ["advisor"]),
    .library(name: "AdvisorCore", targets: ["AdvisorCore"]),
  ],
  targets: [
    // The whole domain: loading, validation, scoring and rendering. Never prints, reads stdin or exits.
    .target(name: "AdvisorCore"),
    // Argument parsing, commands and the mapping of every error to a message and exit code.
    .target(name: "AdvisorCLI", dependencies: ["AdvisorCore"]),
    // The thin executable.
    .executableTarget(name: "advisor", dependencies: ["AdvisorCLI"]),
    // What writes the generated files (`*+Generated.swift`, docs/sources.md) from criteria/ and schemas/; the
    // tests use it to check them without writing.
    .target(name: "AdvisorGeneration", dependencies: ["AdvisorCore", "AdvisorCLI"]),
    // `swift run generate-advisor`: rewrites every generated file.
    .executableTarget(name: "generate-advisor", dependencies: ["AdvisorGeneration"]),
    .testTarget(
      name: "AdvisorCoreTests",
      dependencies: ["AdvisorCore"]
    ),
    .testTarget(
      name: "AdvisorCLITests",
      dependencies: ["AdvisorCLI", "AdvisorCore", "AdvisorGeneration"],
      exclude: ["Golden", "Fixtures"]
    ),
  ]
)
