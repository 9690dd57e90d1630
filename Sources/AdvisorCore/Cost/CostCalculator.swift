/// Computes each approach's costs from the cost model, the project's facts and its price overrides.
public struct CostCalculator: Sendable {
  /// The approaches the model knows how to price.
  public static let approaches = ["prompting", "rag", "fine_tuning", "hybrid"]

  /// The fact that gives the monthly query volume; the cost criterion follows the totals when it is a number.
  public static let volumeKey = "queries_per_month"

  let model: CostModel
  let overrides: [String: Estimate]

  /// Creates a calculator; `overrides` replace model prices by id (a project's own contracts).
  public init(model: CostModel, overrides: [String: Estimate] = [:]) {
    self.model = model
    self.overrides = overrides
  }

  /// A price, overridden or from the model.
  public func price(_ id: String) -> Estimate {
    (overrides.isEmpty ? nil : overrides[id]) ?? model.prices[id]?.estimate ?? .zero
  }

  /// Analyses a project: `facts` holds the given facts by key, `knowledgeChange` the resolved data-volatility level.
  /// Without `explaining`, the analysis lists no assumptions and its computed labels are left empty: the totals
  /// are the same, for a verdict that shows none of the rest.
  public func analyse(facts: [String: FactValue], knowledgeChange: String?, explaining: Bool = true) -> CostAnalysis {
    var assumptions: [(String, String, Bool)] = []
    func value(_ key: String) -> FactValue {
      let given = facts[key]
      let resolved = given ?? model.fact(key)?.defaultValue ?? .number(0)
      if explaining { assumptions.append((key, resolved.description, given != nil)) }
      return resolved
    }
    func number(_ key: String) -> Double {
      if case .number(let number) = value(key) { return number }
      return 0
    }
    func choice(_ key: String) -> String { value(key).description }
    let tokensIn = Estimate(number("tokens_per_query_in"))
    let tokensOut = Estimate(number("tokens_per_query_out"))
    let size = model.sizeClass(for: number("model_size_b"))
    let selfHosted = choice("hosting") == "self_hosted"
    let method = choice("fine_tuning_method")
    let months = max(1, number("horizon_months"))
    var volume: Double?
    if case .number(let count)? = facts[Self.volumeKey] { volume = count }
    let corpus = facts["corpus_tokens"].flatMap { value -> Double? in if case .number(let n) = value { n } else { nil } }
    let retrains = knowledgeChange.flatMap { model.retrainsPerMonth[$0] } ?? model.retrainsPerMonth["yearly"] ?? 1.0 / 12
    if explaining {
      assumptions.append(("size_class", size, facts["model_size_b"] != nil))
      assumptions.append(("retrains_per_month", Format.grouped(Format.rounded(retrains, 3)), knowledgeChange != nil))
    }

    func generation(extra: Estimate?, tuned: Bool) -> Estimate {
      let input = extra.map { tokensIn + $0 } ?? tokensIn
      let perQuery = (input * price("generation_input.\(size)") + tokensOut * price("generation_output.\(size)")) * 1e-6
      return tuned ? perQuery * price("tuned_price_multiplier") : perQuery
    }
    let hosting = CostTerm(label: "self-hosted deployment", estimate: price("self_hosted_month"), period: .month)
    let runCost =
      selfHosted
      ? price("run.\(method).\(size)")
      : price("default_labeled_examples") * price("tokens_per_example") * price("epochs")
        * price("hosted_training_per_million.\(size)") * 1e-6
    let ragSetup = [
      CostTerm(label: "RAG pipeline build", estimate: price("rag_build"), period: .once),
      CostTerm(
        label: "first embedding of the corpus",
        estimate: (corpus.map { Estimate($0) } ?? price("default_corpus_tokens")) * price("embedding_per_million") * 1e-6,
        period: .once),
    ]
    let tuningSetup = [
      CostTerm(label: "fine-tuning project (engineering, data curation)", estimate: price("fine_tuning_project.\(size)"), period: .once),
      CostTerm(label: "evaluation set before the first run", estimate: price("evaluation_set"), period: .once),
      CostTerm(
        label: explaining ? "training runs (\(selfHosted ? method : "hosted"))" : "", estimate: price("training_runs") * runCost, period: .once),
    ]
    func retraining(_ perMonth: Double) -> CostTerm {
      CostTerm(
        label: explaining ? "retraining (\(Format.grouped(Format.rounded(perMonth, 2))) a month)" : "",
        estimate: (runCost + price("fine_tuning_project.\(size)") * price("retrain_curation_share")) * perMonth, period: .month)
    }
    let vectorStore = CostTerm(label: "vector store", estimate: price("vector_store_month"), period: .month)
    func perQuery(_ label: String, _ estimate: Estimate) -> [CostTerm] {
      selfHosted ? [] : [CostTerm(label: label, estimate: estimate, period: .query)]
    }
    let hostingTerms = selfHosted ? [hosting] : []
    let costs = [
      ApproachCost(
        approach: "prompting",
        terms: [CostTerm(label: "prompt engineering", estimate: price("prompt_engineering"), period: .once)] + hostingTerms
          + perQuery("generation with few-shot prompt", generation(extra: price("few_shot_tokens"), tuned: false))),
      ApproachCost(
        approach: "rag",
        terms: ragSetup + [vectorStore] + hostingTerms
          + perQuery("generation with retrieved passages", generation(extra: price("retrieved_tokens"), tuned: false))),
      ApproachCost(
        approach: "fine_tuning",
        terms: tuningSetup + [retraining(retrains)] + hostingTerms + perQuery("tuned-model generation", generation(extra: nil, tuned: true))),
      ApproachCost(
        approach: "hybrid",
        terms: tuningSetup + ragSetup + [vectorStore, retraining(model.hybridRetrainsPerMonth)] + hostingTerms
          + perQuery("tuned-model generation with retrieved passages", generation(extra: price("retrieved_tokens"), tuned: true))),
    ]
    return CostAnalysis(
      assumptions: assumptions.map { (key: $0.0, value: $0.1, given: $0.2) }, costs: costs, months: months, volume: volume, currency: model.currency)
  }
}
