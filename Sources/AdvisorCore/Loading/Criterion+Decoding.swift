extension Criterion {
  /// Decodes and checks one criteria table against the known approach ids (unchecked when `nil`), gathering every problem.
  static func decode(
    _ root: JSONValue, file: String, approachIDs: [String]?,
    into collector: inout DiagnosticCollector
  ) -> Criterion? {
    let context = JSONDecodingContext(file: file)
    guard
      let object = collector.tableRoot(
        root, in: context,
        keys: [
          "id", "name", "question", "help", "weight", "core", "actionable", "fact", "levels",
          "infer", "unknown", "appliesWhen", "sources",
        ])
    else {
      return nil
    }
    let sources = Source.decodeList(
      object.value("sources"), path: JSONPath.root.appending("sources"), context: context,
      into: &collector)
    let header = collector.attempt { () throws(AdvisorError) in
      let id = try object.requiredString("id")
      try Identifier.check(
        id, value: object.value("id"), path: JSONPath.root.appending("id"), context: context)
      let weight = try context.number(
        object.required("weight", "a number of at least 0"), JSONPath.root.appending("weight"),
        in: 0...1_000_000)
      func flag(_ key: String, default value: Bool) throws(AdvisorError) -> Bool {
        guard let member = object.value(key) else { return value }
        guard case .bool(let flag) = member.kind else {
          throw context.failure(
            member, JSONPath.root.appending(key),
            "expected true or false, found \(member.kindDescription)")
        }
        return flag
      }
      return (
        isCore: try flag("core", default: true),
        isActionable: try flag("actionable", default: false), id: id,
        name: try object.requiredString("name"), question: try object.requiredString("question"),
        help: try object.requiredString("help"), weight: weight
      )
    }
    let fact = collector.attempt { () throws(AdvisorError) in
      try FactDefinition.decode(
        object.required("fact", "an object with key and type"),
        path: JSONPath.root.appending("fact"), context: context)
    }
    let levelList = collector.attempt { () throws(AdvisorError) in
      try context.array(
        object.required("levels", "an array of levels"), JSONPath.root.appending("levels"))
    }
    var levels: [Level] = []
    if let levelList, let fact {
      if levelList.isEmpty {
        collector.add(
          Diagnostic(
            file: file, location: object.value("levels")?.location,
            path: JSONPath.root.appending("levels"), message: "expected at least one level"))
      }
      let reader = LevelReader(
        context: context, approachIDs: approachIDs, sources: sources, fact: fact)
      for (index, element) in levelList.enumerated() {
        let path = JSONPath.root.appending("levels").appending(index: index)
        guard
          let level = reader.decode(
            element, path: path, isLast: index == levelList.count - 1, into: &collector)
        else { continue }
        if levels.contains(where: { $0.id == level.id }) {
          collector.add(
            Diagnostic(
              file: file, location: element.member("id")?.location, path: path.appending("id"),
              message: "duplicate level id \"\(level.id)\""))
        }
        if let bound = level.upTo, let previous = levels.last?.upTo, bound <= previous {
          collector.add(
            Diagnostic(
              file: file, location: element.member("upTo")?.location, path: path.appending("upTo"),
              message:
                "expected bounds in ascending order: \(JSONWriter.format(bound)) is not above the previous level's \(JSONWriter.format(previous))"
            ))
        }
        levels.append(level)
      }
    }
    let inferences = decodeInferences(
      object.value("infer"), context: context, levels: levels, into: &collector)
    let reader = LevelReader(
      context: context, approachIDs: approachIDs, sources: sources,
      fact: fact ?? FactDefinition(key: "", kind: .choice))
    let unknown = collector.attempt { () throws(AdvisorError) in
      try object.value("unknown").map { value throws(AdvisorError) in
        try decodeUnknown(value, levels: levels, reader: reader)
      }
    }
    let relevance = collector.attempt { () throws(AdvisorError) -> Relevance? in
      guard let value = object.value("appliesWhen") else { return nil }
      let path = JSONPath.root.appending("appliesWhen")
      let rule = try context.object(value, path)
      try rule.rejectUnknownKeys(["when", "reason"])
      let conditions = try context.conditions(
        rule.required("when", "an object of fact keys to lists of level ids"),
        path.appending("when"))
      return Relevance(
        conditions: conditions, reason: try rule.requiredString("reason"), location: value.location)
    }
    guard let header, let fact else { return nil }
    return Criterion(
      id: header.id, name: header.name, question: header.question, help: header.help,
      weight: header.weight,
      fact: fact, levels: levels, inferences: inferences, sources: sources, isCore: header.isCore,
      isActionable: header.isActionable,
      unknown: unknown ?? nil,
      relevance: relevance ?? nil)
  }

  /// `{"prior": {level: probability}, "note": …, "source": …}`: probabilities of known levels that add up to 1.
  private static func decodeUnknown(_ value: JSONValue, levels: [Level], reader: LevelReader)
    throws(AdvisorError) -> UnknownReading
  {
    let context = reader.context
    let path = JSONPath.root.appending("unknown")
    let object = try context.object(value, path)
    try object.rejectUnknownKeys(["prior", "note", "source"])
    let priorValue = try object.required(
      "prior", "an object of level ids to probabilities that add up to 1")
    let priorObject = try context.object(priorValue, path.appending("prior"))
    var prior: [String: Double] = [:]
    for member in priorObject.members {
      let memberPath = path.appending("prior").appending(member.key)
      if !levels.isEmpty, !levels.contains(where: { $0.id == member.key }) {
        throw context.failure(
          member.value, memberPath, LevelReader.unknownLevelMessage(member.key, levels.map(\.id)))
      }
      prior[member.key] = try context.number(member.value, memberPath, in: 0...1)
    }
    let total = prior.values.reduce(0, +)
    if abs(total - 1) > 0.001 {
      throw context.failure(
        priorValue, path.appending("prior"),
        "expected probabilities that add up to 1, found \(JSONWriter.format(total))")
    }
    let source = try object.optionalString("source")
    try reader.checkSource(source, value: object.value("source"), path: path.appending("source"))
    return UnknownReading(prior: prior, note: try object.optionalString("note"), source: source)
  }

  private static func decodeInferences(
    _ value: JSONValue?, context: JSONDecodingContext, levels: [Level],
    into collector: inout DiagnosticCollector
  ) -> [Inference] {
    guard let value else { return [] }
    let path = JSONPath.root.appending("infer")
    guard
      let list = collector.attempt({ () throws(AdvisorError) in try context.array(value, path) })
    else { return [] }
    var rules: [Inference] = []
    for (index, element) in list.enumerated() {
      let rulePath = path.appending(index: index)
      let rule = collector.attempt { () throws(AdvisorError) -> Inference in
        let object = try context.object(element, rulePath)
        try object.rejectUnknownKeys(["level", "when", "reason"])
        let level = try object.requiredString("level")
        if !levels.isEmpty, !levels.contains(where: { $0.id == level }) {
          throw context.failure(
            object.value("level"), rulePath.appending("level"),
            LevelReader.unknownLevelMessage(level, levels.map(\.id)))
        }
        let conditions = try context.conditions(
          object.required("when", "an object of fact keys to lists of level ids"),
          rulePath.appending("when"))
        return Inference(
          level: level, conditions: conditions, reason: try object.requiredString("reason"),
          location: element.location)
      }
      if let rule { rules.append(rule) }
    }
    return rules
  }
}

extension FactDefinition {
  static func decode(_ value: JSONValue, path: JSONPath, context: JSONDecodingContext)
    throws(AdvisorError) -> FactDefinition
  {
    let object = try context.object(value, path)
    try object.rejectUnknownKeys(["key", "type", "unit"])
    let key = try object.requiredString("key")
    try Identifier.check(
      key, value: object.value("key"), path: path.appending("key"), context: context)
    let typeName = try object.requiredString("type")
    guard let kind = Kind(rawValue: typeName) else {
      throw context.failure(
        object.value("type"), path.appending("type"),
        "expected \"number\" or \"choice\", found \"\(typeName)\"")
    }
    return FactDefinition(key: key, kind: kind, unit: try object.optionalString("unit"))
  }
}
