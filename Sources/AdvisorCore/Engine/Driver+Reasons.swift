/// The reason a driver gives is the favoured approach's own argument over the other one: its fit's reason at the
/// fact's level; for the cost criterion, what the two approaches cost; for an unknown fact, the favoured approach's
/// reason at the level that gives it the largest expected edge ("If it is required (30% likely under the prior):
/// …"). Never a sentence about a third approach, nor the criterion's note on the missing fact.
extension Driver {
  /// The lowest fit whose own reason argues for its approach: below it the tables' texts say what the approach
  /// lacks (a sub-second budget "leaves little room"), even where another approach lacks more.
  static let arguingFit = 7.0

  /// The highest fit of the other approach whose reason says what it lacks, so that it can stand beside the
  /// favoured approach's reason as the contrast.
  static let contrastFit = 5.0

  /// What an unknown fact's driver says when no level's text argues for its side.
  static let unknownReason =
    "Not given: scored at the fit expected under the criterion's prior, an assumption of the advisor's."

  /// The drivers with each reason chosen for its favoured side.
  static func explained(_ drivers: [Driver], in project: ResolvedProject) -> [Driver] {
    drivers.map { $0.explained(in: project) }
  }

  private func explained(in project: ResolvedProject) -> Driver {
    let criterion = fact.criterion
    let isCost = project.criteria.costModel?.criterion == criterion.id
    var driver = self
    if let level = fact.level {
      if isCost, let reason = project.costReason(favoured, over: other, at: level, priced: true) {
        driver.favouredFit.reason = reason
      } else if !isCost, otherFit.score <= Self.contrastFit, !otherFit.reason.isEmpty {
        driver.contrast = otherFit
      }
      return driver
    }
    // Unknown: the level whose prior-weighted fit difference favours this side most, among the levels where the
    // side fits well enough for its own text to argue for it; else the plain reading of the missing fact.
    let edges = criterion.levels.compactMap { level -> (level: Level, edge: Double, fit: Fit)? in
      guard let mine = level.fits[favoured.id], let theirs = level.fits[other.id],
        mine.score > theirs.score, mine.score >= Self.arguingFit
      else { return nil }
      return (level, (criterion.unknown.prior[level.id] ?? 0) * (mine.score - theirs.score), mine)
    }
    guard
      let best = edges.max(by: {
        $0.edge != $1.edge ? $0.edge < $1.edge : $0.level.id > $1.level.id
      }), best.edge > 0
    else {
      driver.favouredFit.reason = Self.unknownReason
      driver.favouredFit.source = criterion.unknown.source
      return driver
    }
    let reason =
      isCost
      ? project.costReason(favoured, over: other, at: best.level, priced: false) ?? best.fit.reason
      : best.fit.reason
    let likelihood = Format.percent(criterion.unknown.prior[best.level.id] ?? 0)
    let levelText = criterion.fact.kind == .number ? best.level.label : best.level.id
    driver.favouredFit.reason =
      "If it is \(levelText) (\(likelihood) likely under the prior): \(reason)"
    driver.favouredFit.source = best.fit.source
    return driver
  }
}

extension ResolvedProject {
  /// What the cost criterion says for `favoured` over `other`: the two totals when the cost model priced the
  /// volume (`priced`: the level is the fact's own), else the ratio of their fits at the level (each fit is
  /// 10 × the cheapest total ÷ the approach's). `nil` when `favoured` is not the cheaper of the two.
  func costReason(_ favoured: Approach, over other: Approach, at level: Level, priced: Bool)
    -> String?
  {
    guard let model = criteria.costModel else { return nil }
    if priced, let analysis = cost, let volume = analysis.volume,
      let mine = analysis.cost(of: favoured.id)?.total(volume: volume, months: analysis.months)
        .expected,
      let theirs = analysis.cost(of: other.id)?.total(volume: volume, months: analysis.months)
        .expected, mine < theirs
    {
      let money = { (value: Double) in Format.money(value, model.currency) }
      return
        "\(Format.grouped(analysis.months))-month total \(money(mine)) at this volume, \(money(theirs - mine)) less than "
        + "\(other.name)'s \(money(theirs))."
    }
    guard let mine = level.fits[favoured.id]?.score, let theirs = level.fits[other.id]?.score,
      mine > theirs, mine > 0
    else { return nil }
    return
      "About \(Format.percent(theirs / mine)) of \(other.name)'s total at \(level.label) under the cost model's default facts."
  }
}
