// libFuzzer entry point over the advisor's input parsing: spec decoding against the built-in tables, criteria
// loading with the input standing in for one table, a saved report, an interview answers file and a batch of
// spec lines. Built by scripts/fuzz.sh, not by SwiftPM.

let builtIn: CriteriaSet? = try? CriteriaLoader().loadBuiltIn()
let profiles = table("profiles.json")
let team = table("team.json")

/// A table from the repository's `criteria/` folder (scripts/fuzz.sh runs from the repository root).
func table(_ name: String) -> InputFile {
  (try? InputFile.read(path: "criteria/" + name)) ?? InputFile(name: name, bytes: [])
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let criteria = builtIn else { return 0 }
  // A spec: any bytes must give a spec or an AdvisorError, never a crash.
  if let spec = try? ProjectSpec.load(InputFile(name: "fuzz.json", bytes: bytes), criteria: criteria) {
    let report = Advisor(options: .init(samples: 50)).recommend(spec, criteria: criteria)
    _ = JSONReportRenderer().render(report)
    _ = TextRenderer().render(report)
  }
  // The same bytes as a criteria table, as the cost model, and as the profiles, each beside a minimal set.
  _ = try? CriteriaLoader().load(files: [profiles, InputFile(name: "fuzzed.json", bytes: bytes)], origin: "fuzz")
  _ = try? CriteriaLoader().load(files: [profiles, team, InputFile(name: "cost-model.json", bytes: bytes)], origin: "fuzz")
  _ = try? CriteriaLoader().load(files: [InputFile(name: "profiles.json", bytes: bytes), team], origin: "fuzz")
  // A saved report for `advisor diff`.
  _ = try? ReportSnapshot.load(InputFile(name: "report.json", bytes: bytes))
  // An answers file (`interview --answers`): every line, split by scalar as the interview splits it, offered to
  // every question.
  let text = String(decoding: bytes, as: UTF8.self)
  for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).prefix(64) {
    let answer = String(String.UnicodeScalarView(line))
    for criterion in criteria.criteria { _ = AnswerParser().parse(answer, for: criterion) }
  }
  // A batch of spec lines (`recommend --batch`), read a window at a time as the batch reads them.
  let reader = SpecBatchReader(bytes: bytes, name: "batch.jsonl")
  while let lines = try? reader.next(16), !lines.isEmpty {
    for line in lines { _ = try? line.load(criteria: criteria) }
  }
  return 0
}
