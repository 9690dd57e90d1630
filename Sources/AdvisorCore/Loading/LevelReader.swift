/// Decodes one level of a criteria table and checks it against the approaches and sources.
struct LevelReader {
  let context: JSONDecodingContext
  /// The approaches every level must fit; `nil` when profiles.json did not load, so fits go unchecked.
  let approachIDs: [String]?
  let sources: [Source]
  let fact: FactDefinition

  static func unknownLevelMessage(_ level: String, _ known: [String]) -> String {
    var message = "unknown level \(Suggestion.quoted(level))"
    message += Suggestion.hint(level, in: known)
    return message + "; expected one of: " + known.joined(separator: ", ")
  }

  func decode(
    _ value: JSONValue, path: JSONPath, isLast: Bool, into collector: inout DiagnosticCollector
  ) -> Level? {
    guard
      let object = collector.attempt({ () throws(AdvisorError) in try context.object(value, path) })
    else { return nil }
    _ = collector.attempt { () throws(AdvisorError) in
      try object.rejectUnknownKeys(["id", "label", "upTo", "fit", "excludes", "settles"])
    }
    let header = collector.attempt { () throws(AdvisorError) in
      let id = try object.requiredString("id")
      try Identifier.check(
        id, value: object.value("id"), path: path.appending("id"), context: context)
      return (id: id, label: try object.requiredString("label"))
    }
    let upTo =
      collector.attempt { () throws(AdvisorError) in try bound(object, path: path, isLast: isLast) }
      ?? nil
    let fits = decodeFits(object, path: path, into: &collector)
    let excludes = decodeExclusions(object, path: path, into: &collector)
    let settles =
      collector.attempt { () throws(AdvisorError) in
        try settlement(object.value("settles"), path: path.appending("settles"))
      } ?? nil
    guard let header else { return nil }
    return Level(
      id: header.id, label: header.label, upTo: upTo, fits: fits, excludes: excludes,
      settles: settles)
  }

  private func bound(_ object: ObjectReader, path: JSONPath, isLast: Bool) throws(AdvisorError)
    -> Double?
  {
    let value = object.value("upTo")
    switch fact.kind {
    case .choice:
      if value != nil {
        throw context.failure(
          value, path.appending("upTo"),
          "a choice fact's levels take no upper bound; remove \"upTo\" or make the fact a number")
      }
      return nil
    case .number:
      guard let value else {
        if isLast { return nil }
        throw context.failure(
          nil, path,
          "missing required key \"upTo\" (the level's inclusive upper bound; only the last level has none)"
        )
      }
      if isLast {
        throw context.failure(
          value, path.appending("upTo"),
          "the last level takes no upper bound, so that every larger value has a level")
      }
      return try context.number(value, path.appending("upTo"))
    }
  }

  private func decodeFits(
    _ object: ObjectReader, path: JSONPath, into collector: inout DiagnosticCollector
  ) -> [String: Fit] {
    let fitPath = path.appending("fit")
    guard
      let fitObject = collector.attempt({ () throws(AdvisorError) in
        try context.object(
          object.required("fit", "an object with a fit for every approach"), fitPath)
      })
    else { return [:] }
    var fits: [String: Fit] = [:]
    for (member, memberPath) in approachMembers(fitObject, fitPath, into: &collector) {
      fits[member.key] = collector.attempt { () throws(AdvisorError) -> Fit in
        let fit = try context.object(member.value, memberPath)
        try fit.rejectUnknownKeys(["score", "reason", "source"])
        let score = try context.number(
          fit.required("score", "a number from 0 to 10"), memberPath.appending("score"), in: 0...10)
        let source = try fit.optionalString("source")
        try checkSource(source, value: fit.value("source"), path: memberPath.appending("source"))
        return Fit(score: score, reason: try fit.requiredString("reason"), source: source)
      }
    }
    Self.reportMissingApproaches(
      fitObject, fitPath, approachIDs: approachIDs, missing: "a fit",
      rule: "every level needs a fit for every approach", into: &collector)
    return fits
  }

