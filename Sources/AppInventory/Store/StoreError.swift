import GRDB

/// Problems with the database file itself, and the use cases' refusals ("no plan yet"),
/// phrased for the person at the keyboard in either language.
public enum StoreError: TranslatedError, Equatable {
    case missing(path: String)
    case notADatabase(path: String)
    case newerSchema(path: String)
    case foreign(path: String, reason: String)
    case readOnly(path: String)
    case diskFull(path: String)
    case busy(path: String)
    case cannotOpen(path: String, reason: String)
    /// A message in English only (SQL errors, which quote SQLite's own words).
    case sql(message: String)
    /// A message in both languages.
    case said(en: String, id: String)

    /// The inventory has no app yet.
    public static let emptyInventory = StoreError.said(en: "the inventory is empty; import a register first",
                                                       id: "inventaris masih kosong; impor daftar aplikasi terlebih dahulu")
    /// No analysis has been run yet: what to do first, which is importing when the inventory
    /// is empty (`analyze` would only refuse that in turn).
    static func noAnalysis(_ db: Database) throws -> StoreError {
        try Self.inventoryIsEmpty(db) ? emptyInventory
            : .said(en: "no analysis yet; run `consolidate analyze` first", id: "belum ada analisis; jalankan `consolidate analyze` terlebih dahulu")
    }

    /// No plan has been made yet: what to do first, which is importing when the inventory is empty.
    static func noPlan(_ db: Database) throws -> StoreError {
        try Self.inventoryIsEmpty(db) ? emptyInventory
            : .said(en: "no plan yet; run `consolidate plan` first", id: "belum ada rencana; jalankan `consolidate plan` terlebih dahulu")
    }

    private static func inventoryIsEmpty(_ db: Database) throws -> Bool {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM apps WHERE \(ApplicationStore.inInventory) LIMIT 1)") == 0
    }

    public func text(_ language: Language) -> String {
        switch self {
        case .missing(let path):
            language.pick(en: "no inventory database at \(path); create one with `consolidate import FILE --db \(path)` (`consolidate demo` tries the tool on the samples, in demo/inventory.sqlite)",
                          id: "tidak ada basis data inventaris di \(path); buat dengan `consolidate import BERKAS --db \(path)` (`consolidate demo` mencoba alat ini pada contoh, di demo/inventory.sqlite)")
        case .notADatabase(let path):
            language.pick(en: "\(path) is not a consolidate database (not an SQLite file); pass another --db path",
                          id: "\(path) bukan basis data consolidate (bukan berkas SQLite); berikan path --db lain")
        case .newerSchema(let path):
            language.pick(en: "\(path) was written by a newer version of consolidate; upgrade consolidate to use it",
                          id: "\(path) ditulis oleh versi consolidate yang lebih baru; perbarui consolidate untuk memakainya")
        case .foreign(let path, let reason):
            language.pick(en: "\(path) is an SQLite database of another program (\(reason)); consolidate only read it and changed nothing. Pass a consolidate inventory or a new file as --db",
                          id: "\(path) adalah basis data SQLite program lain (\(reason)); consolidate hanya membacanya dan tidak mengubah apa pun. Berikan inventaris consolidate atau berkas baru sebagai --db")
        case .readOnly(let path):
            language.pick(en: "cannot write to \(path): the file or its folder is read-only",
                          id: "tidak dapat menulis ke \(path): berkas atau foldernya hanya dapat dibaca")
        case .diskFull(let path):
            language.pick(en: "cannot write to \(path): the disk or the database size limit is full; nothing was changed",
                          id: "tidak dapat menulis ke \(path): disk atau batas ukuran basis data sudah penuh; tidak ada yang diubah")
        case .busy(let path):
            language.pick(en: "\(path) is locked by another consolidate process that is still writing; try again when it finishes",
                          id: "\(path) dikunci oleh proses consolidate lain yang masih menulis; coba lagi setelah proses itu selesai")
        case .cannotOpen(let path, let reason):
            language.pick(en: "cannot open \(path): \(reason)", id: "tidak dapat membuka \(path): \(reason)")
        case .sql(let message):
            message
        case .said(let english, let indonesian):
            language.pick(en: english, id: indonesian)
        }
    }

    /// Translates SQLite failures on `path` into a sentence; other errors pass through.
    static func translate(_ error: any Error, path: String) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_NOTADB: return StoreError.notADatabase(path: path)
        case .SQLITE_READONLY: return StoreError.readOnly(path: path)
        case .SQLITE_FULL: return StoreError.diskFull(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError.busy(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM: return StoreError.cannotOpen(path: path, reason: error.message ?? "permission denied")
        case .SQLITE_CORRUPT: return StoreError.cannotOpen(path: path, reason: "the database file is damaged")
        case .SQLITE_IOERR: return StoreError.cannotOpen(path: path, reason: "the disk could not be read or written (\(error.message ?? "I/O error"))")
        default: return error
        }
    }
}
