import Testing

@testable import AdvisorCore

@Suite struct FormatTests {
  @Test func fixedDecimalsAreLocaleFreeAndRounded() {
    #expect(Format.fixed(87.1875, 1) == "87.2")
    #expect(Format.fixed(0.05, 1) == "0.1")
    #expect(Format.fixed(-2.25, 1) == "-2.3")
    #expect(Format.fixed(-0.01, 1) == "0.0")
    #expect(Format.fixed(3, 2) == "3.00")
  }

  @Test func groupsThousands() {
    #expect(Format.grouped(3_000_000) == "3,000,000")
    #expect(Format.grouped(999) == "999")
    #expect(Format.grouped(1.5) == "1.5")
  }

  /// One abbreviation serves narrow tables and chart labels: three significant digits, and a value that rounds
  /// up to the next suffix takes it (`999,600` is `1M`, not `1,000k`).
  @Test func abbreviatesLargeNumbersToThreeSignificantDigits() {
    #expect(Format.abbreviated(950) == "950")
    #expect(Format.abbreviated(12_345) == "12.3k")
    #expect(Format.abbreviated(1_320_000) == "1.32M")
    #expect(Format.abbreviated(999_600) == "1M")
    #expect(Format.abbreviated(999.6) == "1k")
    #expect(Format.abbreviated(4.5e9) == "4.5B")
    #expect(Format.abbreviated(1e15) == "1P")
    #expect(Format.abbreviated(-2_500) == "-2.5k")
    #expect(Format.moneyAbbreviated(1_320_000) == "$1.32M")
    #expect(Format.moneyAbbreviated(9_999) == Format.money(9_999))
  }

  @Test func suggestsNearbyWordsOnly() {
    #expect(
      Suggestion.nearest(to: "latency_budget", in: ["latency_budget_ms", "queries_per_month"])
        == "latency_budget_ms")
    #expect(Suggestion.nearest(to: "dialy", in: ["daily", "weekly"]) == "daily")
    #expect(Suggestion.nearest(to: "banana", in: ["daily", "weekly"]) == nil)
    #expect(Suggestion.nearest(to: "lots", in: ["none", "facts", "behavior", "both"]) == nil)
    #expect(Suggestion.nearest(to: "2s", in: ["no", "preferred", "required"]) == nil)
    #expect(Suggestion.nearest(to: "lable", in: ["id", "label", "upTo"]) == "label")
    #expect(Suggestion.editDistance("dialy", "daily") == 1)
  }

  @Test func wrapsAtWidth() {
    let lines = TextStyle.wrap("one two three four five six", width: 10, indent: "  ")
    #expect(lines == ["  one two", "  three", "  four", "  five six"])
    #expect(
      TextStyle.wrap("one two", width: 80, indent: "  ", firstIndent: "1. ") == ["1. one two"])
    #expect(lines.allSatisfy { $0.count <= 10 })
  }

  @Test func padsAndCutsByCharacters() {
    #expect(TextStyle.pad("RAG", 6) == "RAG   ")
    #expect(TextStyle.pad("75.2", 6, right: true) == "  75.2")
    #expect(TextStyle.pad("Fine-tuning", 6) == "Fine-…")
    #expect(TextStyle.pad("résumé", 7) == "résumé ")
    #expect(TextStyle.pad("résumés", 6) == "résum…")
  }

  /// Widths count characters, not bytes: accented words fill a line exactly as plain ones; runs of spaces fold.
  @Test func wrapsByCharactersNotBytes() {
    let accented = TextStyle.wrap("café  naïve über résumé", width: 11)
    #expect(accented == ["café naïve", "über résumé"])
    #expect(TextStyle.wrap("cafe  naive uber resume", width: 11) == ["cafe naive", "uber resume"])
    #expect(TextStyle.wrap("€€€€€ €€€€€", width: 11) == ["€€€€€ €€€€€"])
  }
}
