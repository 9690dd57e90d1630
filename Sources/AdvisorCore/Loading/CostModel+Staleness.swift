extension CostModel {
  /// How many months old a price's date may be before `criteria validate` warns about it.
  public static let freshnessMonths = 18

  /// A warning for every price dated more than `months` months before `today`, and for every date that is
  /// not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Dates are read leniently (a bare year is its December, a month
  /// its last day; see `CalendarDate.isOlder`). `root`, the parsed `cost-model.json` when there is one, gives
  /// each warning its line and column, and the warnings follow the file's order; without it, the ids' order.
  /// Warnings never make the model invalid.
  public func staleDateWarnings(
    on today: CalendarDate, file: String, root: JSONValue? = nil, months: Int = freshnessMonths
  ) -> [Diagnostic] {
    let warnings = prices.sorted { $0.key < $1.key }.compactMap { id, price -> Diagnostic? in
      let path = JSONPath.root.appending("prices").appending(id).appending("date")
      let location = root?.member("prices")?.member(id)?.member("date")?.location
      guard let date = CalendarDate(price.date) else {
        return Diagnostic(
          file: file, location: location, path: path,
          message:
            "date \"\(price.date)\" is not YYYY, YYYY-MM or YYYY-MM-DD, so its age cannot be checked",
          severity: .warning)
      }
      guard date.isOlder(thanMonths: months, on: today) else { return nil }
      return Diagnostic(
        file: file, location: location, path: path,
        message: "dated \(price.date), older than \(months) months on \(today)", severity: .warning)
    }
    // A stable sort: warnings without a position keep the ids' order.
    return warnings.enumerated().sorted {
      ($0.element.location?.line ?? .max, $0.element.location?.column ?? .max, $0.offset)
        < ($1.element.location?.line ?? .max, $1.element.location?.column ?? .max, $1.offset)
    }.map(\.element)
  }
}
