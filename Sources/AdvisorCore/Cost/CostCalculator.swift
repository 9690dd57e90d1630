/// Computes each approach's costs from the cost model, the project's facts and its price overrides.
public struct CostCalculator: Sendable {
  /// The approaches the model knows how to price.
  public static let approaches = ["prompting", "rag", "fine_tuning", "hybrid"]

  /// The fact that gives the monthly query volume; the cost criterion follows the totals when it is a number.
  public static let volumeKey = "queries_per_month"

  /// The fact that gives the latency budget in milliseconds, checked against the time a whole answer takes.
  public static let latencyKey = "latency_budget_ms"

  /// Facts of the criteria tables that change a cost term: the knowledge gap and the corpus decide whether the
  /// corpus rides in every prompt, critical accuracy adds human review, a deployment off the public API self-hosts.
  public static let criteriaInputKeys = ["knowledge_gap", "corpus_tokens", "accuracy_need", "deployment_target"]

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
    let inputs = CostInputs(model: model, facts: facts, knowledgeChange: knowledgeChange, explaining: explaining)
    let terms = CostTerms(calculator: self, inputs: inputs, explaining: explaining)
    let costs = [
      ApproachCost(approach: "prompting", terms: terms.prompting),
      ApproachCost(approach: "rag", terms: terms.rag),
      ApproachCost(approach: "fine_tuning", terms: terms.fineTuning),
      ApproachCost(approach: "hybrid", terms: terms.hybrid),
    ]
    return CostAnalysis(
      assumptions: inputs.assumptions.map { (key: $0.0, value: $0.1, given: $0.2) }, costs: costs, months: inputs.months,
      volume: inputs.volume, currency: model.currency, premise: explaining ? premise(inputs) : "")
  }

  /// One sentence on what the figures assume and where to change it.
  func premise(_ inputs: CostInputs) -> String {
    let examples = model.tierExamples[inputs.tier].map { " (\($0))" } ?? ""
    let serving =
      inputs.onDevice
      ? "on the users' devices"
      : inputs.selfHosted ? "served on your own GPUs (\(Format.grouped(inputs.billions))B parameters)" : "through a provider's API"
    let tokens = "\(Format.grouped(inputs.tokensIn.expected)) tokens in and \(Format.grouped(inputs.tokensOut.expected)) out per query"
    let mode = inputs.batch ? ", at batch prices" : ""
    return "Costs assume a \(inputs.tier)-tier model\(examples) \(serving), \(tokens)\(mode), over \(Format.grouped(inputs.months)) months; "
      + "set model_tier, hosting, tokens_per_query_in, tokens_per_query_out or horizon_months among the spec's facts to change them, "
      + "and see `advisor criteria costs` for every price."
  }
}

/// The facts one analysis reads, resolved against the cost model's defaults, with the list of what was assumed.
struct CostInputs {
  var assumptions: [(String, String, Bool)] = []
  let tokensIn: Estimate
  let tokensOut: Estimate
  /// The price tier of the prompted model (`small`, `mid`, `frontier`).
  let tier: String
  /// The open-weight size class a tuned or self-hosted model falls in.
  let size: String
  let billions: Double
  let selfHosted: Bool
  /// The model runs on the users' own devices: nothing to rent, nothing billed per query.
  let onDevice: Bool
  let batch: Bool
  let method: String
  let months: Double
  let volume: Double?
  /// The corpus carried in every prompt, when the knowledge is a corpus that fits the context window.
  let promptCorpus: Double?
  let corpus: Double?
  let critical: Bool
  /// Retrains a month from the knowledge's cadence, before the base model's retirement is counted.
  let cadence: Double

  init(model: CostModel, facts: [String: FactValue], knowledgeChange: String?, explaining: Bool) {
    var notes: [(String, String, Bool)] = []
    func value(_ key: String) -> FactValue {
      let given = facts[key]
      let resolved = given ?? model.fact(key)?.defaultValue ?? .number(0)
      if explaining { notes.append((key, resolved.description, given != nil)) }
      return resolved
    }
    func number(_ key: String) -> Double {
      if case .number(let number) = value(key) { return number }
      return 0
    }
    func level(_ key: String) -> String? {
      if case .level(let id)? = facts[key] { return id }
      return nil
    }
    tokensIn = Estimate(number("tokens_per_query_in"))
    tokensOut = Estimate(number("tokens_per_query_out"))
    tier = value("model_tier").description
    let deployment = level("deployment_target")
    onDevice = deployment == "on_device"
    if facts["hosting"] == nil, let deployment, deployment != "hosted_api" {
      // A private cloud, an on-premise rack or a device runs the model itself.
      selfHosted = true
      if explaining { notes.append(("hosting", "self_hosted (deployment_target = \(deployment))", true)) }
    } else {
      selfHosted = value("hosting").description == "self_hosted"
    }
    if facts["model_size_b"] != nil {
      billions = number("model_size_b")
      size = model.sizeClass(for: billions)
    } else {
      size = model.tierSizeClass[tier] ?? model.sizeClass(for: 0)
      billions = model.tierBillions[tier] ?? 8
      if explaining { notes.append(("model_size_b", "\(Format.grouped(billions)), the \(tier) tier's open-weight class", false)) }
    }
    batch = value("request_mode").description == "batch"
    method = value("fine_tuning_method").description
    months = max(1, number("horizon_months"))
    if case .number(let count)? = facts[CostCalculator.volumeKey] { volume = count } else { volume = nil }
    if case .number(let tokens)? = facts["corpus_tokens"] { corpus = tokens } else { corpus = nil }
    let gap = level("knowledge_gap")
    let window = model.prices["context_window_tokens"]?.estimate.expected ?? 0
    let usable = window * (model.prices["context_usable_share"]?.estimate.expected ?? 0.8)
    if let corpus, gap != "none", gap != "behavior", corpus <= usable { promptCorpus = corpus } else { promptCorpus = nil }
    critical = level("accuracy_need") == "critical"
    cadence = knowledgeChange.flatMap { model.retrainsPerMonth[$0] } ?? model.retrainsPerMonth["yearly"] ?? 1.0 / 12
    if explaining {
      notes.append(("size_class", size, facts["model_size_b"] != nil))
      notes.append(("retrains_per_month", Format.grouped(Format.rounded(cadence, 3)), knowledgeChange != nil))
    }
    assumptions = notes
  }
}
