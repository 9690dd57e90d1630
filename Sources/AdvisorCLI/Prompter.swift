import AdvisorCore

/// The person typed `<` at a prompt that can go back: the interview returns to its previous prompt.
struct GoBack: Error {}

/// Asks questions on standard error and reads answers from a line source, re-asking until an answer is valid.
struct Prompter {
  let io: any CommandIO
  let style: TextStyle
  /// Where answers come from: the terminal, or a script's lines.
  let nextLine: () -> String?
  /// Whether running out of lines cancels (a person pressed Ctrl-D) or accepts defaults (a script ended).
  let endOfInputCancels: Bool
  /// Whether to echo scripted answers after their prompts, so a transcript reads naturally.
  let echoAnswers: Bool
  /// The answers file, when a script answers: a refused answer is then an error naming its line, not a retry
  /// that would shift every later answer to the wrong question.
  var script: AnswerScript? = nil
  /// The width questions wrap at: standard error's terminal.
  var width = 80

  func say(_ text: String = "") {
    io.write(text + "\n", to: .error)
  }

  func wrap(_ text: String, indent: String = "  ") -> String {
    TextStyle.wrap(text, width: width, indent: indent, firstIndent: indent).joined(separator: "\n")
  }

  /// Reads one line after showing `prompt`; `nil` means use the default.
  func read(_ prompt: String) throws -> String? {
    io.write(prompt, to: .error)
    guard let line = nextLine() else {
      if endOfInputCancels { throw Cancelled() }
      io.write("\n", to: .error)
      return nil
    }
    if echoAnswers { io.write(line + "\n", to: .error) }
    return line
  }

  /// Asks a yes/no question; Enter takes `defaultYes`. With `allowsBack`, `<` throws `GoBack`.
  func confirm(_ question: String, defaultYes: Bool, allowsBack: Bool = false) throws -> Bool {
    while true {
      // Wrapped to the terminal with its [Y/n], which stays on the line the answer is typed on.
      let lines = TextStyle.wrap(question + (defaultYes ? " [Y/n]" : " [y/N]"), width: width)
      for line in lines.dropLast() { say(style.bold(line)) }
      let answer = try read(style.bold(lines.last ?? question) + " ")?.trimmingWhitespace() ?? ""
      switch answer.lowercased() {
      case "": return defaultYes
      case "y", "yes": return true
      case "n", "no": return false
      case "<" where allowsBack: throw GoBack()
      default:
        if let script { throw script.refused(question, reason: "expected y or n") }
        say(style.yellow("  Please answer y or n."))
      }
    }
  }

  /// Asks one criterion's question until the answer is valid; returns the fact value or `nil` for unknown.
  func ask(_ criterion: Criterion, number: Int, of total: Int, current: FactValue?) throws
    -> FactValue?
  {
    say()
    say(style.bold("[\(number)/\(total)] \(criterion.name)"))
    say(wrap(criterion.question))
    switch criterion.fact.kind {
    case .choice:
      let idWidth = criterion.levels.map(\.id.count).max() ?? 0
      let numberWidth = String(criterion.levels.count).count
      for (index, level) in criterion.levels.enumerated() {
        let head =
          "    " + TextStyle.pad("\(index + 1).", numberWidth + 1, right: true) + " "
          + TextStyle.pad(level.id, idWidth)
        guard level.label != level.id else {
          say(head.trimmingTrailingSpaces())
          continue
        }
        let lines = TextStyle.wrap(
          level.label, width: width, indent: String(repeating: " ", count: head.count + 2),
          firstIndent: head + "  ")
        say(
          lines.map { line in
            String(line.prefix(head.count + 2)) + style.dim(String(line.dropFirst(head.count + 2)))
          }.joined(separator: "\n"))
      }
    case .number:
      let examples = criterion.fact.unit == "ms" ? "800, 2s, 1.5min" : "800, 1.5M, 20k"
      let unit = criterion.fact.unit.map { "\($0), " } ?? ""
      let levels = criterion.levels.isEmpty ? "" : " or a level: \(criterion.levelRanges)"
      say(style.dim(wrap("A number (\(unit)e.g. \(examples))\(levels)")))
    }
    let shown = current.map { $0.display(unit: criterion.fact.unit) } ?? "skip"
    let hint = criterion.fact.kind == .choice ? "1-\(criterion.levels.count) or an id" : "a value"
    while true {
      let line = try read("  \(hint); ? help, - skip [\(style.bold(shown))]: ")
      let reading = AnswerParser().read(line ?? "", for: criterion)
      // Say back what a suffix or a prefix was taken to mean, so that `1.5min` visibly became 90,000 ms.
      if case .success(let understood) = reading, let note = understood.note {
        say(style.dim("  → " + note))
      }
      switch reading.map(\.answer) {
      case .success(.useDefault): return current
      case .success(.skip): return nil
      case .success(.value(let value)): return value
      case .success(.help): say(style.dim(wrap(criterion.help, indent: "    ")))
      case .success(.back): throw GoBack()
      case .failure(let error):
        if let script { throw script.refused(criterion.name, reason: error.reason) }
        say(
          wrap(error.reason + "; try again.").split(separator: "\n").map {
            style.yellow(String($0))
          }.joined(separator: "\n"))
      }
    }
  }
}
