import Testing

@testable import AdvisorCore

/// Every source id a table cites resolves to a source the same table lists.
@Suite struct SourceCatalogTests {
  @Test func everyCitationOfTheBuiltInTablesResolves() throws {
    let catalog = SourceCatalog(Fixtures.builtIn)
    #expect(
      catalog.unresolved.isEmpty,
      "\(catalog.unresolved.map { "\($0.table): \($0.path): \($0.id)" })")
    // The walk reaches every kind of citation the tables have, so an unresolved one anywhere would show (no
    // shipped prior cites a source; the next test covers priors).
    let paths = catalog.citations.map(\.path.description)
    for kind in [".fit.", ".excludes.", ".settles.source", ".nextSteps[", "$.prices"] {
      #expect(paths.contains { $0.contains(kind) }, "no citation through \(kind)")
    }
    let builtIn = Fixtures.builtIn
    let fits = builtIn.criteria.flatMap {
      $0.levels.flatMap { $0.fits.values.compactMap(\.source) }
    }.count
    #expect(catalog.citations.filter { $0.path.description.contains(".fit.") }.count == fits)
    #expect(
      catalog.citations.filter { $0.table == SourceCatalog.costModelTable }.count
        == builtIn.costModel?.prices.count)
  }

  @Test func aPriorCitesASourceOfItsOwnTable() throws {
    var criteria = Fixtures.builtIn
    let index = try #require(criteria.criteria.firstIndex { !$0.sources.isEmpty })
    var criterion = criteria.criteria[index]
    let path = JSONPath.root.appending("unknown").appending("source")
    let own = try #require(criterion.sources.first)
    criterion.unknown.source = own.id
    criteria.criteria[index] = criterion
    #expect(
      SourceCatalog(criteria).citations.contains(
        SourceCatalog.Citation(table: criterion.id, path: path, id: own.id, resolves: true)))
    #expect(SourceCatalog(criteria).unresolved.isEmpty)
    // An id another table lists does not resolve here: each table cites its own sources.
    let foreign = try #require(
      criteria.profiles.sources.first { source in !criterion.sources.contains { $0.id == source.id }
      })
    criterion.unknown.source = foreign.id
    criteria.criteria[index] = criterion
    #expect(
      SourceCatalog(criteria).unresolved == [
        SourceCatalog.Citation(table: criterion.id, path: path, id: foreign.id, resolves: false)
      ])
  }

  @Test func entriesMergeOnlyIdenticalSources() throws {
    let catalog = SourceCatalog(Fixtures.builtIn)
    let listed =
      Fixtures.builtIn.profiles.sources.count
      + Fixtures.builtIn.criteria.reduce(0) { $0 + $1.sources.count }
      + (Fixtures.builtIn.costModel?.sources.count ?? 0)
    #expect(catalog.entries.reduce(0) { $0 + $1.tables.count } == listed)
    #expect(catalog.entries.map(\.source.id) == catalog.entries.map(\.source.id).sorted())
    for (index, entry) in catalog.entries.enumerated() {
      #expect(!catalog.entries[(index + 1)...].contains { $0.source == entry.source })
      #expect(entry.tables == entry.tables.sorted())
    }
    #expect(catalog.tableCount == Fixtures.builtIn.criteria.count + 2)
  }
}
