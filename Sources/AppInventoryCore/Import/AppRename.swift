/// A planner's word that an app was renamed between two versions of a register:
/// `--renamed "e-Planning NTB=e-Planning Provinsi NTB"`.
///
/// A register without an id column derives each app's id from agency and name, so a renamed
/// app would arrive as a new one beside the old. With a rename, the row named `new` updates
/// the app named `old` in place: it keeps its internal id, and with it every decision and
/// analysis result, and takes the id the new name derives.
public struct AppRename: Sendable, Equatable {
    public var old: String
    public var new: String

    public init(old: String, new: String) {
        self.old = old
        self.new = new
    }

    /// Reads `OLD=NEW`.
    public init(parsing argument: String) throws(ImportError) {
        let sides = argument.split(separator: "=", maxSplits: 1).map { String($0).trimmedWhitespace }
        guard sides.count == 2, !sides[0].isEmpty, !sides[1].isEmpty else {
            throw ImportError(ImportIssue(file: "--renamed", message: "expected \"OLD NAME=NEW NAME\", e.g. --renamed \"e-Planning NTB=e-Planning Provinsi NTB\"; got \"\(argument.excerpt)\""))
        }
        self.init(old: sides[0], new: sides[1])
    }

    /// Whether `name` is this rename's new name, ignoring case, spaces and punctuation.
    public func isNew(_ name: String) -> Bool { InventoryField.fold(name) == InventoryField.fold(new) }
    /// Whether `name` is this rename's old name, ignoring case, spaces and punctuation.
    public func isOld(_ name: String) -> Bool { InventoryField.fold(name) == InventoryField.fold(old) }
}
