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

    /// Writes a document that `render` hands over in pieces (as ``ReportFormatter/render(_:context:inPieces:)``
    /// does): to standard output piece by piece, so that a large report is never held whole; to the file whole,
    /// since it is replaced at once (see ``OutputFile``). A failure exits 2, and nothing more is written after it.
    func write(inPieces render: (_ write: (UnsafeRawBufferPointer) -> Void) -> Void) throws {
        if file != nil {
            var bytes: [UInt8] = []
            render { bytes.append(contentsOf: $0) }
            return try write(bytes)
        }
        var failure: Int32?
        render { piece in
            guard failure == nil, let base = piece.baseAddress else { return }
            failure = StandardStreams.write(
                Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: piece.count, deallocator: .none),
                to: 1
            )
        }
        if let failure { throw StandardStreams.outputFailure(failure) }
    }

    /// Writes `buffer`, lent to `Data` rather than copied.
    private func write(lent buffer: UnsafeRawBufferPointer) throws {
        guard let base = buffer.baseAddress else { return try write(Data()) }
        try write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none))
    }

    /// Writes `data` to the file (see ``OutputFile``) or to standard output; a failure exits 2.
    private func write(_ data: Data) throws {
        if let file {
            try OutputFile(data, to: file).commit()
        } else {
            try StandardStreams.writeOutput(data)
        }
    }
}
