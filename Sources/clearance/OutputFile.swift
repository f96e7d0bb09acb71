import ArgumentParser
import ClearanceKit
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file about to be written: prepared first (the bytes in a temporary file beside the target), committed
/// when the run is sure to succeed, so that a run that exits 2 writes nothing. A failure is an input error
/// (exit 2) with an `io.unwritable` diagnostic on stderr.
///
/// - A regular file (or a new one) is replaced atomically: the temporary file takes the old file's mode (a new
///   file gets 0666 less the umask) and owner where it can, then is renamed over it.
/// - A symbolic link is written through: its target is replaced as above, and the link stays.
/// - Anything else that is not a directory (`/dev/null`, a FIFO, a terminal) is written through, in place.
struct OutputFile {
    /// The path as the user gave it, for diagnostics.
    let path: String
    private let plan: Plan

    private enum Plan {
        /// Rename the temporary file over the target.
        case rename(temporary: String, target: String)
        /// Open the target and write into it.
        case writeThrough(target: String, data: Data)
    }

    /// Writes `text` to `path` at once (prepare and commit).
    static func write(_ text: String, to path: String) throws {
        try OutputFile(Data(text.utf8), to: path).commit()
    }

    /// Prepares `data` for `path`; nothing is visible at `path` until ``commit()``.
    init(_ data: Data, to path: String) throws {
        self.path = path
        var info = stat()
        var target = path
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw Self.failure(path, "is a symbolic link to a missing file or directory")
            }
            target = String(cString: resolved)
            free(resolved)
        }
        var existing: stat? = nil
        if stat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: throw Self.failure(path, "is a directory")
            case S_IFREG: existing = info
            default:
                plan = .writeThrough(target: target, data: data)
                return
            }
        }
        plan = .rename(
            temporary: try Self.temporaryFile(with: data, beside: target, like: existing, shownAs: path), target: target
        )
    }

    /// Makes the prepared bytes the file's content.
    func commit() throws {
        switch plan {
        case .rename(let temporary, let target):
            if rename(temporary, target) != 0 {
                let code = errno
                unlink(temporary)
                throw Self.failure(path, Self.reason(code))
            }
        case .writeThrough(let target, let data):
            let descriptor = open(target, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard descriptor >= 0 else { throw Self.failure(path, Self.reason(errno)) }
            defer { close(descriptor) }
            if let code = StandardStreams.write(data, to: descriptor) { throw Self.failure(path, Self.reason(code)) }
        }
    }

    /// Removes what ``init(_:to:)`` prepared.
    func discard() {
        if case .rename(let temporary, _) = plan { unlink(temporary) }
    }

    /// A temporary file in the directory of `target` holding `data`, with the mode and owner of `existing`.
    private static func temporaryFile(
        with data: Data, beside target: String, like existing: stat?, shownAs path: String
    ) throws -> String {
        let directory = (target as NSString).deletingLastPathComponent
        let name = ((target as NSString).lastPathComponent as NSString).lastPathComponent
        var template = Array(((directory.isEmpty ? "." : directory) + "/.\(name).clearance-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR, !directory.isEmpty {
                throw failure(path, "no such directory '\(directory)'")
            }
            throw failure(path, reason(code))
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { close(descriptor) }
        var failed = StandardStreams.write(data, to: descriptor)
        if let existing {
            fchmod(descriptor, existing.st_mode & 0o7777)
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
        } else {
            let mask = umask(0)
            umask(mask)
            fchmod(descriptor, 0o666 & ~mask)
        }
        if failed == nil, fsync(descriptor) != 0, errno != EINVAL { failed = errno }
        if let failed {
            unlink(temporary)
            throw failure(path, reason(failed))
        }
        return temporary
    }

    private static func failure(_ path: String, _ reason: String) -> Error {
        DiagnosticPrinter.standardError.print(unwritable(path, reason))
        return ExitCode.invalidInput
    }

    static func unwritable(_ path: String, _ reason: String) -> Diagnostic {
        Diagnostic(id: "io.unwritable", message: "cannot write file: \(reason)", at: SourceLocation(file: path))
    }

    /// `errno` in a few words.
    private static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "permission denied"
        case EROFS: "read-only file system"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
