import ClearanceKit
@_spi(Benchmarks) import ClearanceYAML
import Foundation

/// `clearance-bench manifests`: loading manifests against merely reading and parsing the same files.
///
/// Two inputs, generated in a temporary directory and removed afterwards:
/// - 10 000 Hugging Face model cards (`README.md` with front matter: licenses, `license: other`, base models in
///   the index, in the run and unknown, datasets, tags, a `model-index`, and a Markdown body);
/// - one CycloneDX 1.6 BOM of 50 000 components (models, datasets and libraries; ids, names, expressions and
///   1.7-style declared/concluded entries; base models in properties).
///
/// The floor reads every file and parses it on one core: the front matter with the strict YAML reader, the BOM
/// with Foundation's `JSONSerialization`. `ManifestLoader.load` does that plus walking the directory, detecting
/// formats, reading the keys, resolving names through the catalog, positions, and lineage; it reads files on
/// all cores, so the cards are also timed with `concurrently: false`.
enum ManifestsBenchmark {
    static let cards = 10_000
    static let bomComponents = 50_000

    static func run() {
        let root = NSTemporaryDirectory() + "clearance-bench-manifests-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        let cardPaths = writeCards(under: root + "/cards")
        let bomPath = root + "/large.cdx.json"
        FileManager.default.createFile(atPath: bomPath, contents: Data(bom()))
        let bomSize = (try? FileManager.default.attributesOfItem(atPath: bomPath)[.size] as? Int) ?? 0

        // Cards.
        var parsed = 0
        let cardFloor = best(3) { parsed = parseCards(cardPaths) }
        var loaded: (components: [Component], diagnostics: [Diagnostic]) = ([], [])
        let cardLoad = best(3) { loaded = ManifestLoader.load(paths: [root + "/cards"]) }
        let cardSequential = best(3) { loaded = ManifestLoader.load(paths: [root + "/cards"], concurrently: false) }
        var readOnly = 0
        let cardRead = best(3) { readOnly = ManifestLoader.read(paths: [root + "/cards"], concurrently: false).components.count }
        precondition(readOnly == cards)
        precondition(parsed == cards && loaded.components.count == cards, "cards: \(parsed) parsed, \(loaded.components.count) loaded")
        print("cards: \(cards) README.md files, \(loaded.components.filter { !$0.baseModels.isEmpty }.count) with base models")
        print(String(format: "  read + parse front matter:        %.3f s (one core)", cardFloor))
        print(String(format: "  ManifestLoader.load:              %.3f s (%d cores)", cardLoad, ProcessInfo.processInfo.activeProcessorCount))
        print(String(format: "  ManifestLoader.load, one core:    %.3f s", cardSequential))
        print(String(format: "    of which reading, one core:     %.3f s (lineage is the rest)", cardRead))
        print(String(format: "  ratio load/parse:                 %.2f (target ≤ 2.00); one core: %.2f", cardLoad / cardFloor, cardSequential / cardFloor))
        let cardCheck = best(3) { _ = check(paths: [root + "/cards"]) }
        print(String(format: "  whole check (load, evaluate, text report): %.3f s, ratio %.2f", cardCheck, cardCheck / cardFloor))

        // One large BOM (CLEARANCE_BENCH_CARDS_ONLY=1 skips it, for profiling the cards).
        if ProcessInfo.processInfo.environment["CLEARANCE_BENCH_CARDS_ONLY"] != nil { return }
        var count = 0
        let bomFloor = best(3) {
            let data = FileManager.default.contents(atPath: bomPath)!
            let object = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
            count = (object["components"] as! [Any]).count
        }
        let bomLoad = best(3) { loaded = ManifestLoader.load(paths: [bomPath]) }
        precondition(count == bomComponents && loaded.components.count == bomComponents, "bom: \(loaded.components.count)")
        print("cyclonedx: \(bomComponents) components, \(bomSize) bytes (one file: one core)")
        print(String(format: "  read + JSONSerialization:         %.3f s", bomFloor))
        print(String(format: "  ManifestLoader.load:              %.3f s", bomLoad))
        print(String(format: "  ratio load/parse:                 %.2f (target ≤ 2.00)", bomLoad / bomFloor))
        let bomCheck = best(3) { _ = check(paths: [bomPath]) }
        print(String(format: "  whole check (load, evaluate, text report): %.3f s, ratio %.2f", bomCheck, bomCheck / bomFloor))
    }

    /// What `clearance check PATHS` does in process with the embedded default policy: the text report's length.
    static func check(paths: [String]) -> Int {
        let embedded = Policy.embeddedDefault
        let policy = Policy.load(bytes: embedded.bytes, file: embedded.file, catalog: .shipped).0!
        var t = DispatchTime.now().uptimeNanoseconds
        func lap(_ name: String) {
            let now = DispatchTime.now().uptimeNanoseconds
            if ProcessInfo.processInfo.environment["CLEARANCE_BENCH_PHASES"] != nil {
                print(String(format: "    %@: %.3f s", name, Double(now - t) / 1e9))
            }
            t = now
        }
        let components = ManifestLoader.load(paths: paths).components
        lap("load")
        let evaluator = Evaluator(
            catalog: .shipped, policy: policy, asOf: CalendarDate(year: 2026, month: 11, day: 23)!,
            parse: { LicenseTree.parse($0) })
        let report = evaluator.evaluate(components)
        lap("evaluate")
        let count = ReportFormat.text.render(report).utf8.count
        lap("text")
        return count
    }

