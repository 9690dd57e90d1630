import Testing

@testable import AdvisorCore

/// The plan is computed from the decision model: each step's conditions, set in the spec, really make that
/// step's approach lead.
@Suite struct PlanTests {
  static let quick = Advisor(options: .init(samples: 0))

  @Test func everyStepsConditionsMakeItsApproachLead() {
    var steps = 0
    var pairs = 0
    for spec in PrincipleTests.specs(seed: 83, setting: [:]) {
      let report = Self.quick.recommend(spec, criteria: Fixtures.builtIn)
      #expect(report.plan.now?.id == report.recommendation.winner?.approach.id)
      for step in report.plan.steps {
        steps += 1
        if step.conditions.count == 2 { pairs += 1 }
        #expect((1...2).contains(step.conditions.count))
        let changed = step.conditions.reduce(spec) {
          $0.setting($1.criterion.fact.key, to: $1.value)
        }
        let after = Self.quick.recommend(changed, criteria: Fixtures.builtIn)
        #expect(
          after.recommendation.winner?.approach.id == step.approach.id,
          "\(spec.facts) + \(Report.conditionText(step.conditions))")
        // A condition is a fact not given, or a fact the team works on, moved forward.
        for condition in step.conditions {
          #expect(condition.current == nil || condition.criterion.isActionable)
          if let current = condition.current,
            let from = condition.criterion.levelIndex(of: current),
            let to = condition.criterion.levels.firstIndex(of: condition.to)
          {
            #expect(to > from)
          }
        }
      }
    }
    // The search is exercised, singles and pairs both.
    #expect(steps > 50)
    #expect(pairs > 5)
  }

  /// The published path: a behaviour gap with data and a team leads to fine-tuning once prompting is measured and
  /// falls short; the plan names exactly that.
  @Test func aBehaviourGapPlansFineTuningAfterTheBaseline() {
    let spec = ProjectSpec(
      name: "p",
      facts: [
        GivenFact(key: "knowledge_gap", value: .level("behavior")),
        GivenFact(key: "labeled_examples", value: .number(2_000)),
        GivenFact(key: "ml_expertise", value: .level("some")),
      ])
    let report = Self.quick.recommend(spec, criteria: Fixtures.builtIn)
    #expect(report.plan.now?.id == "prompting")
    let tuning = report.plan.steps.first { $0.approach.id == "fine_tuning" }
    #expect(tuning?.kind == .next)
    #expect(tuning?.conditions.map(\.criterion.id) == ["prompting_baseline"])
    #expect(tuning?.conditions.first?.to.id == "falls_short")
    #expect(
      report.planLines.contains {
        $0.hasPrefix("Then Fine-tuning, once prompting_baseline turns out falls_short")
      })
  }
}
