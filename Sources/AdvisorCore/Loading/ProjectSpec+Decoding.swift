extension ProjectSpec {
  /// Reads a version-1 spec and checks its facts and weights against the criteria tables.
  public static func load(_ input: InputFile, criteria: CriteriaSet) throws(AdvisorError)
    -> ProjectSpec
  {
    try decode(input.parseJSON(), file: input.name, criteria: criteria)
  }

  /// `load`, naming a spec without a `name` as `unnamed` says (a batch names it by file and line).
  static func load(_ input: InputFile, criteria: CriteriaSet, unnamed: String) throws(AdvisorError)
    -> ProjectSpec
  {
    try decode(input.parseJSON(), file: input.name, criteria: criteria, unnamed: unnamed)
  }

  /// Decodes a parsed spec, gathering every problem.
  public static func decode(_ root: JSONValue, file: String, criteria: CriteriaSet)
    throws(AdvisorError) -> ProjectSpec
  {
    try decode(root, file: file, criteria: criteria, unnamed: defaultName(for: file))
  }

  static func decode(_ root: JSONValue, file: String, criteria: CriteriaSet, unnamed: String)
    throws(AdvisorError) -> ProjectSpec
  {
    let context = JSONDecodingContext(file: file)
    let object = try context.object(root, .root)
    var collector = DiagnosticCollector()
    _ = collector.attempt { () throws(AdvisorError) in
      try object.rejectUnknownKeys([
        "$schema", "specVersion", "name", "description", "facts", "weights", "costs",
      ])
    }
    _ = collector.attempt { () throws(AdvisorError) in
      let version = try context.number(
        object.required("specVersion", "the spec format version, 1"),
        JSONPath.root.appending("specVersion"))
      guard version == Double(formatVersion) else {
        throw context.failure(
          object.value("specVersion"), JSONPath.root.appending("specVersion"),
          "unsupported spec version \(JSONWriter.format(version)); this advisor reads version \(formatVersion)"
        )
      }
    }
    let name =
      collector.attempt { () throws(AdvisorError) in try object.optionalString("name") } ?? nil
    let description =
      collector.attempt { () throws(AdvisorError) in try object.optionalString("description") }
      ?? nil
    let facts =
      object.value("facts").map {
        decodeFacts(
          $0, at: JSONPath.root.appending("facts"), context: context, criteria: criteria,
          into: &collector)
      }
      ?? []
    var weights: [String: Double] = [:]
    if let value = object.value("weights"),
      let weightObject = collector.attempt({ () throws(AdvisorError) in
        try context.object(value, JSONPath.root.appending("weights"))
      })
    {
      for member in weightObject.members {
        let path = JSONPath.root.appending("weights").appending(member.key)
        guard criteria.criterion(id: member.key) != nil else {
          var message = "unknown criterion \"\(member.key)\""
          message += Suggestion.hint(member.key, in: criteria.criteria.map(\.id))
          collector.add(
            Diagnostic(
              file: file, location: member.keyLocation, path: path,
              message: message + "; `advisor criteria list` shows the criteria"))
          continue
        }
        weights[member.key] = collector.attempt { () throws(AdvisorError) in
          try context.number(member.value, path, in: 0...1_000_000)
        }
      }
    }
    var costs: [String: Estimate] = [:]
    if let value = object.value("costs") {
      _ = collector.attempt { () throws(AdvisorError) in
        costs = try decodeCosts(value, context: context, model: criteria.costModel)
      }
    }
    try collector.check()
    return ProjectSpec(
      name: name ?? unnamed, description: description, facts: facts, weights: weights, file: file,
      costs: costs)
  }

  /// Decodes an object of facts at `path` (a spec's `facts`, a precedent's), gathering every problem.
  static func decodeFacts(
    _ value: JSONValue, at path: JSONPath, context: JSONDecodingContext, criteria: CriteriaSet,
    into collector: inout DiagnosticCollector
  ) -> [GivenFact] {
    guard
      let object = collector.attempt({ () throws(AdvisorError) in try context.object(value, path) })
    else { return [] }
    var facts: [GivenFact] = []
    for member in object.members {
      if let fact = collector.attempt({ () throws(AdvisorError) in
        try decodeFact(member, at: path, context: context, criteria: criteria)
      }) {
        facts.append(fact)
      }
    }
    return facts
  }

  private static func decodeFact(
    _ member: JSONMember, at base: JSONPath, context: JSONDecodingContext, criteria: CriteriaSet
  ) throws(AdvisorError)
    -> GivenFact
  {
    func path() -> JSONPath { base.appending(member.key) }
    guard let index = criteria.criteria.firstIndex(where: { $0.fact.key == member.key }) else {
      if let costFact = criteria.costModel?.fact(member.key) {
        return try decodeCostFact(member, costFact, at: base, context: context)
      }
      var message = "unknown fact \(Suggestion.quoted(member.key))"
      let known = criteria.criteria.map(\.fact.key) + (criteria.costModel?.facts.map(\.key) ?? [])
      message += Suggestion.hint(member.key, in: known)
      throw AdvisorError.invalid([
        Diagnostic(
          file: context.file, location: member.keyLocation, path: path(),
          message: message + "; `advisor criteria list` shows the facts")
      ])
    }
    // The common cases first, without copying the criterion: a level id of its table, a number in range.
    switch member.value.kind {
    case .string(let id) where criteria.criteria[index].levels.contains(where: { $0.id == id }):
      return GivenFact(key: member.key, value: .level(id), location: member.value.location)
    case .number(let number)
    where criteria.criteria[index].fact.kind == .number && number >= 0
      && number <= ProjectSpec.largestNumber:
      return GivenFact(key: member.key, value: .number(number), location: member.value.location)
    default: break
    }
    let criterion = criteria.criteria[index]
    let levelIDs = criterion.levels.map(\.id)
    switch (member.value.kind, criterion.fact.kind) {
    case (.number(let number), .number):
      guard number >= 0 else {
        throw context.failure(
          member.value, path(),
          "expected a number of at least 0 (\(criterion.fact.unit ?? "a count")), found \(JSONWriter.format(number))"
        )
      }
      guard number <= ProjectSpec.largestNumber else {
        throw context.failure(
          member.value, path(),
          "expected a number of at most 1e15 (\(criterion.fact.unit ?? "a count")), found \(JSONWriter.format(number))"
        )
      }
      return GivenFact(key: member.key, value: .number(number), location: member.value.location)
    case (.string(let id), _):
      guard levelIDs.contains(id) else {
        var message = "unknown value \"\(id)\""
        message += Suggestion.hint(id, in: levelIDs)
        let expectation =
          criterion.fact.kind == .number
          ? "a number (\(criterion.fact.unit ?? "count")) or one of" : "one of"
        throw context.failure(
          member.value, path(),
          message + "; expected \(expectation): " + levelIDs.joined(separator: ", "))
      }
      return GivenFact(key: member.key, value: .level(id), location: member.value.location)
    case (_, .number):
      throw context.failure(
        member.value, path(),
        "expected a number (\(criterion.fact.unit ?? "count")) or one of: \(levelIDs.joined(separator: ", ")); found \(member.value.kindDescription) \(member.value.excerpt())"
      )
    case (_, .choice):
      throw context.failure(
        member.value, path(),
        "expected one of: \(levelIDs.joined(separator: ", ")); found \(member.value.kindDescription) \(member.value.excerpt())"
      )
    }
  }

  private static func decodeCostFact(
    _ member: JSONMember, _ fact: CostFact, at base: JSONPath, context: JSONDecodingContext
  ) throws(AdvisorError)
    -> GivenFact
  {
    let path = base.appending(member.key)
    switch (fact.kind, member.value.kind) {
    case (.number, .number(let number)):
      let range = ProjectSpec.numberRange(for: member.key)
      let (minimum, maximum) = (range.lowerBound, range.upperBound)
      guard range.contains(number) else {
        throw context.failure(
          member.value, path,
          "expected a number from \(JSONWriter.format(minimum)) to \(Format.grouped(maximum)) (\(fact.unit ?? "count")), found \(JSONWriter.format(number))"
        )
      }
      return GivenFact(key: member.key, value: .number(number), location: member.value.location)
    case (.choice, .string(let id)) where fact.levels.contains(id):
      return GivenFact(key: member.key, value: .level(id), location: member.value.location)
    case (.choice, .string(let id)):
      // The same words as a criterion's unknown value, so every unknown name gets its suggestion.
      throw context.failure(
        member.value, path,
        "unknown value \"\(id)\"\(Suggestion.hint(id, in: fact.levels)); expected one of: \(fact.levels.joined(separator: ", "))"
      )
    case (.choice, _):
      throw context.failure(
        member.value, path,
        "expected one of: \(fact.levels.joined(separator: ", ")); found \(member.value.excerpt())")
    case (.number, _):
      throw context.failure(
        member.value, path,
        "expected a number (\(fact.unit ?? "count")), found \(member.value.kindDescription) \(member.value.excerpt())"
      )
    }
  }

  /// A `costs` object: price id → a number, or `{low, expected, high}`.
  private static func decodeCosts(
    _ value: JSONValue, context: JSONDecodingContext, model: CostModel?
  ) throws(AdvisorError) -> [String: Estimate] {
    let path = JSONPath.root.appending("costs")
    let object = try context.object(value, path)
    var costs: [String: Estimate] = [:]
    for member in object.members {
      let pricePath = path.appending(member.key)
      guard let model, model.prices[member.key] != nil else {
        var message = "unknown price \"\(member.key)\""
        message += Suggestion.hint(member.key, in: model.map { Array($0.prices.keys) } ?? [])
        throw AdvisorError.invalid([
          Diagnostic(
            file: context.file, location: member.keyLocation, path: pricePath,
            message: message
              + "; the price ids are the keys of \"prices\" in criteria/cost-model.json")
        ])
      }
      if case .number = member.value.kind {
        costs[member.key] = Estimate(try context.number(member.value, pricePath, in: 0...1e15))
        continue
      }
      let range = try context.object(member.value, pricePath)
      try range.rejectUnknownKeys(["low", "expected", "high"])
      let low = try context.number(
        range.required("low", "a number"), pricePath.appending("low"), in: 0...1e15)
      let expected = try context.number(
        range.required("expected", "a number"), pricePath.appending("expected"), in: 0...1e15)
      let high = try context.number(
        range.required("high", "a number"), pricePath.appending("high"), in: 0...1e15)
      guard low <= expected, expected <= high else {
        throw context.failure(member.value, pricePath, "expected low ≤ expected ≤ high")
      }
      costs[member.key] = Estimate(low: low, expected: expected, high: high)
    }
    return costs
  }

  /// The file's base name without `.json`, for specs that give no name.
  public static func defaultName(for file: String) -> String {
    var base = CriteriaLoader.baseName(file)
    if base.hasSuffix(".json") { base.removeLast(5) }
    return base.isEmpty || base == "<stdin>" ? "project" : base
  }
}
