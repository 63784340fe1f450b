import Foundation
import ZIPFoundation

/// The parts of an .xlsx file (a ZIP of XML documents), read with bounded memory.
///
/// A workbook from a careless or hostile source may be truncated, may declare one size and
/// inflate to another, or may carry an XML entity bomb; each is refused with a sentence
/// before its content is parsed.
struct WorkbookArchive {
    /// The largest part read, uncompressed: a 100,000-row register sheet is about 40 MB.
    static let partLimit = 64 * 1024 * 1024

    /// Why a part cannot be read.
    enum Failure: Error {
        case notAZip
        case missingPart(String)
        case tooLarge(String, UInt64)
        case damaged(String)
        case entityDeclaration(String)
    }

    private let archive: Archive

    init(_ data: Data) throws(Failure) {
        // ZIPFoundation leaks its in-memory file when it finds no end-of-directory record, so
        // look for one first (it lies in the last 65,557 bytes of any ZIP).
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]), data.suffix(65_557).range(of: Data([0x50, 0x4B, 0x05, 0x06])) != nil else {
            throw .notAZip
        }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw .notAZip
        }
    }

    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The bytes of `path`, refused when larger than ``partLimit`` or when it declares a DTD
    /// (spreadsheet parts never do; entity expansion is how XML bombs work).
    func part(_ path: String) throws(Failure) -> Data {
        guard let entry = archive[path] else { throw .missingPart(path) }
        if entry.uncompressedSize > UInt64(Self.partLimit) { throw .tooLarge(path, entry.uncompressedSize) }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= Self.partLimit else { throw Failure.tooLarge(path, UInt64(data.count + chunk.count)) }
                data.append(chunk)
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .damaged(path)
        }
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw .entityDeclaration(path)
        }
        return data
    }
}
