public import ClearanceYAML
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads input files with a size cap, turning every failure into a ``Diagnostic``.
public enum SourceFile {
    /// The largest input file read, in bytes (64 MiB).
    public static let sizeLimit = 64 * 1024 * 1024

    /// The bytes of `path`; an `io.unreadable` error when it is missing, unreadable or not a regular file (a
    /// directory, a FIFO, a device, a socket, or a symbolic link to one), `io.too-large` past ``sizeLimit``.
    ///
    /// Never blocks on opening: the type is checked with `stat` before the file is opened, and again on the
    /// open descriptor (opened with `O_NONBLOCK`), so a FIFO swapped in between is refused too.
    public static func read(_ path: String) throws(Diagnostic) -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw unreadable(path, reason(errno)) }
        if let kind = nonRegularKind(info.st_mode) { throw unreadable(path, kind) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw unreadable(path, reason(errno)) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { throw unreadable(path, reason(errno)) }
        if let kind = nonRegularKind(info.st_mode) { throw unreadable(path, kind) }
        // Read one byte past the limit, so that a file growing while it is read is never read whole.
        let capacity = min(max(Int(info.st_size), 0), sizeLimit) + 1
        var bytes = [UInt8](repeating: 0, count: capacity)
        var count = 0
        while count <= sizeLimit {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: min(bytes.count, sizeLimit + 1 - count)) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                guard let base = buffer.baseAddress else { return 0 }
                return posixRead(descriptor, base + count, buffer.count - count)
            }
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                throw unreadable(path, reason(errno))
            }
            count += got
        }
        if count > sizeLimit {
            throw Diagnostic(
                id: "io.too-large", message: "file is larger than the limit of \(sizeLimit) bytes",
                at: SourceLocation(file: path))
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// The canonical absolute path of `path` (symbolic links resolved), or nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether the canonical path `path` is `root` or inside it (both as ``realPath(_:)`` gives them).
    public static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// The message of `io.outside-root`: a directory walk left out a symbolic link to a file outside it.
    static let outsideRootMessage =
        "not read: a symbolic link to a file outside the directory being read; name the file on the command line to read it"

    /// What a file of mode `mode` is, in words, when it is not a regular file.
    static func nonRegularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "is a directory"
        case S_IFIFO: "is a FIFO (named pipe), not a regular file"
        case S_IFCHR, S_IFBLK: "is a device, not a regular file"
        case S_IFSOCK: "is a socket, not a regular file"
        default: "is not a regular file"
        }
    }

    /// `errno` in a few words.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: "no such file"
        case EACCES, EPERM: "permission denied"
        case ELOOP: "too many levels of symbolic links"
        default: String(cString: strerror(code)).lowercased()
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

/// `read(2)`, under a name that the static `read` of ``SourceFile`` does not shadow.
private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
    #else
        Darwin.read(descriptor, buffer, count)
    #endif
}
