import Foundation
import GRDB

/// A person allowed into the web workspace, and what they may do there.
public struct WebUser: Sendable, Equatable {
    /// Viewers read every page and download the plan and report; planners also record and undo
    /// decisions, query (SQL page) and run the analysis and the plan (Jobs page); admins also manage users.
    public enum Role: String, Sendable, CaseIterable, Comparable {
        case viewer, planner, admin

        public static func < (lhs: Role, rhs: Role) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var id: Int64
    public var name: String
    public var role: Role
    public var createdAt: String
    /// Changes whenever the password does: a session remembers the stamp it signed in with,
    /// so a new password ends every session opened with the old one.
    public var passwordStamp: String

    /// The stamp of a stored password hash (the hash's own digest, never the hash itself).
    static func stamp(of passwordHash: String) -> String { String(Digest.sha256(passwordHash).prefix(16)) }
}

/// The workspace's accounts, kept in the inventory database (table `web_users`) so a backup
/// carries them. The store only ever sees password hashes: hashing and checking belong to the
/// caller (bcrypt in the web workspace), which keeps this library free of a crypto dependency.
public struct WebUserStore {
    public let database: InventoryDatabase

    public init(_ database: InventoryDatabase) { self.database = database }

    /// Adds a user; names are unique regardless of case and must be plain words.
    @discardableResult
    public func add(_ name: String, role: WebUser.Role, passwordHash: String) throws -> WebUser {
        try Self.validate(name)
        return try database.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM web_users WHERE name = ?", arguments: [name]) == true {
                throw StoreError.sql(message: "a user named \"\(name)\" already exists; `consolidate users passwd` changes a password")
            }
            let now = ISO8601DateFormatter().string(from: Date())
            try db.execute(sql: "INSERT INTO web_users(name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [name, role.rawValue, passwordHash, now, now])
            return WebUser(id: db.lastInsertedRowID, name: name, role: role, createdAt: now, passwordStamp: WebUser.stamp(of: passwordHash))
        }
    }

    /// Every user, by name.
    public func list() throws -> [WebUser] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, role, created_at, password_hash FROM web_users ORDER BY name").map(Self.user)
        }
    }

    /// The account as it is now, nil when it was removed: the web workspace asks on every request,
    /// so a removal, a role change or a new password takes effect at once, not when a session expires.
    public func user(_ name: String) throws -> WebUser? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT id, name, role, created_at, password_hash FROM web_users WHERE name = ?", arguments: [name]).map(Self.user)
        }
    }

    /// The user and their stored hash, for checking a password at login; nil when unknown.
    public func credentials(_ name: String) throws -> (user: WebUser, passwordHash: String)? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT id, name, role, created_at, password_hash FROM web_users WHERE name = ?", arguments: [name])
                .map { (Self.user($0), $0[4]) }
        }
    }

    /// Replaces a user's password hash; sessions opened with the old password end at their next request.
    public func setPasswordHash(_ name: String, _ passwordHash: String) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE web_users SET password_hash = ?, updated_at = ? WHERE name = ?",
                           arguments: [passwordHash, ISO8601DateFormatter().string(from: Date()), name])
            if db.changesCount == 0 { throw Self.unknown(name) }
        }
    }

    /// Removes a user; their recorded decisions keep their name as author.
    public func remove(_ name: String) throws {
        try database.write { db in
            try db.execute(sql: "DELETE FROM web_users WHERE name = ?", arguments: [name])
            if db.changesCount == 0 { throw Self.unknown(name) }
        }
    }

    static func validate(_ name: String) throws {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "._-@"))
        guard !name.isEmpty, name.count <= 64, name.unicodeScalars.allSatisfy(allowed.contains) else {
            throw StoreError.sql(message: "user name \"\(name)\" must be 1 to 64 letters, digits or . _ - @")
        }
    }

    static func unknown(_ name: String) -> StoreError {
        StoreError.sql(message: "no user named \"\(name)\"; `consolidate users list` lists them")
    }

    static func user(_ row: Row) -> WebUser {
        WebUser(id: row[0], name: row[1], role: WebUser.Role(rawValue: row[2]) ?? .viewer, createdAt: row[3], passwordStamp: WebUser.stamp(of: row[4]))
    }
}
