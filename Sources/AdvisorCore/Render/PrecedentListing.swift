/// The library of published decisions as `advisor precedents` prints it: every entry, or those most like a spec.
public struct PrecedentListing: Sendable {
  /// The tables and their library.
  public let criteria: CriteriaSet
  /// The matches for a spec, most similar first; `nil` lists the whole library.
  public let matches: [PrecedentMatch]?
  /// The spec matched, when there is one.
  public let spec: ProjectSpec?

  /// Creates a listing.
  public init(criteria: CriteriaSet, matches: [PrecedentMatch]?, spec: ProjectSpec?) {
    self.criteria = criteria
    self.matches = matches
    self.spec = spec
  }

  /// The version of the JSON listing.
  public static let listingVersion = 1

  /// The listing as text for a width.
  public func text(width: Int = 80) -> String {
    var out: [String] = []
    let library = criteria.precedents
    guard !library.isEmpty else {
      return
        "\(criteria.origin): no \(Precedent.fileName): these tables have no library of published decisions\n"
    }
    if let matches, let spec {
      out.append(
        "\(spec.name): the \(matches.count) published projects most like it (of \(library.count))")
      for match in matches {
        out += TextStyle.wrap(
          match.summary(criteria: criteria, spec: spec), width: width, indent: "    ",
          firstIndent: "  • ")
        out += TextStyle.wrap(
          match.precedent.why, width: width, indent: "    ", firstIndent: "    ")
        if let url = match.precedent.source.url {
          out += TextStyle.wrap("<\(url)>", width: width, indent: "    ", firstIndent: "    ")
        }
      }
    } else {
      let counts = criteria.approaches.map { approach in
        "\(library.filter { $0.choice == approach.id }.count) \(approach.shortName)"
      }
      out.append("Published decisions: \(library.count) (\(counts.joined(separator: ", ")))")
      for entry in library {
        let choice = criteria.approach(id: entry.choice)?.shortName ?? entry.choice
        out += TextStyle.wrap(
          "\(entry.id): \(entry.organisation), \(entry.name) (\(entry.date)) chose \(choice). \(entry.why)",
          width: width, indent: "    ",
          firstIndent: "  • ")
        if let url = entry.source.url {
          out += TextStyle.wrap("<\(url)>", width: width, indent: "    ", firstIndent: "    ")
        }
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// The listing as JSON: every entry with its facts and evidence, or the matches with their similarity.
  public func json() -> JSONValue {
    func entry(_ precedent: Precedent) -> [(String, JSONValue)] {
      precedent.summaryMembers + [
        ("note", .optional(precedent.note)),
        (
          "source",
          .object([
            ("title", .string(precedent.source.title)), ("url", .optional(precedent.source.url)),
          ])
        ),
        ("facts", .object(precedent.facts.map { ($0.key, $0.value.json) })),
        (
          "evidence",
          .object(precedent.evidence.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
        ),
      ]
    }
    var members: [(String, JSONValue)] = [
      ("listingVersion", .number(Double(Self.listingVersion))),
      ("tool", .string("advisor \(Advisor.version)")),
      (
        "criteria",
        .object([("origin", .string(criteria.origin)), ("digest", .string(criteria.digest))])
      ),
    ]
    if let matches {
      members.append(
        (
          "similar",
          .array(
            matches.map { match in
              .object(
                entry(match.precedent) + [
                  ("similarity", .number(Format.rounded(match.similarity, 4))),
                  ("shared", .array(match.shared.map { .string($0) })),
                ])
            })
        ))
    } else {
      members.append(("precedents", .array(criteria.precedents.map { .object(entry($0)) })))
    }
    return .object(members)
  }
}
