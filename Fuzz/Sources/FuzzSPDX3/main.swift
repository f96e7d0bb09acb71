import FuzzSupport
@testable import ClearanceKit

/// The SPDX 3 reader on any JSON.
@_cdecl("FuzzSPDX3_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        if case .success(let source) = JSONSource.parse(bytes(data, size), file: "sbom.spdx3.json") {
            _ = SPDX3Document.read(source, catalog: .shipped)
        }
        return 0
    }
}
