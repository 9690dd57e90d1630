import AdvisorCore

/// The interview's prompts in order, with the answers so far, so that `<` returns to the previous prompt and
/// discards its answer.
struct InterviewSession {
  let prompter: Prompter
  let plan: InterviewPlan
  /// The cost model's own inputs, asked last and only on request (every one with `askAll`).
  let costQuestions: [Criterion]
  let askAll: Bool
  /// The facts' keys in the tables' order, which the saved spec lists them in.
  let factOrder: [String]
  /// The file to confirm saving to after the last question, with the summary of answers shown first: set for a
  /// person at a terminal, never for a script (which would hang, or read its next answer as the reply).
  var confirmSave: String? = nil
  /// The summary of a spec's answers, shown before the confirmation.
  var summary: (ProjectSpec) -> String = { _ in "" }

  /// One prompt: the project's name, a criterion's question, or an offer of more questions.
  enum Step {
    case name
    case question(Criterion, number: Int, total: Int)
    /// The optional criteria still relevant, after the `total` core questions.
    case offerOptional(total: Int)
    case offerCost
    /// The summary of the answers, and whether to save them to this file.
    case confirmSave(String)
  }

  /// Where the interview is: the answers so far and the prompts still to come (an accepted offer adds some).
  struct State {
    var spec: ProjectSpec
    var steps: [Step]
    var index = 0
    /// Whether the person declined saving at the summary.
    var saveDeclined = false
  }

  /// Asks every prompt, going back on `<`; returns the spec the answers make and whether saving it was declined.
  func run(_ start: ProjectSpec) throws -> (spec: ProjectSpec, saveDeclined: Bool) {
    let total = plan.core.count + (askAll ? plan.extra.count + costQuestions.count : 0)
    let questions = plan.core + (askAll ? plan.extra + costQuestions : [])
    var steps: [Step] =
      [.name] + questions.enumerated().map { .question($1, number: $0 + 1, total: total) }
    if !askAll {
      steps.append(.offerOptional(total: total))
      if !costQuestions.isEmpty { steps.append(.offerCost) }
    }
    if let confirmSave { steps.append(.confirmSave(confirmSave)) }
    prompter.say(
      prompter.style.bold("advisor interview") + " — \(total) questions about your project.")
    prompter.say(
      prompter.wrap(
        "Enter accepts the default in brackets, ? shows help, < goes back, - leaves a fact unknown, Ctrl-D cancels.",
        indent: ""))
    prompter.say()
    var state = State(spec: start, steps: steps)
    // The state before each prompt answered so far, latest last: `<` restores the one before the current prompt.
    var history: [State] = []
    while state.index < state.steps.count {
      let before = state
      do {
        if try perform(&state) { history.append(before) }
        state.index += 1
      } catch is GoBack {
        guard let previous = history.popLast() else {
          if let script = prompter.script {
            throw script.refused(
              "Project name", reason: "\"<\" goes back, but this is the first question")
          }
          prompter.say(prompter.style.yellow("  Nothing before this question."))
          state = before
          continue
        }
        state = previous
      }
    }
    if confirmSave == nil { prompter.say() }
    return (ordered(state.spec), state.saveDeclined)
  }

  /// The spec with its facts in the tables' order.
  private func ordered(_ spec: ProjectSpec) -> ProjectSpec {
    var spec = spec
    spec.facts.sort {
      (factOrder.firstIndex(of: $0.key) ?? 0) < (factOrder.firstIndex(of: $1.key) ?? 0)
    }
    return spec
  }

  /// Shows the prompt at `state.index` and applies its answer; `false` when nothing was asked (a question an
  /// earlier answer made irrelevant, an offer with nothing left to offer), which `<` then passes over.
  private func perform(_ state: inout State) throws -> Bool {
    switch state.steps[state.index] {
    case .name:
      let line = try prompter.read(prompter.style.bold("Project name") + " [\(state.spec.name)]: ")?
        .trimmingWhitespace()
      if line == "<" { throw GoBack() }
      if let line, !line.isEmpty { state.spec.name = line }
      return true
    case .question(let criterion, let number, let total):
      let key = criterion.fact.key
      if let reason = plan.skipReason(for: criterion, given: state.spec) {
        // An earlier answer makes this one irrelevant: say so instead of asking; a value from --from stays as it was.
        prompter.say()
        prompter.say(prompter.style.bold("[\(number)/\(total)] \(criterion.name)"))
        prompter.say(prompter.wrap("Not asked: \(reason)."))
        return false
      }
      let answer = try prompter.ask(
        criterion, number: number, of: total, current: state.spec.value(of: key))
      state.spec.facts.removeAll { $0.key == key }
      if let answer { state.spec.facts.append(GivenFact(key: key, value: answer)) }
      return true
    case .offerOptional(let total):
      let offered = plan.extra.filter { plan.skipReason(for: $0, given: state.spec) == nil }
      guard !offered.isEmpty else { return false }
      prompter.say()
      let names = offered.map(\.name).joined(separator: ", ")
      if try prompter.confirm(
        "\(offered.count) more questions (\(names)). Answer them?", defaultYes: false,
        allowsBack: true)
      {
        let added = offered.enumerated().map {
          Step.question($1, number: total + $0 + 1, total: total + offered.count)
        }
        state.steps.insert(contentsOf: added, at: state.index + 1)
      }
      return true
    case .offerCost:
      // The cost model's own inputs: the tier, hosting and tokens the prices assume, asked only on request.
      prompter.say()
      let question =
        "\(costQuestions.count) cost questions (tokens per query, model tier, hosting…). Answer them?"
      if try prompter.confirm(question, defaultYes: false, allowsBack: true) {
        let asked = state.steps[..<state.index].filter {
          if case .question = $0 { true } else { false }
        }.count
        let added = costQuestions.enumerated().map {
          Step.question($1, number: asked + $0 + 1, total: asked + costQuestions.count)
        }
        state.steps.insert(contentsOf: added, at: state.index + 1)
      }
      return true
    case .confirmSave(let path):
      prompter.say()
      prompter.io.write(summary(ordered(state.spec)), to: .error)
      state.saveDeclined = try !prompter.confirm(
        "Save to \(path)?", defaultYes: true, allowsBack: true)
      return true
    }
  }
}
