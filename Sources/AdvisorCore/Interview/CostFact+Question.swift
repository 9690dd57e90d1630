extension CostFact {
  /// The fact as an interview question: a criterion with no weight and no fits, whose levels are the choices
  /// (none for a number), so the prompter asks it like any other.
  public var interviewQuestion: Criterion {
    let words = key.split(separator: "_").joined(separator: " ")
    let name = "Cost: " + words
    let levels = levels.map { Level(id: $0, label: $0, fits: [:]) }
    return Criterion(
      id: key, name: name, question: question,
      help: "\(question) Used only to price the approaches; unanswered, it is \(defaultValue).",
      weight: 0, fact: FactDefinition(key: key, kind: kind, unit: unit), levels: levels,
      isCore: false,
      unknown: UnknownReading(prior: [:]))
  }
}
