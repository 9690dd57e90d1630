#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// xoshiro256** seeded through SplitMix64: fast, reproducible on every platform for the same seed.
public struct SeededRandom: RandomNumberGenerator, Sendable {
  private var state: (UInt64, UInt64, UInt64, UInt64)

  /// A generator whose sequence depends only on `seed`.
  public init(seed: UInt64) {
    var mix = seed
    func next() -> UInt64 {
      mix &+= 0x9E37_79B9_7F4A_7C15
      var z = mix
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    state = (next(), next(), next(), next())
  }

  /// The next 64 random bits.
  @inline(__always)
  public mutating func next() -> UInt64 {
    let result = ((state.1 &* 5) << 7 | (state.1 &* 5) >> 57) &* 9
    let shifted = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= shifted
    state.3 = state.3 << 45 | state.3 >> 19
    return result
  }

  /// A uniform value in (0, 1).
  @inline(__always)
  public mutating func uniform() -> Double {
    (Double(next() >> 11) + 0.5) * 0x1.0p-53
  }

  /// A Gamma(shape, 1) value (Marsaglia–Tsang; shapes below 1 boosted by U^(1/shape)).
  public mutating func gamma(shape: Double) -> Double {
    if shape < 1 {
      return gamma(shape: shape + 1) * pow(uniform(), 1 / shape)
    }
    let d = shape - 1.0 / 3
    return gamma(d: d, c: 1 / sqrt(9 * d))
  }

  /// A Gamma(d + 1/3, 1) value with Marsaglia–Tsang's constants precomputed (d = shape − 1/3, c = 1/√(9d)),
  /// for a sampler that draws the same shape many times.
  public mutating func gamma(d: Double, c: Double) -> Double {
    Ziggurat.shared.withTables { gamma(d: d, c: c, $0) }
  }

  /// `gamma(d:c:)` with the ziggurat's tables at hand.
  @inline(__always)
  mutating func gamma(d: Double, c: Double, _ table: Ziggurat.Tables) -> Double {
    while true {
      var x: Double
      var v: Double
      repeat {
        x = normal(table)
        v = 1 + c * x
      } while v <= 0
      v = v * v * v
      let u = uniform()
      if u < 1 - 0.0331 * x * x * x * x { return d * v }
      if log(u) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
    }
  }
}
