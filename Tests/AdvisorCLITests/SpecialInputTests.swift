import AdvisorCore
import Foundation
import Testing

/// Inputs that are not plain files (issue 16, items 4, 7, 9 and 13): streams too large, FIFOs, link loops and
/// names too long. Each gets one line and its exit code instead of a hang, a blow-up or "no such file".
@Suite struct SpecialInputTests {
  @Test func standardInputStopsAtItsLimit() throws {
    let advisor = PseudoTerminal.executable
    let limit = InputFile.sizeLimit
    for command in ["recommend -", "interview --answers -", "cost -"] {
      let run = try Shell.run("head -c \(limit + 1) /dev/zero | '\(advisor)' \(command)")
      #expect(run.status == 65, "\(command)")
      #expect(
        run.error
          == "<stdin>: error: more than \(limit) bytes; the advisor reads inputs of at most \(limit) bytes\n",
        "\(command)")
    }
    // An endless stream is cut at the limit, not held: /dev/zero never ends.
    let endless = try Shell.run("'\(advisor)' recommend - < /dev/zero")
    #expect(endless.status == 65)
  }

  @Test func aBatchStreamIsReadAWindowAtATimeAndStopsAtItsLimit() throws {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    defer { close(ends[0]) }
    let lines = "{\"specVersion\": 1}\n\n{\"specVersion\": 1}\n{\"specVersion\":"
    _ = lines.utf8CString.withUnsafeBufferPointer {
      write(ends[1], $0.baseAddress, lines.utf8.count)
    }
    // The writer is still open: a reader that waited for the end of the stream would block here.
    let reader = SpecBatchReader(descriptor: ends[0], name: "<stdin>", limit: 100)
    let first = try reader.next(2)
    #expect(first.map(\.number) == [1, 3])
    _ = String(repeating: " ", count: 100).utf8CString.withUnsafeBufferPointer {
      write(ends[1], $0.baseAddress, 100)
    }
    close(ends[1])
    #expect(throws: AdvisorError.fileTooLarge(path: "<stdin>", size: nil, limit: 100)) {
      try reader.next(2)
    }
  }

  @Test func aFIFOIsRefusedInsteadOfWaitedFor() throws {
    let advisor = PseudoTerminal.executable
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let fifo = directory + "/spec.json"
    #expect(mkfifo(fifo, 0o600) == 0)
    let message =
      "\(fifo): error: cannot read: not a regular file (a FIFO, device or socket); pass - to read standard input\n"
    for command in [
      "recommend \(fifo)", "recommend --batch \(fifo)", "interview --answers \(fifo)",
      "diff \(fifo) \(fifo)",
      "recommend \(Paths.example("legal-docs-qa")) --criteria \(directory)",
    ] {
      let run = try Shell.run("'\(advisor)' \(command)", timeout: 10)
      #expect(run.status == 66, "\(command): \(run.error)")
      #expect(run.error == message, "\(command)")
    }
  }

  @Test func linkLoopsAndLongNamesAreNotMissingFiles() throws {
    let directory = try Paths.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let loop = directory + "/loop.json"
    #expect(symlink(loop, loop) == 0)
    let looped = Run(["recommend", loop])
    #expect(looped.status == 66)
    #expect(looped.error == "\(loop): error: cannot read: too many levels of symbolic links\n")
    let criteria = Run(["recommend", Paths.example("legal-docs-qa"), "--criteria", loop])
    #expect(criteria.error == "\(loop): error: cannot read: too many levels of symbolic links\n")
    let long = directory + "/" + String(repeating: "n", count: 300) + ".json"
    let tooLong = Run(["recommend", long])
    #expect(tooLong.status == 66)
    #expect(tooLong.error == "\(long): error: cannot read: file name too long\n")
    #expect(
      Run(["recommend", directory + "/absent.json"]).error
        == "\(directory)/absent.json: error: no such file or directory\n")
  }

  @Test func aDashOnATerminalSaysWhatItWaitsFor() {
    let run = Run(["recommend", "-"], standardInput: "{\"specVersion\": 1}", terminal: true)
    #expect(run.status == 0)
    #expect(
      run.error.hasPrefix(
        "advisor: reading standard input; type or paste the JSON, then press Ctrl-D"))
    #expect(
      !Run(["recommend", "-"], standardInput: "{\"specVersion\": 1}").error.contains(
        "reading standard input"))
  }
}
