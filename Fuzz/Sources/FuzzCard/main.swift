import FuzzSupport
@testable import ClearanceKit

/// The model card reader (front matter, then the card's keys).
@_cdecl("FuzzCard_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        _ = HuggingFaceCard.read(bytes: bytes(data, size), file: "README.md")
        return 0
    }
}
