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
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // libxml2's SAX2 push parser for the frab XML reader (Foundation's XMLParser is too slow
        // for large schedules; ARCHITECTURE.md has the figures).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The commit the Makefile built from, for `lineup --version`.
        .target(name: "LineupBuildInfo"),
        // wcwidth for the display-width rules, apart from the terminal backend's ncurses.
        .target(name: "CWideChar"),
        .target(name: "LineupModel"),
        // Files written safely: atomic replacement, locks, change stamps, protected outputs.
        .target(name: "LineupFiles"),
        // What the command line prints about items: the table, the detail view, JSON records.
        .target(name: "LineupOutput", dependencies: ["LineupModel"]),
        .target(name: "LineupImport", dependencies: ["LineupModel", "CLibXML2"]),
        // Schedules at URLs: the download (URLSession), the cache with its versions, the subscriptions.
        .target(name: "LineupSources", dependencies: ["LineupModel", "LineupImport", "LineupFiles"]),
        .target(
            name: "LineupSearch",
            dependencies: [
                "LineupModel",
                .product(name: "BitCollections", package: "swift-collections"),
            ]
        ),
        .target(name: "LineupAgenda", dependencies: ["LineupModel", "LineupFiles", "LineupOutput"]),
        .target(
            name: "LineupTUI",
            dependencies: ["CNcursesw", "CWideChar", "LineupModel", "LineupSearch", "LineupAgenda", "LineupFiles", "LineupOutput"]
        ),
        // The user's config file ($XDG_CONFIG_HOME/lineup/config.toml): keys, colours, defaults.
        .target(
            name: "LineupConfig",
            dependencies: ["LineupModel", "LineupTUI", "LineupAgenda", "LineupFiles", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // Deterministic random data for the tests and the benchmark; never shipped.
        .target(name: "LineupTestSupport"),
        .executableTarget(
            name: "lineup",
            dependencies: [
                "LineupModel", "LineupImport", "LineupSearch", "LineupAgenda", "LineupTUI", "LineupFiles",
                "LineupOutput", "LineupBuildInfo", "LineupConfig", "LineupSources", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "LineupBench",
            dependencies: ["LineupModel", "LineupImport", "LineupSearch", "LineupTestSupport"]
        ),
        .executableTarget(
            name: "LineupFuzz",
            dependencies: ["LineupModel", "LineupImport", "LineupSearch", "LineupAgenda", "LineupOutput"]
        ),
        .testTarget(name: "LineupModelTests", dependencies: ["LineupModel"]),
        .testTarget(
            name: "LineupImportTests",
            dependencies: ["LineupImport", "LineupModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "LineupOutputTests", dependencies: ["LineupOutput", "LineupModel"]),
        .testTarget(name: "LineupSearchTests", dependencies: ["LineupSearch", "LineupModel", "LineupImport", "LineupTestSupport"]),
        .testTarget(name: "LineupAgendaTests", dependencies: ["LineupAgenda", "LineupFiles", "LineupModel", "LineupImport"]),
        .testTarget(name: "LineupTUITests", dependencies: ["LineupTUI", "LineupModel", "LineupImport", "LineupSearch", "LineupAgenda"]),
        .testTarget(name: "LineupConfigTests", dependencies: ["LineupConfig", "LineupTUI", "LineupAgenda"]),
        .testTarget(name: "LineupEndToEndTests", dependencies: ["LineupModel", "LineupImport", "LineupTestSupport"]),
        .testTarget(name: "LineupSourcesTests", dependencies: ["LineupSources", "LineupModel", "LineupImport", "LineupTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
