import AdvisorCore
import Foundation
import Testing

/// `criteria validate` warns of cost-model prices dated more than 18 months before the clock's today.
@Suite struct StalePriceWarningTests {
  /// 2026-12-15T00:00:00Z, the fixed today of these tests.
  static let today = ["SOURCE_DATE_EPOCH": "1797292800"]

  /// The shipped tables with every price dated 2026-06 (six months old), except the ones given.
  static func dated(_ dates: [String: String]) throws -> String {
    try TableCopy.edited(CostModel.fileName) { model in
      var prices = model["prices"] as? [String: Any] ?? [:]
      for (id, value) in prices {
        var price = value as? [String: Any] ?? [:]
        price["date"] = dates[id] ?? "2026-06"
        prices[id] = price
      }
      model["prices"] = prices
    }
  }

  static func priceIDs() throws -> [String] {
    try ((TableCopy.object(CostModel.fileName)["prices"] as? [String: Any]) ?? [:]).keys.sorted()
  }

  @Test func aStalePriceWarnsAndAFreshOneDoesNot() throws {
    let ids = try Self.priceIDs()
    try #require(ids.count >= 3)
    let (stale, boundary, bareYear) = (ids[0], ids[1], ids[2])
    // 2025-05 is 19 months before 2026-12-15; 2025-06 counts as June 30th, exactly 18 months before
    // December 30th; a bare 2025 counts as December 2025.
    let directory = try Self.dated([stale: "2025-05", boundary: "2025-06", bareYear: "2025"])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let run = Run(["criteria", "validate", directory], environment: Self.today)
    #expect(run.status == 0)
    #expect(run.output.hasPrefix("\(directory): valid: "))
    let file = directory + "/" + CostModel.fileName
    let position = try #require(try TableCopy.position(of: "\"2025-05\"", in: file))
    let path = JSONPath.root.appending("prices").appending(stale).appending("date")
    #expect(
      run.error
        == "\(file):\(position.line):\(position.column): warning: \(path): dated 2025-05, older than 18 months on 2026-12-15\n"
    )
  }

  @Test func theWarningFollowsTheClock() throws {
    let ids = try Self.priceIDs()
    let directory = try Self.dated([ids[0]: "2025-06"])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    // The same table on 2026-12-31 (still 18 months) and 2027-01-01 (19).
    #expect(
      Run(["criteria", "validate", directory], environment: ["SOURCE_DATE_EPOCH": "1798675200"])
        .error.isEmpty)
    let later = Run(
      ["criteria", "validate", directory], environment: ["SOURCE_DATE_EPOCH": "1798761600"])
    #expect(later.status == 0)
    #expect(later.error.hasSuffix(": dated 2025-06, older than 18 months on 2027-01-01\n"))
    #expect(later.error.split(separator: "\n").count == 1)
  }

  @Test func anUnreadableDateWarnsThatItsAgeIsUnknown() throws {
    let ids = try Self.priceIDs()
    let directory = try Self.dated([ids[0]: "mid-2025"])
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let run = Run(["criteria", "validate", directory], environment: Self.today)
    #expect(run.status == 0)
    #expect(
      run.error.hasSuffix(
        ": warning: \(JSONPath.root.appending("prices").appending(ids[0]).appending("date")): date \"mid-2025\" is not YYYY, YYYY-MM or YYYY-MM-DD, so its age cannot be checked\n"
      ))
  }

  @Test func aPriceWithoutADateIsAnError() throws {
    let ids = try Self.priceIDs()
    let directory = try TableCopy.edited(CostModel.fileName) { model in
      var prices = model["prices"] as? [String: Any] ?? [:]
      var price = prices[ids[0]] as? [String: Any] ?? [:]
      price["date"] = nil
      prices[ids[0]] = price
      model["prices"] = prices
    }
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let run = Run(["criteria", "validate", directory], environment: Self.today)
    #expect(run.status == 65)
    #expect(
      run.error.contains(
        ": error: \(JSONPath.root.appending("prices").appending(ids[0])): missing required key \"date\""
      ))
  }

  /// The built-in tables: far in the future every price is old, in the past none is, and each warning names
  /// the built-in model.
  @Test func theBuiltInPricesAgeWithTheClock() throws {
    let model = try #require(try CriteriaLoader().loadBuiltIn().costModel)
    // 2040-01-01
    let future = Run(["criteria", "validate"], environment: ["SOURCE_DATE_EPOCH": "2208988800"])
    #expect(future.status == 0)
    let lines = future.error.split(separator: "\n")
    #expect(lines.count == model.prices.count)
    #expect(
      lines.allSatisfy {
        $0.hasPrefix("built-in/cost-model.json: warning: $.prices") && $0.hasSuffix("on 2040-01-01")
      })
    // Before any price's date, nothing is old.
    let past = Run(["criteria", "validate"], environment: ["SOURCE_DATE_EPOCH": "0"])
    #expect(past.status == 0)
    #expect(past.error.isEmpty)
  }
}
