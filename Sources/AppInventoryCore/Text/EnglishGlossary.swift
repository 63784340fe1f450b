/// English words registers mix in, mapped to the Indonesian roots the stemmer produces,
/// so "Staff Attendance System" and "Absensi Pegawai" share terms.
enum EnglishGlossary {
    static let roots: [String: [String]] = makeRoots()

    // Runs once a process; built unoptimised because the optimiser spent seconds of every release build on this literal.
    @_optimize(none) private static func makeRoots() -> [String: [String]] { [
        "staff": ["pegawai"], "employee": ["pegawai"], "employees": ["pegawai"], "personnel": ["pegawai"], "hr": ["pegawai"],
        "civil": ["sipil"], "servant": ["pegawai"], "attendance": ["hadir"], "presence": ["hadir"], "performance": ["kinerja"],
        "appraisal": ["nilai"], "payroll": ["gaji"], "salary": ["gaji"], "salaries": ["gaji"], "allowance": ["tunjang"],
        "allowances": ["tunjang"], "letter": ["surat"], "letters": ["surat"], "correspondence": ["surat"], "mail": ["surat"],
        "office": ["surat"], "paperless": ["surat"], "disposition": ["disposisi"], "dispositions": ["disposisi"],
        "archive": ["arsip"], "archives": ["arsip"], "records": ["arsip"], "complaint": ["adu"], "complaints": ["adu"],
        "procurement": ["ada"], "tender": ["lelang"], "tenders": ["lelang"], "planning": ["rencana"], "plan": ["rencana"],
        "plans": ["rencana"], "budget": ["anggar"], "budgeting": ["anggar"], "accounting": ["akuntansi"], "treasury": ["uang"],
        "financial": ["uang"], "finance": ["uang"], "asset": ["aset"], "assets": ["aset"], "tax": ["pajak"], "taxes": ["pajak"],
        "property": ["tanah"], "levy": ["retribusi"], "levies": ["retribusi"], "fee": ["retribusi"], "parking": ["parkir"],
        "accountability": ["akuntabilitas"], "monitoring": ["pantau"], "evaluation": ["evaluasi"], "legal": ["hukum"],
        "law": ["hukum"], "regulation": ["atur"], "regulations": ["atur"], "decrees": ["putus"], "freedom": ["publik"],
        "registry": ["daftar"], "register": ["daftar"], "population": ["duduk"], "births": ["lahir"], "deaths": ["mati"],
        "family": ["keluarga"], "permit": ["izin"], "permits": ["izin"], "licensing": ["izin"], "license": ["izin"],
        "building": ["bangun"], "spatial": ["ruang"], "zoning": ["zona"], "land": ["tanah"], "hospital": ["rumah", "sakit"],
        "patient": ["pasien"], "patients": ["pasien"], "medical": ["medis"], "health": ["sehat"], "community": ["masyarakat"],
        "child": ["anak"], "growth": ["timbang"], "immunisation": ["imunisasi"], "immunization": ["imunisasi"], "stunting": ["stunting"],
        "school": ["sekolah"], "student": ["siswa"], "students": ["siswa"], "teacher": ["guru"], "education": ["didik"],
        "admission": ["terima"], "enrolment": ["daftar"], "social": ["sosial"], "welfare": ["sejahtera"], "assistance": ["bantu"],
        "disaster": ["bencana"], "warning": ["peringatan"], "traffic": ["lalu", "lintas"], "vehicle": ["kendara"],
        "vehicles": ["kendara"], "inspection": ["uji"], "village": ["desa"], "farmer": ["tani"], "farmers": ["tani"],
        "agricultural": ["tani"], "fertiliser": ["pupuk"], "market": ["pasar"], "price": ["harga"], "prices": ["harga"],
        "commodity": ["komoditas"], "sme": ["umkm"], "cooperatives": ["koperasi"], "tourism": ["wisata"], "tourist": ["wisata"],
        "library": ["pustaka"], "books": ["buku"], "loans": ["pinjam"], "waste": ["sampah"], "environmental": ["lingkung"],
        "news": ["berita"], "announcements": ["umum"], "audit": ["audit"], "audits": ["audit"], "findings": ["temu"],
        "citizen": ["warga"], "meeting": ["rapat"], "meetings": ["rapat"], "room": ["ruang"], "rooms": ["ruang"],
        "booking": ["pesan"], "fleet": ["kendara"], "fuel": ["bakar"], "development": ["bangun"], "proposals": ["usul"],
        "open": ["publik"], "statistics": ["statistik"], "datasets": ["dataset"], "recipients": ["terima"],
    ] }
}
