/// "Did you mean" suggestions by edit distance.
package enum Suggestion {
  /// The candidate closest to `word`, if it is close enough to be a plausible typo: one edit for words of up
  /// to 7 characters, a quarter of the length for longer ones.
  package static func nearest(to word: String, in candidates: [String]) -> String? {
    // A word far longer than every candidate cannot be a typo of one: skip the quadratic distance (an 8 MiB key
    // would take a minute and gigabytes).
    let length = word.count
    guard length <= (candidates.map(\.count).max() ?? 0) * 2 + 2 else { return nil }
    let lowered = word.lowercased()
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      // Lengths further apart than the tolerance can only be further apart in edits.
      guard
        abs(candidate.count - length) <= max(1, min(length, candidate.count) / 4)
          || candidate.lowercased() == lowered
      else { continue }
      let distance = editDistance(lowered, candidate.lowercased())
      if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    guard let best, best.distance > 0 || lowered != best.candidate else { return best?.candidate }
    let tolerance = max(1, min(word.count, best.candidate.count) / 4)
    return best.distance <= tolerance ? best.candidate : nil
  }

  /// How a message phrases a suggestion.
  package enum Phrasing: Sendable {
    /// After a compiler-style diagnostic: ` (did you mean "daily"?)`.
    case diagnostic
    /// After a command-line error sentence, as swift-argument-parser does: ` Did you mean 'list'?`.
    case sentence
  }

  /// The suggestion as a message phrases it, `did you mean "daily"?`, when `nearest` finds a candidate.
  package static func didYouMean(_ word: String, in candidates: [String]) -> String? {
    nearest(to: word, in: candidates).map { "did you mean \"\($0)\"?" }
  }

  /// The suggestion to append to a message, with its leading space; empty when no candidate is close. Every
  /// "did you mean" of the library and the command line is made here.
  package static func hint(
    _ word: String, in candidates: [String], _ phrasing: Phrasing = .diagnostic
  ) -> String {
    guard let nearest = nearest(to: word, in: candidates) else { return "" }
    switch phrasing {
    case .diagnostic: return " (did you mean \"\(nearest)\"?)"
    case .sentence: return " Did you mean '\(nearest)'?"
    }
  }

  /// The optimal-string-alignment distance: insertions, deletions, substitutions and adjacent
  /// transpositions each count one edit.
  package static func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs)
    let b = Array(rhs)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }

  /// A word from the input as a message quotes it: whole when short, else its start and its size
  /// (`"kkkk…" (8,388,408 bytes)`), so that one bad key cannot make a megabyte error line.
  package static func quoted(_ word: String) -> String {
    guard word.utf8.count > 80 else { return "\"\(word)\"" }
    return "\"\(word.prefix(40))…\" (\(Format.grouped(Double(word.utf8.count))) bytes)"
  }
}
