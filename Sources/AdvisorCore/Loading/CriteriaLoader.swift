/// Loads and checks a set of criteria tables: `profiles.json` plus one JSON file per criterion.
public struct CriteriaLoader: Sendable {
  /// The file that lists the approaches.
  public static let profilesFile = "profiles.json"

  /// Creates a loader.
  public init() {}

  /// The tables built into the binary, identical to the repository's `criteria/` folder. They are compiled in
  /// as values (`DefaultCriteria+Values.swift`, checked by a test against the folder) with their digest,
  /// so loading them parses and hashes nothing.
  public func loadBuiltIn() throws(AdvisorError) -> CriteriaSet {
    CriteriaSet(
      profiles: DefaultCriteria.profiles(), criteria: DefaultCriteria.criteria(),
      origin: "built-in", digest: DefaultCriteria.digest,
      costModel: DefaultCriteria.costModel(), precedents: DefaultCriteria.precedents())
  }

  /// Loads every `*.json` file of a directory.
  public func load(directory: String) throws(AdvisorError) -> CriteriaSet {
    switch FileSystem.kind(of: directory) {
    case .missing:
      // A symbolic link loop or a name too long is not "no such file".
      if let reason = FileSystem.statError(of: directory) {
        throw .unreadable(path: directory, reason: reason)
      }
      throw .fileNotFound(path: directory)
    case .directory: break
    default:
      throw .unreadable(
        path: directory, reason: "not a directory; expected a folder of criteria tables")
    }
    guard let names = FileSystem.list(directory: directory) else {
      throw .unreadable(path: directory, reason: FileSystem.errorText())
    }
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    var files: [InputFile] = []
    for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
      files.append(try InputFile.read(path: prefix + name))
    }
    return try load(files: files, origin: directory)
  }

  /// Loads tables from files already read. Every problem in every file is reported together. `digest`, when
  /// known, stands in for hashing the canonical tables.
  public func load(files: [InputFile], origin: String, digest knownDigest: String? = nil)
    throws(AdvisorError) -> CriteriaSet
  {
    let sorted = files.sorted { $0.name < $1.name }
    guard let profilesInput = sorted.first(where: { Self.baseName($0.name) == Self.profilesFile })
    else {
      throw .invalid([
        Diagnostic(
          file: origin,
          message: "missing \(Self.profilesFile): the criteria folder must list its approaches")
      ])
    }
    var collector = DiagnosticCollector()
    var hasher = SHA256()
    let compact = JSONWriter(style: .compact)
    func digest(_ file: InputFile, _ root: JSONValue) {
      guard knownDigest == nil else { return }
      // `$schema` is an editor hint, not knowledge: it does not change the digest.
      var canonical = root
      if case .object(let members) = root.kind {
        canonical.kind = .object(members.filter { $0.key != "$schema" })
      }
      hasher.update(Self.baseName(file.name).utf8)
      hasher.update([0x0A])
      hasher.update(compact.string(canonical).utf8)
      hasher.update([0x0A])
    }
    let profilesRoot = collector.attempt { () throws(AdvisorError) in try profilesInput.parseJSON()
    }
    let before = collector.diagnostics.count
    let profiles = profilesRoot.flatMap {
      Profiles.decode($0, file: profilesInput.name, into: &collector)
    }
    let profilesAreClean = collector.diagnostics.count == before
    // Without a valid approach list there is nothing to check fits against; one error in profiles.json is enough.
    let approachIDs =
      profilesAreClean
      ? profiles.flatMap { $0.approaches.isEmpty ? nil : $0.approaches.map(\.id) } : nil
    var criteria: [Criterion] = []
    var criterionFiles: [String] = []
    var costRoot: (file: InputFile, root: JSONValue)?
    var precedentsRoot: (file: InputFile, root: JSONValue)?
    for file in sorted {
      if file.name == profilesInput.name {
        if let profilesRoot { digest(file, profilesRoot) }
        continue
      }
      if Self.baseName(file.name) == Precedent.fileName {
        if let root = collector.attempt({ () throws(AdvisorError) in try file.parseJSON() }) {
          digest(file, root)
          precedentsRoot = (file, root)
        }
        continue
      }
      if Self.baseName(file.name) == CostModel.fileName {
        if let root = collector.attempt({ () throws(AdvisorError) in try file.parseJSON() }) {
          digest(file, root)
          costRoot = (file, root)
        }
        continue
      }
      guard let root = collector.attempt({ () throws(AdvisorError) in try file.parseJSON() }) else {
        continue
      }
      digest(file, root)
      guard
        let criterion = Criterion.decode(
          root, file: file.name, approachIDs: approachIDs, into: &collector)
      else { continue }
      if let other = criteria.first(where: { $0.id == criterion.id }) {
        collector.add(
          Diagnostic(
            file: file.name, location: root.member("id")?.location,
            path: JSONPath.root.appending("id"),
            message: "criterion id \"\(criterion.id)\" is also used by criterion \"\(other.name)\"")
        )
      }
      if let other = criteria.first(where: { $0.fact.key == criterion.fact.key }) {
        collector.add(
          Diagnostic(
            file: file.name, location: root.member("fact")?.member("key")?.location,
            path: JSONPath.root.appending("fact").appending("key"),
            message: "fact \"\(criterion.fact.key)\" is already read by criterion \"\(other.id)\""))
      }
      criteria.append(criterion)
      criterionFiles.append(file.name)
    }
    if criteria.isEmpty, collector.diagnostics.isEmpty {
      collector.add(
        Diagnostic(
          file: origin,
          message:
            "no criteria tables found; expected one JSON file per criterion beside \(Self.profilesFile)"
        ))
    }
    checkInferences(criteria, files: criterionFiles, into: &collector)
    // The decision model keeps a project's failed requirements and a condition's allowed levels as 64-bit sets.
    if criteria.count > Self.limit {
      collector.add(
        Diagnostic(
          file: origin,
          message: "\(criteria.count) criteria tables; at most \(Self.limit) are supported"))
    }
    for (criterion, file) in zip(criteria, criterionFiles) where criterion.levels.count > Self.limit
    {
      collector.add(
        Diagnostic(
          file: file, path: JSONPath.root.appending("levels"),
          message: "\(criterion.levels.count) levels; at most \(Self.limit) are supported"))
    }
    let costModel = costRoot.flatMap {
      CostModel.decode(
        $0.root, file: $0.file.name, criteria: criteria, approachIDs: approachIDs, into: &collector)
    }
    var set = profiles.map {
      CriteriaSet(profiles: $0, criteria: criteria, origin: origin, costModel: costModel)
    }
    if let precedentsRoot, let tables = set, collector.diagnostics.isEmpty {
      // A precedent's facts are checked against the tables, so the tables must be sound first.
      set?.precedents = Precedent.decodeLibrary(
        precedentsRoot.root, file: precedentsRoot.file.name, criteria: tables, into: &collector)
    }
    try collector.check()
    guard var set else { throw .invalid(collector.diagnostics) }
    set.digest = knownDigest ?? "sha256:" + hasher.hexDigest()
    return set
  }

  /// Inference rules, relevance conditions and the `unless` of requirements may only name facts other criteria
  /// read, and levels those criteria have.
  private func checkInferences(
    _ criteria: [Criterion], files: [String], into collector: inout DiagnosticCollector
  ) {
    for (criterion, file) in zip(criteria, files) {
      var groups:
        [(conditions: [String: [String]], path: JSONPath, location: SourceLocation?, what: String)] =
          []
      for (index, rule) in criterion.inferences.enumerated() {
        groups.append(
          (
            rule.conditions,
            JSONPath.root.appending("infer").appending(index: index).appending("when"),
            rule.location, "an inference"
          ))
      }
      if let relevance = criterion.relevance {
        groups.append(
          (
            relevance.conditions, JSONPath.root.appending("appliesWhen").appending("when"),
            relevance.location, "a relevance"
          ))
      }
      for (index, level) in criterion.levels.enumerated() {
        for (approach, exclusion) in level.excludes.sorted(by: { $0.key < $1.key })
        where !exclusion.unless.isEmpty {
          let path = JSONPath.root.appending("levels").appending(index: index).appending("excludes")
            .appending(approach).appending("unless")
          groups.append((exclusion.unless, path, exclusion.location, "an unless"))
        }
      }
      for group in groups {
        for key in group.conditions.keys.sorted() {
          let path = group.path.appending(key)
          guard let source = criteria.first(where: { $0.fact.key == key }),
            source.id != criterion.id
          else {
            var message = "unknown fact \"\(key)\" in \(group.what) condition"
            message += Suggestion.hint(key, in: criteria.map(\.fact.key))
            collector.add(
              Diagnostic(file: file, location: group.location, path: path, message: message))
            continue
          }
          for level in group.conditions[key] ?? [] where source.level(id: level) == nil {
            collector.add(
              Diagnostic(
                file: file, location: group.location, path: path,
                message: LevelReader.unknownLevelMessage(level, source.levels.map(\.id))))
          }
        }
      }
    }
  }

  /// The most criteria a set may hold, and the most levels a criterion may have.
  public static let limit = 64

  static func baseName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
