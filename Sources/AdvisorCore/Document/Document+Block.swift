extension Document {
  /// One unit of a document's content; a layout decides how each kind looks.
  public indirect enum Block: Sendable, Equatable {
    /// Running text.
    case paragraph(Paragraph)
    /// Bulleted, numbered or arrowed items.
    case list(List)
    /// Rows and columns.
    case table(Table)
    /// Lines drawn in fixed-width characters (a chart); a layout keeps them as they are.
    case preformatted([String])
    /// A chart restating figures the sections give in words: drawn by the HTML layout, left out of text and
    /// Markdown.
    case chart(Chart)
    /// Blocks a layout may fold away under a summary (Markdown's `<details>`); text shows them in place.
    case collapsible(summary: String, blocks: [Block])

    /// A paragraph of plain text.
    public static func text(_ string: String, role: Paragraph.Role = .plain, citations: [Int] = [])
      -> Block
    {
      .paragraph(Paragraph(string, role: role, citations: citations))
    }

    /// A list of items.
    public static func items(_ items: [Item], marker: List.Marker = .bullet) -> Block {
      .list(List(items, marker: marker))
    }
  }

  /// Running text with the sources it cites.
  public struct Paragraph: Sendable, Equatable {
    /// How a paragraph stands out.
    public enum Role: Sendable, Equatable {
      /// Ordinary text.
      case plain
      /// Text that must be noticed.
      case strong
      /// A quieter aside: an assumption, a pointer to another command.
      case note
      /// A warning about the answer.
      case warning
    }

    /// The words.
    public var text: String
    /// How it is shown.
    public var role: Role
    /// Positions in the document's sources.
    public var citations: [Int]

    /// Creates a paragraph.
    public init(_ text: String, role: Role = .plain, citations: [Int] = []) {
      self.text = text
      self.role = role
      self.citations = citations
    }
  }

  /// Items in a row, each one line of thought.
  public struct List: Sendable, Equatable {
    /// What starts each item.
    public enum Marker: Sendable, Equatable {
      /// A bullet.
      case bullet
      /// 1., 2., 3.
      case number
      /// An arrow between two things (a break-even between two approaches).
      case arrow
    }

    /// The items.
    public var items: [Item]
    /// The marker.
    public var marker: Marker

    /// Creates a list.
    public init(_ items: [Item], marker: Marker = .bullet) {
      self.items = items
      self.marker = marker
    }
  }

  /// One entry of a list.
  public struct Item: Sendable, Equatable {
    /// A name the item is about, set apart from the text (bold in Markdown).
    public var label: String?
    /// The words.
    public var text: String
    /// Positions in the document's sources.
    public var citations: [Int]
    /// Where to read more: a published project, a source.
    public var link: Source?

    /// Creates an item.
    public init(_ text: String, label: String? = nil, citations: [Int] = [], link: Source? = nil) {
      self.label = label
      self.text = text
      self.citations = citations
      self.link = link
    }
  }
}
