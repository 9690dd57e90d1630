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
    .testTarget(
      name: "AdvisorCoreTests",
      dependencies: ["AdvisorCore"]
    ),
    .testTarget(
      name: "AdvisorCLITests",
      dependencies: ["AdvisorCLI", "AdvisorCore"],
      exclude: ["Golden", "Fixtures"]
    ),
  ]
)
