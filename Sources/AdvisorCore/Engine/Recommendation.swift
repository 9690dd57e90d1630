/// The verdict drawn from a scorecard: winner, runner-up, margin, confidence and how far it is settled.
public struct Recommendation: Sendable, Equatable {
  /// How far the verdict is settled.
  public enum Status: String, Sendable, Equatable {
    /// Enough is known, and the leader holds up.
    case recommended
    /// Enough is known, but the top two stay too close to call.
    case closeCall = "close_call"
    /// Too little is known to decide: the leader is provisional.
    case provisional
    /// No approach meets every requirement.
    case unmet
  }

  /// The best approach that meets every requirement; `nil` when none does.
  public var winner: Scorecard.Result?
  /// The next approach in the ranking, eligible or not.
  public var runnerUp: Scorecard.Result?
  /// The winner's lead over the runner-up, in points of 0-100 (the full score when the runner-up fails a requirement).
  public var margin: Double
  /// How far the verdict can be trusted.
  public var confidence: Confidence
  /// Recommended, a close call, provisional or unmet.
  public var status: Status
  /// When no approach meets every requirement, the closest: fewest failed requirements, then best score.
  public var closest: Scorecard.Result?

  /// The share of the weight that must rest on known facts before the advisor recommends rather than leads provisionally.
  public static let decidingCoverage = 0.5
  /// Below this share of first places in the robustness samples, or with fewer than two of the three ranking
  /// methods agreeing (the verdict is fragile), the top two are a close call.
  public static let closeCallShare = 0.7
  /// The margin, in points, under which an unsampled verdict is a close call.
  public static let closeCallMargin = 3.0

  /// A verdict already drawn; `settled` when a settling fact declared the winner enough.
  init(
    winner: Scorecard.Result?, runnerUp: Scorecard.Result?, margin: Double, confidence: Confidence, closest: Scorecard.Result?, settled: Bool
  ) {
    self.winner = winner
    self.runnerUp = runnerUp
    self.margin = margin
    self.confidence = confidence
    self.closest = winner == nil ? closest : nil
    status = Self.status(hasWinner: winner != nil, settled: settled, margin: margin, confidence: confidence)
  }

  /// The winner's lead over the runner-up: its whole score when the runner-up fails a requirement, never below 0
  /// (a settled winner may score below the runner-up), 0 without a winner.
  static func margin(winner: Double?, runnerUp: (score: Double, fails: Bool)?) -> Double {
    guard let winner else { return 0 }
    guard let runnerUp, !runnerUp.fails else { return winner }
    return max(0, winner - runnerUp.score)
  }

  /// Draws the verdict from a scorecard, with the robustness analysis's figures when it ran.
  public init(scorecard: Scorecard, winProbability: Double? = nil, agreement: Double? = nil) {
    let winner = scorecard.ranking.first { !$0.isExcluded }
    let runnerUp = winner == nil || scorecard.ranking.count < 2 ? nil : scorecard.ranking[1]
    let margin = Self.margin(winner: winner?.score, runnerUp: runnerUp.map { ($0.score, $0.isExcluded) })
    let confidence = Confidence(
      margin: margin, facts: scorecard.rows.lazy.map(\.fact).filter(\.isScored), winProbability: winner == nil ? nil : winProbability,
      agreement: winner == nil ? nil : agreement)
    let settled = winner != nil && scorecard.settlement?.settlement.approach == winner?.approach.id
    self.init(winner: winner, runnerUp: runnerUp, margin: margin, confidence: confidence, closest: scorecard.ranking.first, settled: settled)
  }

  /// The status that a margin and a confidence give; a settled winner is never a close call.
  static func status(hasWinner: Bool, settled: Bool, margin: Double, confidence: Confidence) -> Status {
    guard hasWinner else { return .unmet }
    if confidence.coverage < decidingCoverage { return .provisional }
    if settled { return .recommended }
    if let share = confidence.winProbability {
      return share < closeCallShare || (confidence.agreement ?? 1) < 2.0 / 3 ? .closeCall : .recommended
    }
    return margin < closeCallMargin ? .closeCall : .recommended
  }
}

/// Confidence in a verdict, 0-100: how often the leader holds up, scaled by how much of the weight rests on
/// facts the project gave.
///
/// `percent = 100 × strength × coverage`, so a verdict resting on less than half of the weight never reads better than low. Coverage is the share of the weight that counts whose
/// fact was given (inferred facts count half). Strength is the leader's share of first places over the
/// robustness samples, which draw the unknown facts from their priors and the weights around their values, times
/// `0.75 + 0.25 × agreement` of the three ranking methods; without samples it is `min(1, margin / 15)`.
public struct Confidence: Sendable, Equatable {
  /// 0-100.
  public var percent: Int
  /// The share of the counting weight resting on given facts (inferred count half), 0-1.
  public var coverage: Double
  /// The leader's share of first places in the robustness samples, when they ran.
  public var winProbability: Double?
  /// The share of the three ranking methods that pick the leader, when the robustness analysis ran.
  public var agreement: Double?

  /// The margin, in points, at which an unsampled verdict's strength is full.
  public static let decisiveMargin = 15.0

  /// Computes confidence from a margin and the criteria that count, and from the robustness analysis when given.
  public init(margin: Double, facts: some Sequence<ResolvedFact>, winProbability: Double? = nil, agreement: Double? = nil) {
    self.init(
      margin: margin, weights: facts.lazy.map { ($0.weight * $0.relevance, $0.status) }, winProbability: winProbability,
      agreement: agreement)
  }

  /// The same from each counting criterion's weight and fact status, in table order.
  init(margin: Double, weights: some Sequence<(weight: Double, status: FactStatus)>, winProbability: Double? = nil, agreement: Double? = nil) {
    var total = 0.0
    var known = 0.0
    for (weight, status) in weights {
      total += weight
      switch status {
      case .given: known += weight
      case .inferred: known += weight / 2
      case .unknown: break
      }
    }
    coverage = total > 0 ? known / total : 0
    self.winProbability = winProbability
    self.agreement = agreement
    var strength = min(1, max(0, margin) / Self.decisiveMargin)
    if let winProbability { strength = winProbability * (0.75 + 0.25 * (agreement ?? 1)) }
    percent = Int((100 * strength * coverage).rounded())
  }

  /// `high` (75 and above), `medium` (50 and above) or `low`.
  public var label: String {
    percent >= 75 ? "high" : percent >= 50 ? "medium" : "low"
  }
}
