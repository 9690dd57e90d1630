/// How the cost model prices an approach: which terms its setup, monthly and per-query costs are made of.
/// `cost-model.json` maps every approach id of the profiles to one, so that the tables name their approaches as
/// they like and the calculator knows none of them.
public enum CostRecipe: String, Sendable, CaseIterable {
  /// Prompt engineering on a base model, the knowledge base in the prompt when it fits the window.
  case prompt
  /// A retrieval pipeline in front of a base model.
  case retrieval
  /// A tuned model, retrained at the knowledge's cadence.
  case tuning
  /// A tuned model with a retrieval pipeline, retrained at the cost model's hybrid cadence.
  case tuningAndRetrieval = "tuning_and_retrieval"

  /// The recipe names as `cost-model.json` writes them.
  public static var names: [String] { allCases.map(\.rawValue) }
}
