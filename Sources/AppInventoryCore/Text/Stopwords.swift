/// Words that say nothing about what an application does.
enum Stopwords {
    /// Indonesian function words (also the evidence that a text is in Indonesian).
    static let indonesianFunction: Set<String> = [
        "dan", "yang", "untuk", "di", "ke", "dari", "dengan", "pada", "dalam", "secara", "oleh", "atau", "ini", "itu",
        "bagi", "serta", "adalah", "akan", "agar", "sebagai", "juga", "dapat", "telah", "sudah", "tersebut", "melalui",
        "antara", "antar", "setiap", "para", "se", "nya", "tiap", "hingga", "sampai", "sesuai", "berbasis", "terhadap",
        "ada", "dll", "dsb", "yg", "dgn", "utk", "tsb", "tentang", "mulai", "masing", "lain", "lainnya", "baik", "maupun",
    ]
    /// English function words and the verbs every software description uses (also the
    /// evidence that a text is in English).
    static let englishFunction: Set<String> = [
        "the", "and", "of", "for", "to", "in", "on", "with", "by", "a", "an", "is", "are", "be", "as", "at", "from", "or",
        "this", "that", "its", "their", "via", "into", "per", "all", "each", "based", "it", "was", "were", "been", "being",
        "has", "have", "had", "do", "does", "not", "no", "can", "could", "will", "would", "should", "may", "must", "which",
        "who", "whom", "what", "when", "where", "how", "than", "then", "there", "these", "those", "they", "them", "we",
        "our", "you", "your", "he", "she", "his", "her", "also", "such", "other", "any", "some", "more", "most", "only",
        "both", "well", "within", "without", "across", "through", "about", "over", "under", "between", "if", "so", "but",
        "etc", "use", "used", "uses", "using", "provide", "provides", "provided", "providing", "allow", "allows", "allowing",
        "enable", "enables", "need", "needed", "needs", "require", "required", "requires", "one", "many", "new",
    ]
    /// Indonesian and English function words.
    static let function = indonesianFunction.union(englishFunction)
    /// Words that name a version, edition or licence of a product rather than what it does
    /// ("AutoCAD LT 2018", "Acrobat Pro", "Windows Server Standard Edition"): dropped from names.
    static let editions: Set<String> = [
        "edition", "editions", "edisi", "pro", "professional", "enterprise", "standard", "express", "community", "premium",
        "ultimate", "lite", "lt", "plus", "basic", "advanced", "release", "update", "build", "beta", "preview", "lts", "sp",
        "rev", "ver", "bit", "x", "r", "rc", "trial",
    ]
    /// Words that praise a product or say what it costs, not what it does ("Fast, lightweight
    /// and free PDF reader", "aplikasi gratis yang mudah dan cepat"): one-line catalogue
    /// descriptions are full of them, and two products sharing "free" or "lightweight" do not
    /// share a job. ``TextNormalizer`` drops the licence phrase "open source" too.
    static let praise: Set<String> = [
        "free", "freeware", "shareware", "gratis", "fast", "faster", "fastest", "quick", "quickly", "cepat", "lightweight",
        "tiny", "powerful", "easy", "easily", "mudah", "popular", "best", "great", "modern", "canggih",
        "robust", "flexible", "efficient", "reliable", "handal", "andal", "intuitive", "friendly", "highly",
        "featured", "customizable", "customisable", "configurable", "awesome", "beautiful", "elegant", "sleek",
    ]
    /// Operating systems a product runs on: after "for" or "untuk" in a name ("Git for Windows",
    /// "Office for Mac") they say which build of the product it is, like an edition.
    static let platforms: Set<String> = ["windows", "win", "mac", "macos", "osx", "linux", "unix", "android", "ios", "desktop"]

    /// Words every government application shares: generic nouns of the trade.
    static let generic: Set<String> = [
        "aplikasi", "sistem", "system", "informasi", "information", "online", "daring", "digital", "elektronik", "electronic",
        "web", "website", "mobile", "android", "ios", "app", "apps", "application", "applications", "software", "platform",
        "portal", "manajemen", "management", "terpadu", "terintegrasi", "integrated", "smart", "versi", "version", "v",
        "client", "server", "new", "baru", "e", "si", "sim", "simple", "pengelolaan", "kelola", "dikembangkan", "digunakan",
        "guna", "pakai", "dipakai", "menggunakan", "mendukung", "dukung", "implementasi", "spbe", "opd", "pemerintah",
        "pemda", "dinas", "kantor", "instansi", "perangkat", "bagian", "lingkup", "sekretariat", "setda",
        "internal", "layanan", "service", "services", "pelayanan", "data", "database", "basis", "mengolah", "olah",
        "mencatat", "melayani", "kegiatan", "tugas", "pokok", "fungsi", "urusan", "apbd", "tahun", "dashboard", "dasbor",
        "go", "id", "http", "https", "www", "com", "tool", "tools", "module", "modul", "fitur", "feature", "features",
    ]

    /// Words that say where an app is used, not what it does, only in their phrase: registers
    /// write "di lingkungan Pemkab Bantul" (within the regency's government), while "izin
    /// lingkungan", "lingkungan hidup" and "pencemaran lingkungan" name the environment job.
    /// ``TextNormalizer`` drops such a word after a word of ``settingMarkers`` or before a
    /// government body (a level word, a region, a word of ``governmentBodies``), and keeps it
    /// otherwise.
    static let setting: Set<String> = ["lingkungan"]
    /// Words before which a word of ``setting`` says where: "di lingkungan", "dalam lingkungan".
    static let settingMarkers: Set<String> = ["di", "dalam", "se", "lingkup"]
    /// Bodies of government after which a word of ``setting`` says whose organisation an app
    /// serves ("lingkungan Pemerintah Kota Madiun", "lingkungan Dinas Kesehatan"); level words
    /// ("Pemkab", "Kota") and region names count too.
    static let governmentBodies: Set<String> = [
        "pemerintah", "pemerintahan", "pemda", "dinas", "kantor", "instansi", "kementerian", "lembaga", "badan", "sekretariat",
        "setda", "opd", "perangkat", "satuan", "unit", "organisasi", "kerja", "internal", "bagian", "bidang",
    ]

    static func contains(_ word: String) -> Bool { function.contains(word) || generic.contains(word) || praise.contains(word) }
}
