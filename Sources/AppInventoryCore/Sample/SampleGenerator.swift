import Foundation

/// Generates realistic synthetic inventories: central ministries, provinces, regencies and
/// cities with real names, each building its own apps for the same business functions
/// under different names, in the messy forms real registers hold.
///
/// The same `seed` gives the same inventory. The `true_function` column (with `labels`)
/// is the function each app was generated for, to measure the overlap engine against.
public struct SampleGenerator {
    public var seed: UInt64

    public init(seed: UInt64 = 42) { self.seed = seed }

    /// Owners: a ministry or a regional government.
    struct Owner {
        var agency: String
        var level: GovernmentLevel
        var region: String?
        var shortName: String
        /// Host part of the owner's web addresses: "bantul".
        var host: String { shortName.lowercased().filter { $0.isLetter } }
    }

    /// An application and the function it was generated for.
    public struct SampleApplication: Sendable {
        public var application: Application
        public var function: String
    }

    static let ministries = [
        "Kementerian Dalam Negeri", "Kementerian Keuangan", "Kementerian Kesehatan", "Kementerian Pendidikan Dasar dan Menengah",
        "Kementerian Sosial", "Kementerian Pertanian", "Kementerian Perhubungan", "Kementerian Pekerjaan Umum",
        "Kementerian Agama", "Kementerian Hukum", "Kementerian Perdagangan", "Kementerian Perindustrian",
        "Kementerian Lingkungan Hidup", "Kementerian Pariwisata", "Kementerian Koperasi", "Kementerian Ketenagakerjaan",
        "Kementerian Desa dan Pembangunan Daerah Tertinggal", "Kementerian PANRB", "Kementerian Komunikasi dan Digital",
        "Kementerian Kelautan dan Perikanan", "Kementerian Energi dan Sumber Daya Mineral", "Kementerian Luar Negeri",
        "Badan Kepegawaian Negara", "Badan Pusat Statistik", "Badan Nasional Penanggulangan Bencana", "Badan Pengawas Obat dan Makanan",
        "Badan Pemeriksa Keuangan", "Badan Perencanaan Pembangunan Nasional", "Lembaga Kebijakan Pengadaan Barang Jasa Pemerintah",
        "Lembaga Administrasi Negara", "Arsip Nasional Republik Indonesia", "Badan Riset dan Inovasi Nasional",
    ]
    static let brandWords = ["SIMANTAP", "SIGAP", "SIPANDU", "SEMAR", "JEMPOL", "SAKTI", "CERDAS", "TUNTAS", "PRIMA", "SAHABAT", "MANTAP", "BERKAH", "SIAP", "PRAMA SEWAKA", "GERCEP", "SIGER", "MELATI", "CEMPAKA", "NAWA", "SMART"]
    static let vagueDescriptions = ["Mengolah data, mencatat dan melayani", "Aplikasi untuk mendukung tugas pokok dan fungsi OPD", "Mendukung kinerja perangkat daerah", "Aplikasi layanan", "Sistem informasi internal"]
    static let boilerplate = ["Mendukung implementasi SPBE", "Dikembangkan oleh Diskominfo", "Terintegrasi dengan aplikasi nasional", "Diakses melalui web dan android", "Dibangun dengan dana APBD"]
    static let nationalSystems = ["SIASN", "SRIKANDI", "SIPD", "SP4N-LAPOR!", "SPSE", "Dukcapil", "BPJS Kesehatan", "Bank Daerah", "OSS-RBA", "SATUSEHAT"]
    static let hostings = ["Pusat Data Nasional", "Server Diskominfo", "Cloud swasta", "Server OPD", "Data center provinsi"]
    static let stacks = ["PHP CodeIgniter, MySQL", "Laravel, PostgreSQL", "Java Spring, Oracle", ".NET, SQL Server", "Android, Firebase", "WordPress", "Python Django, PostgreSQL"]

    /// Header of the generated CSV, in the Indonesian names registers use.
    public static let header = ["id", "nama_aplikasi", "akronim", "instansi", "opd", "tingkat", "sektor", "kode_rab", "deskripsi", "fitur", "data", "integrasi", "pengguna", "biaya", "status", "tahun", "url", "hosting", "teknologi"]

