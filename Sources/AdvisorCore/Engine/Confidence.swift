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
  public init(
    margin: Double, facts: some Sequence<ResolvedFact>, winProbability: Double? = nil,
    agreement: Double? = nil
  ) {
    self.init(
      margin: margin, weights: facts.lazy.map { ($0.weight * $0.relevance, $0.status) },
      winProbability: winProbability,
      agreement: agreement)
  }

  /// The same from each counting criterion's weight and fact status, in table order.
  init(
    margin: Double, weights: some Sequence<(weight: Double, status: FactStatus)>,
    winProbability: Double? = nil, agreement: Double? = nil
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
