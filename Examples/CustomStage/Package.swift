// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "CustomStage",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "NumberMentions", targets: ["NumberMentions"]),
        .executable(name: "toolkit-numbers", targets: ["toolkit-numbers"]),
    ],
    dependencies: [
        .package(name: "Toolkit", path: "../.."),
    ],
    targets: [
        .target(name: "NumberMentions", dependencies: [.product(name: "Toolkit", package: "Toolkit")]),
        .executableTarget(name: "toolkit-numbers", dependencies: ["NumberMentions", .product(name: "ToolkitCLI", package: "Toolkit")]),
        .testTarget(
            name: "NumberMentionsTests",
            dependencies: [
                "NumberMentions",
                .product(name: "Toolkit", package: "Toolkit"),
                .product(name: "Segmentation", package: "Toolkit"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
