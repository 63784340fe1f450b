/// An app the register says is inactive or retired, as the plan credits it.
///
/// Switching off an app nobody runs stops no service, so the plan counts no saving for it: a
/// finance official would not sign a saving on a system that is already off. What the register
/// records as its yearly cost may still be paid (hosting, a licence, a maintenance contract), or
/// may be a stale figure; the plan lists that amount apart ("running cost recorded for inactive
/// apps: saved only where still paid"), never inside the savings. A register that says inactive
/// yet lists more than ``usersToVerify`` users contradicts itself: the reason asks for its
/// status to be checked rather than trusting either field.
public struct InactiveApp: Sendable, Equatable {
    /// More users than this on an inactive app means the register needs checking.
    public static let usersToVerify = 1_000

    /// The yearly running cost the register records for it, when it records one.
    public var recordedCost: Double?
    public var users: Int?

    /// Nil when the app is not inactive or retired.
    public init?(_ app: Application) {
        guard app.status == .inactive || app.status == .retired else { return nil }
        recordedCost = app.annualCost.flatMap { $0.isFinite && $0 > 0 ? $0 : nil }
        users = app.users
    }

    public init(recordedCost: Double?, users: Int?) {
        self.recordedCost = recordedCost
        self.users = users
    }

    /// Inactive in the register yet used by many: its status must be checked.
    public var statusToVerify: Bool { (users ?? 0) > Self.usersToVerify }

    /// What the plan credits, as sentences of the app's reason (each opening with a capital,
    /// the last without its full stop, which the reason adds): a reason read in one breath
    /// would otherwise run past eighty words.
    func text(_ language: Language) -> String {
        let id = language == .id
        var parts: [String] = []
        if statusToVerify, let users {
            let count = ReportFormat.number(users, language)
            parts.append(id ? "Periksa statusnya: daftar menyebutnya tidak aktif tetapi mencatat \(count) pengguna"
                            : "Verify its status: the register says inactive yet lists \(count) users")
        }
        if let cost = recordedCost {
            let money = ReportFormat.money(cost, language)
            parts.append(id ? "Tidak ada penghematan yang dihitung karena tidak ada layanan yang berhenti; biaya \(money) per tahun yang tercatat untuknya dihemat hanya bila masih dibayar"
                            : "No saving is counted, as no running service stops; the \(money) a year the register records for it is saved only if still paid")
        } else {
            parts.append(id ? "Tidak ada penghematan yang dihitung karena tidak ada layanan yang berhenti"
                            : "No saving is counted, as no running service stops")
        }
        return parts.joined(separator: ". ")
    }
}
