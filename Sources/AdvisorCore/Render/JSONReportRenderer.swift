/// The machine-readable report: `reportVersion` 2, keys sorted, numbers rounded to 2 decimals.
public struct JSONReportRenderer: ReportRenderer {
  /// The report format version; raised on any incompatible change.
  public static let reportVersion = 2

  /// Creates the renderer.
  public init() {}

  /// Renders the report as pretty-printed JSON.
  public func render(_ report: Report) -> String {
    JSONWriter(style: .pretty).string(json(report))
  }

  /// The report as a JSON value.
  public func json(_ report: Report) -> JSONValue {
    let spec = report.project.spec
    let recommendation = report.recommendation
    var members: [(String, JSONValue)] = [
      (ReportKey.reportVersion.key, .int(Self.reportVersion)),
      (
        "tool",
        .object([
          (ReportKey.name.key, .string("advisor")), ("version", .string(report.toolVersion)),
        ])
      ),
      (
        "spec",
        .object([
          (ReportKey.name.key, .string(spec.name)), ("description", .optional(spec.description)),
          ("file", .string(spec.file)),
          (ReportKey.facts.key, .object(spec.facts.map { ($0.key, $0.value.json) })),
          (ReportKey.weights.key, .object(spec.weights.map { ($0.key, .number($0.value)) })),
        ])
      ),
      (
        "criteria",
        .object([
          ("origin", .string(report.project.criteria.origin)),
          (ReportKey.digest.key, .string(report.project.criteria.digest)),
          (
            ReportKey.approaches.key,
            .array(report.project.criteria.approaches.map { .string($0.id) })
          ),
        ])
      ),
      (
        "recommendation",
        .object([
          (ReportKey.status.key, .string(recommendation.status.rawValue)),
          ("headline", .string(report.headline)),
          (ReportKey.approach.key, .optional(recommendation.winner?.approach.id)),
          (ReportKey.name.key, .optional(recommendation.winner?.approach.name)),
          ("closest", .optional(recommendation.closest?.approach.id)),
          ("settledBy", .optional(report.scorecard.settlement?.criterion.id)),
          (ReportKey.score.key, recommendation.winner.map { number($0.score) } ?? .null),
          ("runnerUp", .optional(recommendation.runnerUp?.approach.id)),
          (ReportKey.margin.key, number(recommendation.margin)),
          (
            "confidence",
            .object([
              (ReportKey.percent.key, .int(recommendation.confidence.percent)),
              ("label", .string(recommendation.confidence.label)),
              ("coverage", number(recommendation.confidence.coverage)),
              ("winProbability", recommendation.confidence.winProbability.map(number) ?? .null),
            ])
          ),
        ])
      ),
      (ReportKey.ranking.key, .array(report.scorecard.ranking.map(result))),
      (ReportKey.matrix.key, .array(report.scorecard.rows.map(row))),
      (
        "rationale",
        .object([
          ("drivers", .array(report.drivers.map(driver))),
          ("against", .array(report.counterpoints.map(driver))),
          ("whatWouldChange", .array(report.changes.map(change))),
          (
            "nextSteps",
            .array(
              report.nextSteps.map {
                .object([("text", .string($0.step.text)), ("source", source($0.source))])
              })
          ),
        ])
      ),
      (
        "questions",
        .array(
          report.questions.map { question in
            .object([
              (ReportKey.criterion.key, .string(question.criterion.id)),
              ("fact", .string(question.criterion.fact.key)),
              ("changeProbability", number(question.changeProbability)),
              (
                "assumed",
                .object(question.criterion.unknown.prior.map { ($0.key, number($0.value)) })
              ),
              (
                "assumptionSource",
                source(question.criterion.source(id: question.criterion.unknown.source))
              ),
              ("note", .optional(question.criterion.unknown.note)),
              ("wouldChange", .array(question.changes.map(change))),
            ])
          })
      ),
      (
        "inferred",
        .array(
          report.facts(.inferred).map { fact in
            .object([
              (ReportKey.criterion.key, .string(fact.criterion.id)),
              ("fact", .string(fact.criterion.fact.key)),
              ("level", .optional(fact.level?.id)), ("because", .optional(fact.inferenceReason)),
            ])
          })
      ),
      ("warnings", .array(report.warnings.map { .string($0) })),
      ("plan", plan(report)),
      (
        "precedents",
        .object([
          ("note", .optional(report.precedentNote)),
          ("similar", .array(report.precedents.map(precedent))),
        ])
      ),
    ]
    if let generatedAt = report.generatedAt {
      members.append(("generatedAt", .string(generatedAt)))
    }
    members.append(("sensitivity", SensitivitySection(report: report).json()))
    if let cost = report.project.cost {
      members.append(
        ("cost", CostSection(analysis: cost, approaches: report.project.criteria.approaches).json())
      )
    }
    return .object(members)
  }

  private func number(_ value: Double) -> JSONValue { .number(Format.rounded(value, 2)) }

