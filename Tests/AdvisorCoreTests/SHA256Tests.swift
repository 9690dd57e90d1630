import Testing

@testable import AdvisorCore

@Suite struct SHA256Tests {
  /// FIPS 180-4 test vectors.
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func matchesTheStandardVectors(input: String, digest: String) {
    #expect(SHA256.hex(input) == digest)
  }

  @Test func aMillionAs() {
    var hasher = SHA256()
    hasher.update([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
    #expect(
      hasher.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func theCriteriaDigestIgnoresFormattingButNotContent() throws {
    let files = try Fixtures.criteriaFiles()
    let original = try CriteriaLoader().load(files: files, origin: "a").digest
    #expect(original == Fixtures.builtIn.digest)
    #expect(original.hasPrefix("sha256:") && original.count == 71)
    let reformatted = files.map {
      InputFile(
        name: $0.name,
        bytes: Array(
          String(decoding: $0.bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\n  ")
            .utf8))
    }
    #expect(try CriteriaLoader().load(files: reformatted, origin: "b").digest == original)
    let reweighted = files.map { file in
      file.name == "criteria/team.json"
        ? InputFile(
          name: file.name,
          bytes: Array(
            String(decoding: file.bytes, as: UTF8.self).replacingOccurrences(
              of: "\"weight\": 1,", with: "\"weight\": 2,"
            ).utf8)) : file
    }
    #expect(try CriteriaLoader().load(files: reweighted, origin: "c").digest != original)
  }
}
