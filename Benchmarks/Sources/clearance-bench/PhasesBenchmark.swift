import ClearanceKit
@_spi(Benchmarks) import ClearanceYAML
import Foundation

/// `clearance-bench phases DIR [POLICY] [FORMAT]`: where a check's time goes, in process, on DIR/clearance.yaml
/// (the embedded default policy without POLICY): reading and parsing, evaluating, sorting, rendering (with its sort) and freeing,
/// each the best of five runs, with libyaml's bare event parse of the same file as the floor.
enum PhasesBenchmark {
    static func run(directory: String, policyPath: String?, format: ReportFormat) {
        _ = FileManager.default.changeCurrentDirectoryPath(directory)
        _ = Catalog.shipped.descriptors.count
        let embedded = Policy.embeddedDefault
        let loadedPolicy =
            policyPath.map { Policy.load(path: $0, catalog: .shipped) }
            ?? Policy.load(bytes: embedded.bytes, file: embedded.file, catalog: .shipped)
        guard let policy = loadedPolicy.0 else {
            print("cannot read the policy: \(loadedPolicy.1)")
            return
        }
        var phases: [(String, Double)] = []
        func lap(_ name: String, _ start: inout UInt64) {
            let now = DispatchTime.now().uptimeNanoseconds
            phases.append((name, Double(now - start) / 1e9))
            start = now
        }
        var best: [String: Double] = [:]
        var floor = Double.infinity
        for _ in 0..<5 {
            floor = min(floor, (try? seconds { _ = try YAMLParser().countEvents(try SourceFile.read("clearance.yaml")) }) ?? 0)
            phases = []
            var t = DispatchTime.now().uptimeNanoseconds
            var root: Node? = try? YAMLParser().parse(try SourceFile.read("clearance.yaml"))
            lap("YAML tree", &t)
            root = nil
            lap("free the tree", &t)
            var components: [Component]? = ManifestLoader.load(paths: ["clearance.yaml"]).components
            lap("load (tree + decode + lineage)", &t)
            let evaluator = Evaluator(
                catalog: .shipped, policy: policy, asOf: CalendarDate(year: 2026, month: 12, day: 1)!)
            var report: Report? = evaluator.evaluate(components ?? [])
            lap("evaluate", &t)
            // In pieces, as the command writes it to standard output.
            var bytes = 0
            format.render(report!, inPieces: { bytes += $0.count })
            lap("render \(format.rawValue) (\(bytes / 1_000_000) MB)", &t)
            components = nil
            report = nil
            lap("free components and report", &t)
            for (name, time) in phases { best[name] = min(best[name] ?? .infinity, time) }
        }
        print(String(format: "floor (read + libyaml events): %.3f s", floor))
        for (name, _) in phases { print(String(format: "  %-40@ %.3f s", name as NSString, best[name] ?? 0)) }
    }
}
