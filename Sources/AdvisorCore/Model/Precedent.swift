/// A published decision: a real project's stated facts, the approach its team chose, and where it was written up.
/// Precedents explain a verdict; they never change a score.
public struct Precedent: Sendable, Equatable, Identifiable {
  /// A stable id (`doordash-dasher-support`).
  public var id: String
  /// The project, in a few words.
  public var name: String
  /// Who built it.
  public var organisation: String
  /// When the write-up was published (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
  public var date: String
  /// The approach the team chose, an approach id.
  public var choice: String
  /// Whether the write-up says the choice was kept in production; `nil` when it does not say.
  public var kept: Bool?
  /// Why the team chose it, in one sentence.
  public var why: String
  /// The write-up.
  public var source: Source
  /// The facts the write-up states, as a spec would give them; nothing it does not say.
  public var facts: [GivenFact]
  /// For each fact, what in the write-up supports it.
  public var evidence: [String: String]
  /// What the facts cannot capture: a reason outside the criteria, or why the advisor and the team differ.
  public var note: String?

  /// Creates a precedent.
  public init(
    id: String, name: String, organisation: String, date: String, choice: String, kept: Bool?,
    why: String, source: Source,
    facts: [GivenFact], evidence: [String: String], note: String? = nil
  ) {
    self.id = id
    self.name = name
    self.organisation = organisation
    self.date = date
    self.choice = choice
    self.kept = kept
    self.why = why
    self.source = source
    self.facts = facts
    self.evidence = evidence
    self.note = note
  }

  /// The precedent's facts as a version-1 spec, to run the advisor on.
  public var spec: ProjectSpec {
    ProjectSpec(name: id, description: name, facts: facts)
  }
}
