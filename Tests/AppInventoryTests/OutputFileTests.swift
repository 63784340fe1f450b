import Foundation
import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// Outputs are whole or absent, and never land on a database.
@Suite("Output files")
struct OutputFileTests {
    @Test(arguments: ["inv.sqlite", "inv.sqlite-wal", "inv.sqlite-shm"])
    func aDatabaseAndItsCompanionFilesAreNeverOverwritten(target: String) throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        try importFiles([try folder.write("a.csv", "id,name\nA1,SIMPEG\n")], into: database)
        let before = try snapshot(database)
        let error = try #require(throws: OutputFile.Failure.self) { try OutputFile.write(Data("id,name\n".utf8), to: folder.path(target)) }
        #expect(error.description.contains("SQLite database"))
        #expect(try snapshot(database) == before)
    }

    @Test func aPipeOrDeviceIsWrittenInPlace() throws {
        // `--output /dev/stdout` in a pipeline: no temporary file beside it, no read that waits on it.
        let pipe = Pipe()
        try OutputFile.write(Data("id,name\n".utf8), to: "/dev/fd/\(pipe.fileHandleForWriting.fileDescriptor)")
        try pipe.fileHandleForWriting.close()
        #expect(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "id,name\n")
        try OutputFile.write(Data("x".utf8), to: "/dev/null")
    }

    @Test func aMissingFolderIsNamedAsSuch() throws {
        let folder = try TemporaryFolder()
        let error = try #require(throws: OutputFile.Failure.self) { try OutputFile.write(Data("x".utf8), to: folder.path("no/such/plan.csv")) }
        #expect(error.description.hasSuffix("no/such/plan.csv: the folder \(folder.path("no/such")) does not exist; create it first or name a file in an existing folder"),
                "\(error.description)")
    }

    @Test func anySQLiteFileIsRefused() throws {
        let folder = try TemporaryFolder()
        let other = folder.path("other.db")
        try FileManager.default.copyItem(atPath: BadInputTests.fixture("foreign-app.db"), toPath: other)
        #expect(throws: OutputFile.Failure.self) { try OutputFile.write(Data("x".utf8), to: other) }
    }

    @Test func aFailedWriteLeavesThePreviousFileAndNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("plan.csv", "previous\n")
        struct DiskFull: Error {}
        #expect(throws: DiskFull.self) {
            try OutputFile.write(to: path) { temporary in
                try Data("half of the ne".utf8).write(to: URL(fileURLWithPath: temporary))
                throw DiskFull()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["plan.csv"])
    }

    @Test func aWriteReplacesTheFileWhole() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("out.csv", String(repeating: "old line\n", count: 1000))
        try OutputFile.write(Data("new\n".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["out.csv"])
        #expect(throws: OutputFile.Failure.self) { try OutputFile.write(Data("x".utf8), to: folder.url.path) }
    }
}
