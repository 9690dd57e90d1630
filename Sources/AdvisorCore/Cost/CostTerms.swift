/// The named cost terms of each approach for one project: what the calculator sums, written out so a report can
/// show its arithmetic.
struct CostTerms {
  let calculator: CostCalculator
  let inputs: CostInputs
  let explaining: Bool

  private func price(_ id: String) -> Estimate { calculator.price(id) }

  private func label(_ text: @autoclosure () -> String) -> String { explaining ? text() : "" }

  // MARK: Generation

  /// The price of one input token of a prompt this long, in USD per 1M: the tier's price (a tuned model's at the
  /// tuned multiplier), times the long-context multiplier above its threshold, less the batch discount.
  private func inputPrice(prompt: Double, tuned: Bool) -> Estimate {
    var perMillion = price("generation_input.\(inputs.tier)")
    if tuned { perMillion = perMillion * price("tuned_price_multiplier") }
    if prompt > price("long_context_threshold_tokens").expected {
      perMillion = perMillion * price("long_context_input_multiplier")
    }
    return inputs.batch ? perMillion * discount : perMillion
  }

  private func outputPrice(tuned: Bool) -> Estimate {
    let base = price("generation_output.\(inputs.tier)")
    let perMillion = tuned ? base * price("tuned_price_multiplier") : base
    return inputs.batch ? perMillion * discount : perMillion
  }

  private var discount: Estimate {
    let share = price("batch_discount")
    return Estimate(low: 1 - share.high, expected: 1 - share.expected, high: 1 - share.low)
  }

  /// One query's generation: its own tokens plus `extra` prompt tokens, and the answer; a prompt that also holds
  /// `corpus` tokens (priced as their own term) may cross into the long-context rate.
  private func generation(extra: Estimate, corpus: Double, tuned: Bool) -> Estimate {
    let prompt = inputs.tokensIn + extra
    return
      (prompt * inputPrice(prompt: prompt.expected + corpus, tuned: tuned) + inputs.tokensOut
      * outputPrice(tuned: tuned)) * 1e-6
  }

  /// The corpus carried in every prompt: a cache read when the prefix is still cached, a cache write when not.
  private func corpusInPrompt(_ corpus: Double) -> CostTerm {
    let hit = price("cache_hit_share")
    let read = price("cached_input_share")
    let write = price("cache_write_multiplier")
    let multiplier = Estimate(
      low: hit.high * read.low + (1 - hit.high) * write.low,
      expected: hit.expected * read.expected + (1 - hit.expected) * write.expected,
      high: hit.low * read.high + (1 - hit.low) * write.high)
    let perQuery =
      inputPrice(prompt: corpus + inputs.tokensIn.expected, tuned: false) * multiplier
      * (corpus * 1e-6)
    return CostTerm(
      label: label("knowledge base in every prompt (\(Format.grouped(corpus)) tokens, cached)"),
      estimate: perQuery, period: .query)
  }

  // MARK: Self-hosting

  /// GPUs one replica needs to hold the weights and their working memory.
  private var gpusPerReplica: Double {
    let bytes =
      inputs.billions * price("serving_bytes_per_parameter").expected
      * price("serving_memory_overhead").expected
    return max(1, (bytes / max(1, price("gpu_memory_gb").expected)).rounded(.up))
  }

  /// One replica running all month, the least a self-hosted deployment costs.
  private var replicaMonth: CostTerm {
    let gpus = gpusPerReplica
    return CostTerm(
      label: label(
        "self-hosted replica (\(Format.grouped(gpus)) GPU\(gpus == 1 ? "" : "s"), all month)"),
      estimate: price("gpu_hour") * (gpus * 730), period: .month)
  }

  /// GPU time of one query beyond the standing replica: output tokens at the replica's decode throughput, input
  /// tokens weighted as providers price them against output.
  private func gpuTime(extra: Estimate) -> CostTerm {
    let tokens = inputs.tokensOut + (inputs.tokensIn + extra) * price("input_token_weight")
    let throughput = price("replica_tokens_per_second.\(inputs.size)")
    let seconds = Estimate(
      low: tokens.low / max(1, throughput.high),
      expected: tokens.expected / max(1, throughput.expected),
      high: tokens.high / max(1, throughput.low))
    return CostTerm(
      label: label("GPU time per query"),
      estimate: seconds * price("gpu_hour") * (gpusPerReplica / 3600), period: .query)
  }

