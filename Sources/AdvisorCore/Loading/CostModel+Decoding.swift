extension CostModel {
  /// The file name the loader reads the cost model from, beside the criteria tables.
  public static let fileName = "cost-model.json"

  /// The id under which computed cost fits cite the cost model.
  public static let sourceID = "cost-model"

  /// The cost model as a citable source.
  public static let source = Source(
    id: sourceID,
    title:
      "The advisor's cost model (criteria/cost-model.json): the project's volumes priced with sourced figures; `advisor cost` shows the arithmetic"
  )

  /// The price tiers of hosted models, from the cheapest; each size class names the tier its open-weight models
  /// stand in for.
  public static let tiers = ["small", "mid", "frontier"]

  /// The price ids the calculator needs; a cost model must define each.
  static let requiredPrices: [String] = {
    var ids = [
      "tuned_price_multiplier", "tuned_deployment_month", "prompt_engineering", "few_shot_tokens",
      "rag_build", "vector_store_month",
      "retrieved_tokens", "embedding_per_million", "default_corpus_tokens",
      "corpus_change_share_month", "rerank_per_query", "evaluation_set",
      "human_review_month", "training_runs", "tokens_per_example", "epochs",
      "default_labeled_examples", "retrain_curation_share",
      "base_model_lifetime_months", "context_window_tokens", "context_usable_share",
      "long_context_threshold_tokens",
      "long_context_input_multiplier", "cached_input_share", "cache_write_multiplier",
      "cache_hit_share", "batch_discount", "gpu_hour",
      "gpu_memory_gb", "serving_bytes_per_parameter", "serving_memory_overhead",
      "input_token_weight",
    ]
    for tier in tiers { ids += ["generation_input.\(tier)", "generation_output.\(tier)"] }
    for size in ["small", "medium", "large"] {
      ids += [
        "fine_tuning_project.\(size)", "hosted_training_per_million.\(size)",
        "replica_tokens_per_second.\(size)",
      ]
      ids += ["full", "lora", "qlora"].map { "run.\($0).\(size)" }
    }
    return ids
  }()

  /// Decodes and checks `cost-model.json` against the criteria and the profiles' approach ids, gathering every
  /// problem.
  static func decode(
    _ root: JSONValue, file: String, criteria: [Criterion], approachIDs: [String]?,
    into collector: inout DiagnosticCollector
  ) -> CostModel? {
    let context = JSONDecodingContext(file: file)
    guard
      let object = collector.tableRoot(
        root, in: context,
        keys: [
          "criterion", "currency", "approaches", "facts", "sizeClasses", "retrainsPerMonth",
          "prices", "sources",
        ])
    else {
      return nil
    }
    let recipes = decodeRecipes(object, approachIDs: approachIDs, into: &collector)
    let sources = Source.decodeList(
      object.value("sources"), path: JSONPath.root.appending("sources"), context: context,
      into: &collector)
    return collector.attempt { () throws(AdvisorError) -> CostModel in
      let criterion = try object.requiredString("criterion")
      if !criteria.isEmpty, !criteria.contains(where: { $0.id == criterion }) {
        throw context.failure(
          object.value("criterion"), JSONPath.root.appending("criterion"),
          "unknown criterion \"\(criterion)\"")
      }
      var prices: [String: Price] = [:]
      let pricesPath = JSONPath.root.appending("prices")
      for member in try context.object(object.required("prices", "an object of prices"), pricesPath)
        .members
      {
        prices[member.key] = try decodePrice(
          member, path: pricesPath.appending(member.key), context: context, sources: sources)
      }
      for id in requiredPrices where prices[id] == nil {
        throw context.failure(object.value("prices"), pricesPath, "missing price \"\(id)\"")
      }
      var sizes: [(String, Double?)] = []
      var tierClasses: [String: String] = [:]
      var tierBillions: [String: Double] = [:]
      var tierExamples: [String: String] = [:]
      let sizePath = JSONPath.root.appending("sizeClasses")
      for (index, element) in try context.array(
        object.required("sizeClasses", "size classes"), sizePath
      ).enumerated() {
        let entry = try context.object(element, sizePath.appending(index: index))
        try entry.rejectUnknownKeys(["id", "upTo", "tier", "billions", "examples"])
        let tier = try entry.requiredString("tier")
        guard Self.tiers.contains(tier) else {
          throw context.failure(
            entry.value("tier"), sizePath.appending(index: index).appending("tier"),
            "expected one of the tiers \(Self.tiers.joined(separator: ", ")), found \"\(tier)\"")
        }
        tierClasses[tier] = try entry.requiredString("id")
        tierExamples[tier] = try entry.optionalString("examples")
        tierBillions[tier] = try context.number(
          entry.required("billions", "the parameter count standing for the tier"),
          sizePath.appending(index: index).appending("billions"),
          in: 0.001...100_000)
        sizes.append(
          (
            try entry.requiredString("id"),
            try entry.value("upTo").map { value throws(AdvisorError) in
              try context.number(value, sizePath.appending(index: index).appending("upTo"))
            }
          ))
      }
      guard sizes.map(\.0) == ["small", "medium", "large"] else {
        throw context.failure(
          object.value("sizeClasses"), sizePath,
          "expected the size classes small, medium and large, in that order")
      }
      let retrainPath = JSONPath.root.appending("retrainsPerMonth")
      let retrains = try context.object(
        object.required("retrainsPerMonth", "retraining cadence"), retrainPath)
      var cadence: [String: Double] = [:]
      for member in try context.object(
        retrains.required("cadence", "retrains a month by knowledge_change"),
        retrainPath.appending("cadence")
      ).members {
        cadence[member.key] = try context.number(
          member.value, retrainPath.appending("cadence").appending(member.key), in: 0...100)
      }
      let cadenceFact = try retrains.requiredString("fact")
      let hybrid = try context.number(
        retrains.required("hybrid", "retrains a month for a hybrid"),
        retrainPath.appending("hybrid"), in: 0...100)
      var facts: [CostFact] = []
      let factsPath = JSONPath.root.appending("facts")
      for (index, element) in try context.array(
        object.required("facts", "the facts the cost model reads"), factsPath
      ).enumerated() {
        facts.append(
          try decodeFact(element, path: factsPath.appending(index: index), context: context))
      }
      return CostModel(
        criterion: criterion, currency: try object.requiredString("currency"), facts: facts,
        sizeClasses: sizes, tierSizeClass: tierClasses,
        tierBillions: tierBillions, tierExamples: tierExamples, cadenceFact: cadenceFact,
        retrainsPerMonth: cadence,
        hybridRetrainsPerMonth: hybrid, recipes: recipes ?? [:], prices: prices, sources: sources)
    }
  }

  private static func decodePrice(
    _ member: JSONMember, path: JSONPath, context: JSONDecodingContext, sources: [Source]
  ) throws(AdvisorError) -> Price {
    let object = try context.object(member.value, path)
    try object.rejectUnknownKeys(["low", "expected", "high", "unit", "source", "date", "note"])
    let range = 0...1e15
    let low = try context.number(
      object.required("low", "the optimistic value"), path.appending("low"), in: range)
    let expected = try context.number(
      object.required("expected", "the expected value"), path.appending("expected"), in: range)
    let high = try context.number(
      object.required("high", "the pessimistic value"), path.appending("high"), in: range)
    guard low <= expected, expected <= high else {
      throw context.failure(
        member.value, path,
        "expected low ≤ expected ≤ high, found \(JSONWriter.format(low)), \(JSONWriter.format(expected)), \(JSONWriter.format(high))"
      )
    }
    let source = try object.requiredString("source")
    guard sources.contains(where: { $0.id == source }) else {
      throw context.failure(
        object.value("source"), path.appending("source"),
        "unknown source \"\(source)\"; every cited source must be listed in $.sources")
    }
    return Price(
      id: member.key, estimate: Estimate(low: low, expected: expected, high: high),
      unit: try object.requiredString("unit"), source: source,
      date: try object.requiredString("date"), note: try object.optionalString("note"))
  }

  private static func decodeFact(_ value: JSONValue, path: JSONPath, context: JSONDecodingContext)
    throws(AdvisorError) -> CostFact
  {
    let object = try context.object(value, path)
    try object.rejectUnknownKeys(["key", "type", "unit", "levels", "default", "question"])
    let key = try object.requiredString("key")
    let typeName = try object.requiredString("type")
    guard let kind = FactDefinition.Kind(rawValue: typeName) else {
      throw context.failure(
        object.value("type"), path.appending("type"),
        "expected \"number\" or \"choice\", found \"\(typeName)\"")
    }
    let levels =
      try object.value("levels").map { levels throws(AdvisorError) in
        try context.stringArray(levels, path.appending("levels"))
      } ?? []
    let defaultValue = try object.required("default", "the value used when a spec gives none")
    let parsedDefault: FactValue
    switch (kind, defaultValue.kind) {
    case (.number, .number(let number)): parsedDefault = .number(number)
    case (.choice, .string(let id)) where levels.contains(id): parsedDefault = .level(id)
    default:
      throw context.failure(
        defaultValue, path.appending("default"), "expected a default of the fact's type")
    }
    return CostFact(
      key: key, kind: kind, unit: try object.optionalString("unit"), levels: levels,
      defaultValue: parsedDefault,
      question: try object.requiredString("question"))
  }
}
