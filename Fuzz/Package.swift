// swift-tools-version: 6.0
// libFuzzer targets for Clearance's readers, kept out of the main package so that neither its build nor CI
// builds them. Linux only. Run them with Scripts/fuzz.sh [SECONDS]; see README.md.
// After adding or removing a source file of the main package, run `rm -rf Fuzz/.build` (SwiftPM may keep the
// path dependency's old file list).
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, whatever the clone is called.
let clearance = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent

/// One executable per reader. SwiftPM links an executable with `main` aliased to `<Target>_main`; each target's
/// `main.swift`, parsed as a library (no top-level code), defines that function and hands libFuzzer its entry point.
let fuzzers = [
    "FuzzYAML", "FuzzExpression", "FuzzJSON", "FuzzCard", "FuzzCycloneDX", "FuzzSPDX2", "FuzzSPDX3", "FuzzManifest",
]

let package = Package(
    name: "ClearanceFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzSupport")
    ]
        + fuzzers.map { name in
            .executableTarget(
                name: name,
                dependencies: [
                    "FuzzSupport",
                    .product(name: "ClearanceKit", package: clearance),
                    .product(name: "ClearanceYAML", package: clearance),
                ],
                swiftSettings: [.unsafeFlags(["-parse-as-library"])]
            )
        },
    swiftLanguageModes: [.v6]
)
