import FuzzSupport
@testable import ClearanceKit

/// The SPDX 2 reader on any JSON.
@_cdecl("FuzzSPDX2_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        if case .success(let source) = JSONSource.parse(bytes(data, size), file: "sbom.spdx.json") {
            _ = SPDX2Document.read(source, catalog: .shipped)
        }
        return 0
    }
}
