import Foundation

/// Writes output files (exports, reports, plans, backups) so that each is either whole or
/// untouched, and never lands on a database.
///
/// The content goes to a temporary file in the destination's folder, which is then renamed over
/// the destination: a full disk or a crash mid-write leaves the previous file (or none), never
/// half a file. A destination that is an SQLite database, or the `-wal`, `-shm` or `-journal`
/// file of one, is refused before anything is written, so `--output inventory.sqlite` cannot
/// replace the inventory.
public enum OutputFile {
    /// Why an output could not be written, naming the file, in either language.
    public struct Failure: TranslatedError, Equatable {
        var english: String
        var indonesian: String

        init(en english: String, id indonesian: String) { (self.english, self.indonesian) = (english, indonesian) }

        public func text(_ language: Language) -> String { language.pick(en: english, id: indonesian) }

        /// `path` could not be written for `reason` (the system's words), and was left as it was.
        static func cannotWrite(_ path: String, _ reason: String) -> Failure {
            Failure(en: "cannot write \(path): \(reason); the previous file, if any, is unchanged",
                    id: "tidak dapat menulis \(path): \(reason); berkas sebelumnya, bila ada, tidak berubah")
        }
    }

    /// Writes `data` to `path`, whole or not at all.
    public static func write(_ data: Data, to path: String) throws {
        try write(to: path) { temporary in
            do { try data.write(to: URL(fileURLWithPath: temporary)) } catch {
                throw Failure.cannotWrite(path, (error as NSError).localizedDescription)
            }
        }
    }

    /// Lets `produce` create the content at a temporary path next to `path`, then renames it to `path`.
    package static func write(to path: String, _ produce: (String) throws -> Void) throws {
        if isStream(path) { return try produce(path) }
        let target = try checkDestination(path)
        let url = URL(fileURLWithPath: target)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp").path
        do {
            try produce(temporary)
            guard rename(temporary, target) == 0 else {
                throw Failure.cannotWrite(path, String(cString: strerror(errno)))
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Refuses a destination that is a folder or a database before any work is done, so a
    /// command whose output needs data that is not there yet still says so first; returns the
    /// destination with symbolic links resolved.
    @discardableResult
    public static func checkDestination(_ path: String) throws -> String {
        if isStream(path) { return path }
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isFolder), isFolder.boolValue {
            throw Failure(en: "cannot write \(path): it is a folder; name a file inside it", id: "tidak dapat menulis \(path): itu sebuah folder; sebutkan nama berkas di dalamnya")
        }
        if DatabaseFile.isSQLite(target) {
            throw Failure(en: "refusing to write \(path): it is an SQLite database (or part of one) and would be destroyed; choose another output file",
                          id: "\(path) tidak ditimpa: berkas itu basis data SQLite (atau bagiannya) dan akan rusak; pilih berkas keluaran lain")
        }
        // A missing folder is said as such: the system's "the file doesn't exist" reads as if the output had to exist.
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
            throw Failure(en: "cannot write \(path): the folder \(folder) does not exist; create it first or name a file in an existing folder",
                          id: "tidak dapat menulis \(path): folder \(folder) tidak ada; buat terlebih dahulu atau sebutkan berkas di folder yang ada")
        }
        return target
    }

    /// A destination that is a pipe, a terminal or another device (`--output /dev/stdout`,
    /// `/dev/null`): written in place, since it cannot be renamed over, keeps no previous
    /// content and is no database (reading its first bytes to tell would wait on the stream).
    public static func isStream(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = Int(info.st_mode) & Int(S_IFMT)
        return type != Int(S_IFREG) && type != Int(S_IFDIR)
    }
}
