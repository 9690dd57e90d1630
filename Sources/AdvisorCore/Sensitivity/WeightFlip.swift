/// How far one criterion's weight can move, the others keeping their weights, before the winner changes.
///
/// With the other weights fixed, an approach's weighted-sum score is linear in the criterion's share s of the
/// total weight: s·fit + (1 − s)·rest. Each rival's lead is therefore linear in s, and the interval where the
/// winner stays is found exactly, not sampled.
public struct WeightFlip: Sendable, Equatable {
  /// The criterion.
  public var criterion: Criterion
  /// Its current weight.
  public var weight: Double
  /// The lowest weight at which the winner still wins (0 when it wins with the criterion switched off).
  public var lower: Double
  /// The highest weight at which the winner still wins; `nil` when no weight is too high.
  public var upper: Double?
  /// Who wins below `lower`.
  public var belowWinner: Approach?
  /// Who wins above `upper`.
  public var aboveWinner: Approach?

  /// The interval for every scored criterion; empty when there is no eligible winner.
  public static func all(_ data: DecisionMatrix) -> [WeightFlip] {
    guard let winner = data.winner(data.scores(.wsm)) else { return [] }
    let total = data.weights.reduce(0, +)
    return data.criteria.indices.map { column in
      let weight = data.weights[column]
      let others = total - weight
      func rest(_ row: Int) -> Double {
        guard others > 0 else { return 0 }
        return data.weights.indices.filter { $0 != column }.reduce(0) {
          $0 + data.weights[$1] * data.fits[row][$1]
        } / others
      }
      var low = 0.0  // bounds on the share s
      var high = 1.0
      var below: Int?
      var above: Int?
      let restWinner = rest(winner)
      // A settled winner stays whatever the weights.
      for rival in data.approaches.indices
      where rival != winner && data.eligible[rival] && data.settled != winner {
        // lead(s) = a + b·s
        let a = restWinner - rest(rival)
        let b = (data.fits[winner][column] - data.fits[rival][column]) - a
        guard b != 0 else { continue }
        let crossing = -a / b
        if b > 0, crossing > low {
          low = crossing
          below = rival
        } else if b < 0, crossing < high {
          high = crossing
          above = rival
        }
      }
      func weightAt(_ share: Double) -> Double? {
        share >= 1 ? nil : (others == 0 ? 0 : share / (1 - share) * others)
      }
      return WeightFlip(
        criterion: data.criteria[column], weight: weight, lower: max(0, weightAt(low) ?? 0),
        upper: high >= 1 ? nil : weightAt(high),
        belowWinner: below.map { data.approaches[$0] },
        aboveWinner: above.map { data.approaches[$0] })
    }
  }
}
