/// One way to adapt a model that the criteria tables score, from `profiles.json`.
public struct Approach: Sendable, Equatable, Identifiable {
  /// The approach id used in tables, specs and reports (`rag`, `fine_tuning`).
  public var id: String
  /// The display name.
  public var name: String
  /// A name of at most 9 characters for table headers.
  public var shortName: String
  /// A one-paragraph summary.
  public var summary: String
  /// What to do first when this approach is recommended.
  public var nextSteps: [NextStep]

  /// Creates an approach.
  public init(
    id: String, name: String, shortName: String? = nil, summary: String, nextSteps: [NextStep] = []
  ) {
    self.id = id
    self.name = name
    self.shortName = shortName ?? String(name.prefix(9))
    self.summary = summary
    self.nextSteps = nextSteps
  }
}

/// One recommended first step for an approach, with the source that advises it.
public struct NextStep: Sendable, Equatable {
  /// The step, as one sentence.
  public var text: String
  /// The id of the source in `profiles.json` that advises it.
  public var source: String?

  /// Creates a step.
  public init(text: String, source: String? = nil) {
    self.text = text
    self.source = source
  }
}

/// A published source a table cites.
public struct Source: Sendable, Equatable, Identifiable {
  /// The id fits and steps refer to.
  public var id: String
  /// The title, with the facts taken from it.
  public var title: String
  /// Where it was published, when it has an address.
  public var url: String?

  /// Creates a source.
  public init(id: String, title: String, url: String? = nil) {
    self.id = id
    self.title = title
    self.url = url
  }
}

/// The approaches and the sources their next steps cite.
public struct Profiles: Sendable, Equatable {
  /// The approaches, in the order reports list them; on a tie the earlier one ranks first.
  public var approaches: [Approach]
  /// The sources cited by next steps.
  public var sources: [Source]

  /// Creates profiles.
  public init(approaches: [Approach], sources: [Source] = []) {
    self.approaches = approaches
    self.sources = sources
  }
}
