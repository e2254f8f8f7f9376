// swift-tools-version:5.4
import PackageDescription

/// libFuzzer targets for Coherence, kept out of the root package so its build never sees fuzz flags.
///
/// Tools version 5.4 on purpose: from 5.5 on, SwiftPM renames an executable's `main` so tests can
/// link it, and the renamed symbol would clash with the `main` that libFuzzer provides. The sources
/// are still compiled in Swift 6 mode (see `swift6`).
///
/// Build and run them with `Scripts/fuzz TARGET SECONDS` from the repository root; it passes
/// `-sanitize=fuzzer,address`. Each target is an executable whose `main` comes from libFuzzer.
let swift6: [SwiftSetting] = [.unsafeFlags(["-swift-version", "6"])]

let package = Package(
    name: "CoherenceFuzz",
    dependencies: [
        .package(name: "Coherence", path: "..")
    ],
    targets: [
        // Shared by the targets: the fixed framework the assessment and score targets load against.
        .target(
            name: "FuzzSupport",
            dependencies: [.product(name: "CoherenceKit", package: "Coherence")],
            swiftSettings: swift6
        ),
        .executableTarget(name: "FuzzYAML", dependencies: ["FuzzSupport"], swiftSettings: swift6),
        .executableTarget(name: "FuzzFramework", dependencies: ["FuzzSupport"], swiftSettings: swift6),
        .executableTarget(name: "FuzzAssessment", dependencies: ["FuzzSupport"], swiftSettings: swift6),
        .executableTarget(name: "FuzzCEL", dependencies: ["FuzzSupport"], swiftSettings: swift6),
        .executableTarget(name: "FuzzScore", dependencies: ["FuzzSupport"], swiftSettings: swift6),
        .executableTarget(name: "FuzzXLSX", dependencies: ["FuzzSupport"], swiftSettings: swift6),
    ],
    swiftLanguageVersions: [.v5]
)
