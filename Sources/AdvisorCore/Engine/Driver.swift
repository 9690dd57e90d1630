/// A criterion that separated the winner from the runner-up, with the fit reason that explains it.
public struct Driver: Sendable, Equatable {
  /// The criterion and its resolved fact.
  public var fact: ResolvedFact
  /// The approach the criterion favours.
  public var favoured: Approach
  /// The approach it is compared with.
  public var other: Approach
  /// The favoured approach's fit, 0-10.
  public var favouredFit: Fit
  /// The other approach's fit, 0-10.
  public var otherFit: Fit
  /// Points of score the criterion puts between them (always positive).
  public var points: Double
  /// The other approach's own reason at the fact's level, when it fits at most the neutral 5: what it lacks
  /// there, which makes the favoured approach's reason one over it. `nil` for the cost criterion and unknown
  /// facts, whose reasons already compare the two.
  public var contrast: Fit? = nil

  /// The contrast's source, resolved from the criterion's table.
  public var contrastSource: Source? { contrast.flatMap { fact.criterion.source(id: $0.source) } }

  /// The favoured fit's source, resolved from the criterion's table.
  public var source: Source? { fact.criterion.source(id: favouredFit.source) }

  /// The criteria that separate `first` from `second` most, largest first, in `first`'s favour when
  /// `favouring` is true and in `second`'s otherwise.
  static func drivers(
    in scorecard: Scorecard, between first: Approach, and second: Approach, favouring: Bool
  ) -> [Driver] {
    guard
      let firstIndex = scorecard.rows.first?.cells.firstIndex(where: { $0.approach == first.id }),
      let secondIndex = scorecard.rows.first?.cells.firstIndex(where: { $0.approach == second.id })
    else { return [] }
    var drivers: [Driver] = []
    for row in scorecard.rows where row.fact.isScored {
      let difference = row.cells[firstIndex].contribution - row.cells[secondIndex].contribution
      let points = favouring ? difference : -difference
      guard points > 0.05,
        let (firstFit, secondFit) = fits(row, firstIndex, secondIndex, first.id, second.id)
      else { continue }
      // A reason shows the two fits to one decimal; a lead that does not show there is not one to give.
      let shown = (Format.rounded(firstFit.score, 1), Format.rounded(secondFit.score, 1))
      guard favouring ? shown.0 > shown.1 : shown.1 > shown.0 else { continue }
      drivers.append(
        Driver(
          fact: row.fact, favoured: favouring ? first : second, other: favouring ? second : first,
          favouredFit: favouring ? firstFit : secondFit, otherFit: favouring ? secondFit : firstFit,
          points: points))
    }
    return drivers.sorted {
      $0.points != $1.points ? $0.points > $1.points : $0.fact.criterion.id < $1.fact.criterion.id
    }
  }

  /// The two fits a row compares: its level's, or for an unknown fact the expected fits, with the criterion's
  /// reading of the missing fact as the reason.
  private static func fits(
    _ row: Scorecard.Row, _ firstIndex: Int, _ secondIndex: Int, _ first: String, _ second: String
  ) -> (Fit, Fit)? {
    if let level = row.fact.level {
      guard let firstFit = level.fits[first], let secondFit = level.fits[second] else { return nil }
      return (firstFit, secondFit)
    }
    guard let firstScore = row.cells[firstIndex].fit, let secondScore = row.cells[secondIndex].fit
    else { return nil }
    let reading = row.fact.criterion.unknown
    let reason = reading.note ?? unknownReason
    return (
      Fit(score: Format.rounded(firstScore, 1), reason: reason, source: reading.source),
      Fit(score: Format.rounded(secondScore, 1), reason: reason, source: reading.source)
    )
  }
}
