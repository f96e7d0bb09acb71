import FuzzSupport
@testable import ClearanceKit

/// The CycloneDX reader on any JSON (not only what `bomFormat` says is a BOM).
@_cdecl("FuzzCycloneDX_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        if case .success(let source) = JSONSource.parse(bytes(data, size), file: "bom.json") {
            _ = CycloneDXDocument.read(source, catalog: .shipped)
        }
        return 0
    }
}
