// swift-tools-version: 6.1
import PackageDescription
import Foundation

var dependencies: [Package.Dependency] = [
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
]

var targets: [Target] = [
    // Everything that does not touch the database: text, similarity, grouping, planning, file
    // formats. It needs no GRDB, so a cold build compiles it while GRDB compiles.
    .target(
        name: "AppInventoryCore",
        dependencies: [
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]
    ),
    // The inventory database and the use cases run on it (analyse-and-save, plan-and-save, decide);
    // re-exports AppInventoryCore, so clients import this one module.
    .target(
        name: "AppInventory",
        dependencies: [
            "AppInventoryCore",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]
    ),
    .executableTarget(
        name: "ConsolidateCLI",
        dependencies: [
            "AppInventory",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]
    ),
    .testTarget(
        name: "AppInventoryTests",
        dependencies: ["AppInventory", "AppInventoryCore"]
    ),
    .testTarget(
        name: "ConsolidateCLITests",
        dependencies: ["ConsolidateCLI"]
    ),
]

// MARK: Web workspace (`consolidate-web`, started by `consolidate serve` and `consolidate users`).
// A product of its own so that building `consolidate` never builds Hummingbird and SwiftNIO.
dependencies += [
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
]
targets += [
    .target(
        name: "WebWorkspace",
        dependencies: [
            "AppInventory",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]
    ),
    .executableTarget(
        name: "ConsolidateWeb",
        dependencies: [
            "WebWorkspace",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]
    ),
    .testTarget(
        name: "WebWorkspaceTests",
        dependencies: [
            "WebWorkspace",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
        ]
    ),
]

/// The libFuzzer target links only with `-sanitize=fuzzer`: `scripts/fuzz.sh` sets ENABLE_FUZZING=1.
if ProcessInfo.processInfo.environment["ENABLE_FUZZING"] == "1" {
    targets.append(
        .executableTarget(
            name: "ImportFuzzer",
            dependencies: ["AppInventory"],
            path: "Fuzz/ImportFuzzer",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    )
}

let package = Package(
    name: "consolidate",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "AppInventory", targets: ["AppInventory"]),
        .executable(name: "consolidate", targets: ["ConsolidateCLI"]),
        .executable(name: "consolidate-web", targets: ["ConsolidateWeb"]),
    ],
    dependencies: dependencies,
    targets: targets
)
