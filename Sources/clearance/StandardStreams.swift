import ArgumentParser
import ClearanceKit
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output and standard error, written with `write(2)` so that a failure is an exit code, not a crash.
enum StandardStreams {
    /// Makes the three standard descriptors safe to use, before anything else runs.
    ///
    /// `SIGPIPE` is ignored, so a reader that goes away is a write error (exit 2), not a signal. A closed
    /// descriptor 0, 1 or 2 is opened on `/dev/null` so that no file the command opens later takes its number:
    /// standard output read-only, so that writing the report fails as it should (exit 2, `io.unwritable`).
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        for (descriptor, flags) in [(Int32(0), O_RDONLY), (1, O_RDONLY), (2, O_WRONLY)]
        where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", flags)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
    }

    /// Writes `data` whole to standard output; a failure prints `io.unwritable` and exits 2.
    static func writeOutput(_ data: Data) throws {
        if let code = write(data, to: 1) { throw outputFailure(code) }
    }

    /// Prints `io.unwritable` for standard output's `errno`, and gives the error that exits 2.
    static func outputFailure(_ code: Int32) -> Error {
        let reason = String(cString: strerror(code)).lowercased()
        DiagnosticPrinter.standardError.print(
            Diagnostic(id: "io.unwritable", message: "cannot write to standard output: \(reason)", at: nil))
        return ExitCode.invalidInput
    }

    /// Writes `text` to standard output; see ``writeOutput(_:)-(Data)``.
    static func writeOutput(_ text: String) throws {
        try writeOutput(Data(text.utf8))
    }

    /// Writes `text` to standard error, ignoring failure (there is nowhere left to report it).
    static func writeError(_ text: String) {
        _ = write(Data(text.utf8), to: 2)
    }

    /// Writes all of `data` to `descriptor`, retrying after interruptions and waiting while a non-blocking
    /// descriptor is full; the `errno` of a failure, or nil.
    static func write(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = posixWrite(descriptor, base + offset, buffer.count - offset)
                if written >= 0 {
                    offset += written
                    continue
                }
                switch errno {
                case EINTR: continue
                case EAGAIN:
                    var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&ready, 1, -1)
                default: return errno
                }
            }
            return nil
        }
    }
}

/// `write(2)`, under a name that the static `write` of ``StandardStreams`` does not shadow.
func posixWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        Glibc.write(descriptor, buffer, count)
    #else
        Darwin.write(descriptor, buffer, count)
    #endif
}
