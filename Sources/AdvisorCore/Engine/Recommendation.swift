/// The verdict drawn from a scorecard: winner, runner-up, margin and confidence.
public struct Recommendation: Sendable, Equatable {
  /// The best eligible approach; `nil` when every approach is excluded.
  public var winner: Scorecard.Result?
  /// The next approach in the ranking, eligible or not.
  public var runnerUp: Scorecard.Result?
  /// The winner's lead over the runner-up, in points of 0-100 (the full score when the runner-up is excluded).
  public var margin: Double
  /// How far the verdict can be trusted.
  public var confidence: Confidence

  /// A verdict already drawn.
  init(winner: Scorecard.Result?, runnerUp: Scorecard.Result?, margin: Double, confidence: Confidence) {
    self.winner = winner
    self.runnerUp = runnerUp
    self.margin = margin
    self.confidence = confidence
  }

  /// The winner's lead over the runner-up: the whole score when the runner-up is excluded, 0 without either.
  static func margin(winner: Double?, runnerUp: (score: Double, isExcluded: Bool)?) -> Double {
    guard let winner, let runnerUp else { return 0 }
    return runnerUp.isExcluded ? winner : winner - runnerUp.score
  }

  /// Draws the verdict from a scorecard.
  public init(scorecard: Scorecard) {
    winner = scorecard.ranking.first { !$0.isExcluded }
    runnerUp = winner == nil || scorecard.ranking.count < 2 ? nil : scorecard.ranking[1]
    margin = Self.margin(winner: winner?.score, runnerUp: runnerUp.map { ($0.score, $0.isExcluded) })
    confidence = Confidence(margin: winner == nil ? 0 : margin, facts: scorecard.rows.lazy.map(\.fact).filter { $0.weight > 0 })
  }
}

/// Confidence in a verdict, 0-100: how strongly it wins, scaled by how much of the weight rests on known facts.
///
/// `percent = 100 × coverage × (0.25 + 0.75 × strength)`, where coverage is the share of the active weight
/// whose fact was given (inferred facts count half) and strength combines the margin, the Monte Carlo win
/// probability and method agreement: `0.5 × min(1, margin / 15) + 0.3 × P(first) + 0.2 × agreement`.
/// Without a robustness analysis, strength is the margin's part alone.
public struct Confidence: Sendable, Equatable {
  /// 0-100.
  public var percent: Int
  /// The share of active weight resting on given facts (inferred count half), 0-1.
  public var coverage: Double

  /// The margin, in points, at which the margin's part of confidence is full.
  public static let decisiveMargin = 15.0

  /// Computes confidence from a margin and the active criteria, and from the robustness analysis when given.
  public init(
    margin: Double, facts: some Sequence<ResolvedFact>, winProbability: Double? = nil, agreement: Double? = nil
  ) {
    self.init(margin: margin, weights: facts.lazy.map { ($0.weight, $0.status) }, winProbability: winProbability, agreement: agreement)
  }

  /// The same from each active criterion's weight and fact status, in table order.
  init(
    margin: Double, weights: some Sequence<(weight: Double, status: FactStatus)>, winProbability: Double? = nil, agreement: Double? = nil
  ) {
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
    let marginPart = min(1, max(0, margin) / Self.decisiveMargin)
    var strength = marginPart
    if let winProbability, let agreement { strength = 0.5 * marginPart + 0.3 * winProbability + 0.2 * agreement }
    percent = Int((100 * coverage * (0.25 + 0.75 * strength)).rounded())
  }

  /// `high` (75 and above), `medium` (50 and above) or `low`.
  public var label: String {
    percent >= 75 ? "high" : percent >= 50 ? "medium" : "low"
  }
}
