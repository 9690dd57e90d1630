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
      if explaining {
        notes.append(("hosting", "self_hosted (deployment_target = \(deployment))", true))
      }
    } else {
      selfHosted = value("hosting").description == "self_hosted"
    }
    if facts["model_size_b"] != nil {
      billions = number("model_size_b")
      size = model.sizeClass(for: billions)
    } else {
      size = model.tierSizeClass[tier] ?? model.sizeClass(for: 0)
      billions = model.tierBillions[tier] ?? 8
      if explaining {
        notes.append(
          (
            "model_size_b", "\(Format.grouped(billions)), the \(tier) tier's open-weight class",
            false
          ))
      }
    }
    batch = value("request_mode").description == "batch"
    method = value("fine_tuning_method").description
    months = max(1, number("horizon_months"))
    if case .number(let count)? = facts[CostCalculator.volumeKey] {
      volume = count
    } else {
      volume = nil
    }
    if case .number(let tokens)? = facts["corpus_tokens"] { corpus = tokens } else { corpus = nil }
    let gap = level("knowledge_gap")
    let window = model.prices["context_window_tokens"]?.estimate.expected ?? 0
    let usable = window * (model.prices["context_usable_share"]?.estimate.expected ?? 0.8)
    if let corpus, gap != "none", gap != "behavior", corpus <= usable {
      promptCorpus = corpus
    } else {
      promptCorpus = nil
    }
    critical = level("accuracy_need") == "critical"
    cadence =
      knowledgeChange.flatMap { model.retrainsPerMonth[$0] } ?? model.retrainsPerMonth["yearly"]
      ?? 1.0 / 12
    if explaining {
      notes.append(("size_class", size, facts["model_size_b"] != nil))
      notes.append(
        ("retrains_per_month", Format.grouped(Format.rounded(cadence, 3)), knowledgeChange != nil))
    }
    assumptions = notes
  }
}
