extension CostModel {
  /// Decodes `$.approaches`, the cost recipe of each approach id, gathering every problem: an id the profiles do
  /// not define, an approach of the profiles without a recipe, a recipe the calculator does not know. Without
  /// `approachIDs` (profiles.json did not load), only the recipes are checked. `nil` when anything is wrong.
  static func decodeRecipes(
    _ object: ObjectReader, approachIDs: [String]?, into collector: inout DiagnosticCollector
  ) -> [String: CostRecipe]? {
    let context = object.context
    let path = JSONPath.root.appending("approaches")
    guard
      let mapping = collector.attempt({ () throws(AdvisorError) in
        try context.object(
          object.required("approaches", "the cost recipe of each approach id"), path)
      })
    else { return nil }
    let before = collector.diagnostics.count
    var recipes: [String: CostRecipe] = [:]
    for (member, memberPath) in LevelReader.approachMembers(
      mapping, path, approachIDs: approachIDs, into: &collector)
    {
      guard
        let name = collector.attempt({ () throws(AdvisorError) in
          try context.string(member.value, memberPath)
        })
      else { continue }
      guard let recipe = CostRecipe(rawValue: name) else {
        var message = "unknown cost recipe \(Suggestion.quoted(name))"
        message += Suggestion.hint(name, in: CostRecipe.names)
        collector.add(
          Diagnostic(
            file: context.file, location: member.value.location, path: memberPath,
            message: message + "; expected one of: " + CostRecipe.names.joined(separator: ", ")))
        continue
      }
      recipes[member.key] = recipe
    }
    LevelReader.reportMissingApproaches(
      mapping, path, approachIDs: approachIDs, missing: "a cost recipe",
      rule: "every approach in \(CriteriaLoader.profilesFile) needs one", into: &collector)
    return collector.diagnostics.count == before ? recipes : nil
  }
}
