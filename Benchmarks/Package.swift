// swift-tools-version: 6.0
// Benchmarks for Clearance, kept out of the main package so CI does not build them.
// Run: swift run -c release --package-path Benchmarks clearance-bench yaml|check|expressions|manifests
// After adding or removing a source file of the main package, run `rm -f Benchmarks/.build/release.yaml` and
// `touch Package.swift`: SwiftPM may keep the path dependency's old file list and fail with "cannot find … in
// scope" (or, worse, run the old binary).
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, whatever the clone is called.
let clearance = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "ClearanceBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "clearance-bench",
            dependencies: [
                .product(name: "ClearanceKit", package: clearance),
                .product(name: "ClearanceYAML", package: clearance),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
