import Foundation
import Testing
@testable import AppInventory
@testable import AppInventoryCore

/// Cells cannot drive the terminal through human output; data formats keep them unchanged.
@Suite("Terminal output")
struct TerminalOutputTests {
    static let clearScreen = "SIMPEG\u{1B}[2J\u{1B}[H"
    static let clipboard = "\u{1B}]52;c;cm0gLXJmIH4=\u{07} salin"

    @Test func controlCharactersAreShownAsSymbols() {
        #expect(TerminalText.visible(Self.clearScreen) == "SIMPEG␛[2J␛[H")
        #expect(TerminalText.visible(Self.clipboard) == "␛]52;c;cm0gLXJmIH4=␇ salin")
        #expect(TerminalText.visible("SIAK\u{9B}31m") == "SIAK<U+009B>31m")
        #expect(TerminalText.visible("line one\nline\ttwo") == "line one\nline\ttwo")
        #expect(TerminalText.visible("a\rb\u{7F}", keepingLines: false) == "a␍b␡")
        #expect(TerminalText.visible("Kabupaten Bantul 😀 \u{200F}") == "Kabupaten Bantul 😀 \u{200F}")
    }

    @Test func tablesShowThemAndDataFormatsKeepThem() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        try importFiles([BadInputTests.fixture("terminal-escapes.csv")], into: database)
        let result = try SQLConsole.run("SELECT name, description FROM apps ORDER BY external_id", on: database, allowWrite: false)
        let table = TableRenderer.table(result, width: 200)
        #expect(!table.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
        #expect(table.contains("SIMPEG␛[2J␛[H"))
        #expect(table.contains("␛]52;c;cm0gLXJmIH4=␇"))
        #expect(TableRenderer.csv(result).contains(Self.clearScreen))
        #expect(TableRenderer.json(result).contains("SIMPEG\\u001b[2J"))
    }

    @Test func sqlCSVKeepsNegativeNumbersAndNeutralisesText() throws {
        let folder = try TemporaryFolder()
        let database = try InventoryDatabase(path: folder.path("inv.sqlite"), access: .create)
        let result = try SQLConsole.run("SELECT -1 AS n, -2.5 AS x, '-1+A1' AS formula, '=cmd' AS command", on: database, allowWrite: false)
        #expect(TableRenderer.csv(result) == "n,x,formula,command\n-1,-2.5,'-1+A1,'=cmd\n")
    }
}
