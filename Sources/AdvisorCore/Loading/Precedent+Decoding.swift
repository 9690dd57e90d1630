extension Precedent {
  /// The file the loader reads the library of published decisions from, beside the criteria tables.
  public static let fileName = "precedents.json"

  /// Decodes and checks `precedents.json` against tables already decoded, gathering every problem: each entry's
  /// facts are checked as a spec's are, its choice is an approach, its date readable, its source an address,
  /// and every fact has its evidence.
  static func decodeLibrary(
    _ root: JSONValue, file: String, criteria: CriteriaSet,
    into collector: inout DiagnosticCollector
  ) -> [Precedent] {
    let context = JSONDecodingContext(file: file)
    guard let object = collector.tableRoot(root, in: context, keys: ["precedents"]) else {
      return []
    }
    let listPath = JSONPath.root.appending("precedents")
    guard
      let list = collector.attempt({ () throws(AdvisorError) in
        try context.array(
          object.required("precedents", "an array of published decisions"), listPath)
      })
    else { return [] }
    var precedents: [Precedent] = []
    for (index, element) in list.enumerated() {
      let path = listPath.appending(index: index)
      guard
        let precedent = decode(
          element, path: path, context: context, criteria: criteria, into: &collector)
      else { continue }
      if precedents.contains(where: { $0.id == precedent.id }) {
        collector.add(
          Diagnostic(
            file: file, location: element.location, path: path.appending("id"),
            message: "duplicate precedent id \"\(precedent.id)\""))
        continue
      }
      precedents.append(precedent)
    }
    return precedents
  }

  private static func decode(
    _ value: JSONValue, path: JSONPath, context: JSONDecodingContext, criteria: CriteriaSet,
    into collector: inout DiagnosticCollector
  ) -> Precedent? {
    guard
      let object = collector.attempt({ () throws(AdvisorError) in try context.object(value, path) })
    else { return nil }
    let before = collector.diagnostics.count
    _ = collector.attempt { () throws(AdvisorError) in
      try object.rejectUnknownKeys([
        "id", "name", "organisation", "date", "choice", "kept", "why", "source", "facts",
        "evidence", "note",
      ])
    }
    func string(_ key: String) -> String? {
      collector.attempt { () throws(AdvisorError) in try object.requiredString(key) }
    }
    let id = string("id")
    let name = string("name")
    let organisation = string("organisation")
    let why = string("why")
    let note =
      collector.attempt { () throws(AdvisorError) in try object.optionalString("note") } ?? nil
    let date = string("date")
    if let date, CalendarDate(date) == nil {
      collector.add(
        Diagnostic(
          file: context.file, location: object.value("date")?.location,
          path: path.appending("date"),
          message: "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"\(date)\""))
    }
    let choice = string("choice")
    if let choice, criteria.approach(id: choice) == nil {
      var message = "unknown approach \"\(choice)\""
      message += Suggestion.hint(choice, in: criteria.approaches.map(\.id))
      collector.add(
        Diagnostic(
          file: context.file, location: object.value("choice")?.location,
          path: path.appending("choice"),
          message: message + "; expected one of: "
            + criteria.approaches.map(\.id).joined(separator: ", ")))
    }
    var kept: Bool?
    switch object.value("kept")?.kind {
    case .bool(let value)?: kept = value
    case .null?, nil: kept = nil
    default:
      collector.add(
        Diagnostic(
          file: context.file, location: object.value("kept")?.location,
          path: path.appending("kept"),
          message: "expected true, false or null (the write-up does not say)"))
    }
    let source = collector.attempt { () throws(AdvisorError) -> Source in
      let sourcePath = path.appending("source")
      let reader = try context.object(
        object.required("source", "the write-up's title and url"), sourcePath)
      try reader.rejectUnknownKeys(["title", "url"])
      let url = try reader.requiredString("url")
      guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
        throw context.failure(
          reader.value("url"), sourcePath.appending("url"),
          "expected an http(s) address, found \"\(url)\"")
      }
      return Source(id: id ?? "", title: try reader.requiredString("title"), url: url)
    }
    let facts =
      collector.attempt { () throws(AdvisorError) in
        try object.required("facts", "the facts the write-up states")
      }.map {
        ProjectSpec.decodeFacts(
          $0, at: path.appending("facts"), context: context, criteria: criteria, into: &collector)
      } ?? []
    if facts.isEmpty, object.value("facts") != nil {
      collector.add(
        Diagnostic(
          file: context.file, location: object.value("facts")?.location,
          path: path.appending("facts"), message: "expected at least one fact"))
    }
    var evidence: [String: String] = [:]
    if let value = object.value("evidence"),
      let reader = collector.attempt({ () throws(AdvisorError) in
        try context.object(value, path.appending("evidence"))
      })
    {
      for member in reader.members {
        if let text = collector.attempt({ () throws(AdvisorError) in
          try context.string(member.value, path.appending("evidence").appending(member.key))
        }) {
          evidence[member.key] = text
        }
      }
    }
    for fact in facts where evidence[fact.key] == nil {
      collector.add(
        Diagnostic(
          file: context.file, location: fact.location,
          path: path.appending("evidence").appending(fact.key),
          message: "no evidence for fact \"\(fact.key)\": say what in the write-up states it"))
    }
    guard collector.diagnostics.count == before, let id, let name, let organisation, let date,
      let choice, let why, let source
    else { return nil }
    return Precedent(
      id: id, name: name, organisation: organisation, date: date, choice: choice, kept: kept,
      why: why, source: source, facts: facts,
      evidence: evidence, note: note)
  }
}
