/// Indonesian words registers use interchangeably for one thing, folded to one root
/// after stemming ("absensi", "presensi" and "kehadiran" all mean attendance).
enum Synonyms {
    static let canonical: [String: String] = [
        "absen": "hadir", "absensi": "hadir", "presensi": "hadir", "kehadiran": "hadir",
        "asn": "pegawai", "karyawan": "pegawai", "aparatur": "pegawai", "kepegawaian": "pegawai",
        "persuratan": "surat", "aduan": "adu", "keluhan": "adu", "komplain": "adu",
        "perizinan": "izin", "lisensi": "izin", "aset": "aset", "inventaris": "aset",
        // A stock of goods is state property by law (PP 27/2014): kept by the same asset systems.
        "persediaan": "aset",
        "penganggaran": "anggar", "anggaran": "anggar", "budgeting": "anggar",
        "puskesmas": "puskesmas", "posyandu": "posyandu", "website": "web", "situs": "web",
    ]
}
