import Testing

@testable import AdvisorCore

/// Price dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, aged leniently.
@Suite struct CalendarDateTests {
  @Test(arguments: [
    ("2025", CalendarDate(year: 2025)), ("2025-06", CalendarDate(year: 2025, month: 6)),
    ("2025-06-15", CalendarDate(year: 2025, month: 6, day: 15)),
    ("1999-12-31", CalendarDate(year: 1999, month: 12, day: 31)),
  ])
  func readsTheThreeForms(_ text: String, _ date: CalendarDate) {
    #expect(CalendarDate(text) == date)
    #expect(CalendarDate(text)?.description == text)
  }

  @Test(arguments: [
    "", "25", "2025-6", "2025-13", "2025-00", "2025-06-32", "2025-06-00", "2025/06", "June 2025",
    "2025-06-15T00", "+2025", "2025-",
  ])
  func rejectsOtherText(_ text: String) {
    #expect(CalendarDate(text) == nil)
  }

  /// A month counts as its last day and a bare year as its December.
  @Test(arguments: [
    ("2025-06", "2026-12-31", false), ("2025-06", "2027-01-01", true),
    ("2025-06", "2026-12", false), ("2025-06", "2027-01", true),
    ("2025", "2027-06-30", false), ("2025", "2027-07-01", true),
    ("2025-06-15", "2026-12-15", false), ("2025-06-15", "2026-12-16", true),
    // August 31st plus 18 months is past the end of February: the whole of February is still within.
    ("2025-08-31", "2027-02-28", false), ("2025-08-31", "2027-03-01", true),
    ("2026-11", "2025-01-01", false),
  ])
  func agesLeniently(_ date: String, _ today: String, _ isOld: Bool) throws {
    let date = try #require(CalendarDate(date))
    let today = try #require(CalendarDate(today))
    #expect(date.isOlder(thanMonths: 18, on: today) == isOld)
  }

  @Test func warningsNameEachOldPriceWithItsPath() throws {
    let model = try #require(Fixtures.builtIn.costModel)
    let today = try #require(CalendarDate("2040-01-01"))
    let warnings = model.staleDateWarnings(on: today, file: "cost-model.json")
    #expect(warnings.count == model.prices.count)
    #expect(
      warnings.allSatisfy {
        $0.severity == .warning && $0.description.hasPrefix("cost-model.json: warning: $.prices")
      })
    #expect(
      warnings.map { $0.path?.description ?? "" }
        == model.prices.keys.sorted().map {
          "\(JSONPath.root.appending("prices").appending($0).appending("date"))"
        })
  }
}
