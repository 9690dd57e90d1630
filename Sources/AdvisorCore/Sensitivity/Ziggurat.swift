#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The tables of Marsaglia and Tsang's ziggurat method for standard normal values (128 layers): most draws
/// cost one comparison and one multiplication, with no logarithm or square root.
struct Ziggurat: Sendable {
  /// Acceptance thresholds, scaled to 2^31.
  let k: [UInt32]
  /// Layer widths, scaled from 2^31.
  let w: [Double]
  /// The density at each layer's edge.
  let f: [Double]
  /// The start of the tail.
  static let r = 3.442619855899

  static let shared = Ziggurat()

  init() {
    let m = 2_147_483_648.0
    let v = 9.91256303526217e-3
    var d = Self.r
    var t = d
    let q = v / exp(-0.5 * d * d)
    var k = [UInt32](repeating: 0, count: 128)
    var w = [Double](repeating: 0, count: 128)
    var f = [Double](repeating: 0, count: 128)
    k[0] = UInt32(d / q * m)
    k[1] = 0
    w[0] = q / m
    w[127] = d / m
    f[0] = 1
    f[127] = exp(-0.5 * d * d)
    for index in stride(from: 126, through: 1, by: -1) {
      d = sqrt(-2 * log(v / d + exp(-0.5 * d * d)))
      k[index + 1] = UInt32(d / t * m)
      t = d
      f[index] = exp(-0.5 * d * d)
      w[index] = d / m
    }
    self.k = k
    self.w = w
    self.f = f
  }
}

extension Ziggurat {
  /// The tables as buffers, for sampling loops that should not pay for array access per draw.
  struct Tables {
    let k: UnsafeBufferPointer<UInt32>
    let w: UnsafeBufferPointer<Double>
    let f: UnsafeBufferPointer<Double>
  }

  /// Calls `body` with the tables as buffers, valid only inside it.
  func withTables<Result>(_ body: (Tables) -> Result) -> Result {
    k.withUnsafeBufferPointer { k in
      w.withUnsafeBufferPointer { w in
        f.withUnsafeBufferPointer { f in body(Tables(k: k, w: w, f: f)) }
      }
    }
  }
}

extension SeededRandom {
  /// A standard normal value by the ziggurat method; the layer index and the value use separate random bits.
  public mutating func zigguratNormal() -> Double {
    Ziggurat.shared.withTables { normal($0) }
  }

  /// A standard normal value from tables already at hand.
  @inline(__always)
  mutating func normal(_ table: Ziggurat.Tables) -> Double {
    while true {
      let bits = next()
      let layer = Int(bits & 127)
      let value = Int32(truncatingIfNeeded: bits >> 32)
      let x = Double(value) * table.w[layer]
      if value.magnitude < table.k[layer] { return x }
      if layer == 0 {
        // The tail beyond r.
        var tail: Double
        var y: Double
        repeat {
          tail = -log(uniform()) / Ziggurat.r
          y = -log(uniform())
        } while y + y < tail * tail
        return value > 0 ? Ziggurat.r + tail : -Ziggurat.r - tail
      }
      if table.f[layer] + uniform() * (table.f[layer - 1] - table.f[layer]) < exp(-0.5 * x * x) {
        return x
      }
    }
  }
}
