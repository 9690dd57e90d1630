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
        == .failure(AnswerError("\"h\" is too short to pick a choice: type at least 2 letters of one, or its number (1-3)")))
    #expect(
      parser.parse("on", for: deployment)
        == .failure(AnswerError("\"on\" matches more than one choice (on_premise, on_device): type more of one, or its number (1-4)")))
  }

  @Test func aNearMissSuggestsTheChoiceQuoted() {
    #expect(
      parser.parse("dialy", for: volatility)
        == .failure(AnswerError("\"dialy\" is not one of: realtime, daily, weekly, monthly, yearly, static (did you mean \"daily\"?)")))
  }
}