    public func generate(count: Int) -> [SampleApplication] {
        var random = SeededGenerator(seed: seed)
        let owners = Self.owners()
        let catalogue = FunctionProfile.catalogue
        var byLevel: [GovernmentLevel: [FunctionProfile]] = [:]
        for level in GovernmentLevel.allCases {
            let code: Character = switch level { case .central: "c"; case .province: "p"; case .regency: "r"; case .city: "k" }
            byLevel[level] = catalogue.filter { $0.levels.contains(code) }
        }
        let central = owners.filter { $0.level == .central }
        let provinces = owners.filter { $0.level == .province }
        let local = owners.filter { $0.level == .regency || $0.level == .city }
        var result: [SampleApplication] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            let roll = Double.random(in: 0..<1, using: &random)
            let owner = roll < 0.12 ? random.pick(central) : roll < 0.27 ? random.pick(provinces) : random.pick(local)
            let function = random.pick(byLevel[owner.level]!)
            let app = makeApplication(index: index, owner: owner, function: function, random: &random)
            result.append(SampleApplication(application: app, function: function.key))
        }
        return result
    }

    /// The generated inventory as CSV, optionally with the `true_function` label column.
    public func csv(count: Int, labels: Bool) -> String {
        var document = CSVDocument(header: Self.header + (labels ? ["true_function"] : []))
        var random = SeededGenerator(seed: seed ^ 0xC5F)
        for sample in generate(count: count) {
            let app = sample.application
            var row = [
                app.externalID, app.name, app.acronym ?? "", app.agency ?? "", app.unit ?? "",
                Self.levelText(app.level, random: &random), app.domain ?? "", app.rabCode ?? "",
                app.description ?? "", app.features.joined(separator: "; "), app.dataEntities.joined(separator: "; "),
                app.integrations.joined(separator: "; "), Self.usersText(app.users, random: &random),
                Self.moneyText(app.annualCost, random: &random), Self.statusText(app.status, random: &random),
                app.launchedYear.map(String.init) ?? "", app.url ?? "", app.hosting ?? "", app.techStack ?? "",
            ]
            if labels { row.append(sample.function) }
            document.append(row)
        }
        return document.text
    }

    private func makeApplication(index: Int, owner: Owner, function: FunctionProfile, random: inout SeededGenerator) -> Application {
        var acronym: String? = nil
        var brand = false
        let region = owner.level == .central ? "" : owner.shortName
        func withRegion(_ base: String, _ p: Double) -> String {
            guard !region.isEmpty, random.chance(p) else { return base }
            return Self.compose(base, random.chance(0.7) ? region : owner.agency.replacingOccurrences(of: "Pemerintah ", with: ""))
        }
        var name: String
        let style = Double.random(in: 0..<1, using: &random)
        switch style {
        case ..<0.22:
            acronym = random.pick(function.acronyms)
            name = withRegion(acronym!, 0.5)
        case ..<0.40:
            let stem = random.pick(function.stems)
            name = withRegion(Self.compose("Sistem Informasi", stem), 0.4)
            if random.chance(0.5) { acronym = random.pick(function.acronyms) }
        case ..<0.50:
            name = withRegion(Self.compose("Aplikasi", random.pick(function.stems)), 0.5)
        case ..<0.64:
            name = withRegion(random.pick(function.eNames), 0.5)
        case ..<0.74:
            name = random.pick(function.english)
        case ..<0.82:
            name = withRegion(Self.compose(random.pick(function.stems), random.pick(["Online", "Terpadu", "Digital", "Mobile", "Elektronik"])), 0.4)
        case ..<0.90:
            brand = true
            name = region.isEmpty || random.chance(0.5) ? random.pick(Self.brandWords) : "\(random.pick(Self.brandWords)) \(region)"
        default:
            let base = random.pick(function.acronyms).replacingOccurrences(of: " ", with: "_")
            name = random.chance(0.5) ? Self.compose(base, random.pick(["CLIENT", "V2", "MOBILE", "WEB", "ONLINE"]), separator: "_")
                : Self.compose(base, random.pick(["v2", "Mobile", "Versi 3", "2.0"]))
        }
        if random.chance(0.10) { name = name.uppercased() }
        if random.chance(0.05) { name = Self.typo(name, random: &random) }

        var description: String?
        let descriptionRoll = Double.random(in: 0..<1, using: &random)
        if !brand && descriptionRoll < 0.08 {
            description = random.chance(0.5) ? "-" : nil
        } else if !brand && descriptionRoll < 0.13 {
            description = random.pick(Self.vagueDescriptions)
        } else {
            var sentences = random.sample(function.sentences, count: random.chance(0.4) ? 2 : 1)
            if random.chance(0.3) {
                sentences[0] = Self.compose("Aplikasi", name) + " digunakan untuk " + sentences[0].prefix(1).lowercased() + sentences[0].dropFirst()
            }
            if !region.isEmpty && random.chance(0.3) { sentences.append("Digunakan di lingkungan \(owner.agency)") }
            if random.chance(0.25) { sentences.append(random.pick(Self.boilerplate)) }
            description = sentences.joined(separator: ". ")
        }
        let features = random.chance(brand ? 0.85 : 0.65) ? random.sample(function.features, count: Int.random(in: 2...5, using: &random)) : []
        let entities = random.chance(0.5) ? random.sample(function.entities, count: Int.random(in: 1...3, using: &random)) : []
        let integrations = random.chance(0.3) ? random.sample(Self.nationalSystems, count: Int.random(in: 1...2, using: &random)) : []
        let users = random.chance(0.85) ? Int(exp(Double.random(in: 3...10.5, using: &random))) : nil
        let cost = random.chance(0.8) ? (Double(Int.random(in: 10...2_000, using: &random)) * 1_000_000).rounded() : nil
        let statusRoll = Double.random(in: 0..<1, using: &random)
        let status: ApplicationStatus = statusRoll < 0.75 ? .active : statusRoll < 0.85 ? .development : statusRoll < 0.97 ? .inactive : .retired
        let slug = String((acronym ?? function.acronyms[0]).lowercased().unicodeScalars.filter { $0.properties.isAlphabetic })
        let host = owner.host
        return Application(
            externalID: String(format: "APP-%06d", index + 1), name: name, acronym: acronym, agency: owner.agency,
            unit: owner.level == .central ? nil : random.pick(function.units(for: owner.level)), level: owner.level, region: owner.region,
            domain: random.chance(0.7) ? function.domain : nil, rabCode: random.chance(0.3) ? function.rab : nil,
            raaCode: nil, description: description, users: users, annualCost: cost, status: status,
            hosting: random.chance(0.6) ? random.pick(Self.hostings) : nil,
            techStack: random.chance(0.5) ? random.pick(Self.stacks) : nil,
            launchedYear: random.chance(0.85) ? Int.random(in: 2008...2025, using: &random) : nil,
            url: random.chance(0.6) ? "https://\(slug.isEmpty ? "app" : slug).\(host).go.id" : nil,
            features: features, dataEntities: entities, integrations: integrations)
    }

    /// Parts of a name joined by `separator`, a word that repeats the one before it (ignoring
    /// case) said once: "Pengaduan Online" and "Online" make "Pengaduan Online", never
    /// "Pengaduan Online Online"; "Sistem Informasi" and "Informasi Kepegawaian" make
    /// "Sistem Informasi Kepegawaian".
    static func compose(_ parts: String..., separator: Character = " ") -> String {
        var words: [Substring] = []
        for word in parts.joined(separator: String(separator)).split(separator: separator)
        where words.last.map({ $0.lowercased() != word.lowercased() }) ?? true {
            words.append(word)
        }
        return words.joined(separator: String(separator))
    }

    static func owners() -> [Owner] {
        var owners = ministries.map { Owner(agency: $0, level: .central, region: nil, shortName: $0) }
        for region in RegionGazetteer.shared.regions {
            let short = region.name.split(separator: " ", maxSplits: 1).last.map(String.init) ?? region.name
            owners.append(Owner(agency: "Pemerintah \(region.name)", level: region.level, region: region.name, shortName: short))
        }
        return owners
    }

    private static func typo(_ name: String, random: inout SeededGenerator) -> String {
        var characters = Array(name)
        let positions = characters.indices.dropFirst().dropLast().filter { characters[$0].isLetter && characters[$0 + 1].isLetter }
        guard !positions.isEmpty else { return name }
        let position = random.pick(Array(positions))
        if random.chance(0.5) { characters.swapAt(position, position + 1) } else { characters.remove(at: position) }
        return String(characters)
    }

    private static func levelText(_ level: GovernmentLevel?, random: inout SeededGenerator) -> String {
        guard let level, random.chance(0.9) else { return "" }
        let words: [GovernmentLevel: [String]] = [.central: ["Pusat", "central"], .province: ["Provinsi", "province"], .regency: ["Kabupaten", "regency"], .city: ["Kota", "city"]]
        return random.chance(0.8) ? words[level]![0] : words[level]![1]
    }

    private static func usersText(_ users: Int?, random: inout SeededGenerator) -> String {
        guard let users else { return random.chance(0.5) ? "-" : "" }
        return random.chance(0.3) && users >= 1000 ? NumberText.grouped(Int64(users)) : String(users)
    }

    private static func moneyText(_ cost: Double?, random: inout SeededGenerator) -> String {
        guard let cost else { return random.chance(0.5) ? "-" : "" }
        let whole = Int64(cost)
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return "Rp \(NumberText.grouped(whole))"
        case 1: return NumberText.grouped(whole)
        case 2: return "Rp \(NumberText.grouped(whole)),00"
        default: return String(whole)
        }
    }

    private static func statusText(_ status: ApplicationStatus?, random: inout SeededGenerator) -> String {
        guard let status else { return "" }
        let words: [ApplicationStatus: [String]] = [.active: ["Aktif", "active"], .development: ["Pengembangan", "development"], .inactive: ["Tidak Aktif", "inactive"], .retired: ["Dihentikan", "retired"]]
        return random.chance(0.8) ? words[status]![0] : words[status]![1]
    }

}
