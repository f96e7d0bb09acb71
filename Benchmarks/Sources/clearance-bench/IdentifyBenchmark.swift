import ClearanceKit
import Foundation

/// `identify [CORPUS_DIR]`: 1 000 LICENSE files written to a temporary directory from the real license files
/// (as they are, with a changed number, with CRLF line ends, rewrapped), then, on one core, reading them all
/// from disk against reading and identifying them, in the same run; best of 5 each.
enum IdentifyBenchmark {
    static func run(corpus: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0 != "README.md" }.sorted()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("clearance-identify-bench")
        try? FileManager.default.removeItem(at: directory)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        var bytes = 0
        for i in 0..<1000 {
            var text = try String(contentsOfFile: corpus + "/" + names[i % names.count], encoding: .utf8)
            switch (i / names.count) % 4 {
            case 1: text = text.replacingOccurrences(of: "0", with: "9")
            case 2: text = text.replacingOccurrences(of: "\n", with: "\r\n")
            case 3: text = text.split(separator: " ").joined(separator: i % 2 == 0 ? "\n" : " ")
            default: break
            }
            let path = directory.appendingPathComponent("\(i)/LICENSE").path
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
            bytes += text.utf8.count
        }
        let identifier = LicenseIdentifier.shipped
        _ = identifier.identify(Array("warm up".utf8))
        var readOnly = Double.infinity
        var identified = Double.infinity
        var kinds: [Identification.Kind: Int] = [:]
        for _ in 0..<5 {
            readOnly = min(
                readOnly,
                try seconds {
                    for path in paths { _ = try SourceFile.read(path) }
                })
            var counts: [Identification.Kind: Int] = [:]
            identified = min(
                identified,
                try seconds {
                    for path in paths { counts[identifier.identify(try SourceFile.read(path)).kind, default: 0] += 1 }
                })
            kinds = counts
        }
        let contents = try paths.map { try SourceFile.read($0) }
        let normalizeOnly = try best(5) {
            for content in contents { _ = LicenseNormalizer.normalize(content) }
        }
        let cpuStart = processCPUTime()
        for path in paths { _ = identifier.identify(try SourceFile.read(path)) }
        let cpu = processCPUTime() - cpuStart
        print("identify: \(paths.count) LICENSE files, \(bytes) bytes, one core")
        print(String(format: "  normalize only:    %.1f ms (from memory)", normalizeOnly * 1e3))
        print(String(format: "  CPU time of one read + identify pass: %.1f ms", cpu * 1e3))
        print(String(format: "  read only:         %.1f ms (%.1f µs a file)", readOnly * 1e3, readOnly * 1e3))
        print(
            String(
                format: "  read + identify:   %.1f ms (%.1f µs a file; target ≤ 1000)", identified * 1e3,
                identified * 1e3))
        print(String(format: "  ratio to the read: %.1f", identified / readOnly))
        print(
            "  results: "
                + Identification.Kind.allCases.map { "\($0.rawValue) \(kinds[$0] ?? 0)" }.joined(separator: ", "))
    }
}
