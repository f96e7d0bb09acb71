import ClearanceKit
@_spi(Benchmarks) import ClearanceYAML
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `clearance-bench matrix [BINARY] [RUNS]`: the release binary end to end, process start included, on several
/// input shapes, policies and formats, each run paired with libyaml's event parse of the same file in the same
/// process run (read from disk too), so that a noisy machine hits both sides alike.
///
/// Shapes (generated in a temporary directory, run as a user does: `clearance check` in that directory):
/// - `a`: the 100 000-component manifest of earlier benchmarks (usage in the manifest, six licenses), the
///   embedded default policy;
/// - `b`: 100 000 components with random 40-hex revisions (seeded), eight licenses including an `OR`
///   expression, no usage in the manifest, against a policy with a `licenses.allow` list;
/// - `c`: the same file against the category-based embedded default policy;
/// - `small`: 1 000 components of shape `b`, against the default policy, text only (the usual CI run).
///
/// Each cell prints the median time of the check and of the floor over `RUNS` runs, the median of the per-run
/// ratios, and the check's peak resident memory against the file's size. `SHAPES` (e.g. `bc`) runs only those
/// shapes' cells, for a quicker look while working; the figures to report come from the whole matrix.
enum MatrixBenchmark {
    static func run(binary: String, runs: Int, only: String? = nil) throws {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            FileHandle.standardError.write(Data("no binary at \(binary); run `swift build -c release` first\n".utf8))
            exit(2)
        }
        let root = NSTemporaryDirectory() + "clearance-bench-matrix-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        let shapes = try writeShapes(in: root)

