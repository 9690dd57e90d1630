/// The criteria tables as numbers, compiled once: the one place that resolves a project's facts and scores the
/// approaches. Every level of every criterion becomes fits, requirements and a settlement in approach order; the
/// inference rules, relevance conditions and `unless` clauses read level indices; each criterion keeps its prior.
/// The report's matrix and explanations, the what-if, batch verdicts, the gates and the robustness analysis all
/// read its `Evaluation`.
///
/// Levels are numbered across the whole table (`levelBase[row] + level`) and every per-level value lives in one
/// flat array, so that scoring a spec or a sample reads numbers without copying nested arrays.
struct DecisionModel: Sendable {
  /// A condition on another criterion: its row and the levels of that row that satisfy it (bit `level` set). A row
  /// below 0 names a fact no criterion reads, and never holds.
  struct Condition: Sendable {
    let row: Int
    let allowed: UInt64

    /// Whether a level of the row satisfies it.
    func allows(_ level: Int) -> Bool { allowed & (1 << UInt64(level)) != 0 }
  }

  /// An inference rule on level indices: the level it infers when every condition holds on the given levels.
  struct Rule: Sendable {
    let level: Int?
    let conditions: [Condition]
  }

  /// A requirement of one level that one approach cannot meet, unless every condition in `unless` (a range of
  /// `conditions`) holds.
  struct Requirement: Sendable {
    let approach: Int
    let unless: Range<Int>
  }

  let criteria: CriteriaSet
  let approachCount: Int
  /// The approach ids, in profile order: what the cost model prices.
  let approachIDs: [String]
  /// Per criterion, in table order: the fact key, the default weight, where its levels start in the flat
  /// arrays and how many it has, its relevance conditions (a range of `conditions`) and inference rules.
  let keys: [String]
  let defaultWeights: [Double]
  let levelBase: [Int]
  let levelCount: [Int]
  let relevance: [Range<Int>]
  let rules: [[Rule]]
  /// Per global level: fits (`level * approachCount + approach`, 0 where a fit is missing), the prior
  /// probability, the requirements (a range of `requirements`) and the approach it settles on, or -1.
  let fits: [Double]
  let prior: [Double]
  let levelRequirements: [Range<Int>]
  let settles: [Int]
  /// Per criterion: the fits expected under its prior (`row * approachCount + approach`).
  let expectedFits: [Double]
  /// The pools the ranges point into.
  let conditions: [Condition]
  let requirements: [Requirement]
  /// The cost criterion's row and the row of the fact that sets the retraining cadence.
  let costIndex: Int?
  let cadenceIndex: Int?
  /// Per criterion: whether its fact is a cost input, and whether the calculator reads it other than as a number.
  let isCostInput: [Bool]

  init(_ criteria: CriteriaSet) {
    self.criteria = criteria
    let table = criteria.criteria
    let approachIDs = criteria.approaches.map(\.id)
    approachCount = approachIDs.count
    self.approachIDs = approachIDs
    let rowOfKey = Dictionary(
      table.indices.map { (table[$0].fact.key, $0) }, uniquingKeysWith: { first, _ in first })
    var conditions: [Condition] = []
    func compile(_ map: [String: [String]]) -> [Condition] {
      map.sorted { $0.key < $1.key }.map { key, ids in
        let row = rowOfKey[key] ?? -1
        let allowed =
          row < 0
          ? 0
          : table[row].levels.indices.reduce(UInt64(0)) { mask, level in
            ids.contains(table[row].levels[level].id) ? mask | (1 << UInt64(level)) : mask
          }
        return Condition(row: row, allowed: allowed)
      }
    }
    func pool(_ map: [String: [String]]) -> Range<Int> {
      let start = conditions.count
      conditions += compile(map)
      return start..<conditions.count
    }
    var requirements: [Requirement] = []
    var levelBase: [Int] = []
    var fits: [Double] = []
    var prior: [Double] = []
    var levelRequirements: [Range<Int>] = []
    var settles: [Int] = []
    var expectedFits: [Double] = []
    var relevance: [Range<Int>] = []
    for criterion in table {
      levelBase.append(prior.count)
      let probabilities = criterion.levels.map { criterion.unknown.probability(of: $0.id) }
      var expected = [Double](repeating: 0, count: approachIDs.count)
      for (level, probability) in zip(criterion.levels, probabilities) {
        for (approach, id) in approachIDs.enumerated() {
          let fit = level.fits[id]?.score ?? 0
          fits.append(fit)
          expected[approach] += probability * fit
        }
        prior.append(probability)
        let start = requirements.count
        for (approach, id) in approachIDs.enumerated() {
          guard let exclusion = level.excludes[id] else { continue }
          requirements.append(Requirement(approach: approach, unless: pool(exclusion.unless)))
        }
        levelRequirements.append(start..<requirements.count)
        settles.append(level.settles.flatMap { approachIDs.firstIndex(of: $0.approach) } ?? -1)
      }
      expectedFits += expected
      relevance.append(pool(criterion.relevance?.conditions ?? [:]))
    }
    self.conditions = conditions
    self.requirements = requirements
    self.levelBase = levelBase
    self.fits = fits
    self.prior = prior
    self.levelRequirements = levelRequirements
    self.settles = settles
    self.expectedFits = expectedFits
    self.relevance = relevance
    keys = table.map(\.fact.key)
    defaultWeights = table.map(\.weight)
    levelCount = table.map(\.levels.count)
    rules = table.map { criterion in
      criterion.inferences.map { rule in
        Rule(
          level: criterion.levels.firstIndex { $0.id == rule.level },
          conditions: compile(rule.conditions))
      }
    }
    let model = criteria.costModel
    costIndex = model.flatMap { model in table.firstIndex { $0.id == model.criterion } }
    cadenceIndex = model.flatMap { model in table.firstIndex { $0.fact.key == model.cadenceFact } }
    let inputs = model?.inputKeys ?? []
    isCostInput = table.map { inputs.contains($0.fact.key) }
  }

