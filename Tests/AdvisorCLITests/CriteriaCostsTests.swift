import AdvisorCore
import Foundation
import Testing

@testable import AdvisorCLI

/// `advisor criteria costs` lists the loaded cost model, and `criteria list` ends with its facts.
@Suite struct CriteriaCostsTests {
  static func model() throws -> CostModel {
    try #require(try CriteriaLoader().loadBuiltIn().costModel)
  }

  /// Each price's lines in the text: from `  <id>: ` up to the next price or heading.
  static func block(of id: String, in text: String) -> String? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(where: { $0.hasPrefix("  \(id): ") }) else { return nil }
    let end = lines[(start + 1)...].firstIndex { !$0.hasPrefix("    ") } ?? lines.endIndex
    // Continuation lines joined, so that a wrapped phrase reads whole.
    return lines[start..<end].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
  }

  @Test func textListsEveryPriceWithItsSourceAndDate() throws {
    let model = try Self.model()
    let run = Run(["criteria", "costs"])
    #expect(run.status == 0)
    #expect(run.error.isEmpty)
    #expect(
      run.output.hasPrefix(
        "Cost model: built-in, prices in \(model.currency) (\(model.facts.count) facts, \(model.prices.count) prices"
      ))
    for (id, price) in model.prices {
      let block = try #require(Self.block(of: id, in: run.output), "\(id) is not listed")
      #expect(block.contains("dated \(price.date)"), "\(id)")
      #expect(block.contains(" source \(price.source): "), "\(id)")
      let source = try #require(model.sources.first { $0.id == price.source })
      if let url = source.url { #expect(block.contains(url), "\(id): \(url)") }
      if let note = price.note, let word = note.split(separator: " ").last {
        #expect(block.contains(word), "\(id)")
      }
    }
    // Sorted by id within each family, families in order.
    let listed = run.output.split(separator: "\n").filter {
      $0.hasPrefix("  ") && !$0.hasPrefix("   ")
    }.compactMap { line in
      line.split(separator: ":").first.map { String($0.dropFirst(2)) }
    }.filter { model.prices[$0] != nil }
    #expect(listed.count == model.prices.count)
    #expect(
      listed
        == model.prices.keys.sorted {
          (CostModelListing.family(of: $0), $0) < (CostModelListing.family(of: $1), $1)
        })
  }

  @Test func textListsEveryFactWithItsDefaultAndQuestion() throws {
    let model = try Self.model()
    let output = Run(["criteria", "costs"]).output
    for fact in model.facts {
      let line = try #require(
        output.split(separator: "\n").first { $0.hasPrefix("  \(fact.key): ") }, "\(fact.key)")
      let defaultText: String
      switch fact.defaultValue {
      case .number(let number): defaultText = Format.grouped(number)
      case .level(let id): defaultText = id
      }
      #expect(line.hasSuffix("; default \(defaultText)"), "\(line)")
      if fact.kind == .choice {
        #expect(line.contains("choice of " + fact.levels.joined(separator: ", ")))
      }
      if let unit = fact.unit { #expect(line.contains(unit)) }
      #expect(output.contains(fact.question.split(separator: " ").prefix(4).joined(separator: " ")))
    }
  }

  @Test func textFitsEightyColumns() {
    for line in Run(["criteria", "costs"]).output.split(separator: "\n") {
      // Only a word that cannot break (an address) may stand alone past the width.
      #expect(
        line.count <= 80 || !line.trimmingCharacters(in: .whitespaces).contains(" "), "\(line)")
    }
  }

  @Test func jsonListsEveryPriceOfTheLoadedModel() throws {
    let model = try Self.model()
    let run = Run(["criteria", "costs", "--format", "json"])
    #expect(run.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    #expect(object["listingVersion"] as? Int == 1)
    #expect(object["currency"] as? String == model.currency)
    #expect(
      (object["criteria"] as? [String: Any])?["digest"] as? String
        == (try CriteriaLoader().loadBuiltIn().digest))
    let prices = try #require(object["prices"] as? [[String: Any]])
    #expect(prices.compactMap { $0["id"] as? String } == model.prices.keys.sorted())
    for entry in prices {
      let price = try #require(model.prices[entry["id"] as? String ?? ""])
      #expect(entry["low"] as? Double == price.estimate.low)
      #expect(entry["expected"] as? Double == price.estimate.expected)
      #expect(entry["high"] as? Double == price.estimate.high)
      #expect(entry["unit"] as? String == price.unit)
      #expect(entry["date"] as? String == price.date)
      let source = try #require(entry["source"] as? [String: Any])
      let expected = try #require(model.sources.first { $0.id == price.source })
      #expect(source["id"] as? String == expected.id)
      #expect(source["title"] as? String == expected.title)
      #expect(source["url"] as? String == expected.url)
    }
    let facts = try #require(object["facts"] as? [[String: Any]])
    #expect(facts.compactMap { $0["key"] as? String } == model.facts.map(\.key))
    #expect(run.output == Run(["criteria", "costs", "-f", "json"]).output)
  }

  @Test func aFolderWithAnotherModelIsListed() throws {
    var id = ""
    let directory = try TableCopy.edited(CostModel.fileName) { model in
      var prices = model["prices"] as? [String: Any] ?? [:]
      id = prices.keys.sorted().first ?? ""
      var price = prices[id] as? [String: Any] ?? [:]
      price["low"] = 0.000125
      price["expected"] = 0.000125
      price["high"] = 0.000125
      price["date"] = "2031-02-03"
      prices[id] = price
      model["prices"] = prices
    }
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let run = Run(["criteria", "costs", "--criteria", directory])
    #expect(run.status == 0)
    #expect(
      run.output.replacingOccurrences(of: "\n  ", with: " ").hasPrefix(
        "Cost model: \(directory), prices in "))
    #expect(Self.block(of: id, in: run.output)?.hasPrefix("\(id): 0.000125 ") == true)
    #expect(Self.block(of: id, in: run.output)?.contains("dated 2031-02-03") == true)
  }

  @Test func tablesWithoutACostModelAreRefused() throws {
    let directory = try TableCopy.edited("team.json") { _ in }
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try FileManager.default.removeItem(atPath: directory + "/" + CostModel.fileName)
    let run = Run(["criteria", "costs", "--criteria", directory])
    #expect(run.status == 65)
    #expect(
      run.error
        == "\(directory): error: no cost-model.json: these criteria tables have no cost model\n")
    #expect(run.output.isEmpty)
  }

  @Test func criteriaListEndsWithTheCostFacts() throws {
    let model = try Self.model()
    let output = Run(["criteria", "list"]).output
    let section = try #require(output.components(separatedBy: "\n\nCost facts").last)
    #expect(section.hasPrefix(" (the cost model's prices and sources: advisor criteria costs)\n"))
    for fact in model.facts {
      #expect(
        section.contains(
          "\n  • \(fact.key): default \(CriteriaCostsListing.value(fact.defaultValue))"),
        "\(fact.key)")
      #expect(
        section.replacingOccurrences(of: "\n    ", with: " ").contains(fact.question), "\(fact.key)"
      )
    }
    // It is the last section: no criterion follows.
    #expect(!section.contains(" — "))
  }

  @Test func helpListsTheNewSubcommands() {
    let help = Run(["criteria", "--help"]).output
    #expect(help.contains("\n  costs                   Show the cost model"))
    #expect(help.contains("\n  sources                 Print every source"))
    for path in [["criteria", "costs"], ["criteria", "sources"]] {
      let run = Run(["help"] + path)
      #expect(run.status == 0)
      #expect(run.output.hasPrefix("OVERVIEW: "))
      #expect(run.output == Run(path + ["--help"]).output)
    }
    #expect(
      Run(["criteria", "cost"]).error.hasPrefix(
        "Error: Unknown subcommand 'cost'. Did you mean 'costs'?"))
  }
}
