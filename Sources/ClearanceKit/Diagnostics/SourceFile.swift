public import ClearanceYAML
import Foundation

/// Reads input files with a size cap, turning every failure into a ``Diagnostic``.
public enum SourceFile {
    /// The largest input file read, in bytes (64 MiB).
    public static let sizeLimit = 64 * 1024 * 1024

    /// The bytes of `path`; an error diagnostic when it is missing, a directory, unreadable or too large.
    public static func read(_ path: String) throws(Diagnostic) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw unreadable(path, "no such file")
        }
        if isDirectory.boolValue { throw unreadable(path, "is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw unreadable(path, "permission denied") }
        defer { try? handle.close() }
        do {
            // Read one byte past the limit, so a huge file (or an endless device) is never read whole.
            let data = try handle.read(upToCount: sizeLimit + 1) ?? Data()
            if data.count > sizeLimit {
                throw Diagnostic(
                    id: "io.too-large", message: "file is larger than the limit of \(sizeLimit) bytes",
                    at: SourceLocation(file: path))
            }
            return [UInt8](data)
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw unreadable(path, "\(error.localizedDescription)")
        }
    }

    /// Parses YAML from `bytes` with the strict parser, turning errors into diagnostics.
    public static func parseYAML(_ bytes: [UInt8], file: String, limits: YAMLParser.Limits = .init()) throws(Diagnostic)
        -> Node?
    {
        do {
            return try YAMLParser(limits: limits).parse(bytes)
        } catch {
            throw Diagnostic(error, file: file)
        }
    }

    static func unreadable(_ path: String, _ reason: String) -> Diagnostic {
        Diagnostic(id: "io.unreadable", message: "cannot read file: \(reason)", at: SourceLocation(file: path))
    }
}

extension Diagnostic {
    /// A YAML file that holds no document (empty, or only comments), where one is required.
    public static func emptyDocument(file: String) -> Diagnostic {
        Diagnostic(
            id: "yaml.empty", message: "the file holds no YAML document",
            at: SourceLocation(file: file, line: 1, column: 1))
    }
}
