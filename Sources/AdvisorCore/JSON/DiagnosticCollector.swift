/// Gathers every diagnostic of a file instead of stopping at the first, so that
/// `criteria validate` can list all problems at once.
struct DiagnosticCollector {
  private(set) var diagnostics: [Diagnostic] = []

  /// Runs `body`; an `.invalid` failure is recorded and `nil` returned so decoding can go on.
  mutating func attempt<T>(_ body: () throws(AdvisorError) -> T) -> T? {
    do {
      return try body()
    } catch {
      record(error)
      return nil
    }
  }

  mutating func record(_ error: AdvisorError) {
    switch error {
    case .invalid(let found): diagnostics.append(contentsOf: found)
    case .malformedJSON(let diagnostic): diagnostics.append(diagnostic)
    default: diagnostics.append(Diagnostic(file: "", message: error.description))
    }
  }

  mutating func add(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
  }

  /// Throws the gathered diagnostics, if any.
  func check() throws(AdvisorError) {
    if !diagnostics.isEmpty { throw AdvisorError.invalid(diagnostics) }
  }
}

extension DiagnosticCollector {
  /// A criteria table's root object with its unknown keys reported (`$schema`, the editor hint, is always
  /// allowed); `nil` when the root is not an object, which is reported too.
  mutating func tableRoot(_ root: JSONValue, in context: JSONDecodingContext, keys: [String])
    -> ObjectReader?
  {
    guard let object = attempt({ () throws(AdvisorError) in try context.object(root, .root) })
    else {
      return nil
    }
    _ = attempt { () throws(AdvisorError) in try object.rejectUnknownKeys(["$schema"] + keys) }
    return object
  }
}
