/// Output built once — a title, a headline, sections of blocks, numbered sources — that every format lays out
/// (`TextLayout`, `MarkdownLayout`), so each format says the same things in the same order.
public struct Document: Sendable, Equatable {
  /// How prominent a headline is, and in which colour a terminal shows it.
  public enum Tone: Sendable, Equatable {
    /// A settled answer.
    case positive
    /// An answer with a caveat: provisional, too close to call, nothing meets the requirements.
    case caution
    /// A headline that carries no judgement.
    case neutral
  }

  /// The verdict or summary under the title.
  public struct Headline: Sendable, Equatable {
    /// The words.
    public var text: String
    /// How it is shown.
    public var tone: Tone

    /// Creates a headline.
    public init(_ text: String, tone: Tone = .neutral) {
      self.text = text
      self.tone = tone
    }
  }

  /// A titled part of the document.
  public struct Section: Sendable, Equatable {
    /// A stable identifier (`why`, `plan`), for anchors and tests.
    public var id: String
    /// The heading as printed.
    public var heading: String
    /// The content, in order.
    public var blocks: [Block]

    /// Creates a section.
    public init(id: String, heading: String, blocks: [Block]) {
      self.id = id
      self.heading = heading
      self.blocks = blocks
    }
  }

  /// What the document is about: a project's name, or a listing's subject.
  public var title: String
  /// A line that qualifies the title (a project's description).
  public var subtitle: String?
  /// The verdict or summary, shown prominently under the title.
  public var headline: Headline?
  /// Blocks between the headline and the first section.
  public var lead: [Block]
  /// The sections, in order.
  public var sections: [Section]
  /// The sources that paragraphs and items cite by position.
  public var sources: [Source]
  /// A closing line on what produced the document (tool version, tables).
  public var colophon: String?

  /// Creates a document.
  public init(
    title: String, subtitle: String? = nil, headline: Headline? = nil, lead: [Block] = [],
    sections: [Section] = [],
    sources: [Source] = [], colophon: String? = nil
  ) {
    self.title = title
    self.subtitle = subtitle
    self.headline = headline
    self.lead = lead
    self.sections = sections
    self.sources = sources
    self.colophon = colophon
  }

  /// The section with this identifier.
  public func section(_ id: String) -> Section? {
    sections.first { $0.id == id }
  }

  /// A clause as a sentence: capitalised, ending with a full stop.
  public static func sentence(_ clause: String) -> String {
    clause.prefix(1).uppercased() + clause.dropFirst() + (clause.hasSuffix(".") ? "" : ".")
  }
}
