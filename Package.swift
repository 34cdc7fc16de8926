// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Lineup",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lineup", targets: ["lineup"]),
        .executable(name: "lineup-bench", targets: ["LineupBench"]),
        .executable(name: "lineup-fuzz", targets: ["LineupFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "LineupBuildInfo"),
        .target(name: "LineupModel"),
        .target(name: "LineupImport", dependencies: ["LineupModel"]),
        .target(
            name: "LineupSearch",
            dependencies: [
                "LineupModel",
                .product(name: "BitCollections", package: "swift-collections"),
            ]
        ),
        .target(name: "LineupAgenda", dependencies: ["LineupModel"]),
        .target(
            name: "LineupTUI",
            dependencies: ["CNcursesw", "LineupModel", "LineupSearch", "LineupAgenda"]
        ),
        .executableTarget(
            name: "lineup",
            dependencies: [
                "LineupModel", "LineupImport", "LineupSearch", "LineupAgenda", "LineupTUI", "LineupBuildInfo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "LineupBench",
            dependencies: ["LineupModel", "LineupImport", "LineupSearch"]
        ),
        .executableTarget(
            name: "LineupFuzz",
            dependencies: ["LineupModel", "LineupImport", "LineupSearch", "LineupAgenda"]
        ),
        .testTarget(name: "LineupModelTests", dependencies: ["LineupModel"]),
        .testTarget(
            name: "LineupImportTests",
            dependencies: ["LineupImport", "LineupModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "LineupSearchTests", dependencies: ["LineupSearch", "LineupModel", "LineupImport"]),
        .testTarget(name: "LineupAgendaTests", dependencies: ["LineupAgenda", "LineupModel", "LineupImport"]),
        .testTarget(name: "LineupTUITests", dependencies: ["LineupTUI", "LineupModel", "LineupImport", "LineupSearch", "LineupAgenda"]),
        .testTarget(name: "LineupEndToEndTests", dependencies: ["LineupModel", "LineupImport"]),
    ],
    swiftLanguageModes: [.v6]
)
