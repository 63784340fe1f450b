import HummingbirdBcrypt

/// Password hashing for workspace accounts: bcrypt, so a stolen database does not give
/// the passwords away cheaply.
public enum Passwords {
    /// bcrypt's cost: 2^cost rounds; 10 takes about 80 ms here, slow for guessing, fine for login.
    public static let cost: UInt8 = 10

    public static func hash(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }

    public static func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }

    /// Refuses passwords too short to resist guessing.
    public static func problem(with password: String) -> String? {
        password.count < 8 ? "the password needs at least 8 characters" : nil
    }
}