  /// The number of criteria.
  var rowCount: Int { keys.count }

  /// The prior of a criterion's levels, in level order.
  func prior(of row: Int) -> ArraySlice<Double> {
    prior[levelBase[row]..<levelBase[row] + levelCount[row]]
  }

  /// The level each criterion's given value selects, from the facts by key.
  func given(_ facts: [String: FactValue]) -> [Int?] {
    let table = criteria.criteria
    return keys.indices.map { row in facts[keys[row]].flatMap(table[row].levelIndex) }
  }

  /// The weight in force for each criterion: the spec's override or the table's default.
  func weights(_ overrides: [String: Double]) -> [Double] {
    guard !overrides.isEmpty else { return defaultWeights }
    return keys.indices.map { row in overrides[criteria.criteria[row].id] ?? defaultWeights[row] }
  }

  /// The level each criterion resolves to: the given one, else the first inference rule whose conditions the
  /// given levels meet (rules see given facts only, so their order never matters).
  func resolve(given: [Int?]) -> [Int?] {
    given.indices.map { row in
      if let level = given[row] { return level }
      return rules[row].first { rule in rule.conditions.allSatisfy { holds($0, given) } }?.level
    }
  }

  /// Whether a condition holds on known levels (an unknown level does not satisfy it).
  func holds(_ condition: Condition, _ levels: [Int?]) -> Bool {
    condition.row >= 0 && levels[condition.row].map(condition.allows) ?? false
  }

  /// The probability that a condition holds: 0 or 1 on a known level, the prior's share of the allowed levels on
  /// an unknown one.
  func probability(_ condition: Condition, _ levels: [Int?]) -> Double {
    guard condition.row >= 0 else { return 0 }
    if let level = levels[condition.row] { return condition.allows(level) ? 1 : 0 }
    var share = 0.0
    for level in 0..<levelCount[condition.row] where condition.allows(level) {
      share += prior[levelBase[condition.row] + level]
    }
    return share
  }

  /// The cost criterion's fits for a cost analysis: the cheapest approach over the horizon fits 10, the others
  /// 10 × cheapest / theirs; `nil` when the table's fits stand (the volume is not a number, or an approach is unpriced).
  static func costFits(_ analysis: CostAnalysis, approaches: [Approach]) -> [Double]? {
    guard let volume = analysis.volume,
      let totals = totals(analysis, volume: volume, approaches: approaches),
      let cheapest = totals.min()
    else { return nil }
    return totals.map { Format.rounded($0 == 0 ? 10 : cheapest == 0 ? 0 : 10 * cheapest / $0, 1) }
  }

  /// Every approach's expected total over the horizon at a monthly volume; `nil` unless the model prices them all.
  static func totals(_ analysis: CostAnalysis, volume: Double, approaches: [Approach]) -> [Double]?
  {
    var totals: [Double] = []
    for approach in approaches {
      guard let cost = analysis.cost(of: approach.id) else { return nil }
      totals.append(cost.total(volume: volume, months: analysis.months).expected)
    }
    return totals
  }

  /// The cost analysis of a project's facts, with the retraining cadence its resolved levels give.
  func costAnalysis(
    _ facts: [String: FactValue], levels: [Int?], overrides: [String: Estimate], explaining: Bool
  ) -> CostAnalysis? {
    guard let model = criteria.costModel else { return nil }
    let cadence = cadenceIndex.flatMap { row in
      levels[row].map { criteria.criteria[row].levels[$0].id }
    }
    return CostCalculator(model: model, overrides: overrides).analyse(
      facts: facts, knowledgeChange: cadence, approaches: approachIDs, explaining: explaining)
  }
}
