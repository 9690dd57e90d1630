import AdvisorCore

/// The document of `advisor criteria list`: every criterion by weight with its question, fact and levels, then the
/// cost model's facts.
struct CriteriaListing {
  let criteria: CriteriaSet

  func document() -> Document {
    var sections = criteria.criteria.sorted(by: { ($0.weight, $1.id) > ($1.weight, $0.id) }).map {
      criterion in
      let type =
        criterion.fact.kind == .number
        ? "number" + (criterion.fact.unit.map { ", \($0)" } ?? "") : "choice"
      let levels =
        criterion.fact.kind == .number
        ? criterion.levelRanges : criterion.levels.map(\.id).joined(separator: ", ")
      var items = [
        Document.Item("\(criterion.fact.key) (\(type))", label: "fact"),
        Document.Item(levels, label: "levels"),
      ]
      if !criterion.inferences.isEmpty {
        items.append(
          Document.Item(
            criterion.inferences.map(\.level).joined(separator: ", "),
            label: "inferred when not given"))
      }
      return Document.Section(
        id: criterion.id,
        heading: "\(criterion.id) — \(criterion.name), weight \(Format.fit(criterion.weight))",
        blocks: [.text(criterion.question), .items(items)])
    }
    if let model = criteria.costModel, !model.facts.isEmpty {
      let items = model.facts.map { fact in
        let unit = fact.kind == .number ? fact.unit.map { " \($0)" } ?? "" : ""
        return Document.Item(
          "default \(CriteriaCostsListing.value(fact.defaultValue))\(unit). \(fact.question)",
          label: fact.key)
      }
      sections.append(
        Document.Section(
          id: "cost-facts",
          heading: "Cost facts (the cost model's prices and sources: advisor criteria costs)",
          blocks: [.items(items)]))
    }
    return Document(
      title: "Criteria: \(criteria.origin) (\(criteria.criteria.count) criteria)",
      lead: [
        .text(
          "Approaches: "
            + criteria.approaches.map { "\($0.id) (\($0.name))" }.joined(separator: ", "))
      ], sections: sections)
  }
}
