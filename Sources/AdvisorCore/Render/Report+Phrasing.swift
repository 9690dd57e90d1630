/// The sentences text and Markdown share, so both formats say the same thing.
extension Report {
  /// The name of the approach with this id, or the id.
  func name(of approach: String) -> String {
    project.criteria.approach(id: approach)?.name ?? approach
  }

  /// `key = value` with the level's label where it adds information.
  static func valueText(_ fact: ResolvedFact) -> String {
    let key = fact.criterion.fact.key
    guard let level = fact.level else { return "\(key) unknown" }
    switch (fact.value, fact.criterion.fact.kind) {
    case (.number(let number)?, _):
      let unit = fact.criterion.fact.unit.map { " \($0)" } ?? ""
      return "\(key) = \(Format.grouped(number))\(unit) (\(level.label))"
    case (_, .number):
      return "\(key) = \(level.id) (\(level.label))"
    default:
      return "\(key) = \(level.id)"
    }
  }

  /// The fact with its status: `knowledge_gap = facts, inferred: …`.
  static func factText(_ fact: ResolvedFact) -> String {
    switch fact.status {
    case .given: valueText(fact) + ", given"
    case .inferred: valueText(fact) + ", inferred: " + (fact.inferenceReason ?? "from other facts")
    case .unknown: "\(fact.criterion.fact.key) not given, scored at its expected fit"
    }
  }

  /// One driver as a sentence.
  static func driverText(_ driver: Driver) -> String {
    "\(driver.fact.criterion.name) (\(factText(driver.fact))): \(driver.favoured.name) fits \(Format.fit(driver.favouredFit.score))/10, "
      + "\(driver.other.name) \(Format.fit(driver.otherFit.score))/10, \(Format.fixed(driver.points, 1)) points. \(driver.favouredFit.reason)"
      + (driver.contrast.map { " \(driver.other.name): \($0.reason)" } ?? "")
  }

  /// How a level reads in a sentence: the id for choices, the label for numbers.
  static func levelText(_ level: Level, of criterion: Criterion) -> String {
    criterion.fact.kind == .number ? level.label : level.id
  }

  /// One answer change as a sentence.
  public func changeText(_ change: AnswerChange) -> String {
    let current = project.facts.first { $0.criterion.id == change.criterion.id }
    let key = change.criterion.fact.key
    let outcome =
      change.newWinner.map { "\($0.name) would lead by \(Format.fixed(change.lead, 1)) points" }
      ?? "no approach would meet every requirement"
    guard let from = change.from else {
      return "\(key) = \(Self.levelText(change.to, of: change.criterion)): \(outcome)."
    }
    var fromText = Self.levelText(from, of: change.criterion)
    var toText = Self.levelText(change.to, of: change.criterion)
    let unit = change.criterion.fact.unit.map { " \($0)" } ?? ""
    if case .number(let number)? = current?.value {
      fromText = Format.grouped(number) + unit
      if case .number(let hypothetical) = change.value {
        toText = Format.grouped(hypothetical) + unit + " (\(change.to.label))"
      }
    }
    return "If \(key) were \(toText) instead of \(fromText), \(outcome)."
  }

  /// Said when no other answer to any known fact changes the recommendation.
  public static let noChangeText =
    "No other answer to any single given question changes the recommendation."

  /// What an unanswered question means for the verdict: how likely its answer changes it, and which answers do.
  public static func questionText(_ question: Question) -> String {
    let criterion = question.criterion
    let head = "\(criterion.fact.key) (\(criterion.name)): "
    guard !question.changes.isEmpty else {
      return head + "no answer would change the recommendation."
    }
    return head + "\(Format.percent(question.changeProbability)) likely to change it; answering "
      + question.changes.map { change in
        let outcome =
          change.newWinner.map { "\($0.name) leads" } ?? "no approach meets every requirement"
        return "\(change.to.id) → \(outcome)"
      }.joined(separator: "; ") + "."
  }

  /// The requirements an approach fails, as a sentence.
  static func exclusionText(_ result: Scorecard.Result) -> String {
    result.exclusions.map { "\($0.exclusion.reason) (\($0.criterion.id))" }.joined(separator: "; ")
  }

  /// The facts not given that would let an approach meet every requirement it fails, as a clause
  /// (`deployment_target is private_cloud, on_premise or on_device`); `nil` when one of its failures holds
  /// whatever they turn out to be.
  static func liftingText(_ result: Scorecard.Result) -> String? {
    guard !result.exclusions.isEmpty, result.exclusions.allSatisfy(\.isOpen) else { return nil }
    var clauses: [String] = []
    for note in result.exclusions {
      for key in note.liftedIf.keys.sorted() {
        let levels = note.liftedIf[key] ?? []
        let last = levels.last ?? ""
        let list =
          levels.count > 1 ? levels.dropLast().joined(separator: ", ") + " or " + last : last
        let clause = "\(key) is \(list)"
        if !clauses.contains(clause) { clauses.append(clause) }
      }
    }
    return clauses.joined(separator: " and ")
  }