  /// A query's compute: an API bill, or GPU time on the team's own replica. With `carriesCorpus`, the prompt also
  /// holds the knowledge base when it fits the window (prompting's way of giving the model the facts).
  private func answering(_ text: String, extra: Estimate, tuned: Bool, carriesCorpus: Bool = false)
    -> [CostTerm]
  {
    let corpus = carriesCorpus ? inputs.promptCorpus : nil
    if inputs.onDevice { return [] }
    if inputs.selfHosted { return [gpuTime(extra: extra + Estimate(corpus ?? 0))] }
    var terms = [
      CostTerm(
        label: label(text), estimate: generation(extra: extra, corpus: corpus ?? 0, tuned: tuned),
        period: .query)
    ]
    if let corpus { terms.append(corpusInPrompt(corpus)) }
    return terms
  }

  // MARK: Shared terms

  private var evaluation: [CostTerm] {
    var terms = [
      CostTerm(label: label("evaluation set"), estimate: price("evaluation_set"), period: .once)
    ]
    if inputs.critical {
      terms.append(
        CostTerm(
          label: label("human review of outputs (accuracy is critical)"),
          estimate: price("human_review_month"), period: .month))
    }
    return terms
  }

  private var hosting: [CostTerm] { inputs.selfHosted && !inputs.onDevice ? [replicaMonth] : [] }

  private var corpusTokens: Estimate {
    inputs.corpus.map { Estimate($0) } ?? price("default_corpus_tokens")
  }

  private var retrieval: [CostTerm] {
    [
      CostTerm(label: label("RAG pipeline build"), estimate: price("rag_build"), period: .once),
      CostTerm(
        label: label("first embedding of the corpus"),
        estimate: corpusTokens * price("embedding_per_million") * 1e-6, period: .once),
      CostTerm(label: label("vector store"), estimate: price("vector_store_month"), period: .month),
      CostTerm(
        label: label("re-embedding changed documents"),
        estimate: corpusTokens * price("corpus_change_share_month") * price("embedding_per_million")
          * 1e-6, period: .month),
      CostTerm(
        label: label("reranking each query's candidates"), estimate: price("rerank_per_query"),
        period: .query),
    ]
  }

  /// One training run: GPU time on the team's hardware, or a host's price per training token.
  private var runCost: Estimate {
    inputs.selfHosted
      ? price("run.\(inputs.method).\(inputs.size)")
      : price("default_labeled_examples") * price("tokens_per_example") * price("epochs")
        * price("hosted_training_per_million.\(inputs.size)")
        * 1e-6
  }

  /// Retrains a month: the knowledge's cadence, and at least once per base-model lifetime (a tuned adapter
  /// retires with the base model it was trained on).
  private func retrainsPerMonth(_ cadence: Double) -> Estimate {
    let lifetime = price("base_model_lifetime_months")
    return Estimate(
      low: max(cadence, 1 / max(1, lifetime.high)),
      expected: max(cadence, 1 / max(1, lifetime.expected)),
      high: max(cadence, 1 / max(1, lifetime.low)))
  }

  private func tuning(retrains cadence: Double) -> [CostTerm] {
    let project = price("fine_tuning_project.\(inputs.size)")
    let retrains = retrainsPerMonth(cadence)
    var terms = [
      CostTerm(
        label: label("fine-tuning project (engineering, data curation)"), estimate: project,
        period: .once),
      CostTerm(
        label: label(
          "training runs (\(inputs.selfHosted ? inputs.method : "hosted \(inputs.method)"))"),
        estimate: price("training_runs") * runCost,
        period: .once),
      CostTerm(
        label: label(
          "retraining (\(Format.grouped(Format.rounded(retrains.expected, 3))) a month: new data or a retired base model)"
        ),
        estimate: (runCost + project * price("retrain_curation_share")) * retrains, period: .month),
    ]
    if !inputs.selfHosted {
      terms.append(
        CostTerm(
          label: label("tuned-model deployment"), estimate: price("tuned_deployment_month"),
          period: .month))
    }
    return terms
  }

  // MARK: Recipes

  /// The terms of a recipe, in the order the report lists them.
  func terms(_ recipe: CostRecipe) -> [CostTerm] {
    switch recipe {
    case .prompt:
      [
        CostTerm(
          label: label("prompt engineering"), estimate: price("prompt_engineering"), period: .once)
      ] + evaluation + hosting
        + answering(
          "generation with instructions and few-shot examples", extra: price("few_shot_tokens"),
          tuned: false, carriesCorpus: true)
    case .retrieval:
      evaluation + retrieval + hosting
        + answering(
          "generation with retrieved passages", extra: price("retrieved_tokens"), tuned: false)
    case .tuning:
      evaluation + tuning(retrains: inputs.cadence) + hosting
        + answering("tuned-model generation", extra: .zero, tuned: true)
    case .tuningAndRetrieval:
      evaluation + tuning(retrains: calculator.model.hybridRetrainsPerMonth) + retrieval + hosting
        + answering(
          "tuned-model generation with retrieved passages", extra: price("retrieved_tokens"),
          tuned: true)
    }
  }
}
