import Foundation

/// Character encodings an input file may be read with.
public enum InputEncoding: String, Sendable, CaseIterable {
    case utf8
    /// Windows-1252, what older Indonesian Excel installations save as "CSV".
    case cp1252
}

/// Turns file bytes into text, refusing what would silently corrupt the inventory.
enum TextDecoding {
    static func decode(_ data: Data, file: String, encoding: InputEncoding, language: Language = .en) throws(ImportError) -> String {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw ImportError(ImportIssue(file: file, message: language.pick(
                en: "is an Excel 97-2003 workbook (.xls); open it in Excel or LibreOffice, save it as .xlsx (Excel Workbook) and import that",
                id: "adalah buku kerja Excel 97-2003 (.xls); buka di Excel atau LibreOffice, simpan sebagai .xlsx (Excel Workbook) lalu impor berkas itu")))
        }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw ImportError(ImportIssue(file: file, message: language.pick(
                en: "this is a ZIP or Excel workbook (.xlsx), not CSV or JSON; import it without --format (or with --format xlsx)",
                id: "ini berkas ZIP atau buku kerja Excel (.xlsx), bukan CSV atau JSON; impor tanpa --format (atau dengan --format xlsx)")))
        }
        let nul = data.withUnsafeBytes { buffer in
            buffer.baseAddress.flatMap { memchr($0, 0, buffer.count) }.map { UnsafeRawPointer($0) - buffer.baseAddress! }
        }
        if let nul {
            let line = data.prefix(nul).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw ImportError(ImportIssue(file: file, message: language.pick(
                en: "line \(line) holds a NUL byte: this looks like a binary file or UTF-16 text; save it as UTF-8 CSV",
                id: "baris \(line) berisi bita NUL: tampaknya berkas biner atau teks UTF-16; simpan sebagai CSV UTF-8")))
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        switch encoding {
        case .utf8:
            if let text = String(validating: bytes, as: UTF8.self) { return text }
            let line = firstInvalidUTF8Line(bytes)
            throw ImportError(ImportIssue(file: file, message: language.pick(
                en: "line \(line) is not valid UTF-8; if the file came from Windows Excel, run again with --encoding cp1252",
                id: "baris \(line) bukan UTF-8 yang sah; bila berkas berasal dari Excel Windows, jalankan lagi dengan --encoding cp1252")))
        case .cp1252:
            guard let text = String(data: bytes, encoding: .windowsCP1252) else {
                throw ImportError(ImportIssue(file: file, message: language.pick(en: "cannot be read as Windows-1252 text", id: "tidak dapat dibaca sebagai teks Windows-1252")))
            }
            return text
        }
    }

    private static func firstInvalidUTF8Line(_ bytes: Data) -> Int {
        var line = 1
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
