#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Multi-criteria decision methods over a matrix of alternatives (rows) × criteria (columns). They match
/// pymcdm 1.4.0 and scikit-criteria 0.10 on the published reference example (see the tests).
public enum MCDA {
  /// Whether more of a criterion is better.
  public enum CriterionType: Sendable {
    case benefit
    case cost
  }

  /// How a column is brought to a common scale; cost columns are reversed so that higher is always better.
  public enum Normalization: Sendable {
    /// x / ‖column‖ (cost: 1 − x / ‖column‖).
    case vector
    /// (x − min) / (max − min) (cost: (max − x) / (max − min)).
    case minMax
    /// x / Σ column (cost: (1/x) / Σ (1/column)).
    case sum
  }

  /// The matrix normalised column by column.
  public static func normalize(
    _ matrix: [[Double]], types: [CriterionType], _ normalization: Normalization
  ) -> [[Double]] {
    guard let columns = matrix.first?.count else { return matrix }
    var result = matrix
    for column in 0..<columns {
      let values = matrix.map { $0[column] }
      let isCost = types[column] == .cost
      switch normalization {
      case .vector:
        let norm = sqrt(values.reduce(0) { $0 + $1 * $1 })
        for row in matrix.indices {
          let share = norm == 0 ? 0 : values[row] / norm
          result[row][column] = isCost ? 1 - share : share
        }
      case .minMax:
        let low = values.min() ?? 0
        let high = values.max() ?? 0
        for row in matrix.indices {
          let span = high - low
          result[row][column] =
            span == 0 ? 1 : (isCost ? (high - values[row]) / span : (values[row] - low) / span)
        }
      case .sum:
        let transformed = isCost ? values.map { $0 == 0 ? 0 : 1 / $0 } : values
        let total = transformed.reduce(0, +)
        for row in matrix.indices {
          result[row][column] = total == 0 ? 0 : transformed[row] / total
        }
      }
    }
    return result
  }

  /// The weighted sum of the normalised matrix, per alternative.
  public static func weightedSum(
    _ matrix: [[Double]], weights: [Double], types: [CriterionType], normalization: Normalization
  ) -> [Double] {
    let normalized = normalize(matrix, types: types, normalization)
    let total = weights.reduce(0, +)
    return normalized.map { row in
      zip(row, weights).reduce(0) { $0 + $1.0 * $1.1 } / (total == 0 ? 1 : total)
    }
  }

  /// TOPSIS closeness to the ideal solution, 0-1, per alternative.
  public static func topsis(
    _ matrix: [[Double]], weights: [Double], types: [CriterionType],
    normalization: Normalization = .vector
  ) -> [Double] {
    topsis(normalized: normalize(matrix, types: types, normalization), weights: weights)
  }

  /// TOPSIS on a matrix already normalised to benefit columns: the sampler reuses one normalisation.
  public static func topsis(normalized: [[Double]], weights: [Double]) -> [Double] {
    guard let columns = normalized.first?.count else { return [] }
    let total = weights.reduce(0, +)
    var ideal = [Double](repeating: -Double.infinity, count: columns)
    var antiIdeal = [Double](repeating: Double.infinity, count: columns)
    let weighted = normalized.map { row in
      (0..<columns).map { row[$0] * weights[$0] / (total == 0 ? 1 : total) }
    }
    for row in weighted {
      for column in 0..<columns {
        ideal[column] = max(ideal[column], row[column])
        antiIdeal[column] = min(antiIdeal[column], row[column])
      }
    }
    return weighted.map { row in
      var toIdeal = 0.0
      var toAntiIdeal = 0.0
      for column in 0..<columns {
        toIdeal += (row[column] - ideal[column]) * (row[column] - ideal[column])
        toAntiIdeal += (row[column] - antiIdeal[column]) * (row[column] - antiIdeal[column])
      }
      let sum = sqrt(toIdeal) + sqrt(toAntiIdeal)
      return sum == 0 ? 0 : sqrt(toAntiIdeal) / sum
    }
  }

  /// The weighted geometric mean of benefit scores already on 0-1, per alternative.
  public static func weightedProduct(_ matrix: [[Double]], weights: [Double]) -> [Double] {
    let total = weights.reduce(0, +)
    return matrix.map { row in
      zip(row, weights).reduce(1.0) { product, pair in
        product * pow(max(pair.0, 0), pair.1 / (total == 0 ? 1 : total))
      }
    }
  }
}
