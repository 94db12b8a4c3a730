// swift-tools-version: 6.1
import PackageDescription

// A program that uses the toolkit as a library: a chain built in Swift, with one stage of its own.
let package = Package(
    name: "SwiftAPI",
    platforms: [.macOS(.v14)],
    dependencies: [
        // The toolkit, two folders up. In your own package: .package(url: "<the toolkit's repository>", from: "…").
        .package(name: "Toolkit", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "swift-api-example",
            dependencies: [
                .product(name: "Toolkit", package: "Toolkit"),
                .product(name: "Segmentation", package: "Toolkit"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
