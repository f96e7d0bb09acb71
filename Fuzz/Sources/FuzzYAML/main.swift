import ClearanceYAML
import FuzzSupport

/// The YAML reader: `YAMLParser.parse` on any bytes, and a tree walk over what it returns.
@_cdecl("FuzzYAML_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let input = bytes(data, size)
        if let root = try? YAMLParser().parse(input) { _ = count(root) }
        return 0
    }
}

/// The number of nodes under `node`, reading every scalar's text and position.
private func count(_ node: Node) -> Int {
    switch node.value {
    case .scalar(let s): s.text.utf8.count &+ node.mark.line > 0 ? 1 : 0
    case .sequence(let items): items.reduce(1) { $0 &+ count($1) }
    case .mapping(let pairs): pairs.reduce(1) { $0 &+ count($1.key) &+ count($1.value) }
    }
}
