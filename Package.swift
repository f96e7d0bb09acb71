// swift-tools-version: 6.0
// Clearance is licensed under the Apache License, Version 2.0: see LICENSE.
import PackageDescription

let package = Package(
    name: "Clearance",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "clearance", targets: ["clearance"]),
        .library(name: "ClearanceKit", targets: ["ClearanceKit"]),
        .library(name: "ClearanceYAML", targets: ["ClearanceYAML"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(
            name: "ClearanceYAML",
            dependencies: ["CLibYAML"]
        ),
        .target(
            name: "ClearanceKit",
            dependencies: [
                "ClearanceYAML",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            plugins: ["EmbedCatalog"]
        ),
        .executableTarget(name: "clearance-embed"),
        .plugin(
            name: "EmbedCatalog",
            capability: .buildTool(),
            dependencies: ["clearance-embed"]
        ),
        .executableTarget(
            name: "clearance",
            dependencies: [
                "ClearanceKit",
                "ClearanceYAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets (position markers in test input).
        .target(name: "ClearanceTestSupport", path: "Tests/Support"),
        .testTarget(name: "ClearanceYAMLTests", dependencies: ["ClearanceYAML", "ClearanceTestSupport"]),
        .testTarget(
            name: "ClearanceKitTests",
            dependencies: ["ClearanceKit", "ClearanceTestSupport"],
            // Canned report outputs, read from the source tree by path (CLEARANCE_RECORD=1 rewrites them).
            exclude: ["Reporting/Expected"]
        ),
        .testTarget(
            name: "ClearanceCLITests",
            dependencies: ["clearance", "ClearanceKit"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
