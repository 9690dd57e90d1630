import Foundation
import Testing

/// The real binary on a pseudo-terminal: what a person typing at the prompts sees and gets.
@Suite(.serialized) struct PseudoTerminalTests {
  @Test func aFullSessionSavesASpecThatRecommendReproduces() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let terminal = try PseudoTerminal(
      ["interview", "--save", "bot.json", "--format", "json"], directory: directory)
    try terminal.waitFor("Project name [bot]: ")
    terminal.type("\r")  // Enter keeps the default name
    try terminal.waitFor("[1/13] Knowledge gap")
    try terminal.waitFor("- skip [skip]: ")
    terminal.type("feelings\r")  // not a level: asked again with a reason
    try terminal.waitFor("\"feelings\" is not one of: none, facts, behavior, both; try again.")
    terminal.type("?\r")
    try terminal.waitFor("Retrieval supplies what the model should know")
    terminal.type("2\r")
    for (question, answer) in [
      ("[2/13] Accuracy", "high"), ("[3/13] Data volatility", "daily"),
      ("[4/13] Output control", "1"), ("[5/13] Personal data", "1"),
      ("[6/13] Prompting baseline", "falls_short"), ("[7/13] Training data", "0"),
      ("[8/13] Auditability", "required"),
      ("[9/13] Cost at volume", "1.5M"), ("[10/13] Knowledge scale", "2,000,000"),
      ("[11/13] Latency", "2s"), ("[12/13] Privacy", ""),
      ("[13/13] Team expertise", "some"),
      // A flexible output makes the format question moot: only the other optional ones are offered, and declined.
      ("2 more questions (Deployment, Model control). Answer them? [y/N]", ""),
      ("8 cost questions (tokens per query, model tier, hosting…). Answer them? [y/N]", ""),
    ] {
      try terminal.waitFor(question)
      terminal.type(answer + "\r")
    }
    // The answers are shown and confirmed before anything is written.
    try terminal.waitFor("Your answers")
    try terminal.waitFor("Save to bot.json? [Y/n] ")
    #expect(!FileManager.default.fileExists(atPath: directory + "/bot.json"))
    terminal.type("\r")
    try terminal.waitFor("Saved to bot.json")
    #expect(try terminal.exitStatus() == 0)
    let screen = terminal.transcript
    #expect(screen.contains("latency_budget_ms      2,000 ms"))
    // Enter with no default leaves it unknown
    #expect(screen.contains("data_sensitivity       unknown"))
    #expect(screen.contains("\"approach\": \"rag\""))
    let saved = try String(contentsOfFile: directory + "/bot.json", encoding: .utf8)
    #expect(saved.contains("\"queries_per_month\": 1500000"))
    // The report printed at the end of the interview is the one `recommend` gives for the saved file.
    let reportStart = try #require(screen.range(of: "{\r\n  \"cost\""))
    let printed = String(screen[reportStart.lowerBound...]).replacingOccurrences(
      of: "\r\n", with: "\n")
    let recommend = Run(["recommend", directory + "/bot.json", "-f", "json"]).output
      .replacingOccurrences(
        of: "\"file\": \"\(directory)/bot.json\"", with: "\"file\": \"bot.json\"")
    #expect(printed == recommend)
  }

  @Test func ctrlDCancelsWithoutWritingAnything() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let terminal = try PseudoTerminal(["interview", "--save", "bot.json"], directory: directory)
    try terminal.waitFor("Project name [bot]: ")
    terminal.type("x\r")
    try terminal.waitFor("[1/13] Knowledge gap")
    try terminal.waitFor("[skip]: ")
    terminal.type("\u{04}")  // Ctrl-D
    try terminal.waitFor("interview cancelled")
    #expect(try terminal.exitStatus() == 130)
    #expect(!FileManager.default.fileExists(atPath: directory + "/bot.json"))
  }

  @Test func ctrlCCancelsWithoutWritingAnything() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let terminal = try PseudoTerminal(["interview", "--save", "bot.json"], directory: directory)
    try terminal.waitFor("Project name [bot]: ")
    terminal.type("\r")
    try terminal.waitFor("[skip]: ")
    terminal.type("\u{03}")  // Ctrl-C
    try terminal.waitFor("interview cancelled")
    #expect(try terminal.exitStatus() == 130)
    #expect(!FileManager.default.fileExists(atPath: directory + "/bot.json"))
  }

  @Test func colourAppearsOnATerminalUnlessNoColorIsSet() throws {
    let coloured = try PseudoTerminal(
      ["recommend", Paths.example("news-aggregator")], directory: "/",
      environment: ["TERM": "xterm"])
    #expect(try coloured.exitStatus() == 0)
    #expect(coloured.transcript.contains("\u{1B}[1m"))
    let plain = try PseudoTerminal(
      ["recommend", Paths.example("news-aggregator")], directory: "/",
      environment: ["TERM": "xterm", "NO_COLOR": "1"])
    #expect(try plain.exitStatus() == 0)
    #expect(!plain.transcript.contains("\u{1B}["))
    #expect(plain.transcript.contains("Recommendation: RAG"))
  }
}