  private func decodeExclusions(
    _ object: ObjectReader, path: JSONPath, into collector: inout DiagnosticCollector
  ) -> [String: Exclusion] {
    guard let value = object.value("excludes") else { return [:] }
    let excludesPath = path.appending("excludes")
    guard
      let excludes = collector.attempt({ () throws(AdvisorError) in
        try context.object(value, excludesPath)
      })
    else { return [:] }
    var result: [String: Exclusion] = [:]
    for (member, memberPath) in approachMembers(excludes, excludesPath, into: &collector) {
      result[member.key] = collector.attempt { () throws(AdvisorError) -> Exclusion in
        let exclusion = try context.object(member.value, memberPath)
        try exclusion.rejectUnknownKeys(["reason", "source", "unless", "remedy"])
        let source = try exclusion.optionalString("source")
        try checkSource(
          source, value: exclusion.value("source"), path: memberPath.appending("source"))
        let unless = try exclusion.value("unless").map { value throws(AdvisorError) in
          try context.conditions(value, memberPath.appending("unless"))
        }
        return Exclusion(
          reason: try exclusion.requiredString("reason"), source: source, unless: unless ?? [:],
          remedy: try exclusion.optionalString("remedy"),
          location: member.value.location)
      }
    }
    return result
  }

  private func settlement(_ value: JSONValue?, path: JSONPath) throws(AdvisorError) -> Settlement? {
    guard let value else { return nil }
    let object = try context.object(value, path)
    try object.rejectUnknownKeys(["approach", "reason", "source"])
    let approach = try object.requiredString("approach")
    if let approachIDs, !approachIDs.contains(approach) {
      throw context.failure(
        object.value("approach"), path.appending("approach"), unknownApproachMessage(approach))
    }
    let source = try object.optionalString("source")
    try checkSource(source, value: object.value("source"), path: path.appending("source"))
    return Settlement(
      approach: approach, reason: try object.requiredString("reason"), source: source)
  }

  func checkSource(_ source: String?, value: JSONValue?, path: JSONPath) throws(AdvisorError) {
    guard let source, !sources.contains(where: { $0.id == source }) else { return }
    var message = "unknown source \"\(source)\""
    message += Suggestion.hint(source, in: sources.map(\.id))
    throw context.failure(value, path, message + "; every cited source must be listed in $.sources")
  }

  /// The members of an object keyed by approach id, each with its path; a key that names no approach is
  /// reported and left out.
  private func approachMembers(
    _ object: ObjectReader, _ path: JSONPath, into collector: inout DiagnosticCollector
  ) -> [(member: JSONMember, path: JSONPath)] {
    Self.approachMembers(object, path, approachIDs: approachIDs, into: &collector)
  }

  /// The members of an object keyed by approach id, each with its path; a key not among `approachIDs` is
  /// reported and left out (every key is kept when `approachIDs` is `nil`: profiles.json did not load).
  static func approachMembers(
    _ object: ObjectReader, _ path: JSONPath, approachIDs: [String]?,
    into collector: inout DiagnosticCollector
  ) -> [(member: JSONMember, path: JSONPath)] {
    object.members.compactMap { member in
      let memberPath = path.appending(member.key)
      if let approachIDs, !approachIDs.contains(member.key) {
        collector.add(
          Diagnostic(
            file: object.context.file, location: member.keyLocation, path: memberPath,
            message: unknownApproachMessage(member.key, known: approachIDs)))
        return nil
      }
      return (member, memberPath)
    }
  }

  /// Reports each of `approachIDs` that is not a key of `object`: "missing `missing` for approach "x"; `rule`".
  static func reportMissingApproaches(
    _ object: ObjectReader, _ path: JSONPath, approachIDs: [String]?, missing: String, rule: String,
    into collector: inout DiagnosticCollector
  ) {
    for approach in approachIDs ?? [] where object.value(approach) == nil {
      collector.add(
        Diagnostic(
          file: object.context.file, location: object.location, path: path,
          message: "missing \(missing) for approach \"\(approach)\"; \(rule)"))
    }
  }

  private func unknownApproachMessage(_ id: String) -> String {
    Self.unknownApproachMessage(id, known: approachIDs ?? [])
  }

  /// The error for an approach id that profiles.json does not define, with the nearest one it does.
  static func unknownApproachMessage(_ id: String, known: [String]) -> String {
    var message = "unknown approach \"\(id)\""
    message += Suggestion.hint(id, in: known)
    return message + "; \(CriteriaLoader.profilesFile) lists: " + known.joined(separator: ", ")
  }
}
