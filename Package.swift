// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Coherence",
    products: [
        .executable(name: "coherence", targets: ["coherence"]),
        .library(name: "CoherenceKit", targets: ["CoherenceKit"]),
        .executable(name: "coherence-workshop", targets: ["coherence-workshop"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The workshop server only: the `coherence` binary links none of these four.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // The system libyaml (Debian: libyaml-dev).
        .systemLibrary(
            name: "CYaml",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // libyaml binding: a located node tree, limits, and a writer. No domain knowledge.
        .target(name: "YAML", dependencies: ["CYaml"]),
        // The expression language: a subset of CEL. No domain knowledge.
        .target(name: "CEL"),
        // Spreadsheets (.xlsx): a workbook written as OOXML and zipped, and read back within limits.
        // No domain knowledge. Zip by ZIPFoundation (system zlib: Debian zlib1g-dev), XML read by
        // Foundation's XMLParser (libxml2).
        .target(name: "Spreadsheet", dependencies: ["ZIPFoundation"]),
        // Model, loading and validation, scoring, findings, gaps, compare, consolidate, rendering.
        .target(name: "CoherenceKit", dependencies: ["YAML", "CEL", "Spreadsheet"]),
        // The command line: parses arguments, reads and writes files, prints, exits.
        .executableTarget(
            name: "coherence",
            dependencies: [
                "CoherenceKit",
                "YAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The workshop server (DESIGN.md §10): store, JSON API, HTML pages, event stream.
        .target(
            name: "WorkshopKit",
            dependencies: [
                "CoherenceKit",
                "YAML",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "coherence-workshop",
            dependencies: [
                "WorkshopKit",
                "CoherenceKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share: temporary folders, the seeded generator, the mini framework,
        // running the built executables. Foundation only; no test target's code.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "YAMLTests", dependencies: ["YAML", "TestSupport"]),
        .testTarget(
            name: "SpreadsheetTests",
            dependencies: ["Spreadsheet", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "CELTests", dependencies: ["CEL", "TestSupport"], exclude: ["conformance-skips.txt"]),
        .testTarget(
            name: "CoherenceKitTests",
            dependencies: [
                "CoherenceKit", "Spreadsheet", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["coherence", "TestSupport"]),
        .testTarget(
            name: "WorkshopTests",
            dependencies: [
                "WorkshopKit",
                "YAML",
                "coherence",
                "coherence-workshop",
                "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
