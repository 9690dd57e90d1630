import AdvisorCore

/// The text of `advisor criteria list`.
struct CriteriaListing {
  let criteria: CriteriaSet

  func text() -> String {
    var out: [String] = []
    out.append("Criteria: \(criteria.origin) (\(criteria.criteria.count) criteria)")
    out.append("Approaches: " + criteria.approaches.map { "\($0.id) (\($0.name))" }.joined(separator: ", "))
    for criterion in criteria.criteria.sorted(by: { ($0.weight, $1.id) > ($1.weight, $0.id) }) {
      out.append("")
      out.append("\(criterion.id) — \(criterion.name), weight \(Format.fit(criterion.weight))")
      out += TextStyle.wrap(criterion.question, width: 80, indent: "  ", firstIndent: "  ")
      let type = criterion.fact.kind == .number ? "number" + (criterion.fact.unit.map { ", \($0)" } ?? "") : "choice"
      out.append("  fact: \(criterion.fact.key) (\(type))")
      let levels = criterion.fact.kind == .number ? criterion.levelRanges : criterion.levels.map(\.id).joined(separator: ", ")
      out += TextStyle.wrap("levels: " + levels, width: 80, indent: "    ", firstIndent: "  ")
      if !criterion.inferences.isEmpty {
        out.append("  inferred when not given: " + criterion.inferences.map(\.level).joined(separator: ", "))
      }
    }
    if let model = criteria.costModel, !model.facts.isEmpty {
      out.append("")
      out.append("Cost facts (the cost model's prices and sources: advisor criteria costs)")
      for fact in model.facts {
        let unit = fact.kind == .number ? fact.unit.map { " \($0)" } ?? "" : ""
        out.append("  \(fact.key): default \(CriteriaCostsListing.value(fact.defaultValue))\(unit)")
        out += TextStyle.wrap(fact.question, width: 80, indent: "    ")
      }
    }
    return out.joined(separator: "\n") + "\n"
  }
}
