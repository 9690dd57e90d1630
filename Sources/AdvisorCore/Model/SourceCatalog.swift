/// Every source a set of criteria tables lists, merged across tables, and every place a table cites one by id.
/// Tables are named by criterion id, and `profiles` and `cost-model` for `profiles.json` and `cost-model.json`.
public struct SourceCatalog: Sendable, Equatable {
  /// One source with the tables that list it; tables that list the same id with the same title and address
  /// share an entry.
  public struct Entry: Sendable, Equatable {
    /// The source as the tables list it.
    public var source: Source
    /// The names of the tables that list it, sorted.
    public var tables: [String]
  }

  /// One place where a table cites a source by id.
  public struct Citation: Sendable, Equatable {
    /// The name of the citing table.
    public var table: String
    /// Where in the table's JSON the id stands (`$.levels[0].fit.rag.source`).
    public var path: JSONPath
    /// The cited id.
    public var id: String
    /// Whether the citing table's own `sources` list the id.
    public var resolves: Bool
  }

  /// The name of `profiles.json` as a table.
  public static let profilesTable = "profiles"
  /// The name of `cost-model.json` as a table.
  public static let costModelTable = "cost-model"

  /// The sources, sorted by id, then title and address when an id is listed differently by different tables.
  public var entries: [Entry]
  /// Every citation of a fit, requirement, settlement, prior, next step or price, in table order.
  public var citations: [Citation]
  /// How many tables the catalog was built from.
  public var tableCount: Int

  /// Gathers the sources and citations of every table in a criteria set.
  public init(_ criteria: CriteriaSet) {
    var tables: [(name: String, sources: [Source], cited: [(JSONPath, String)])] = []
    var steps: [(JSONPath, String)] = []
    for (index, approach) in criteria.approaches.enumerated() {
      let path = JSONPath.root.appending("approaches").appending(index: index).appending(
        "nextSteps")
      for (stepIndex, step) in approach.nextSteps.enumerated() {
        if let source = step.source {
          steps.append((path.appending(index: stepIndex).appending("source"), source))
        }
      }
    }
    tables.append((Self.profilesTable, criteria.profiles.sources, steps))
    for criterion in criteria.criteria {
      var cited: [(JSONPath, String)] = []
      for (index, level) in criterion.levels.enumerated() {
        let path = JSONPath.root.appending("levels").appending(index: index)
        for (approach, fit) in level.fits.sorted(by: { $0.key < $1.key }) {
          if let source = fit.source {
            cited.append((path.appending("fit").appending(approach).appending("source"), source))
          }
        }
        for (approach, exclusion) in level.excludes.sorted(by: { $0.key < $1.key }) {
          if let source = exclusion.source {
            cited.append(
              (path.appending("excludes").appending(approach).appending("source"), source))
          }
        }
        if let source = level.settles?.source {
          cited.append((path.appending("settles").appending("source"), source))
        }
      }
      if let source = criterion.unknown.source {
        cited.append((JSONPath.root.appending("unknown").appending("source"), source))
      }
      tables.append((criterion.id, criterion.sources, cited))
    }
    if let model = criteria.costModel {
      let cited = model.prices.sorted { $0.key < $1.key }.map {
        (JSONPath.root.appending("prices").appending($0.key).appending("source"), $0.value.source)
      }
      tables.append((Self.costModelTable, model.sources, cited))
    }

    var merged: [Entry] = []
    for table in tables {
      for source in table.sources {
        if let index = merged.firstIndex(where: { $0.source == source }) {
          if !merged[index].tables.contains(table.name) { merged[index].tables.append(table.name) }
        } else {
          merged.append(Entry(source: source, tables: [table.name]))
        }
      }
    }
    for index in merged.indices { merged[index].tables.sort() }
    entries = merged.sorted {
      ($0.source.id, $0.source.title, $0.source.url ?? "") < (
        $1.source.id, $1.source.title, $1.source.url ?? ""
      )
    }
    citations = tables.flatMap { table in
      table.cited.map { path, id in
        Citation(
          table: table.name, path: path, id: id, resolves: table.sources.contains { $0.id == id })
      }
    }
    tableCount = tables.count
  }

  /// The citations whose id the citing table does not list.
  public var unresolved: [Citation] { citations.filter { !$0.resolves } }

  /// The ids listed by more than one entry: different tables give them different titles or addresses.
  public var conflictingIDs: [String] {
    var seen: Set<String> = []
    var conflicting: [String] = []
    for entry in entries {
      if !seen.insert(entry.source.id).inserted, conflicting.last != entry.source.id {
        conflicting.append(entry.source.id)
      }
    }
    return conflicting
  }
}
