/// Words that say nothing about what an application does.
enum Stopwords {
    /// Indonesian and English function words.
    static let function: Set<String> = [
        "dan", "yang", "untuk", "di", "ke", "dari", "dengan", "pada", "dalam", "secara", "oleh", "atau", "ini", "itu",
        "bagi", "serta", "adalah", "akan", "agar", "sebagai", "juga", "dapat", "telah", "sudah", "tersebut", "melalui",
        "antara", "antar", "setiap", "para", "se", "nya", "tiap", "hingga", "sampai", "sesuai", "berbasis", "terhadap",
        "ada", "dll", "dsb", "yg", "dgn", "utk", "tsb", "tentang", "mulai", "masing", "lain", "lainnya", "baik", "maupun",
        "the", "and", "of", "for", "to", "in", "on", "with", "by", "a", "an", "is", "are", "be", "as", "at", "from", "or",
        "this", "that", "its", "their", "via", "into", "per", "all", "each", "based",
    ]
    /// Words every government application shares: generic nouns of the trade.
    static let generic: Set<String> = [
        "aplikasi", "sistem", "system", "informasi", "information", "online", "daring", "digital", "elektronik", "electronic",
        "web", "website", "mobile", "android", "ios", "app", "apps", "application", "applications", "software", "platform",
        "portal", "manajemen", "management", "terpadu", "terintegrasi", "integrated", "smart", "versi", "version", "v",
        "client", "server", "new", "baru", "e", "si", "sim", "simple", "pengelolaan", "kelola", "dikembangkan", "digunakan",
        "guna", "pakai", "dipakai", "menggunakan", "mendukung", "dukung", "implementasi", "spbe", "opd", "pemerintah",
        "pemda", "dinas", "kantor", "instansi", "perangkat", "bagian", "lingkup", "lingkungan", "sekretariat", "setda",
        "internal", "layanan", "service", "services", "pelayanan", "data", "database", "basis", "mengolah", "olah",
        "mencatat", "melayani", "kegiatan", "tugas", "pokok", "fungsi", "urusan", "apbd", "tahun", "dashboard", "dasbor",
        "go", "id", "http", "https", "www", "com", "tool", "tools", "module", "modul", "fitur", "feature", "features",
    ]

    static func contains(_ word: String) -> Bool { function.contains(word) || generic.contains(word) }
}
