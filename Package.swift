// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Coherence",
    products: [
        .executable(name: "coherence", targets: ["coherence"]),
        .library(name: "CoherenceKit", targets: ["CoherenceKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
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
        .testTarget(name: "YAMLTests", dependencies: ["YAML"]),
        .testTarget(
            name: "SpreadsheetTests",
            dependencies: ["Spreadsheet", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "CELTests", dependencies: ["CEL"], exclude: ["conformance-skips.txt"]),
        .testTarget(
            name: "CoherenceKitTests",
            dependencies: ["CoherenceKit", "Spreadsheet", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["coherence"]),
    ],
    swiftLanguageModes: [.v6]
)
