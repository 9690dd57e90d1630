import Foundation
import Testing

@testable import AdvisorCore

@Suite struct CriteriaTablesTests {
  @Test func criteriaFolderLoadsLikeTheBuiltInTables() throws {
    let folder = try CriteriaLoader().load(directory: Fixtures.root + "/criteria")
    #expect(folder.criteria == Fixtures.builtIn.criteria)
    #expect(folder.approaches.map(\.id) == ["prompting", "rag", "fine_tuning", "hybrid"])
  }

  @Test func shipsThePublicFactContract() {
    let facts = Dictionary(
      uniqueKeysWithValues: Fixtures.builtIn.criteria.map { ($0.id, $0.fact.key) })
    #expect(facts["latency"] == "latency_budget_ms")
    #expect(facts["cost"] == "queries_per_month")
    #expect(facts["data_volatility"] == "knowledge_change")
    #expect(facts["privacy"] == "data_sensitivity")
    #expect(facts["accuracy"] == "accuracy_need")
    #expect(facts["knowledge_gap"] == "knowledge_gap")
    #expect(facts["training_data"] == "labeled_examples")
    #expect(facts["output_control"] == "output_consistency")
    #expect(facts["knowledge_scale"] == "corpus_tokens")
    #expect(facts["auditability"] == "citations_required")
    #expect(facts["team"] == "ml_expertise")
    let levels = { (id: String) in Fixtures.builtIn.criterion(id: id)?.levels.map(\.id) ?? [] }
    #expect(
      levels("data_volatility") == ["realtime", "daily", "weekly", "monthly", "yearly", "static"])
    #expect(levels("privacy") == ["public", "internal", "confidential", "regulated"])
    #expect(levels("accuracy") == ["best_effort", "high", "critical"])
    #expect(levels("knowledge_gap") == ["none", "facts", "behavior", "both"])
    #expect(levels("output_control") == ["flexible", "structured", "strict"])
    #expect(levels("auditability") == ["no", "preferred", "required"])
    #expect(levels("team") == ["none", "some", "strong"])
  }

  @Test func everyTableCitesSourcesAndNonObviousFitsNameOne() {
    for criterion in Fixtures.builtIn.criteria {
      #expect(!criterion.sources.isEmpty, "\(criterion.id) cites no source")
      for level in criterion.levels {
        for fit in level.fits.values {
          #expect(
            fit.reason.hasSuffix("."),
            "\(criterion.id).\(level.id): a reason is one sentence ending with a period")
          // A fit far from the neutral middle is a claim, and a claim needs its source.
          if fit.score <= 2 || fit.score >= 8, fit.source == nil {
            Issue.record(
              "\(criterion.id).\(level.id): an extreme fit (\(fit.score)) must name its source: \(fit.reason)"
            )
          }
        }
      }
    }
  }
}
