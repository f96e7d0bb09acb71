import ClearanceKit
import ClearanceYAML
import Foundation

/// `clearance-bench check`: what `clearance check` does with a 100 000-component manifest, against libyaml's
/// raw event parse of the same file.
///
/// Both sides read the file from disk, named `clearance.yaml` in the current directory, as a user runs it. The
/// check side is the command's whole pipeline in process: the shipped catalog (already decoded at first use, as
/// in the command), the embedded default policy, `ManifestLoader`, the evaluator, and the text report rendered
/// to the bytes the command writes. Each phase is timed too, to show where time goes.
enum CheckBenchmark {
    static let components = 100_000

    static func run() throws {
        // As a user runs it: `clearance check` in the project's directory, which reads ./clearance.yaml.
        let directory = NSTemporaryDirectory() + "clearance-bench-check-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let bytes = manifestYAML(components: components)
        FileManager.default.createFile(atPath: directory + "/clearance.yaml", contents: Data(bytes))
        let previous = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(directory)
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        let path = "clearance.yaml"
        _ = Catalog.shipped.descriptors.count  // decoded once per process, before any timing

        var events = 0
        let floor = try best(5) { events = try YAMLParser().countEvents(try SourceFile.read(path)) }
        var root: Node?
        let tree = try best(5) { root = try YAMLParser().parse(try SourceFile.read(path)) }
        precondition(root != nil)

        var phases: [String: Double] = [:]
        var cpu: [String: Double] = [:]
        var output: [UInt8] = []
        let check = best(5) {
            var t = DispatchTime.now().uptimeNanoseconds
            var c = processCPUTime()
            func lap(_ name: String) {
                let now = DispatchTime.now().uptimeNanoseconds
                let cpuNow = processCPUTime()
                phases[name] = min(phases[name] ?? .infinity, Double(now - t) / 1e9)
                cpu[name] = min(cpu[name] ?? .infinity, cpuNow - c)
                t = now
                c = cpuNow
            }
            let embedded = Policy.embeddedDefault
            let policy = Policy.load(bytes: embedded.bytes, file: embedded.file, catalog: .shipped).0!
            lap("policy")
            let (loaded, diagnostics) = ManifestLoader.load(paths: [path])
            precondition(!diagnostics.hasErrors && loaded.count == components, "\(diagnostics.prefix(3))")
            lap("load manifest")
            let evaluator = Evaluator(
                catalog: .shipped, policy: policy, asOf: CalendarDate(year: 2026, month: 11, day: 23)!,
                overrides: Usage(), parse: { LicenseTree.parse($0) })
            let report = evaluator.evaluate(loaded)
            lap("evaluate")
            output = ReportFormat.text.renderUTF8(report)
            lap("text report")
        }
        precondition(!output.isEmpty)
        print("check: \(components) components, \(bytes.count) bytes, \(events) events")
        print(String(format: "  read + libyaml events only:  %.3f s", floor))
        print(String(format: "  read + node tree only:       %.3f s (%.2f× the events)", tree, tree / floor))
        print(String(format: "  check (in process):          %.3f s", check))
        for name in ["policy", "load manifest", "evaluate", "text report"] {
            let label = (name + ":").padding(toLength: 27, withPad: " ", startingAt: 0)
            print("    " + label + String(format: "%.3f s (CPU time on all cores %.3f s)", phases[name] ?? 0, cpu[name] ?? 0))
        }
        print(String(format: "  ratio check/events:          %.2f (target ≤ 1.50)", check / floor))
    }
}
