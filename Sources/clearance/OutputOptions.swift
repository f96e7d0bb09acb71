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
        try write(Data(text.utf8))
    }

    /// Writes UTF-8 `bytes` to the file, or to standard output when there is none.
    func write(_ bytes: [UInt8]) throws {
        // Lent to `Data` rather than copied: a report can be tens of megabytes.
        try bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return try write(Data()) }
            try write(
                Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none))
        }
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
