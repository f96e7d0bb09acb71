import FuzzSupport
@testable import ClearanceKit

/// `clearance.yaml` (the project manifest reader), then the loader as a named file of unknown kind.
@_cdecl("FuzzManifest_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let input = bytes(data, size)
        _ = ManifestLoader.read(bytes: input, file: "clearance.yaml", catalog: .shipped)
        _ = ManifestLoader.read(bytes: input, file: "input", catalog: .shipped)
        return 0
    }
}
