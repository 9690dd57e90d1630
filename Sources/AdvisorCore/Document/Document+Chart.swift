extension Document {
  /// A chart that restates figures the document's sections already give in words. The HTML layout draws it as
  /// SVG; text and Markdown leave it out, since their sections say the same.
  public struct Chart: Sendable, Equatable {
    /// One named line of points.
    public struct Series: Sendable, Equatable {
      /// The name in the legend.
      public var name: String
      /// The points, ascending in x.
      public var points: [(x: Double, y: Double)]

      /// Creates a series.
      public init(name: String, points: [(x: Double, y: Double)]) {
        self.name = name
        self.points = points
      }

      /// Two series are equal when their names and points are.
      public static func == (lhs: Series, rhs: Series) -> Bool {
        lhs.name == rhs.name && lhs.points.map(\.x) == rhs.points.map(\.x)
          && lhs.points.map(\.y) == rhs.points.map(\.y)
      }
    }

    /// A labelled vertical line at an x value (the project's volume, a break-even).
    public struct Mark: Sendable, Equatable {
      /// Where.
      public var x: Double
      /// What it is.
      public var label: String
      /// Whether it is the chart's main mark (the project's own value), drawn stronger.
      public var isPrimary: Bool

      /// Creates a mark.
      public init(x: Double, label: String, isPrimary: Bool = false) {
        self.x = x
        self.label = label
        self.isPrimary = isPrimary
      }
    }

    /// One bar: a label and a share from 0 to 1.
    public struct Bar: Sendable, Equatable {
      /// The label.
      public var label: String
      /// The share, 0–1.
      public var share: Double

      /// Creates a bar.
      public init(label: String, share: Double) {
        self.label = label
        self.share = share
      }
    }

    /// One interval row: where a value may move without changing the answer, and where it is now.
    public struct Interval: Sendable, Equatable {
      /// The row's label.
      public var label: String
      /// The interval's lower end.
      public var lower: Double
      /// The interval's upper end; `nil` means unbounded.
      public var upper: Double?
      /// The value now.
      public var current: Double
      /// What lies outside the interval, in words (who wins below and above).
      public var outside: String

      /// Creates an interval.
      public init(label: String, lower: Double, upper: Double?, current: Double, outside: String) {
        self.label = label
        self.lower = lower
        self.upper = upper
        self.current = current
        self.outside = outside
      }
    }

    /// What is drawn.
    public enum Kind: Sendable, Equatable {
      /// Lines on log–log axes, with vertical marks; the unit labels the y axis.
      case logLines(series: [Series], marks: [Mark], xLabel: String, yLabel: String, unit: String)
      /// Horizontal bars of shares.
      case bars([Bar])
      /// Horizontal intervals over a common scale from 0.
      case intervals([Interval])
    }

    /// The chart's title.
    public var title: String
    /// The text alternative: what the chart shows, in one or two sentences.
    public var summary: String
    /// What is drawn.
    public var kind: Kind

    /// Creates a chart.
    public init(title: String, summary: String, kind: Kind) {
      self.title = title
      self.summary = summary
      self.kind = kind
    }
  }
}
