// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Toolkit",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Toolkit", targets: ["Toolkit"]),
        .library(name: "Segmentation", targets: ["Segmentation"]),
        .library(name: "Transliteration", targets: ["Transliteration"]),
        .library(name: "KeywordExtraction", targets: ["KeywordExtraction"]),
        .library(name: "QuoteDetection", targets: ["QuoteDetection"]),
        .library(name: "ToolkitCLI", targets: ["ToolkitCLI"]),
        .executable(name: "toolkit", targets: ["toolkit"]),
        .executable(name: "toolkit-benchmarks", targets: ["Benchmarks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // `swift package generate-documentation --target Toolkit` (a command plugin; nothing links it).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // The bridge to the system's libicu (Debian's libicu-dev): C functions with stable names
        // and plain C types, so that no Swift code names an ICU version or sees ICU's own types.
        .target(
            name: "CICU",
            path: "Sources/CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),

        // The core: documents, layers, stages, chains, registry, config, JSON. No ICU.
        .target(
            name: "Toolkit",
            dependencies: [.product(name: "Yams", package: "Yams")],
            path: "Sources/Toolkit"
        ),

        // Plugins: each depends on the core, and on CICU where it talks to ICU.
        .target(
            name: "Segmentation",
            dependencies: ["Toolkit", "CICU"],
            path: "Sources/Plugins/Segmentation"
        ),
        .target(
            name: "Transliteration",
            dependencies: ["Toolkit", "CICU"],
            path: "Sources/Plugins/Transliteration"
        ),
        .target(
            name: "KeywordExtraction",
            dependencies: ["Toolkit", "CICU"],
            path: "Sources/Plugins/Keywords"
        ),
        .target(
            name: "QuoteDetection",
            dependencies: ["Toolkit", "CICU"],
            path: "Sources/Plugins/Quotes"
        ),

        // The `toolkit` command as a library, so a user's package can ship it with extra stages.
        .target(
            name: "ToolkitCLI",
            dependencies: [
                "Toolkit",
                "Segmentation",
                "Transliteration",
                "KeywordExtraction",
                "QuoteDetection",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/ToolkitCLI"
        ),
        .executableTarget(
            name: "toolkit",
            dependencies: ["ToolkitCLI"],
            path: "Sources/toolkit"
        ),

        // Benchmarks: the toolkit beside plain C loops over ICU (`swift run -c release toolkit-benchmarks`).
        .target(
            name: "ICUBaseline",
            path: "Sources/ICUBaseline",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        .executableTarget(
            name: "Benchmarks",
            dependencies: ["ToolkitCLI", "ICUBaseline"],
            path: "Sources/Benchmarks",
            exclude: ["PerformanceLog.md"]
        ),

        // Reliability: hostile text, layer invariants and the chains under test, shared by the
        // property tests and the libFuzzer targets. Tests/Scripts/fuzz.sh builds each Fuzz* target
        // with -sanitize=fuzzer; a plain build makes it a replayer of the files given as arguments.
        .target(
            name: "Robustness",
            dependencies: [
                "Toolkit", "Segmentation", "Transliteration", "KeywordExtraction", "QuoteDetection", "ToolkitCLI",
            ],
            path: "Sources/Robustness"
        ),
        .executableTarget(name: "FuzzInput", dependencies: ["Robustness", "Toolkit"], path: "Sources/FuzzInput"),
        .executableTarget(name: "FuzzStages", dependencies: ["Robustness", "Toolkit"], path: "Sources/FuzzStages"),
        .executableTarget(
            name: "FuzzChainConfig", dependencies: ["Robustness", "Toolkit"], path: "Sources/FuzzChainConfig"),

        .testTarget(name: "ToolkitTests", dependencies: ["Toolkit"], path: "Tests/ToolkitTests"),
        .testTarget(
            name: "SegmentationTests",
            dependencies: ["Segmentation", "Toolkit", "Robustness", "Transliteration", "QuoteDetection"],
            path: "Tests/SegmentationTests"
        ),
        .testTarget(
            name: "TransliterationTests",
            dependencies: ["Transliteration", "Segmentation", "Toolkit"],
            path: "Tests/TransliterationTests",
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "KeywordExtractionTests",
            dependencies: ["KeywordExtraction", "Segmentation", "Toolkit"],
            path: "Tests/KeywordExtractionTests",
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "QuoteDetectionTests",
            dependencies: ["QuoteDetection", "Segmentation", "Toolkit"],
            path: "Tests/QuoteDetectionTests",
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ToolkitCLITests",
            dependencies: ["ToolkitCLI", "Segmentation", "Toolkit"],
            path: "Tests/ToolkitCLITests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
