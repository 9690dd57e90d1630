extension Profiles {
  /// Decodes `profiles.json`, gathering every problem into `collector`.
  static func decode(_ root: JSONValue, file: String, into collector: inout DiagnosticCollector)
    -> Profiles?
  {
    let context = JSONDecodingContext(file: file)
    guard let object = collector.tableRoot(root, in: context, keys: ["approaches", "sources"])
    else {
      return nil
    }
    let sources = Source.decodeList(
      object.value("sources"), path: JSONPath.root.appending("sources"), context: context,
      into: &collector)
    guard
      let list = collector.attempt({ () throws(AdvisorError) in
        try context.array(
          object.required("approaches", "an array of approaches"),
          JSONPath.root.appending("approaches"))
      })
    else { return nil }
    if list.isEmpty {
      collector.add(
        Diagnostic(
          file: file, location: object.value("approaches")?.location,
          path: JSONPath.root.appending("approaches"),
          message: "expected at least one approach"))
    }
    var approaches: [Approach] = []
    for (index, element) in list.enumerated() {
      let path = JSONPath.root.appending("approaches").appending(index: index)
      guard
        let approach = collector.attempt({ () throws(AdvisorError) in
          try Approach.decode(element, path: path, context: context)
        })
      else {
        continue
      }
      if approaches.contains(where: { $0.id == approach.id }) {
        collector.add(
          Diagnostic(
            file: file, location: element.member("id")?.location, path: path.appending("id"),
            message: "duplicate approach id \"\(approach.id)\""))
      }
      for (stepIndex, step) in approach.nextSteps.enumerated() {
        if let source = step.source, !sources.contains(where: { $0.id == source }) {
          var location = element.location
          if case .array(let steps)? = element.member("nextSteps")?.kind, stepIndex < steps.count {
            location = steps[stepIndex].member("source")?.location ?? location
          }
          collector.add(
            Diagnostic(
              file: file, location: location,
              path: path.appending("nextSteps").appending(index: stepIndex).appending("source"),
              message: "unknown source \"\(source)\"; expected an id from $.sources"))
        }
      }
      approaches.append(approach)
    }
    return Profiles(approaches: approaches, sources: sources)
  }
}

extension Approach {
  static func decode(_ value: JSONValue, path: JSONPath, context: JSONDecodingContext)
    throws(AdvisorError) -> Approach
  {
    let object = try context.object(value, path)
    try object.rejectUnknownKeys(["id", "name", "shortName", "summary", "nextSteps"])
    let id = try object.requiredString("id")
    try Identifier.check(
      id, value: object.value("id"), path: path.appending("id"), context: context)
    var steps: [NextStep] = []
    if let list = object.value("nextSteps") {
      for (index, element) in try context.array(list, path.appending("nextSteps")).enumerated() {
        let stepPath = path.appending("nextSteps").appending(index: index)
        let step = try context.object(element, stepPath)
        try step.rejectUnknownKeys(["text", "source"])
        steps.append(
          NextStep(text: try step.requiredString("text"), source: try step.optionalString("source"))
        )
      }
    }
    let shortName = try object.optionalString("shortName")
    if let shortName, shortName.count > 9 {
      throw context.failure(
        object.value("shortName"), path.appending("shortName"),
        "expected at most 9 characters for a table header, found \(shortName.count)")
    }
    return Approach(
      id: id, name: try object.requiredString("name"), shortName: shortName,
      summary: try object.requiredString("summary"), nextSteps: steps)
  }
}

extension Source {
  /// Decodes an optional `sources` array, gathering problems.
  static func decodeList(
    _ value: JSONValue?, path: JSONPath, context: JSONDecodingContext,
    into collector: inout DiagnosticCollector
  ) -> [Source] {
    guard let value else { return [] }
    guard
      let list = collector.attempt({ () throws(AdvisorError) in try context.array(value, path) })
    else { return [] }
    var sources: [Source] = []
    for (index, element) in list.enumerated() {
      let elementPath = path.appending(index: index)
      let source = collector.attempt { () throws(AdvisorError) -> Source in
        let object = try context.object(element, elementPath)
        try object.rejectUnknownKeys(["id", "title", "url"])
        return Source(
          id: try object.requiredString("id"), title: try object.requiredString("title"),
          url: try object.optionalString("url"))
      }
      guard let source else { continue }
      if sources.contains(where: { $0.id == source.id }) {
        collector.add(
          Diagnostic(
            file: context.file, location: element.location, path: elementPath.appending("id"),
            message: "duplicate source id \"\(source.id)\""))
      }
      sources.append(source)
    }
    return sources
  }
}

/// The rule for ids of approaches, criteria and levels: lowercase letters, digits and underscores.
enum Identifier {
  static func isValid(_ id: String) -> Bool {
    guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
    return id.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
    }
  }

  static func check(_ id: String, value: JSONValue?, path: JSONPath, context: JSONDecodingContext)
    throws(AdvisorError)
  {
    guard isValid(id) else {
      throw context.failure(
        value, path,
        "expected an id of lowercase letters, digits and underscores starting with a letter, found \"\(id)\""
      )
    }
  }
}