  private func plan(_ report: Report) -> JSONValue {
    func estimate(_ value: Estimate?) -> JSONValue {
      guard let value else { return .null }
      return .object([
        ("low", number(value.low)), ("expected", number(value.expected)),
        ("high", number(value.high)),
      ])
    }
    return .object([
      ("now", .optional(report.plan.now?.id)),
      (
        "steps",
        .array(
          report.plan.steps.map { step in
            .object([
              (ReportKey.approach.key, .string(step.approach.id)),
              ("kind", .string(step.kind.rawValue)),
              (
                "conditions",
                .array(
                  step.conditions.map { condition in
                    .object([
                      (ReportKey.criterion.key, .string(condition.criterion.id)),
                      ("fact", .string(condition.criterion.fact.key)),
                      ("level", .string(condition.to.id)), ("value", condition.value.json),
                      ("current", condition.current?.json ?? .null),
                    ])
                  })
              ),
              ("lead", number(step.lead)), ("total", estimate(step.total)),
              ("currentTotal", estimate(step.currentTotal)),
              (
                "breakEvenVolume",
                step.breakEven?.volume.map { .number(Format.rounded($0, 0)) } ?? .null
              ),
              ("measure", .optional(step.measure?.text)),
            ])
          })
      ),
    ])
  }

  private func precedent(_ match: PrecedentMatch) -> JSONValue {
    let entry = match.precedent
    return .object(
      entry.summaryMembers + [
        ("url", .optional(entry.source.url)), ("similarity", number(match.similarity)),
        ("shared", .array(match.shared.map { .string($0) })),
        (
          "differences",
          .array(
            match.differences.map {
              .object([
                ("fact", .string($0.key)), ("project", .string($0.project)),
                ("precedent", .string($0.precedent)),
              ])
            })
        ),
      ])
  }

  private func source(_ source: Source?) -> JSONValue {
    guard let source else { return .null }
    return .object([
      ("id", .string(source.id)), ("title", .string(source.title)), ("url", .optional(source.url)),
    ])
  }

  private func result(_ result: Scorecard.Result) -> JSONValue {
    .object([
      (ReportKey.approach.key, .string(result.approach.id)),
      (ReportKey.name.key, .string(result.approach.name)),
      ("rank", .int(result.rank)), (ReportKey.score.key, number(result.score)),
      ("excluded", .bool(result.isExcluded)),
      (
        "exclusions",
        .array(
          result.exclusions.map { note in
            .object([
              (ReportKey.criterion.key, .string(note.criterion.id)),
              ("reason", .string(note.exclusion.reason)),
              ("remedy", .optional(note.exclusion.remedy)),
              ("liftedIf", note.isOpen ? lifting(note.liftedIf) : .null),
              ("source", source(note.criterion.source(id: note.exclusion.source))),
            ])
          })
      ),
    ])
  }

  /// An open exclusion's conditions on facts not given as an object, fact key → the levels that lift it.
  private func lifting(_ conditions: [String: [String]]) -> JSONValue {
    .object(
      conditions.keys.sorted().map { ($0, .array((conditions[$0] ?? []).map { .string($0) })) })
  }

  private func row(_ row: Scorecard.Row) -> JSONValue {
    let fact = row.fact
    return .object([
      (ReportKey.criterion.key, .string(fact.criterion.id)),
      (ReportKey.name.key, .string(fact.criterion.name)),
      ("fact", .string(fact.criterion.fact.key)),
      (ReportKey.weight.key, .number(fact.weight)),
      (ReportKey.status.key, .string(fact.status.rawValue)), ("scored", .bool(fact.isScored)),
      ("relevance", number(fact.relevance)),
      ("value", fact.value?.json ?? .null), ("level", .optional(fact.level?.id)),
      ("inferredBecause", .optional(fact.inferenceReason)),
      (
        "cells",
        .object(
          row.cells.map { cell in
            (
              cell.approach,
              .object([
                ("fit", cell.fit.map { .number($0) } ?? .null),
                ("points", number(cell.contribution)),
              ])
            )
          })
      ),
    ])
  }

  private func driver(_ driver: Driver) -> JSONValue {
    .object([
      (ReportKey.criterion.key, .string(driver.fact.criterion.id)),
      ("fact", .string(driver.fact.criterion.fact.key)),
      (ReportKey.status.key, .string(driver.fact.status.rawValue)),
      ("level", .optional(driver.fact.level?.id)),
      ("favours", .string(driver.favoured.id)), ("over", .string(driver.other.id)),
      ("points", number(driver.points)),
      (
        "fits",
        .object([
          (driver.favoured.id, .number(driver.favouredFit.score)),
          (driver.other.id, .number(driver.otherFit.score)),
        ])
      ),
      ("reason", .string(driver.favouredFit.reason)), ("source", source(driver.source)),
      (
        "contrast",
        driver.contrast.map {
          .object([("reason", .string($0.reason)), ("source", source(driver.contrastSource))])
        }
          ?? .null
      ),
    ])
  }

  private func change(_ change: AnswerChange) -> JSONValue {
    .object([
      (ReportKey.criterion.key, .string(change.criterion.id)),
      ("fact", .string(change.criterion.fact.key)),
      ("from", .optional(change.from?.id)), ("to", .string(change.to.id)),
      ("value", change.value.json),
      ("newWinner", .optional(change.newWinner?.id)), ("lead", number(change.lead)),
    ])
  }
}
