extension FactValue {
  /// The value as a person reads it: `2,000 ms`, `weekly`.
  public func display(unit: String?) -> String {
    switch self {
    case .number(let number): Format.grouped(number) + (unit.map { " \($0)" } ?? "")
    case .level(let id): id
    }
  }
}

extension Criterion {
  /// How a numeric criterion's levels read in a prompt: `sub_300ms ≤300, …, relaxed >3,000`.
  public var levelRanges: String {
    levels.enumerated().map { index, level in
      if let bound = level.upTo { return "\(level.id) ≤\(Format.grouped(bound))" }
      let previous = index > 0 ? levels[index - 1].upTo : nil
      return previous.map { "\(level.id) >\(Format.grouped($0))" } ?? level.id
    }.joined(separator: ", ")
  }
}
