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
    #expect(try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? Int == 0o600)
    // No temporary file is left beside either.
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["link.txt", "real.txt"])
  }

  @Test func aNewFileGetsTheUmasksPermissions() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/new.txt"
    let previous = umask(0o027)
    defer { umask(previous) }
    #expect(Run(["recommend", spec, "-o", path]).status == 0)
    #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o640)
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
    while case let count = read(reader, &buffer, buffer.count), count > 0 { bytes += buffer[0..<count] }
    #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("internal-faq-bot — "))
    var info = stat()
    #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["pipe"])
  }
}
