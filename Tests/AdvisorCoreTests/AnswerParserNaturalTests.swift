import Testing

@testable import AdvisorCore

/// Answers as people type them (issue 16): short prefixes, natural phrasings, explicit time units.
extension AnswerParserTests {
  var gap: Criterion { Fixtures.builtIn.criterion(id: "knowledge_gap")! }
  var accuracy: Criterion { Fixtures.builtIn.criterion(id: "accuracy")! }
  var deployment: Criterion { Fixtures.builtIn.criterion(id: "deployment")! }

  /// A prefix of two letters or more picks the one choice it starts; one letter is refused with the rule.
  @Test func shortPrefixesPickAUniqueChoiceOrSayTheRule() {
    #expect(parser.parse("fa", for: gap) == .success(.value(.level("facts"))))
    #expect(parser.parse("Hi", for: accuracy) == .success(.value(.level("high"))))
    #expect(
      parser.parse("h", for: accuracy)
        == .failure(
          AnswerError(
            "\"h\" is too short to pick a choice: type at least 2 letters of one, or its number (1-3)"
          )))
    #expect(
      parser.parse("on", for: deployment)
        == .failure(
          AnswerError(
            "\"on\" matches more than one choice (on_premise, on_device): type more of one, or its number (1-4)"
          )))
  }

  @Test func aNearMissSuggestsTheChoiceQuoted() {
    #expect(
      parser.parse("dialy", for: volatility)
        == .failure(
          AnswerError(
            "\"dialy\" is not one of: realtime, daily, weekly, monthly, yearly, static (did you mean \"daily\"?)"
          )))
  }

  /// A cadence said the way people say it picks the choice that names it; a level's label (before its colon) too.
  @Test(arguments: [
    ("every week", "weekly"), ("once a month", "monthly"), ("Every Day", "daily"),
    ("per year", "yearly"), ("never", "static"),
    ("yearly or slower", "yearly"),
  ])
  func naturalCadences(text: String, id: String) {
    #expect(parser.parse(text, for: volatility) == .success(.value(.level(id))))
  }

  /// No guessing: a cadence no choice names, or "very high" where the levels stop at high, is refused.
  @Test func naturalAnswersNoChoiceNamesAreRefused() {
    #expect(
      parser.parse("every hour", for: volatility)
        == .failure(
          AnswerError(
            "\"every hour\" is not one of: realtime, daily, weekly, monthly, yearly, static")))
    #expect(
      parser.parse("very high", for: accuracy)
        == .failure(AnswerError("\"very high\" is not one of: best_effort, high, critical")))
  }

  @Test(arguments: [
    ("3 seconds", 3_000.0), ("3 s", 3_000), ("300 ms", 300), ("1 second", 1_000),
    ("1.5 min", 90_000), ("2 minutes", 120_000),
    ("250 milliseconds", 250),
  ])
  func naturalDurations(text: String, milliseconds: Double) {
    #expect(parser.parse(text, for: latency) == .success(.value(.number(milliseconds))))
  }

  @Test(arguments: [
    ("50,000/month", 50_000.0), ("50k a month", 50_000), ("50k per month", 50_000),
    ("50k queries a month", 50_000),
    ("2M queries/month", 2e6), ("10k/mo", 10_000), ("20k monthly", 20_000),
  ])
  func naturalMonthlyVolumes(text: String, value: Double) {
    #expect(parser.parse(text, for: volume) == .success(.value(.number(value))))
  }

  /// A volume per another period is not converted (how many days has a month?): the refusal says what to type.
  @Test func aVolumePerAnotherPeriodIsRefused() {
    #expect(
      parser.parse("5k a day", for: volume)
        == .failure(
          AnswerError(
            "\"5k a day\" is per day; type the number of queries per month, e.g. 150,000 for 5,000 a day over 30 days"
          )))
  }

  /// `M` on a time is mega elsewhere and minutes to some: refused, saying both readings.
  @Test func anAmbiguousMOnATimeIsRefused() {
    #expect(
      parser.parse("1.5M", for: latency)
        == .failure(
          AnswerError(
            "\"1.5M\" is ambiguous: M could mean million or minutes; type 1.5min for minutes, or a number of milliseconds"
          )))
  }

  /// An answer that is not a number says which form is accepted.
  @Test func aWordOnALatencySaysTheAcceptedForm() {
    #expect(
      parser.parse("fast", for: latency)
        == .failure(
          AnswerError(
            "\"fast\" is not a number of ms or a level; type a number of milliseconds, e.g. 3000 for 3 seconds"
          )))
    #expect(
      parser.parse("sub_secnd", for: latency)
        == .failure(
          AnswerError(
            "\"sub_secnd\" is not a number of ms or a level; type a number of milliseconds, e.g. 3000 for 3 seconds (did you mean \"sub_second\"?)"
          )))
  }

  /// What a suffix or a prefix was taken to mean is said back: the unit a time took, the level a prefix named.
  @Test func theReadingSaysWhatASuffixMeant() {
    #expect(
      parser.read("1.5min", for: latency)
        == .success(AnswerReading(answer: .value(.number(90_000)), note: "90,000 ms (1.5 minutes)"))
    )
    #expect(
      parser.read("3 s", for: latency)
        == .success(AnswerReading(answer: .value(.number(3_000)), note: "3,000 ms (3 seconds)")))
    #expect(
      parser.read("800", for: latency)
        == .success(AnswerReading(answer: .value(.number(800)), note: nil)))
    #expect(
      parser.read("1.5M", for: volume)
        == .success(AnswerReading(answer: .value(.number(1.5e6)), note: "1,500,000 queries/month")))
    #expect(
      parser.read("every week", for: volatility)
        == .success(AnswerReading(answer: .value(.level("weekly")), note: "weekly")))
    #expect(
      parser.read("fa", for: gap)
        == .success(AnswerReading(answer: .value(.level("facts")), note: "facts")))
    #expect(
      parser.read("Weekly", for: volatility)
        == .success(AnswerReading(answer: .value(.level("weekly")), note: nil)))
    #expect(
      parser.read("2", for: gap)
        == .success(AnswerReading(answer: .value(.level("facts")), note: nil)))
  }
}
