// Rewrites every generated file of the repository from its criteria/ and schemas/ folders:
//   swift run generate-advisor [ROOT]
// Each file is written only when it changed, atomically. The tests check the same files without writing.
import AdvisorCore
import AdvisorGeneration
import Foundation

let root = CommandLine.arguments.dropFirst().first ?? FileManager.default.currentDirectoryPath
do {
  let generator = Generator(root: root)
  let stale = try generator.stale()
  for file in stale {
    try AtomicFile.write(file.contents, to: root + "/" + file.path)
    print("wrote \(file.path)")
  }
  if stale.isEmpty { print("generate-advisor: every generated file is current") }
} catch {
  FileHandle.standardError.write(Data("generate-advisor: \(error)\n".utf8))
  exit(65)
}
