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
    winner: Scorecard.Result?, runnerUp: Scorecard.Result?, margin: Double, confidence: Confidence,
    closest: Scorecard.Result?, settled: Bool
  ) {
    self.winner = winner
    self.runnerUp = runnerUp
    self.margin = margin
    self.confidence = confidence
    self.closest = winner == nil ? closest : nil
    status = Self.status(
      hasWinner: winner != nil, settled: settled, margin: margin, confidence: confidence)
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
    let margin = Self.margin(
      winner: winner?.score, runnerUp: runnerUp.map { ($0.score, $0.isExcluded) })
    let confidence = Confidence(
      margin: margin, facts: scorecard.rows.lazy.map(\.fact).filter(\.isScored),
      winProbability: winner == nil ? nil : winProbability,
      agreement: winner == nil ? nil : agreement)
    let settled = winner != nil && scorecard.settlement?.settlement.approach == winner?.approach.id
    self.init(
      winner: winner, runnerUp: runnerUp, margin: margin, confidence: confidence,
      closest: scorecard.ranking.first, settled: settled)
  }

  /// The status that a margin and a confidence give; a settled winner is never a close call.
  static func status(hasWinner: Bool, settled: Bool, margin: Double, confidence: Confidence)
    -> Status
  {
    guard hasWinner else { return .unmet }
    if confidence.coverage < decidingCoverage { return .provisional }
    if settled { return .recommended }
    if let share = confidence.winProbability {
      return share < closeCallShare || (confidence.agreement ?? 1) < 2.0 / 3
        ? .closeCall : .recommended
    }
    return margin < closeCallMargin ? .closeCall : .recommended
  }
}
