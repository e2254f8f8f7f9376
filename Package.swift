// swift-tools-version: 6.0
import PackageDescription

/// The upcoming-language settings the Swift server projects use: `any` on every existential, imports
/// internal unless marked `public import`, and members visible only from modules a file imports.
let upcomingFeatures: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

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
        // The workshop server only: the `coherence` binary links none of these. The last four come
        // with Hummingbird and PostgresNIO anyway (at the versions they resolve to); they are named
        // because the server's code uses their modules itself.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // The system libyaml (Debian: libyaml-dev).
        .systemLibrary(
            name: "CYaml",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // libyaml binding: a located node tree, limits, and a writer. No domain knowledge.
        .target(name: "YAML", dependencies: ["CYaml"], swiftSettings: upcomingFeatures),
        // The expression language: a subset of CEL. No domain knowledge.
        .target(name: "CEL", swiftSettings: upcomingFeatures),
        // Spreadsheets (.xlsx): a workbook written as OOXML and zipped, and read back within limits.
        // No domain knowledge. Zip by ZIPFoundation (system zlib: Debian zlib1g-dev), XML read by
        // Foundation's XMLParser (libxml2).
        .target(name: "Spreadsheet", dependencies: ["ZIPFoundation"], swiftSettings: upcomingFeatures),
        // Model, loading and validation, scoring, findings, gaps, compare, consolidate, rendering.
        .target(name: "CoherenceKit", dependencies: ["YAML", "CEL", "Spreadsheet"], swiftSettings: upcomingFeatures),
        // The command line: parses arguments, reads and writes files, prints, exits.
        .executableTarget(
            name: "coherence",
            dependencies: [
                "CoherenceKit",
                "YAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcomingFeatures
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
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOFoundationEssentialsCompat", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: upcomingFeatures
        ),
        .executableTarget(
            name: "coherence-workshop",
            dependencies: [
                "WorkshopKit",
                "CoherenceKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: upcomingFeatures
        ),
        // What the test targets share: temporary folders, the seeded generator, the mini framework,
        // running the built executables. Foundation only; no test target's code.
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: upcomingFeatures),
        .testTarget(name: "YAMLTests", dependencies: ["YAML", "TestSupport"], swiftSettings: upcomingFeatures),
        .testTarget(
            name: "SpreadsheetTests",
            dependencies: ["Spreadsheet", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: upcomingFeatures
        ),
        .testTarget(
            name: "CELTests", dependencies: ["CEL", "TestSupport"], exclude: ["conformance-skips.txt"],
            swiftSettings: upcomingFeatures
        ),
        .testTarget(
            name: "CoherenceKitTests",
            dependencies: [
                "CoherenceKit", "Spreadsheet", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: upcomingFeatures
        ),
        .testTarget(
            name: "EndToEndTests", dependencies: ["coherence", "TestSupport"], swiftSettings: upcomingFeatures),
        .testTarget(
            name: "WorkshopTests",
            dependencies: [
                "WorkshopKit",
                "YAML",
                "coherence",
                "coherence-workshop",
                "CoherenceKit",
                "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOFoundationEssentialsCompat", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcomingFeatures
        ),
    ],
    swiftLanguageModes: [.v6]
)
