/// One application as the inventory knows it: what a register row says, normalised.
///
/// This is the value every part of the engine works on. Storage adds an internal
/// integer key; everything here is what a planner can see and edit in their export.
public struct Application: Sendable, Equatable, Hashable, Codable {
    /// The register's own identifier, stable across re-imports. When the file has none,
    /// the importer derives one from agency and name, so the same row keeps its id.
    public var externalID: String
    public var name: String
    public var acronym: String?
    /// Owning government or ministry, e.g. "Pemerintah Kabupaten Bantul".
    public var agency: String?
    /// Unit inside the agency (OPD), e.g. "BKPSDM".
    public var unit: String?
    public var level: GovernmentLevel?
    public var region: String?
    /// Province the owner lies in ("Jawa Tengah"), or "Pusat" for central agencies: what
    /// "SIMPEG cost by province" groups by. Filled from the gazetteer when the file has none.
    public var province: String?
    /// Free-text business domain or sector.
    public var domain: String?
    /// SPBE business reference code (RAB), e.g. `09.06`.
    public var rabCode: String?
    /// SPBE application reference code (RAA), e.g. `01.02`.
    public var raaCode: String?
    public var description: String?
    public var users: Int?
    /// Annual cost in rupiah.
    public var annualCost: Double?
    /// The yearly cost one app plausibly has: from Rp 1 juta (a running app costs more than
    /// that in hosting alone) to Rp 1 triliun (a large ministry's whole ICT budget). Outside it
    /// an amount is most likely mistyped or in another unit: the import names such rows and the
    /// plan the moving apps with one, since its totals count them as written.
    public static let plausibleAnnualCost = 1e6...1e12

    /// Whether the recorded cost is above 0 and outside ``plausibleAnnualCost`` (0 is a free app).
    public var hasImplausibleCost: Bool { annualCost.map { $0 > 0 && !Self.plausibleAnnualCost.contains($0) } ?? false }
    public var status: ApplicationStatus?
    public var hosting: String?
    public var techStack: String?
    public var launchedYear: Int?
    public var url: String?
    public var features: [String]
    public var dataEntities: [String]
    public var integrations: [String]
    /// Every input column the importer does not map, kept verbatim so nothing is lost.
    public var attributes: [String: String]

    public init(
        externalID: String, name: String, acronym: String? = nil, agency: String? = nil,
        unit: String? = nil, level: GovernmentLevel? = nil, region: String? = nil,
        domain: String? = nil, rabCode: String? = nil, raaCode: String? = nil,
        description: String? = nil, users: Int? = nil, annualCost: Double? = nil,
        status: ApplicationStatus? = nil, hosting: String? = nil, techStack: String? = nil,
        launchedYear: Int? = nil, url: String? = nil, features: [String] = [],
        dataEntities: [String] = [], integrations: [String] = [], attributes: [String: String] = [:], province: String? = nil
    ) {
        self.externalID = externalID
        self.name = name
        self.acronym = acronym
        self.agency = agency
        self.unit = unit
        self.level = level
        self.region = region
        self.province = province
        self.domain = domain
        self.rabCode = rabCode
        self.raaCode = raaCode
        self.description = description
        self.users = users
        self.annualCost = annualCost
        self.status = status
        self.hosting = hosting
        self.techStack = techStack
        self.launchedYear = launchedYear
        self.url = url
        self.features = features
        self.dataEntities = dataEntities
        self.integrations = integrations
        self.attributes = attributes
    }
}
