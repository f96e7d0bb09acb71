import FuzzSupport
@testable import ClearanceKit

/// The JSON reader: `JSONSource.parse`, then a location for every value.
@_cdecl("FuzzJSON_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let input = bytes(data, size)
        if case .success(let source) = JSONSource.parse(input, file: "fuzz.json") { _ = source.location(source.root) }
        return 0
    }
}
