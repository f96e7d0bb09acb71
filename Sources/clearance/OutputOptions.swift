import ArgumentParser
import ClearanceKit
import Foundation

/// `--output FILE`: where a command's document goes; standard output without it.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .customLong("output"),
        help: ArgumentHelp(
            "Write to this file (replaced whole, atomically) instead of standard output.", valueName: "file"))
    var file: String?

    /// Writes `text` to the file, or to standard output when there is none.
    func write(_ text: String) throws {
        // Its UTF-8 lent, not copied: a report can be a hundred megabytes.
        var text = text
        try text.withUTF8 { try write(lent: UnsafeRawBufferPointer($0)) }
    }

    /// Writes UTF-8 `bytes` to the file, or to standard output when there is none.
    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write(lent: $0) }
    }

    /// Writes `buffer`, lent to `Data` rather than copied.
    private func write(lent buffer: UnsafeRawBufferPointer) throws {
        guard let base = buffer.baseAddress else { return try write(Data()) }
        try write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none))
    }

    private func write(_ data: Data) throws {
        if let file {
            try OutputFile.write(data, to: file)
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}

/// Writes whole files atomically; a failure is an input error (exit 2) with a diagnostic on stderr.
enum OutputFile {
    static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    static func write(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            DiagnosticPrinter.standardError.print(unwritable(path, reason(for: error, path: path)))
            throw ExitCode.invalidInput
        }
    }

    static func unwritable(_ path: String, _ reason: String) -> Diagnostic {
        Diagnostic(id: "io.unwritable", message: "cannot write file: \(reason)", at: SourceLocation(file: path))
    }

    /// Why writing `path` failed, in a few words (Foundation's own descriptions are long on Linux).
    private static func reason(for error: any Error, path: String) -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return "is a directory"
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, !FileManager.default.fileExists(atPath: parent) { return "no such directory '\(parent)'" }
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let posix = underlying, posix.domain == NSPOSIXErrorDomain, let text = strerror(Int32(posix.code)) {
            return String(cString: text).lowercased()
        }
        return "permission denied or read-only file system"
    }
}
