/// Computes each approach's costs from the cost model, the project's facts and its price overrides.
public struct CostCalculator: Sendable {
  /// The fact that gives the monthly query volume; the cost criterion follows the totals when it is a number.
  public static let volumeKey = "queries_per_month"

  /// The fact that gives the latency budget in milliseconds, checked against the time a whole answer takes.
  public static let latencyKey = "latency_budget_ms"

  /// Facts of the criteria tables that change a cost term: the knowledge gap and the corpus decide whether the
  /// corpus rides in every prompt, critical accuracy adds human review, a deployment off the public API self-hosts.
  public static let criteriaInputKeys = [
    "knowledge_gap", "corpus_tokens", "accuracy_need", "deployment_target",
  ]

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

  /// Analyses a project: `facts` holds the given facts by key, `knowledgeChange` the resolved data-volatility level,
  /// `approaches` the approach ids to price, in the profiles' order, each through its recipe in the model (one
  /// without a recipe is left out; the loader refuses such tables). Without `explaining`, the analysis lists no
  /// assumptions and its computed labels are left empty: the totals are the same, for a verdict that shows none
  /// of the rest.
  public func analyse(
    facts: [String: FactValue], knowledgeChange: String?, approaches: [String],
    explaining: Bool = true
  ) -> CostAnalysis {
    let inputs = CostInputs(
      model: model, facts: facts, knowledgeChange: knowledgeChange, explaining: explaining)
    let terms = CostTerms(calculator: self, inputs: inputs, explaining: explaining)
    let costs = approaches.compactMap { id in
      model.recipes[id].map { ApproachCost(approach: id, terms: terms.terms($0)) }
    }
    return CostAnalysis(
      assumptions: inputs.assumptions.map { (key: $0.0, value: $0.1, given: $0.2) }, costs: costs,
      months: inputs.months,
      volume: inputs.volume, currency: model.currency, premise: explaining ? premise(inputs) : "")
  }

  /// One sentence on what the figures assume and where to change it.
  func premise(_ inputs: CostInputs) -> String {
    let examples = model.tierExamples[inputs.tier].map { " (\($0))" } ?? ""
    let serving =
      inputs.onDevice
      ? "on the users' devices"
      : inputs.selfHosted
        ? "served on your own GPUs (\(Format.grouped(inputs.billions))B parameters)"
        : "through a provider's API"
    let tokens =
      "\(Format.grouped(inputs.tokensIn.expected)) tokens in and \(Format.grouped(inputs.tokensOut.expected)) out per query"
    let mode = inputs.batch ? ", at batch prices" : ""
    return
      "Costs assume a \(inputs.tier)-tier model\(examples) \(serving), \(tokens)\(mode), over \(Format.grouped(inputs.months)) months; "
      + "set model_tier, hosting, tokens_per_query_in, tokens_per_query_out or horizon_months among the spec's facts to change them, "
      + "and see `advisor criteria costs` for every price."
  }
}
