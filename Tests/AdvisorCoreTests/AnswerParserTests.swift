import Testing

@testable import AdvisorCore

@Suite struct AnswerParserTests {
  let parser = AnswerParser()
  var latency: Criterion { Fixtures.builtIn.criterion(id: "latency")! }
  var volume: Criterion { Fixtures.builtIn.criterion(id: "cost")! }
  var volatility: Criterion { Fixtures.builtIn.criterion(id: "data_volatility")! }

  @Test(arguments: [
    ("800", 800.0), ("2s", 2_000), ("2 s", 2_000), ("1.5s", 1_500), ("250ms", 250),
    ("1min", 60_000), ("1,200", 1_200), ("0", 0),
  ])
  func parsesDurations(text: String, milliseconds: Double) {
    #expect(parser.parse(text, for: latency) == .success(.value(.number(milliseconds))))
  }

  @Test(arguments: [
    ("1.5M", 1_500_000.0), ("1,500,000", 1_500_000), ("1 500 000", 1_500_000), ("20k", 20_000),
    ("2B", 2e9), ("3e6", 3e6),
    ("1_000", 1_000), ("50000 queries/month", 50_000), ("2 million", 2e6),
  ])
  func parsesCounts(text: String, value: Double) {
    #expect(parser.parse(text, for: volume) == .success(.value(.number(value))))
  }

  @Test func acceptsLevelIdsForNumbersAndChoices() {
    #expect(parser.parse("sub_second", for: latency) == .success(.value(.level("sub_second"))))
    #expect(parser.parse("Very High", for: volume) == .success(.value(.level("very_high"))))
    #expect(parser.parse("WEEKLY", for: volatility) == .success(.value(.level("weekly"))))
    #expect(parser.parse("mon", for: volatility) == .success(.value(.level("monthly"))))
  }

  @Test func numberedChoicesFollowTheTableOrder() {
    #expect(parser.parse("1", for: volatility) == .success(.value(.level("realtime"))))
    #expect(parser.parse(" 6 ", for: volatility) == .success(.value(.level("static"))))
  }

  @Test func controlAnswers() {
    #expect(parser.parse("", for: volatility) == .success(.useDefault))
    #expect(parser.parse("   ", for: latency) == .success(.useDefault))
    #expect(parser.parse("?", for: latency) == .success(.help))
    #expect(parser.parse("-", for: latency) == .success(.skip))
    #expect(parser.parse(" < ", for: volatility) == .success(.back))
  }

  @Test(arguments: [
    ("7", "7 is not a choice; enter 1-6 or an id"),
    ("0", "0 is not a choice; enter 1-6 or an id"),
    ("hourly", "\"hourly\" is not one of: realtime, daily, weekly, monthly, yearly, static"),
  ])
  func rejectsChoicesOutsideTheTable(text: String, reason: String) {
    #expect(parser.parse(text, for: volatility) == .failure(AnswerError(reason)))
  }

  @Test(arguments: [
    ("-5", "-5 is negative; enter 0 or more"),
    ("2h", "\"2h\": unknown suffix \"h\"; use ms, s or min"),
    (
      "1e400",
      "\"1e400\" is not a number of ms or a level; type a number of milliseconds, e.g. 3000 for 3 seconds"
    ),
  ])
  func rejectsBadDurations(text: String, reason: String) {
    #expect(parser.parse(text, for: latency) == .failure(AnswerError(reason)))
  }

  @Test func rejectsBadCounts() {
    #expect(
      parser.parse("12x", for: volume)
        == .failure(AnswerError("\"12x\": unknown suffix \"x\"; use k, M or B")))
    #expect(
      parser.parse("1e30", for: volume)
        == .failure(AnswerError("1e30 is more than 1,000,000,000,000,000, the largest accepted")))
  }

  @Test func coreQuestionsComeFirstHeaviestFirst() {
    var criteria = Fixtures.builtIn
    let index = criteria.criteria.firstIndex { $0.id == "accuracy" }!
    criteria.criteria[index].isCore = false
    let plan = InterviewPlan(criteria: criteria)
    // The optional questions, heaviest first: the one made optional here, then the tables' own optional ones.
    #expect(
      plan.extra.map(\.id) == ["accuracy", "format_enforcement", "deployment", "model_control"])
    #expect(zip(plan.extra, plan.extra.dropFirst()).allSatisfy { $0.weight >= $1.weight })
    #expect(plan.core.first?.id == "knowledge_gap")
    #expect(zip(plan.core, plan.core.dropFirst()).allSatisfy { $0.weight >= $1.weight })
  }

  @Test func savedSpecsReadBackEqual() throws {
    let spec = ProjectSpec(
      name: "round trip", description: "d",
      facts: [
        GivenFact(key: "latency_budget_ms", value: .number(2000)),
        GivenFact(key: "knowledge_change", value: .level("daily")),
      ],
      weights: ["privacy": 3], file: "x.json")
    let read = try Fixtures.spec(spec.jsonText, file: "x.json")
    #expect(read.name == spec.name)
    #expect(read.description == spec.description)
    #expect(read.weights == spec.weights)
    #expect(
      Set(read.facts.map { "\($0.key)=\($0.value)" })
        == Set(spec.facts.map { "\($0.key)=\($0.value)" }))
  }
}
