import Foundation
import Testing

@testable import AdvisorCLI

@Suite struct CommandLineTests {
  @Test func helpFollowsArgumentParserLayout() {
    let run = Run(["recommend", "--help"])
    #expect(run.status == 0)
    #expect(run.output.hasPrefix("OVERVIEW: Score project specs"))
    #expect(run.output.contains("\n\nWith several specs or --batch"))  // paragraphs stay apart
    #expect(
      run.output.contains(
        "\nUSAGE: advisor recommend [<spec> ...] [--format <format>] [--output <file>]\n        [--batch <file>] [--expect <approaches>]"
      ))
    // an option group never breaks inside
    #expect(run.output.contains("\n        [--seed <n>] [--criteria <dir>] [--color <when>]\n"))
    #expect(run.output.contains("\nARGUMENTS:\n  <spec>                  Project specs"))
    #expect(
      run.output.contains(
        "\n  -f, --format <format>   Output format: text, json, markdown, github (workflow\n                          annotations) or html (one self-contained page).\n                          (default: text)\n"
      ))
    #expect(run.output.hasSuffix("  -h, --help              Show help information.\n"))
    #expect(run.output.split(separator: "\n").allSatisfy { $0.count <= 80 })
    #expect(Run(["help", "recommend"]).output == run.output)
    #expect(Run(["recommend", "-h"]).output == run.output)
  }

  @Test func everyCommandHasHelp() {
    for path in [[], ["recommend"], ["criteria"], ["criteria", "list"], ["criteria", "validate"]] {
      let run = Run(path + ["--help"])
      #expect(run.status == 0, "\(path)")
      #expect(run.output.hasPrefix("OVERVIEW: "), "\(path)")
      #expect(run.error.isEmpty)
    }
  }

  @Test func noArgumentsShowsTheOverview() {
    let run = Run([])
    #expect(run.status == 0)
    #expect(run.output.contains("SUBCOMMANDS:\n  recommend "))
  }

  @Test func versionIsPrinted() {
    #expect(Run(["--version"]).output == "0.1.0\n")
  }

  @Test(arguments: [
    (
      ["recomend", "x.json"],
      "Error: Unknown subcommand 'recomend'. Did you mean 'recommend'?\nUsage: advisor <subcommand>\n  See 'advisor --help' for more information.\n"
    ),
    (
      ["recommend"],
      "Error: Missing expected argument '<spec>' (or --batch <file>).\nUsage: advisor recommend [<spec> ...] [--format <format>]"
    ),
    (
      ["recommend", "a.json", "--formt", "json"],
      "Error: Unknown option '--formt'. Did you mean '--format'?\n"
    ),
    (
      ["recommend", "a.json", "-f", "yaml"],
      "Error: The value 'yaml' is invalid for '--format <format>'. Expected one of: text, json, markdown, github, html.\n"
    ),
    (["recommend", "a.json", "-o"], "Error: Missing value for '-o <file>'.\n"),
    (["interview", "extra"], "Error: Unexpected argument 'extra'.\n"),
    (
      ["recommend", "a.json", "--expect", "rga"],
      "Error: Unknown approach 'rga' in --expect. Did you mean 'rag'? Expected: prompting, rag, fine_tuning, hybrid.\n"
    ),
    (
      ["recommend", "a.json", "--min-confidence", "high"],
      "Error: The value 'high' is invalid for '--min-confidence'. Expected a number from 0 to 100.\n"
    ),
    (
      ["recommend", "a.json", "--color=sometimes"],
      "Error: The value 'sometimes' is invalid for '--color <when>'. Expected one of: auto, always, never.\n"
    ),
    (["criteria", "lst"], "Error: Unknown subcommand 'lst'. Did you mean 'list'?\n"),
    (["help", "nothing"], "Error: Unknown command 'advisor nothing'.\n"),
    (["--verison"], "Error: Unknown option '--verison'. Did you mean '--version'?\n"),
    (["criteria", "--hlep"], "Error: Unknown option '--hlep'. Did you mean '--help'?\n"),
    (
      ["help", "recomend"],
      "Error: Unknown command 'advisor recomend'. Did you mean 'advisor recommend'?\n"
    ),
    (
      ["completions", "bsh"],
      "Error: Unknown shell 'bsh'; expected bash, zsh or fish. Did you mean 'bash'?\n"
    ),
  ])
  func usageErrorsExit64(arguments: [String], message: String) {
    let run = Run(arguments)
    #expect(run.status == 64)
    #expect(run.error.hasPrefix(message), "\(run.error)")
    #expect(run.output.isEmpty)
  }

  @Test func readsTheSpecFromStandardInput() throws {
    let spec = try String(contentsOfFile: Paths.example("news-aggregator"), encoding: .utf8)
    let piped = Run(["recommend", "-", "-f", "json"], standardInput: spec)
    let file = Run(["recommend", Paths.example("news-aggregator"), "-f", "json"])
    #expect(piped.status == 0)
    #expect(
      piped.output.replacingOccurrences(of: "\"file\": \"<stdin>\"", with: "")
        == file.output.replacingOccurrences(
          of: "\"file\": \"\(Paths.example("news-aggregator"))\"", with: ""))
  }

  @Test func writesTheReportAtomicallyToAFile() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/report.md"
    try "old".write(toFile: path, atomically: true, encoding: .utf8)
    let run = Run(
      ["recommend", Paths.example("news-aggregator"), "-f", "markdown", "-o", path], terminal: true)
    #expect(run.status == 0)
    #expect(run.output.isEmpty)
    let written = try String(contentsOfFile: path, encoding: .utf8)
    #expect(
      written == Run(["recommend", Paths.example("news-aggregator"), "-f", "markdown"]).output)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["report.md"])
  }

  @Test func anUnwritableOutputExits74AndKeepsTheOldFile() throws {
    let run = Run([
      "recommend", Paths.example("news-aggregator"), "-o", "/nonexistent-dir/report.txt",
    ])
    #expect(run.status == 74)
    #expect(
      run.error == "/nonexistent-dir/report.txt: error: cannot write: no such file or directory\n")
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let target = directory + "/report.txt"
    try "keep me".write(toFile: target, atomically: true, encoding: .utf8)
    chmod(directory, 0o500)
    defer { chmod(directory, 0o700) }
    if getuid() != 0 {  // root ignores directory permissions
      let denied = Run(["recommend", Paths.example("news-aggregator"), "-o", target])
      #expect(denied.status == 74)
      #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me")
    }
    // A directory is refused before any work (EdgeInputTests has the same for diff).
    let onDirectory = Run(["recommend", Paths.example("news-aggregator"), "-o", directory])
    #expect(onDirectory.status == 73)
    #expect(onDirectory.error == "\(directory): error: is a directory; -o needs a file path\n")
  }

  @Test func colourOnlyOnATerminalAndNeverWithNoColor() {
    let spec = Paths.example("news-aggregator")
    let escape = "\u{1B}["
    #expect(Run(["recommend", spec], terminal: true).output.contains(escape))
    #expect(!Run(["recommend", spec], terminal: false).output.contains(escape))
    #expect(
      !Run(["recommend", spec], environment: ["NO_COLOR": "1"], terminal: true).output.contains(
        escape))
    #expect(
      Run(["recommend", spec], environment: ["NO_COLOR": ""], terminal: true).output.contains(
        escape))
    #expect(
      !Run(["recommend", spec], environment: ["TERM": "dumb"], terminal: true).output.contains(
        escape))
    #expect(Run(["recommend", spec, "--color", "always"]).output.contains(escape))
    #expect(!Run(["recommend", spec, "--color", "never"], terminal: true).output.contains(escape))
    #expect(!Run(["recommend", spec, "-f", "json"], terminal: true).output.contains(escape))
  }

  @Test func saysSoWhenNoSingleAnswerChangesTheVerdict() throws {
    // Retrieval on every count, the knowledge gap weighed at 0: no other answer to a given question changes it.
    let spec = try Paths.temporaryDirectory() + "/stable.json"
    try #"""
    {"specVersion": 1, "name": "stable", "weights": {"knowledge_gap": 0}, "facts": {"knowledge_gap": "facts",
     "corpus_tokens": 2000000000, "citations_required": "required", "knowledge_change": "realtime", "labeled_examples": 0,
     "ml_expertise": "some", "accuracy_need": "high"}}
    """#.write(toFile: spec, atomically: true, encoding: .utf8)
    let run = Run(["recommend", spec])
    #expect(
      run.output.contains(
        "What would change the answer\n  No other answer to any single given question changes the recommendation.\n"
      ))
    let markdown = Run(["recommend", spec, "-f", "markdown"])
    #expect(markdown.output.contains("### What would change the answer\n\nNo other answer"))
  }

  @Test func criteriaListShowsEveryFact() {
    let run = Run(["criteria", "list"])
    #expect(run.status == 0)
    for key in [
      "latency_budget_ms", "queries_per_month", "knowledge_change", "data_sensitivity",
      "accuracy_need", "knowledge_gap",
      "labeled_examples", "output_consistency", "corpus_tokens", "citations_required",
      "ml_expertise",
    ] {
      #expect(run.output.contains("fact: \(key) ("), "\(key)")
    }
    #expect(
      run.output.replacingOccurrences(of: "\n    ", with: " ").contains(
        "levels: sub_300ms ≤300, sub_second ≤1,000, interactive ≤3,000, relaxed >3,000\n"))
  }
}

/// Help leads with examples (clig.dev), and every example is a command line the parser accepts.
@Suite struct HelpExampleTests {
  /// Every command of the tree (groups have no examples of their own).
  static let specs: [CommandSpec] = CommandTree.root.all.filter { $0.make != nil }.map(\.spec)

  @Test(arguments: specs.map(\.path))
  func helpShowsExamplesThatParse(path: String) throws {
    let spec = try #require(Self.specs.first { $0.path == path })
    #expect(!spec.examples.isEmpty)
    let words = path.split(separator: " ").dropFirst().map(String.init)
    let help = Run(words + ["--help"])
    #expect(help.output.contains("\nEXAMPLES:\n"))
    for example in spec.examples {
      #expect(help.output.contains("    $ " + example.command), "\(example.command)")
      // The words after the command's path, up to a shell redirection.
      let tokens = example.command.split(separator: " ").map(String.init).prefix { $0 != ">" }
      #expect(Array(tokens.prefix(words.count + 1)) == ["advisor"] + words, "\(example.command)")
      #expect(throws: Never.self, "\(example.command)") {
        try CommandLineParser(spec: spec).parse(Array(tokens.dropFirst(words.count + 1)))
      }
    }
  }
}