  /// What would have to change for an approach to meet the requirements it fails.
  static func remedyText(_ result: Scorecard.Result) -> String? {
    let remedies = result.exclusions.compactMap(\.exclusion.remedy)
    return remedies.isEmpty ? nil : remedies.joined(separator: "; ")
  }

  /// The headline verdict, in plain words.
  public var headline: String {
    let leader = recommendation.winner?.approach.name ?? ""
    switch recommendation.status {
    case .recommended: return "Recommendation: \(leader)"
    case .closeCall:
      // The rest fail a requirement on what is known: the doubt lies in what was not said, not in a narrow lead.
      if let runnerUp = recommendation.runnerUp, runnerUp.isExcluded {
        return "Too close to call: \(leader) leads, but the facts you did not give could change it"
      }
      let runnerUp = recommendation.runnerUp?.approach.name ?? "the rest"
      // A lead of several points is not narrow: say where the doubt lies instead.
      guard recommendation.margin >= Recommendation.closeCallMargin else {
        return "Too close to call: \(leader) leads \(runnerUp) narrowly"
      }
      return questions.contains { $0.changeProbability > 0 }
        ? "Too close to call: \(leader) leads \(runnerUp), but the facts you did not give could change it"
        : "Too close to call: \(leader) leads \(runnerUp), but not under small changes of the weights"
    case .provisional:
      // Every weight 0: nothing is scored, so there is no leader to name.
      if scorecard.scoredWeight == 0 {
        return "No recommendation: every weight is 0, so no criterion counts"
      }
      return "No recommendation yet: \(leader) leads provisionally"
    case .unmet:
      // The closest fails only on facts not given: the answer is pending, not impossible.
      if let closest = recommendation.closest, Self.liftingText(closest) != nil {
        return "No approach meets every requirement on the facts you gave"
      }
      return "No approach meets every requirement"
    }
  }

  /// Confidence, score and margin in one line; for an unmet verdict, the closest approach and what it fails.
  public var summaryLine: String {
    guard let winner = recommendation.winner else {
      guard let closest = recommendation.closest else { return "" }
      var text = "closest: \(closest.approach.name), which fails: \(Self.exclusionText(closest))"
      if let lifting = Self.liftingText(closest) {
        text =
          "closest: \(closest.approach.name), which meets every requirement if \(lifting) (you did not say); "
          + "otherwise it fails: \(Self.exclusionText(closest))"
      }
      if let remedy = Self.remedyText(closest) { text += " · what would have to change: \(remedy)" }
      return text
    }
    let confidence = recommendation.confidence
    var text =
      "confidence \(confidence.percent)% (\(confidence.label)) · score \(Format.fixed(winner.score, 1)) of 100"
    if let runnerUp = recommendation.runnerUp {
      text +=
        runnerUp.isExcluded
        ? " · every other approach fails a requirement"
        : " · \(Format.fixed(recommendation.margin, 1)) points ahead of \(runnerUp.approach.name)"
    }
    return text + " · \(Format.percent(confidence.coverage)) of the weight rests on facts you gave"
  }

  /// One line on a similar published project: its choice, how alike it is, what it shares and where it differs.
  public func precedentLine(_ match: PrecedentMatch) -> String {
    match.summary(criteria: project.criteria, spec: project.spec)
  }

  /// Why the verdict is provisional, and what to answer first.
  public var provisionalLine: String? {
    guard recommendation.status == .provisional else { return nil }
    if scorecard.scoredWeight == 0 {
      return
        "Nothing to decide on: the spec's weights switch every criterion off. Give the criteria that matter a weight above 0, "
        + "or leave weights out to use the tables' own."
    }
    let first = questions.filter { $0.changeProbability > 0 }.prefix(3).map(\.criterion.fact.key)
    var text =
      "Too little is known to decide: less than \(Format.percent(Recommendation.decidingCoverage)) of the weight rests on facts you gave."
    if !first.isEmpty {
      text += " Answer first: \(first.joined(separator: ", ")) (see the questions below)."
    }
    return text
  }

  /// Every source the report's drivers, exclusions and steps cite, in first-cited order, without repeats.
  var citedSources: [Source] {
    var sources: [Source] = []
    func add(_ source: Source?) {
      if let source, Self.citationIndex(of: source, in: sources) == nil { sources.append(source) }
    }
    drivers.prefix(Self.driverLimit).forEach {
      add($0.source)
      add($0.contrastSource)
    }
    for result in scorecard.ranking {
      for note in result.exclusions { add(note.criterion.source(id: note.exclusion.source)) }
    }
    nextSteps.forEach { add($0.source) }
    return sources
  }

  /// The position of a source in a citation list; two entries with the same title or address are one source.
  static func citationIndex(of source: Source?, in sources: [Source]) -> Int? {
    guard let source else { return nil }
    return sources.firstIndex {
      $0.title == source.title || ($0.url != nil && $0.url == source.url)
    }
  }

  /// How many drivers the rationale lists.
  static let driverLimit = 3
}
