// clearance-bench MODE: measures Clearance against its floors, in one run, and prints the ratio.
//   yaml          a generated ~10 MB manifest-like YAML file: libyaml events only vs the full node tree.
//   expressions   100 000 generated license fields: parse, and parse + resolve against the shipped catalog.
//   matrix [BINARY] [RUNS] [SHAPES]  the release binary end to end on three input shapes × text, json, sarif, and a
//                 1000-component check, each run paired with libyaml's events on the same file (see MatrixBenchmark).
//   shapes DIR    writes the matrix's inputs under DIR (a, b, c, small), for `phases` and profilers.
//   manifests     10 000 model cards and a 50 000-component CycloneDX BOM: read + parse vs ManifestLoader.load.
//   identify [DIR] 1 000 LICENSE files made from DIR (../shared/corpus/license-files): read vs read + identify.
import ClearanceKit
@_spi(Benchmarks) import ClearanceYAML
import Foundation

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Seconds of CPU time the process has used on all its threads: less disturbed than wall time when another
/// process competes for the cores, so it tells whether a phase got cheaper.
func processCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// The best of `runs` timings, to damp a noisy machine.
func best(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var result = Double.infinity
    for _ in 0..<runs { result = min(result, try seconds(body)) }
    return result
}

func manifestYAML(components: Int) -> [UInt8] {
    var text = "schema: 1\nusage: {commercial: true, monthly-active-users: 2_000_000}\nmodels:\n"
    let licenses = ["llama3.1", "apache-2.0", "MIT OR Apache-2.0", "cc-by-nc-4.0", "gemma", "qwen"]
    for i in 0..<components {
        text += """
              - name: "org-\(i % 997)/model-\(i)-instruct"
                license: \(licenses[i % licenses.count])
                revision: \(String(repeating: "0e9e39f2", count: 5))
                multimodal: \(i % 3 == 0 ? "true" : "false")
                usage: {trains-on-outputs: false, distribution: [hosted, weights]}

            """
    }
    return Array(text.utf8)
}

let mode = CommandLine.arguments.dropFirst().first ?? "yaml"
switch mode {
case "yaml":
    let bytes = manifestYAML(components: 50_000)
    let parser = YAMLParser()
    var events = 0
    // The two sides take turns, so that a busy moment of the machine hits both; each side keeps its best time.
    // Each tree is freed after its clock stops: freeing a million nodes is not reading them (it is timed apart).
    var eventsOnly = Double.infinity
    var tree = Double.infinity
    var free = Double.infinity
    for _ in 0..<7 {
        eventsOnly = min(eventsOnly, try seconds { events = try parser.countEvents(bytes) })
        var root: Node?
        tree = min(tree, try seconds { root = try parser.parse(bytes) })
        precondition(root != nil)
        free = min(free, seconds { root = nil })
    }
    print("yaml: \(bytes.count) bytes, \(events) events")
    print(String(format: "  libyaml events only: %.3f s", eventsOnly))
    print(String(format: "  node tree:           %.3f s (freeing it: %.3f s)", tree, free))
    print(String(format: "  ratio tree/events:   %.2f (target ≤ 2.00)", tree / eventsOnly))
case "phases":
    let arguments = Array(CommandLine.arguments.dropFirst(2))
    PhasesBenchmark.run(
        directory: arguments.first ?? ".", policyPath: arguments.count > 1 && arguments[1] != "-" ? arguments[1] : nil,
        format: arguments.count > 2 ? ReportFormat(rawValue: arguments[2]) ?? .text : .text)
case "expressions":
    ExpressionsBenchmark.run()
case "matrix":
    let arguments = CommandLine.arguments.dropFirst(2)
    let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    try MatrixBenchmark.run(
        binary: arguments.first ?? packageRoot + "/.build/release/clearance",
        runs: arguments.dropFirst().first.flatMap { Int($0) } ?? 5, only: arguments.dropFirst(2).first)
case "shapes":
    let directory = CommandLine.arguments.dropFirst(2).first ?? "."
    _ = try MatrixBenchmark.writeShapes(in: directory)
    print("wrote the matrix's shapes a, b, c and small under \(directory)")
case "manifests":
    ManifestsBenchmark.run()
case "identify":
    try IdentifyBenchmark.run(
        corpus: CommandLine.arguments.dropFirst(2).first ?? ProcessInfo.processInfo.environment[
            "CLEARANCE_LICENSE_FILES"]
            ?? "/work/shared/corpus/license-files")
default:
    FileHandle.standardError.write(Data("usage: clearance-bench yaml|matrix|shapes|phases|expressions|manifests|identify\n".utf8))
    exit(64)
}
