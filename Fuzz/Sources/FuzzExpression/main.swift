import FuzzSupport
@testable import ClearanceKit

/// The license expression parser, lenient and strict, and resolution against the catalog.
@_cdecl("FuzzExpression_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let text = String(decoding: bytes(data, size), as: UTF8.self)
        _ = try? LicenseExpression.parse(text)
        _ = try? LicenseExpression.parse(text, strict: true)
        _ = LicenseTree.parse(text)
        return 0
    }
}
