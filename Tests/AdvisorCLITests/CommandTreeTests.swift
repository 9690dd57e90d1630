import Foundation
import Testing

@testable import AdvisorCLI

/// One list of commands drives dispatch, help at every level, the completions and the man page (issue 17).
@Suite struct CommandTreeTests {
  /// Every command path, as typed after `advisor`.
  static let paths: [[String]] = CommandTree.root.all.dropFirst().map {
    $0.spec.path.split(separator: " ").dropFirst().map(String.init)
  }

  @Test func helpWorksAtEveryLevelForEveryCommand() throws {
    #expect(Self.paths.count >= 14)
    for path in Self.paths {
      let node = try #require(CommandTree.root.node(at: path))
      let expected = HelpFormatter.help(node.spec, width: 80)
      // `advisor help PATH`, `advisor PATH --help`, and `help` inside a group (`advisor criteria help list`).
      #expect(Run(["help"] + path).output == expected, "\(path)")
      #expect(Run(path + ["--help"]).output == expected, "\(path)")
      if path.count == 2 { #expect(Run([path[0], "help", path[1]]).output == expected, "\(path)") }
    }
    #expect(Run(["help", "--help"]).output == HelpFormatter.help(HelpCommand.spec, width: 80))
    // Each group's help lists exactly its children, from the same tree.
    for node in CommandTree.root.all where node.make == nil {
      let help = Run(["help"] + node.spec.path.split(separator: " ").dropFirst().map(String.init))
        .output
      for child in node.children {
        #expect(help.contains("\n  \(child.name) "), "\(child.spec.path)")
      }
    }
  }

  /// Runs the bash completion function for the words typed, the last being the one completed.
  func bashCompletions(_ words: [String], script: String) throws -> [String] {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try script.write(toFile: directory + "/advisor.bash", atomically: true, encoding: .utf8)
    let quoted = (["advisor"] + words).map { "'\($0)'" }.joined(separator: " ")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.currentDirectoryURL = URL(fileURLWithPath: Paths.root + "/examples")
    process.arguments = [
      "-c",
      "source \(directory)/advisor.bash; COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count); _advisor; printf '%s\\n' \"${COMPREPLY[@]}\"",
    ]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  @Test func bashCompletesCommandsOptionsChoicesAndFiles() throws {
    let run = Run(["completions", "bash"])
    #expect(run.status == 0)
    let script = run.output
    #expect(try bashCompletions(["re"], script: script) == ["recommend"])
    #expect(
      try bashCompletions(["criteria", ""], script: script).sorted() == [
        "--help", "costs", "list", "sources", "validate",
      ])
    #expect(try bashCompletions(["criteria", "list", "--f"], script: script) == ["--format"])
    #expect(
      try bashCompletions(["recommend", "--format", ""], script: script).sorted() == [
        "github", "html", "json", "markdown", "text",
      ])
    #expect(
      try bashCompletions(["recommend", "legal-docs"], script: script) == ["legal-docs-qa.json"])
    #expect(try bashCompletions(["recommend", "--min-m"], script: script) == ["--min-margin"])
  }

  @Test func zshAndFishScriptsNameEveryCommandAndOption() throws {
    let zsh = Run(["completions", "zsh"]).output
    let fish = Run(["completions", "fish"]).output
    #expect(zsh.hasPrefix("#compdef advisor\n"))
    for node in CommandTree.root.all.dropFirst() {
      #expect(zsh.contains("'\(node.name):"), "\(node.spec.path)")
      #expect(fish.contains("-a \(node.name) -d '"), "\(node.spec.path)")
      for option in node.spec.options {
        #expect(zsh.contains("--\(option.name)"), "\(node.spec.path) --\(option.name)")
        #expect(fish.contains("-l \(option.name)"), "\(node.spec.path) --\(option.name)")
      }
    }
    #expect(
      fish.contains("__fish_seen_subcommand_from criteria; and __fish_seen_subcommand_from list"))
    // Where the shells are installed, their own parsers accept the scripts.
    for (shell, script) in [("zsh", zsh), ("fish", fish)]
    where FileManager.default.isExecutableFile(atPath: "/usr/bin/\(shell)") {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/\(shell)")
      process.arguments = ["-n", "-c", script]
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(shell)")
    }
  }

  @Test func theManPageCoversEveryCommandAndRendersCleanly() throws {
    let run = Run(["help", "--man"])
    #expect(run.status == 0)
    #expect(run.output.hasPrefix(".TH ADVISOR 1 "))
    for node in CommandTree.root.all.dropFirst() where node.make != nil {
      #expect(run.output.contains("\n.SS \(node.spec.path)\n"), "\(node.spec.path)")
    }
    // No line starts with a stray control character, and groff renders it without a warning.
    let lines = run.output.split(separator: "\n")
    #expect(
      lines.allSatisfy {
        !$0.hasPrefix("'") && (!$0.hasPrefix(".") || $0.dropFirst().first?.isLetter == true)
      })
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/groff") else { return }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/groff")
    process.arguments = ["-man", "-Tutf8", "-ww", "-z"]
    let input = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardError = errors
    try process.run()
    input.fileHandleForWriting.write(Data(run.output.utf8))
    try input.fileHandleForWriting.close()
    let data = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(String(decoding: data, as: UTF8.self) == "")
  }
}