        print("matrix: \(binary), \(runs) runs a cell, medians; ratio = check ÷ (read + libyaml events)")
        print("shape  format  file      check     floor     ratio  target  peak RSS  ÷ file")
        for (name, shape) in shapes.large where only.map({ $0.contains(name) }) ?? true {
            for format in ["text", "json", "sarif"] {
                let cell = try measure(binary: binary, shape: shape, format: format, runs: runs)
                let target = format == "text" ? 3.0 : 4.0
                print(cell.line(shape: name, format: format, target: target, file: shape.size))
            }
        }
        if let only, !only.contains("s") { return }
        let cell = try measure(binary: binary, shape: shapes.small, format: "text", runs: runs * 4)
        print(cell.line(shape: "small", format: "text", target: nil, file: shapes.small.size))
        print(String(format: "1000-component check: median %.1f ms (target ≤ 50 ms)", cell.check * 1000))
    }

    /// Writes the matrix's inputs under `root` (`a`, `b`, `c`, `small`, each a directory with its
    /// `clearance.yaml` and, for `b`, its `policy.yaml`).
    static func writeShapes(in root: String) throws -> (large: [(String, Shape)], small: Shape) {
        let shapeA = try write(manifestYAML(components: 100_000), policy: nil, in: root + "/a")
        let randomBytes = randomManifest(components: 100_000)
        let shapeB = try write(randomBytes, policy: allowListPolicy, in: root + "/b")
        let shapeC = try write(randomBytes, policy: nil, in: root + "/c")
        let small = try write(randomManifest(components: 1_000), policy: nil, in: root + "/small")
        return ([("a", shapeA), ("b", shapeB), ("c", shapeC)], small)
    }

    struct Shape {
        var directory: String
        var policy: String?
        var size: Int
    }

    struct Cell {
        var check: Double
        var floor: Double
        var ratio: Double
        var peakBytes: Int

        func line(shape: String, format: String, target: Double?, file: Int) -> String {
            let mark = target.map { ratio <= $0 ? String(format: "≤ %.0f ok", $0) : String(format: "> %.0f !!", $0) }
            return String(
                format: "%-6@ %-7@ %5.1f MB  %6.3f s  %6.3f s  %5.2f  %-7@ %5.0f MB  %5.1f",
                shape, format, Double(file) / 1e6, check, floor, ratio, mark ?? "—", Double(peakBytes) / 1e6,
                Double(peakBytes) / Double(file))
        }
    }

    static func write(_ bytes: [UInt8], policy: String?, in directory: String) throws -> Shape {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: directory + "/clearance.yaml", contents: Data(bytes))
        if let policy {
            FileManager.default.createFile(atPath: directory + "/policy.yaml", contents: Data(policy.utf8))
        }
        return Shape(directory: directory, policy: policy == nil ? nil : "policy.yaml", size: bytes.count)
    }

    static func measure(binary: String, shape: Shape, format: String, runs: Int) throws -> Cell {
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(shape.directory)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        var arguments = ["check", "--format", format, "--as-of", "2026-12-01"]
        if let policy = shape.policy { arguments += ["--policy", policy] }
        var checks: [Double] = []
        var floors: [Double] = []
        var peak = 0
        for _ in 0..<runs {
            let floor = try seconds { _ = try YAMLParser().countEvents(try SourceFile.read("clearance.yaml")) }
            let (time, rss, status) = spawn(binary, arguments)
            precondition(status == 0 || status == 1, "clearance exited \(status) on \(shape.directory) \(format)")
            checks.append(time)
            floors.append(floor)
            peak = max(peak, rss)
        }
        let ratios = zip(checks, floors).map { $0 / $1 }
        return Cell(
            check: median(checks), floor: median(floors), ratio: median(ratios),
            peakBytes: peakBytes(binary, arguments) ?? peak)
    }

    /// The check's peak resident memory, from one more run under `/usr/bin/time` (nil without it). The peak that
    /// `wait4` gives for a process spawned from this one is at least this process's own peak, which Linux carries
    /// over into the child when it execs; `time` forks the check from a small process of its own.
    static func peakBytes(_ binary: String, _ arguments: [String]) -> Int? {
        let time = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: time) else { return nil }
        let output = NSTemporaryDirectory() + "clearance-bench-rss-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: output) }
        _ = spawn(time, ["-f", "%M", "-o", output, binary] + arguments)
        // The last line is the figure, in KiB (a line before it may say the exit status).
        guard let text = try? String(contentsOfFile: output, encoding: .utf8),
            let last = text.split(separator: "\n").last, let kibibytes = Int(last)
        else { return nil }
        return kibibytes * 1024
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// Runs `binary` with stdout and stderr to /dev/null: wall seconds from spawn to exit, peak RSS in bytes, and
    /// the exit status.
    static func spawn(_ binary: String, _ arguments: [String]) -> (seconds: Double, peakBytes: Int, status: Int32) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        precondition(spawned == 0, "cannot start \(binary): \(spawned)")
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // Linux reports ru_maxrss in KiB.
        return (elapsed, Int(usage.ru_maxrss) * 1024, (status >> 8) & 0xFF)
    }

    /// Shape `b`: random revisions and names from a seeded generator, eight licenses including an `OR`.
    static func randomManifest(components: Int) -> [UInt8] {
        var random = SplitMix64(seed: 0x5EED)
        let licenses = [
            "apache-2.0", "mit", "llama3.1", "gemma", "cc-by-nc-4.0", "MIT OR Apache-2.0", "bsd-3-clause", "qwen",
        ]
        var text = "schema: 1\nmodels:\n"
        for i in 0..<components {
            let revision = (0..<5).map { _ in String(format: "%08x", UInt32(truncatingIfNeeded: random.next())) }
            text += """
                  - name: org-\(random.next() % 5000)/model-\(i)
                    license: \(licenses[Int(random.next() % UInt64(licenses.count))])
                    revision: \(revision.joined())

                """
        }
        return Array(text.utf8)
    }

    /// Shape `b`'s policy: facts declared, licenses allowed by name, the rest reviewed.
    static let allowListPolicy = """
        schema: 1
        name: allow-list
        usage: {commercial: true, monthly-active-users: 2_000_000, annual-revenue-usd: 50_000_000, domicile: US,
          distribution: [hosted], modifies: false, trains-on-outputs: false}
        licenses:
          allow: [apache-2.0, mit, bsd-3-clause, llama3.1, gemma]
          deny: [cc-by-nc-4.0]
        unknown: review
        obligations:
          accept: [include-license, notice, state-changes, attribution-display, acceptable-use, flow-down]

        """
}

/// A small seeded generator (SplitMix64), so that every run benchmarks the same file.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
