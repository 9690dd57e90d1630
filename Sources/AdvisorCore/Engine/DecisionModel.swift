/// The criteria tables as numbers, compiled once: the one place that resolves a project's facts and scores the
/// approaches. Every level of every criterion becomes fits, requirements and a settlement in approach order; the
/// inference rules, relevance conditions and `unless` clauses read level indices; each criterion keeps its prior.
/// The report's matrix and explanations, the what-if, batch verdicts, the gates and the robustness analysis all
/// read its `Evaluation`.
struct DecisionModel: Sendable {
  /// A condition on another criterion: its row and the levels of that row that satisfy it. A row below 0 names a
  /// fact no criterion reads, and never holds.
  struct Condition: Sendable {
    let row: Int
    let allowed: [Bool]
  }

  /// An inference rule on level indices: the level it infers when every condition holds on the given levels.
  struct Rule: Sendable {
    let level: Int?
    let conditions: [Condition]
  }

  /// A requirement of one level that one approach cannot meet, unless every `unless` condition holds.
  struct Requirement: Sendable {
    let approach: Int
    let unless: [Condition]
  }

  /// One criterion as numbers.
  struct Row: Sendable {
    /// The fact key and the default weight.
    let key: String
    let weight: Double
    /// fits[level][approach] (0 where a fit is missing).
    let fits: [[Double]]
    /// requirements[level]: the approaches that level rules out.
    let requirements: [[Requirement]]
    /// settles[level]: the approach a level declares enough, if any.
    let settles: [Int?]
    /// prior[level]: the probability of each level when the fact is unknown.
    let prior: [Double]
    /// The fits expected under the prior, per approach.
    let expectedFits: [Double]
    /// When the criterion counts at all; empty: always.
    let relevance: [Condition]
    /// The inference rules, in table order.
    let rules: [Rule]
  }

  let criteria: CriteriaSet
  let rows: [Row]
  let approachCount: Int
  /// The cost criterion's row and the row of the fact that sets the retraining cadence.
  let costIndex: Int?
  let cadenceIndex: Int?
  /// Per criterion: whether its fact is a cost input, and whether the calculator reads it other than as a number.
  let isCostInput: [Bool]
  let isCostChoice: [Bool]

  init(_ criteria: CriteriaSet) {
    self.criteria = criteria
    let table = criteria.criteria
    let approachIDs = criteria.approaches.map(\.id)
    approachCount = approachIDs.count
    let rowOfKey = Dictionary(table.indices.map { (table[$0].fact.key, $0) }, uniquingKeysWith: { first, _ in first })
    func conditions(_ map: [String: [String]]) -> [Condition] {
      map.sorted { $0.key < $1.key }.map { key, ids in
        let row = rowOfKey[key] ?? -1
        return Condition(row: row, allowed: row < 0 ? [] : table[row].levels.map { ids.contains($0.id) })
      }
    }
    rows = table.map { criterion in
      let fits = criterion.levels.map { level in approachIDs.map { level.fits[$0]?.score ?? 0 } }
      let prior = criterion.levels.map { criterion.unknown.probability(of: $0.id) }
      return Row(
        key: criterion.fact.key, weight: criterion.weight, fits: fits,
        requirements: criterion.levels.map { level in
          approachIDs.indices.compactMap { approach in
            level.excludes[approachIDs[approach]].map { Requirement(approach: approach, unless: conditions($0.unless)) }
          }
        },
        settles: criterion.levels.map { level in level.settles.flatMap { approachIDs.firstIndex(of: $0.approach) } },
        prior: prior,
        expectedFits: approachIDs.indices.map { approach in zip(prior, fits).reduce(0) { $0 + $1.0 * $1.1[approach] } },
        relevance: criterion.relevance.map { conditions($0.conditions) } ?? [],
        rules: criterion.inferences.map { rule in
          Rule(level: criterion.levels.firstIndex { $0.id == rule.level }, conditions: conditions(rule.conditions))
        })
    }
    let model = criteria.costModel
    costIndex = model.flatMap { model in table.firstIndex { $0.id == model.criterion } }
    cadenceIndex = model.flatMap { model in table.firstIndex { $0.fact.key == model.cadenceFact } }
    let inputs = model?.inputKeys ?? []
    isCostInput = table.map { inputs.contains($0.fact.key) }
    isCostChoice = table.map { model?.fact($0.fact.key) != nil }
  }

  /// The level each criterion's given value selects, from the facts by key.
  func given(_ facts: [String: FactValue]) -> [Int?] {
    criteria.criteria.indices.map { row in facts[rows[row].key].flatMap(criteria.criteria[row].levelIndex) }
  }

  /// The weight in force for each criterion: the spec's override or the table's default.
  func weights(_ overrides: [String: Double]) -> [Double] {
    rows.indices.map { row in overrides.isEmpty ? rows[row].weight : overrides[criteria.criteria[row].id] ?? rows[row].weight }
  }

  /// The level each criterion resolves to: the given one, else the first inference rule whose conditions the
  /// given levels meet (rules see given facts only, so their order never matters).
  func resolve(given: [Int?]) -> [Int?] {
    given.indices.map { row in
      if let level = given[row] { return level }
      return rows[row].rules.first { rule in rule.conditions.allSatisfy { holds($0, given) } }?.level
    }
  }

  /// Whether a condition holds on known levels (an unknown level does not satisfy it).
  func holds(_ condition: Condition, _ levels: [Int?]) -> Bool {
    condition.row >= 0 && levels[condition.row].map { condition.allowed[$0] } ?? false
  }

  /// The probability that a condition holds: 0 or 1 on a known level, the prior's share of the allowed levels on
  /// an unknown one.
  func probability(_ condition: Condition, _ levels: [Int?]) -> Double {
    guard condition.row >= 0 else { return 0 }
    if let level = levels[condition.row] { return condition.allowed[level] ? 1 : 0 }
    return zip(rows[condition.row].prior, condition.allowed).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
  }

  /// The cost criterion's fits for a cost analysis: the cheapest approach over the horizon fits 10, the others
  /// 10 × cheapest / theirs; `nil` when the table's fits stand (the volume is not a number, or an approach is unpriced).
  static func costFits(_ analysis: CostAnalysis, approaches: [Approach]) -> [Double]? {
    guard let volume = analysis.volume, let totals = totals(analysis, volume: volume, approaches: approaches), let cheapest = totals.min()
    else { return nil }
    return totals.map { Format.rounded($0 == 0 ? 10 : cheapest == 0 ? 0 : 10 * cheapest / $0, 1) }
  }

  /// Every approach's expected total over the horizon at a monthly volume; `nil` unless the model prices them all.
  static func totals(_ analysis: CostAnalysis, volume: Double, approaches: [Approach]) -> [Double]? {
    var totals: [Double] = []
    for approach in approaches {
      guard let cost = analysis.cost(of: approach.id) else { return nil }
      totals.append(cost.total(volume: volume, months: analysis.months).expected)
    }
    return totals
  }

  /// The cost analysis of a project's facts, with the retraining cadence its resolved levels give.
  func costAnalysis(_ facts: [String: FactValue], levels: [Int?], overrides: [String: Estimate], explaining: Bool) -> CostAnalysis? {
    guard let model = criteria.costModel else { return nil }
    let cadence = cadenceIndex.flatMap { row in levels[row].map { criteria.criteria[row].levels[$0].id } }
    return CostCalculator(model: model, overrides: overrides).analyse(facts: facts, knowledgeChange: cadence, explaining: explaining)
  }
}
