/// The ranking methods the advisor offers.
public enum RankingMethod: String, Sendable, CaseIterable {
  /// The weighted sum: the weighted mean of fits × 10 (the default).
  case wsm
  /// The weighted product: the weighted geometric mean of fit / 10, × 100.
  case wpm
  /// TOPSIS: closeness to the ideal approach after vector normalisation, × 100.
  case topsis

  /// The method's display name.
  public var name: String {
    switch self {
    case .wsm: "weighted sum"
    case .wpm: "weighted product"
    case .topsis: "TOPSIS"
    }
  }
}