    /// Reads each card and parses its front matter; the number parsed.
    static func parseCards(_ paths: [String]) -> Int {
        var parsed = 0
        let parser = YAMLParser()
        for path in paths {
            let bytes = try! SourceFile.read(path)
            // The generated cards start with "---\n" and close the front matter with "\n---\n".
            guard let end = closing(in: bytes) else { continue }
            if (try? parser.parse(Array(bytes[4..<end]))) != nil { parsed += 1 }
        }
        return parsed
    }

    static func closing(in bytes: [UInt8]) -> Int? {
        var i = 3
        while i + 5 <= bytes.count {
            if bytes[i] == 0x0A, bytes[i + 1] == 0x2D, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D, bytes[i + 4] == 0x0A {
                return i + 1
            }
            i += 1
        }
        return nil
    }

    static func writeCards(under directory: String) -> [String] {
        let licenses = ["apache-2.0", "mit", "llama3.1", "cc-by-nc-4.0", "openrail++", "gemma", "llama3.2"]
        let bases = [
            "meta-llama/Llama-3.1-8B-Instruct", "google/gemma-2b", "stabilityai/stable-diffusion-xl-base-1.0",
            "someone/private-base", "mistralai/Mistral-7B-v0.1",
        ]
        var paths: [String] = []
        for i in 0..<cards {
            var yaml = "---\nlanguage:\n- en\n"
            switch i % 10 {
            case 0: yaml += "license: other\nlicense_name: deepseek-license\nlicense_link: LICENSE\n"
            case 1: break  // no license: inherits from its base
            default: yaml += "license: \(licenses[i % licenses.count])\n"
            }
            if i % 3 == 0 {
                yaml += "base_model: \(bases[i % bases.count])\n"
            } else if i % 3 == 1, i > 0 {
                // A base in the same run: the card of model i-1.
                yaml += "base_model:\n- org/model-\(i - 1)\nbase_model_relation: finetune\n"
            }
            yaml += "model_name: org/model-\(i)\nlibrary_name: transformers\npipeline_tag: text-generation\n"
            yaml += "tags:\n- generated_from_trainer\n- lora\n- base_model:adapter:x/y\ndatasets:\n- org/data-\(i % 50)\n"
            if i % 4 == 0 {
                yaml += "model-index:\n- name: model-\(i)\n  results:\n  - task: {type: text-generation}\n    metrics:\n    - {type: acc, value: 0.9}\n"
            }
            yaml += "---\n\n# Model card for model-\(i)\n\n" + String(repeating: "Some prose about the model. ", count: 40) + "\n"
            let dir = directory + "/org-\(i % 100)/model-\(i)"
            try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let path = dir + "/README.md"
            FileManager.default.createFile(atPath: path, contents: Data(yaml.utf8))
            paths.append(path)
        }
        return paths
    }

    static func bom() -> [UInt8] {
        var out = #"{"bomFormat": "CycloneDX", "specVersion": "1.6", "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79", "version": 1, "metadata": {"timestamp": "2026-01-01T00:00:00Z", "component": {"type": "application", "name": "app"}}, "components": ["#
        for i in 0..<bomComponents {
            if i > 0 { out += ",\n" }
            let licenses: String
            switch i % 6 {
            case 0: licenses = #"[{"license": {"id": "Apache-2.0"}}]"#
            case 1: licenses = #"[{"license": {"name": "llama3.1"}}]"#
            case 2: licenses = #"[{"expression": "MIT OR Apache-2.0"}]"#
            case 3: licenses = #"[{"license": {"id": "MIT", "acknowledgement": "declared"}}, {"expression": "MIT AND BSD-3-Clause", "acknowledgement": "concluded"}]"#
            case 4: licenses = #"[{"license": {"name": "Acme Model License v\#(i % 7)"}}]"#
            default: licenses = "null"
            }
            let base = i % 2 == 0 ? "meta-llama/Llama-3.1-8B" : "org/model-\(max(0, i - 3))"
            switch i % 3 {
            case 0:
                out += #"{"bom-ref": "pkg:huggingface/org/model-\#(i)@abc", "type": "machine-learning-model", "group": "org", "name": "model-\#(i)", "version": "abc", "purl": "pkg:huggingface/org/model-\#(i)@abc", "licenses": \#(licenses), "modelCard": {"modelParameters": {"task": "text-generation", "architectureFamily": "llama", "datasets": [{"ref": "data-\#(i + 1)"}]}, "properties": [{"name": "base_model", "value": "\#(base)"}]}}"#
            case 1:
                out += #"{"bom-ref": "data-\#(i)", "type": "data", "name": "org/data-\#(i)", "licenses": \#(licenses), "data": [{"type": "dataset", "name": "data-\#(i)", "contents": {"url": "https://huggingface.co/datasets/org/data-\#(i)"}}]}"#
            default:
                out += #"{"bom-ref": "pkg:pypi/lib-\#(i)@1.0", "type": "library", "name": "lib-\#(i)", "version": "1.0", "purl": "pkg:pypi/lib-\#(i)@1.0", "licenses": \#(licenses), "hashes": [{"alg": "SHA-256", "content": "\#(String(repeating: "ab", count: 32))"}]}"#
            }
        }
        out += "]}\n"
        return Array(out.utf8)
    }

    static func best(_ runs: Int, _ body: () -> Void) -> Double {
        var result = Double.infinity
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            result = min(result, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return result
    }
}
