extension PrecedentMatch {
  /// One line for a reader: who chose what and when, whether it was kept, how alike, what both state alike
  /// and where they differ.
  public func summary(criteria: CriteriaSet, spec: ProjectSpec) -> String {
    let entry = precedent
    let choice = criteria.approach(id: entry.choice)?.name ?? entry.choice
    let kept = entry.kept.map { $0 ? ", kept" : ", later dropped" } ?? ""
    var text =
      "\(entry.organisation): \(entry.name) (\(entry.date)) chose \(choice)\(kept); \(Format.percent(similarity)) alike."
    let shown = shared.compactMap { key -> String? in
      let unit = criteria.criteria.first { $0.fact.key == key }?.fact.unit
      return spec.value(of: key).map { "\(key) \($0.display(unit: unit))" }
    }
    if !shown.isEmpty { text += " Shares " + shown.joined(separator: ", ") + "." }
    if !differences.isEmpty {
      text +=
        " Differs on "
        + differences.map { "\($0.key) (\($0.project) here, \($0.precedent) there)" }.joined(
          separator: ", ") + "."
    }
    return text
  }
}

extension Precedent {
  /// The members every JSON view of a precedent shares: who, what, when, the choice and why.
  var summaryMembers: [(String, JSONValue)] {
    [
      ("id", .string(id)), ("name", .string(name)), ("organisation", .string(organisation)),
      ("date", .string(date)),
      ("choice", .string(choice)), ("kept", kept.map { .bool($0) } ?? .null), ("why", .string(why)),
    ]
  }
}
