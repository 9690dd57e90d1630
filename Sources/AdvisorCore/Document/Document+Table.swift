extension Document {
  /// Rows and columns with a header; each cell has a full form and may have a compact one for narrow layouts.
  public struct Table: Sendable, Equatable {
    /// A column's heading, alignment and how wide a fixed-width layout makes it.
    public struct Column: Sendable, Equatable {
      /// How wide a fixed-width layout makes a column.
      public enum Width: Sendable, Equatable {
        /// Exactly this many characters.
        case fixed(Int)
        /// As wide as its widest cell, at most this many characters.
        case fit(max: Int)
        /// The width the others leave, at least this many characters.
        case fill(min: Int)
      }

      /// The heading.
      public var title: String
      /// The heading where space is short (`Wt` for `Weight`).
      public var shortTitle: String
      /// Whether cells are right-aligned (numbers).
      public var alignsRight: Bool
      /// The width in a fixed-width layout.
      public var width: Width

      /// Creates a column.
      public init(
        _ title: String, short: String? = nil, alignsRight: Bool = false,
        width: Width = .fit(max: 30)
      ) {
        self.title = title
        self.shortTitle = short ?? title
        self.alignsRight = alignsRight
        self.width = width
      }
    }

    /// One cell.
    public struct Cell: Sendable, Equatable {
      /// The full text.
      public var text: String
      /// A shorter form for a fixed-width layout; `nil` means the full text.
      public var compact: String?
      /// A fit on the 0–10 scale the cell shows, for layouts that colour cells by it.
      public var fit: Double?

      /// Creates a cell.
      public init(_ text: String, compact: String? = nil, fit: Double? = nil) {
        self.text = text
        self.compact = compact
        self.fit = fit
      }
    }

    /// One row.
    public struct Row: Sendable, Equatable {
      /// The cells, one per column.
      public var cells: [Cell]
      /// Whether the row sums up the ones above (a total), shown in bold.
      public var isSummary: Bool

      /// Creates a row.
      public init(_ cells: [Cell], isSummary: Bool = false) {
        self.cells = cells
        self.isSummary = isSummary
      }
    }

    /// The columns.
    public var columns: [Column]
    /// The rows.
    public var rows: [Row]
    /// What the cells mean.
    public var legend: String?
    /// Held in an array because a struct cannot contain itself.
    private var narrowForms: [Table] = []

    /// The same table with fewer or narrower columns, for a fixed-width layout too narrow for this one.
    public var narrow: Table? {
      get { narrowForms.first }
      set { narrowForms = newValue.map { [$0] } ?? [] }
    }

    /// Creates a table.
    public init(columns: [Column], rows: [Row], legend: String? = nil, narrow: Table? = nil) {
      self.columns = columns
      self.rows = rows
      self.legend = legend
      self.narrow = narrow
    }
  }
}
