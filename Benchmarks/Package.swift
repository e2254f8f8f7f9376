// swift-tools-version: 6.0
import PackageDescription

/// Benchmark tools for Coherence, kept out of the root package. `Scripts/benchmark` builds and runs them.
let package = Package(
    name: "CoherenceBenchmarks",
    dependencies: [
        .package(name: "Coherence", path: "..")
    ],
    targets: [
        // Writes N valid, varied assessments of a framework: the benchmark's input.
        .executableTarget(
            name: "GenerateAssessments",
            dependencies: [.product(name: "CoherenceKit", package: "Coherence")]
        ),
        // Times parse, load, score and render separately over the same files, on one thread.
        .executableTarget(
            name: "StageTimes",
            dependencies: [.product(name: "CoherenceKit", package: "Coherence")]
        ),
        // Times reform plans (`coherence plan`) on the shipped examples and on generated
        // frameworks of growing size, with equal and with uneven efforts.
        .executableTarget(
            name: "PlanTimes",
            dependencies: [.product(name: "CoherenceKit", package: "Coherence")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
