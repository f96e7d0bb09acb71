@testable import ClearanceKit
import Foundation
import Testing

/// Inputs are regular files: anything else is refused at once with `io.unreadable`, never read or waited on.
@Suite final class SourceFileTests {
    let directory: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("clearance-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: directory) }

    @Test func readsARegularFileAndALinkToOne() throws {
        let file = directory + "/a.yaml"
        try Data("schema: 1\n".utf8).write(to: URL(fileURLWithPath: file))
        try FileManager.default.createSymbolicLink(atPath: directory + "/link.yaml", withDestinationPath: file)
        #expect(try SourceFile.read(file) == Array("schema: 1\n".utf8))
        #expect(try SourceFile.read(directory + "/link.yaml") == Array("schema: 1\n".utf8))
        try Data().write(to: URL(fileURLWithPath: directory + "/empty"))
        #expect(try SourceFile.read(directory + "/empty") == [])
    }

    @Test func refusesWhatIsNotARegularFile() throws {
        #expect(mkfifo(directory + "/fifo", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: directory + "/to-fifo", withDestinationPath: directory + "/fifo")
        let cases = [
            (directory + "/fifo", "cannot read file: is a FIFO (named pipe), not a regular file"),
            (directory + "/to-fifo", "cannot read file: is a FIFO (named pipe), not a regular file"),
            ("/dev/null", "cannot read file: is a device, not a regular file"),
            ("/dev/zero", "cannot read file: is a device, not a regular file"),
            (directory, "cannot read file: is a directory"),
            (directory + "/missing", "cannot read file: no such file"),
        ]
        for (path, message) in cases {
            do {
                _ = try SourceFile.read(path)
                Issue.record("read \(path)")
            } catch {
                #expect(error.id == "io.unreadable")
                #expect(error.message == message, "\(path)")
                #expect(error.location?.file == path)
            }
        }
    }

    @Test func aPathIsInsideARootOnlyBelowIt() {
        #expect(SourceFile.isInside("/a/b/c", root: "/a/b"))
        #expect(SourceFile.isInside("/a/b", root: "/a/b"))
        #expect(!SourceFile.isInside("/a/bc", root: "/a/b"))
        #expect(!SourceFile.isInside("/etc/passwd", root: "/a/b"))
        #expect(SourceFile.isInside("/x", root: "/"))
    }
}
