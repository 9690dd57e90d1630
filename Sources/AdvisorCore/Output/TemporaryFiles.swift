#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary files being written right now, kept where a signal handler can remove them: a batch stopped
/// by Ctrl-C or `kill` must not leave a hidden `.advisor-XXXXXX` file beside its output.
///
/// The table is a fixed block of C strings, so that `removeAll()` calls only `unlink`, which is safe in a
/// signal handler; `register` and `unregister` run on the thread that writes the file.
package enum TemporaryFiles {
  /// How many files can be registered at once; the advisor writes one at a time.
  static let capacity = 16

  /// The slots: a `strdup`ed path, or `nil`. Allocated once, on first use, and never freed.
  nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> =
    {
      let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
      slots.initialize(repeating: nil, count: capacity)
      return slots
    }()

  /// Makes sure the table exists, so that a signal handler never runs its one-time initialisation.
  package static func prepare() {
    _ = slots
  }

  /// Records a temporary file; returns its slot, or `nil` when the table is full (the file is then only
  /// removed by its writer).
  static func register(_ path: String) -> Int? {
    for slot in 0..<capacity where slots[slot] == nil {
      guard let copy = strdup(path) else { return nil }
      slots[slot] = copy
      return slot
    }
    return nil
  }

  /// Forgets a temporary file that was renamed or removed.
  static func unregister(_ slot: Int?) {
    guard let slot, (0..<capacity).contains(slot), let path = slots[slot] else { return }
    slots[slot] = nil
    free(path)
  }

  /// Removes every registered file. Safe to call from a signal handler.
  package static func removeAll() {
    for slot in 0..<capacity {
      if let path = slots[slot] { unlink(path) }
    }
  }

  /// The paths registered now, for tests.
  static var registered: [String] {
    (0..<capacity).compactMap { slots[$0].map { String(cString: $0) } }
  }
}
