import Foundation
import Testing

/// `-o` replaces a regular file atomically, but never a device, a FIFO or a symbolic link itself (issue 16,
/// item 1: as root, `-o /dev/null` used to turn /dev/null into a regular file).
@Suite struct OutputFileTests {
  let spec = Paths.example("internal-faq-bot")

  @Test func aLinkIsFollowedAndTheFileKeepsItsPermissions() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let real = directory + "/real.txt"
    let link = directory + "/link.txt"
    try "old\n".write(toFile: real, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: real)
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.txt")
    let run = Run(["recommend", spec, "-o", link])
    #expect(run.status == 0, "\(run.error)")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.txt")
    #expect(try String(contentsOfFile: real, encoding: .utf8).hasPrefix("internal-faq-bot — "))
    #expect(
      try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? Int == 0o600)
    // No temporary file is left beside either.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == [
        "link.txt", "real.txt",
      ])
  }

  @Test func aNewFileGetsTheUmasksPermissions() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/new.txt"
    let previous = umask(0o027)
    defer { umask(previous) }
    #expect(Run(["recommend", spec, "-o", path]).status == 0)
    #expect(
      try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o640)
  }

  @Test func aFIFOIsWrittenThroughAndStaysAFIFO() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let fifo = directory + "/pipe"
    #expect(mkfifo(fifo, 0o600) == 0)
    // A reader opened without waiting, so a regression that replaced the FIFO fails instead of hanging; a report
    // fits in the pipe's buffer.
    let reader = open(fifo, O_RDONLY | O_NONBLOCK)
    #expect(reader >= 0)
    defer { close(reader) }
    let run = Run(["recommend", spec, "-o", fifo])
    #expect(run.status == 0, "\(run.error)")
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while case let count = read(reader, &buffer, buffer.count), count > 0 {
      bytes += buffer[0..<count]
    }
    #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("internal-faq-bot — "))
    var info = stat()
    #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["pipe"])
  }
}

/// Naming an input as the output is refused before anything is read or written (issue 16, item 3).
@Suite struct OverwriteInputTests {
  @Test func anInputIsNeverTheOutput() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let spec = directory + "/s.json"
    let original = try String(contentsOfFile: Paths.example("internal-faq-bot"), encoding: .utf8)
    try original.write(toFile: spec, atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/alias.json", withDestinationPath: "s.json")
    let report = directory + "/r.json"
    #expect(Run(["recommend", spec, "-f", "json", "-o", report]).status == 0)
    let reportText = try String(contentsOfFile: report, encoding: .utf8)
    let cases: [[String]] = [
      ["recommend", spec, "-o", spec],
      ["recommend", directory + "/alias.json", "-o", directory + "/./s.json"],
      ["recommend", "--batch", spec, "-o", spec], ["diff", report, report, "-o", report],
    ]
    for arguments in cases {
      let run = Run(arguments)
      #expect(run.status == 64, "\(arguments)")
      #expect(run.error.hasPrefix("Error: -o "), "\(arguments)")
      #expect(run.error.contains(" would overwrite an input ("), "\(arguments)")
    }
    #expect(try String(contentsOfFile: spec, encoding: .utf8) == original)
    #expect(try String(contentsOfFile: report, encoding: .utf8) == reportText)
    // Another file is fine.
    #expect(Run(["recommend", spec, "-o", directory + "/other.txt"]).status == 0)
  }
}
