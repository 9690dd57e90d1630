extension Criterion {
  /// Decodes and checks one criteria table against the known approach ids (unchecked when `nil`), gathering every problem.
  static func decode(_ root: JSONValue, file: String, approachIDs: [String]?, into collector: inout DiagnosticCollector) -> Criterion? {
    let context = JSONDecodingContext(file: file)
    guard let object = collector.attempt({ () throws(AdvisorError) in try context.object(root, .root) }) else { return nil }
    _ = collector.attempt { () throws(AdvisorError) in
      try object.rejectUnknownKeys(["$schema", "id", "name", "question", "help", "weight", "core", "fact", "levels", "infer", "sources"])
    }
    let sources = Source.decodeList(object.value("sources"), path: JSONPath.root.appending("sources"), context: context, into: &collector)
    let header = collector.attempt { () throws(AdvisorError) in
      let id = try object.requiredString("id")
      try Identifier.check(id, value: object.value("id"), path: JSONPath.root.appending("id"), context: context)
      let weight = try context.number(object.required("weight", "a number of at least 0"), JSONPath.root.appending("weight"), in: 0...1_000_000)
      var isCore = true
      if let value = object.value("core") {
        guard case .bool(let flag) = value.kind else {
          throw context.failure(value, JSONPath.root.appending("core"), "expected true or false, found \(value.kindDescription)")
        }
        isCore = flag
      }
      return (
        isCore: isCore, id: id, name: try object.requiredString("name"), question: try object.requiredString("question"),
        help: try object.requiredString("help"), weight: weight
      )
    }
    let fact = collector.attempt { () throws(AdvisorError) in
      try FactDefinition.decode(object.required("fact", "an object with key and type"), path: JSONPath.root.appending("fact"), context: context)
    }
    let levelList = collector.attempt { () throws(AdvisorError) in
      try context.array(object.required("levels", "an array of levels"), JSONPath.root.appending("levels"))
    }
    var levels: [Level] = []
    if let levelList, let fact {
      if levelList.isEmpty {
        collector.add(
          Diagnostic(
            file: file, location: object.value("levels")?.location, path: JSONPath.root.appending("levels"), message: "expected at least one level"))
      }
      let reader = LevelReader(context: context, approachIDs: approachIDs, sources: sources, fact: fact)
      for (index, element) in levelList.enumerated() {
        let path = JSONPath.root.appending("levels").appending(index: index)
        guard let level = reader.decode(element, path: path, isLast: index == levelList.count - 1, into: &collector) else { continue }
        if levels.contains(where: { $0.id == level.id }) {
          collector.add(
            Diagnostic(
              file: file, location: element.member("id")?.location, path: path.appending("id"), message: "duplicate level id \"\(level.id)\""))
        }
        if let bound = level.upTo, let previous = levels.last?.upTo, bound <= previous {
          collector.add(
            Diagnostic(
              file: file, location: element.member("upTo")?.location, path: path.appending("upTo"),
              message:
                "expected bounds in ascending order: \(JSONWriter.format(bound)) is not above the previous level's \(JSONWriter.format(previous))"))
        }
        levels.append(level)
      }
    }
    let inferences = decodeInferences(object.value("infer"), context: context, levels: levels, into: &collector)
    guard let header, let fact else { return nil }
    return Criterion(
      id: header.id, name: header.name, question: header.question, help: header.help, weight: header.weight,
      fact: fact, levels: levels, inferences: inferences, sources: sources, isCore: header.isCore)
  }

  private static func decodeInferences(
    _ value: JSONValue?, context: JSONDecodingContext, levels: [Level], into collector: inout DiagnosticCollector
  ) -> [Inference] {
    guard let value else { return [] }
    let path = JSONPath.root.appending("infer")
    guard let list = collector.attempt({ () throws(AdvisorError) in try context.array(value, path) }) else { return [] }
    var rules: [Inference] = []
    for (index, element) in list.enumerated() {
      let rulePath = path.appending(index: index)
      let rule = collector.attempt { () throws(AdvisorError) -> Inference in
        let object = try context.object(element, rulePath)
        try object.rejectUnknownKeys(["level", "when", "reason"])
        let level = try object.requiredString("level")
        if !levels.isEmpty, !levels.contains(where: { $0.id == level }) {
          throw context.failure(object.value("level"), rulePath.appending("level"), LevelReader.unknownLevelMessage(level, levels.map(\.id)))
        }
        let when = try context.object(object.required("when", "an object of fact keys to lists of level ids"), rulePath.appending("when"))
        var conditions: [String: [String]] = [:]
        for member in when.members {
          conditions[member.key] = try context.stringArray(member.value, rulePath.appending("when").appending(member.key))
        }
        if conditions.isEmpty { throw context.failure(object.value("when"), rulePath.appending("when"), "expected at least one condition") }
        return Inference(level: level, conditions: conditions, reason: try object.requiredString("reason"), location: element.location)
      }
      if let rule { rules.append(rule) }
    }
    return rules
  }
}

extension FactDefinition {
  static func decode(_ value: JSONValue, path: JSONPath, context: JSONDecodingContext) throws(AdvisorError) -> FactDefinition {
    let object = try context.object(value, path)
    try object.rejectUnknownKeys(["key", "type", "unit"])
    let key = try object.requiredString("key")
    try Identifier.check(key, value: object.value("key"), path: path.appending("key"), context: context)
    let typeName = try object.requiredString("type")
    guard let kind = Kind(rawValue: typeName) else {
      throw context.failure(object.value("type"), path.appending("type"), "expected \"number\" or \"choice\", found \"\(typeName)\"")
    }
    return FactDefinition(key: key, kind: kind, unit: try object.optionalString("unit"))
  }
}
