extension Plan {
  /// A change the search may try: one criterion answered at one level.
  private typealias WhatIfAnswer = (index: Int, level: Int)

  /// Builds the plan from the what-if matrix of the verdict. For every other approach it looks for the fewest facts
  /// (one, else two) under which that approach would lead: one answer if any does; otherwise the answer that
  /// brings the approach nearest to leading (fewer failed requirements, then a smaller gap), followed by the one
  /// that completes it. Facts the team changes by work come first (unknown before known), then other open
  /// questions; then answers nearest the project's own; ties go to table order. Heavier approaches become the next steps; the
  /// nearest lighter one says what would make it enough.
  init(matrix: WhatIfMatrix, winner: Int?) {
    let approaches = matrix.project.criteria.approaches
    let candidates = Self.candidates(matrix)
    // Each single answer is scored once, for every approach the search looks at.
    let singles = candidates.map { matrix.evaluation(setting: [$0]) }
    var steps: [Step] = []
    // Heavier approaches in commitment order; then the nearest lighter one, searched from the winner down.
    for target in approaches.indices where winner.map({ target > $0 }) ?? true {
      guard
        let changes = Self.search(matrix, target: target, candidates: candidates, singles: singles)
      else { continue }
      steps.append(Self.step(matrix, target: target, winner: winner, changes: changes, kind: .next))
    }
    for target in (0..<(winner ?? 0)).reversed() {
      guard
        let changes = Self.search(matrix, target: target, candidates: candidates, singles: singles)
      else { continue }
      steps.append(
        Self.step(matrix, target: target, winner: winner, changes: changes, kind: .lighter))
      break
    }
    self.init(now: winner.map { approaches[$0] }, steps: steps)
  }

  /// The answers a step may depend on, preferred first: every answer to a fact not given (a question to answer,
  /// a measurement to make), and every other answer to a fact the team changes by work (`"actionable"` in its
  /// table: the baseline, the labeled examples, the team, the volume). Facts that describe the problem are left to
  /// the what-if.
  private static func candidates(_ matrix: WhatIfMatrix) -> [WhatIfAnswer] {
    let facts = matrix.project.facts
    var changes: [(change: WhatIfAnswer, rank: (Int, Int, Int, Int))] = []
    for index in facts.indices where facts[index].weight > 0 && !facts[index].isIrrelevant {
      let current = matrix.evaluation.given[index]
      guard current == nil || facts[index].criterion.isActionable else { continue }
      // A fact the team works on moves one way: more examples, a measured baseline, a stronger team, more volume.
      for level in facts[index].criterion.levels.indices
      where level != current && (current.map { level > $0 } ?? true) {
        let distance = current.map { abs($0 - level) } ?? 0
        // Work the team can do first (measure, collect, hire), unknown before known, the likelier answer first;
        // then other open questions.
        let criterion = facts[index].criterion
        let unlikely =
          current == nil
          ? Int(
            ((1 - criterion.unknown.probability(of: criterion.levels[level].id)) * 1_000).rounded())
          : 0
        changes.append(
          (
            (index, level),
            (
              criterion.isActionable ? (current == nil ? 0 : 1) : 2, unlikely * 100 + distance,
              index, level
            )
          ))
      }
    }
    return changes.sorted { $0.rank < $1.rank }.map(\.change)
  }

  private static func search(
    _ matrix: WhatIfMatrix, target: Int, candidates: [WhatIfAnswer], singles: [Evaluation]
  ) -> [WhatIfAnswer]? {
    if let single = singles.firstIndex(where: { $0.winner == target }) {
      return [candidates[single]]
    }
    // No single answer does it: take the one that brings the target nearest to leading, then complete it.
    var best: (change: WhatIfAnswer, progress: Double)?
    for (change, evaluation) in zip(candidates, singles) {
      let progress = Self.progress(evaluation, target: target)
      if best.map({ progress > $0.progress + 1e-9 }) ?? true { best = (change, progress) }
    }
    guard let best, best.progress > Self.progress(matrix.evaluation, target: target) else {
      return nil
    }
    let first = best.change
    for second in candidates where second.index != first.index {
      let pair = [first, second].sorted { $0.index < $1.index }
      if matrix.evaluation(setting: pair).winner == target { return pair }
    }
    return nil
  }

  /// How near an approach is to leading: each failed requirement counts as 1,000 points, then the gap to the best
  /// other approach that meets every requirement.
  private static func progress(_ evaluation: Evaluation, target: Int) -> Double {
    let failures = Double(evaluation.failures[target].nonzeroBitCount)
    let rivals = evaluation.totals.indices.filter {
      $0 != target && evaluation.meetsRequirements($0)
    }.map { evaluation.totals[$0] }
    return -1_000 * failures + evaluation.totals[target] - (rivals.max() ?? 0)
  }

  private static func step(
    _ matrix: WhatIfMatrix, target: Int, winner: Int?, changes: [WhatIfAnswer], kind: Kind
  ) -> Step {
    let project = matrix.project
    let approach = project.criteria.approaches[target]
    let outcome = matrix.evaluation(setting: changes)
    let conditions = changes.map { change in
      let criterion = project.facts[change.index].criterion
      return Condition(
        criterion: criterion, to: criterion.levels[change.level],
        value: matrix.value(setting: change.index, to: change.level),
        current: project.facts[change.index].value)
    }
    var facts = project.spec.valuesByKey
    for condition in conditions { facts[condition.criterion.fact.key] = condition.value }
    let analysis = matrix.model.costAnalysis(
      facts, levels: outcome.levels, overrides: project.spec.costs, explaining: false)
    var total: Estimate?
    var currentTotal: Estimate?
    var breakEven: BreakEven?
    if let analysis, let volume = analysis.volume, let cost = analysis.cost(of: approach.id) {
      total = cost.total(volume: volume, months: analysis.months)
      if let winner, let current = analysis.cost(of: project.criteria.approaches[winner].id) {
        currentTotal = current.total(volume: volume, months: analysis.months)
        breakEven = BreakEven(current, cost, months: analysis.months)
      }
    }
    return Step(
      approach: approach, kind: kind, conditions: conditions, lead: outcome.margin, total: total,
      currentTotal: currentTotal,
      breakEven: breakEven, measure: approach.nextSteps.first)
  }
}
