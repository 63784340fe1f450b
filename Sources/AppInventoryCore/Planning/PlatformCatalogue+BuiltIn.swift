// The target architecture `plan` uses when no catalogue was imported: the Aplikasi Umum of
// Perpres 95/2018, the national sectoral systems regions must use, and shared sector platforms
// for functions no national application covers. Sources per entry are in docs/plan.md.
extension PlatformCatalogue {
    /// Onboarding and yearly per-app costs assumed for each kind (rupiah); see docs/plan.md.
    static let nationalOnboarding = 25_000_000.0
    static let nationalRunning = 10_000_000.0
    static let sharedOnboarding = 75_000_000.0
    static let sharedRunning = 30_000_000.0

    /// English names of the built-in catalogue's sectors, for English exports.
    static let sectorsEnglish = [
        "Administrasi umum": "General administration", "Akuntabilitas kinerja": "Performance accountability", "Aset daerah": "Regional assets",
        "Bangunan gedung": "Buildings", "Data": "Data", "Hukum": "Law", "Informasi publik": "Public information", "Kearsipan": "Archives",
        "Kebencanaan": "Disaster management", "Kepegawaian": "Civil service", "Kependudukan": "Civil registration", "Kesehatan": "Health",
        "Keuangan negara": "State finance", "Komunikasi publik": "Public communication", "Lingkungan hidup": "Environment",
        "Pelayanan publik": "Public services", "Pemerintahan desa": "Village government", "Pendapatan daerah": "Regional revenue",
        "Pendidikan": "Education", "Pengadaan": "Procurement", "Pengawasan": "Internal oversight", "Perdagangan": "Trade",
        "Perekonomian": "Economy", "Perencanaan dan keuangan daerah": "Regional planning and finance", "Perencanaan nasional": "National planning",
        "Perhubungan": "Transport", "Perizinan berusaha": "Business licensing", "Perpustakaan": "Libraries", "Pertanian": "Agriculture",
        "Sosial": "Social welfare", "Tata ruang": "Spatial planning",
    ]

    /// An Aplikasi Umum is always mandatory; a sectoral system is when `mandatory` says the law
    /// obliges the agencies of its sector to use it (the first rule of `basis` says which law).
    private static func national(_ name: String, _ kind: PlatformKind, owner: String, sector: String, scope: PlatformScope = .all, mandatory: Bool = false,
                                 basis: String, url: String, aliases: [String] = [], _ functions: [PlatformFunction]) -> CataloguePlatform {
        CataloguePlatform(name: name, kind: kind, owner: owner, sector: sector, sectorEnglish: sectorsEnglish[sector], mandatory: kind == .nationalMandatory || mandatory, scope: scope,
                          functions: functions, basis: basis, url: url, onboardingCost: nationalOnboarding, runningCostPerApp: nationalRunning, aliases: aliases)
    }

    /// The names registers give an installation of a system installed where it is used.
    private static func installedLocally(_ name: String) -> [String] {
        ["\(name) Lokal", "\(name) Local", "\(name) Offline", "\(name) Desktop"]
    }

    /// Shared platforms are run by regional governments together, for regional governments.
    private static func shared(_ name: String, sector: String, basis: String, _ functions: [PlatformFunction]) -> CataloguePlatform {
        CataloguePlatform(name: name, kind: .shared, owner: "Pemerintah daerah pengelola bersama, dibina kementerian sektor",
                          ownerEnglish: "Regional governments running it together, guided by the sector ministry", sector: sector, sectorEnglish: sectorsEnglish[sector], mandatory: false,
                          scope: .regional, functions: functions,
                          basis: basis, url: nil, onboardingCost: sharedOnboarding, runningCostPerApp: sharedRunning)
    }

    private static func function(_ key: String, _ name: String, _ english: String, _ keywords: String, _ description: String,
                                 sense: String = "") -> PlatformFunction {
        func list(_ text: String) -> [String] { text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        return PlatformFunction(key: key, name: name, english: english, keywords: list(keywords), description: description, senseWords: list(sense))
    }

    /// The built-in catalogue.
    public static let builtIn = makeBuiltIn()

    // Runs once a process; built unoptimised because the optimiser spent seconds of every release build on this literal.
    @_optimize(none) private static func makeBuiltIn() -> PlatformCatalogue { PlatformCatalogue([
        // Aplikasi Umum: every agency must use them (Perpres 95/2018 Pasal 37-38).
        national("SRIKANDI", .nationalMandatory, owner: "Arsip Nasional Republik Indonesia (ANRI)", sector: "Kearsipan",
                 basis: "Perpres 95/2018 tentang SPBE; KepmenPANRB 679/2020 tentang Aplikasi Umum Bidang Kearsipan Dinamis",
                 url: "https://srikandi.arsip.go.id", [
                     function("correspondence", "Persuratan dan tata naskah dinas", "Official correspondence",
                              "surat masuk, surat keluar, persuratan, naskah dinas, tata naskah, disposisi, nota dinas, tanda tangan elektronik, agenda surat, e-office, paperless office, letters, correspondence, memo",
                              "Surat masuk dan keluar, disposisi dan naskah dinas elektronik"),
                     function("archives", "Kearsipan dinamis", "Records and archives",
                              "arsip, kearsipan, arsip dinamis, arsip statis, retensi arsip, klasifikasi arsip, penyusutan arsip, alih media, berkas, records management, archive, digital archive",
                              "Pengelolaan arsip dinamis: klasifikasi, retensi, penyusutan dan penelusuran arsip"),
                 ]),
        national("SP4N-LAPOR!", .nationalMandatory, owner: "Kementerian PANRB, Ombudsman RI dan Kantor Staf Presiden", sector: "Pelayanan publik",
                 basis: "Perpres 76/2013 tentang Pengelolaan Pengaduan Pelayanan Publik; PermenPANRB 62/2018; Perpres 95/2018",
                 url: "https://www.lapor.go.id", aliases: ["LAPOR"], [
                     function("complaints", "Pengaduan masyarakat", "Public complaints",
                              "pengaduan, aduan, keluhan, aspirasi masyarakat, lapor, laporan warga, tindak lanjut aduan, complaint, grievance, citizen report, feedback",
                              "Menampung dan menindaklanjuti pengaduan dan aspirasi masyarakat"),
                 ]),
        national("SPSE", .nationalMandatory, owner: "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah (LKPP)", sector: "Pengadaan",
                 basis: "Perpres 16/2018 jo. Perpres 12/2021 tentang Pengadaan Barang/Jasa Pemerintah; Perpres 95/2018",
                 // LKPP runs procurement planning (SIRUP) and the electronic catalogue, with the
                 // regions' local catalogues, as parts of one national system (INAPROC): an agency's
                 // SIRUP or e-Katalog Lokal is that system in use, as its LPSE is.
                 url: "https://inaproc.id", aliases: ["LPSE", "SIRUP", "e-Katalog", "e-Katalog Lokal", "INAPROC"], [
                     function("procurement", "Pengadaan barang dan jasa", "Public procurement",
                              "pengadaan, barang jasa, tender, lelang, e-procurement, e-katalog, e-purchasing, penyedia, kontrak pengadaan, rencana umum pengadaan, sirup, lpse, procurement, tender, bidding, supplier",
                              "Tender, katalog elektronik dan kontrak pengadaan barang dan jasa pemerintah"),
                 ]),
        national("SIASN", .nationalMandatory, owner: "Badan Kepegawaian Negara (BKN)", sector: "Kepegawaian",
                 basis: "UU 20/2023 tentang ASN; PP 11/2017 jo. PP 17/2020 tentang Manajemen PNS (Sistem Informasi ASN); Perpres 95/2018",
                 url: "https://siasn.bkn.go.id", [
                     function("staff-records", "Manajemen data kepegawaian", "Staff management",
                              "kepegawaian, data pegawai, simpeg, asn, pns, aparatur sipil negara, pegawai negeri sipil, riwayat jabatan, kenaikan pangkat, mutasi pegawai, pensiun, cuti pegawai, profil pegawai, personnel, employee records, civil servant, civil servants, human resources, hr",
                              "Data dan riwayat pegawai ASN: jabatan, pangkat, mutasi, cuti dan pensiun"),
                 ]),
        // Every CPNS and PPPK selection, central or regional, runs through BKN's national portal.
        national("SSCASN", .nationalSectoral, owner: "Badan Kepegawaian Negara (BKN)", sector: "Kepegawaian",
                 basis: "UU 20/2023 tentang ASN; PermenPANRB 27/2021 tentang Pengadaan PNS; PP 49/2018 tentang Manajemen PPPK",
                 url: "https://sscasn.bkn.go.id", [
                     function("recruitment", "Seleksi calon aparatur sipil negara", "Civil-servant recruitment",
                              "rekrutmen, seleksi cpns, seleksi pppk, seleksi casn, cpns, pppk, casn, sscasn, calon pegawai, calon asn, penerimaan pegawai, formasi asn, pelamar, seleksi kompetensi dasar, cat bkn, recruitment, hiring, job applicants, vacancies",
                              "Pendaftaran, seleksi dan pengumuman kelulusan calon PNS dan PPPK"),
                 ]),
        national("e-Kinerja BKN", .nationalMandatory, owner: "Badan Kepegawaian Negara (BKN)", sector: "Kepegawaian",
                 basis: "PermenPANRB 6/2022 tentang Pengelolaan Kinerja Pegawai ASN; Perpres 95/2018",
                 url: "https://kinerja.bkn.go.id", [
                     function("staff-performance", "Kinerja pegawai", "Staff performance",
                              "kinerja pegawai, sasaran kinerja pegawai, skp, e-kinerja, aktivitas harian, penilaian kinerja, perilaku kerja, capaian kinerja pegawai, performance appraisal, employee performance",
                              "Sasaran kinerja pegawai, aktivitas harian dan penilaian perilaku kerja"),
                 ]),
        national("SIPD RI", .nationalMandatory, owner: "Kementerian Dalam Negeri", sector: "Perencanaan dan keuangan daerah", scope: .regional,
                 basis: "Permendagri 70/2019 tentang Sistem Informasi Pemerintahan Daerah; PP 12/2019 tentang Pengelolaan Keuangan Daerah; Perpres 95/2018",
                 url: "https://sipd.kemendagri.go.id", [
                     function("development-planning", "Perencanaan pembangunan daerah", "Development planning",
                              "perencanaan pembangunan, rpjmd, rkpd, renstra, renja, program kegiatan, pagu indikatif, e-planning, development planning, regional plan",
                              "Penyusunan RPJMD, RKPD, Renstra dan Renja perangkat daerah"),
                     function("participatory-planning", "Musrenbang dan usulan pembangunan", "Participatory planning",
                              "musrenbang, musyawarah perencanaan, usulan pembangunan, usulan desa, usulan kelurahan, pokok pikiran dprd, e-musrenbang, participatory planning, community proposals",
                              "Usulan pembangunan masyarakat melalui musrenbang desa, kecamatan dan kabupaten"),
                     function("budgeting", "Penganggaran daerah", "Budgeting",
                              "anggaran, penganggaran, apbd, rka, rencana kerja dan anggaran, dpa, dokumen pelaksanaan anggaran, pagu anggaran, perubahan anggaran, e-budgeting, standar harga, belanja daerah, budget, budgeting",
                              "Penyusunan RKA, DPA dan APBD beserta perubahannya"),
                     function("financial-administration", "Penatausahaan dan akuntansi keuangan daerah", "Financial administration and accounting",
                              "penatausahaan keuangan, akuntansi, spp, spm, sp2d, bendahara, jurnal, buku besar, laporan keuangan, neraca, realisasi anggaran, spj, accounting, treasury, financial statements",
                              "SPP, SPM, SP2D, akuntansi dan laporan keuangan pemerintah daerah"),
                     function("monitoring-evaluation", "Pengendalian dan evaluasi pembangunan", "Monitoring and evaluation",
                              "monitoring evaluasi, monitoring dan evaluasi, monev, e-monev, evaluasi program, evaluasi pembangunan, monitoring pembangunan, monitoring kegiatan, pengendalian pembangunan, realisasi fisik, capaian program, progres kegiatan, monitoring and evaluation, progress tracking",
                              "Pemantauan realisasi fisik dan keuangan serta evaluasi capaian program"),
                 ]),
        national("e-SAKIP", .nationalMandatory, owner: "Kementerian PANRB", sector: "Akuntabilitas kinerja",
                 basis: "Perpres 29/2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah; PermenPANRB 88/2021; Perpres 95/2018",
                 url: "https://esr.menpan.go.id", [
                     function("performance-accountability", "Akuntabilitas kinerja instansi", "Performance accountability",
                              "sakip, akip, siakip, akuntabilitas kinerja, perjanjian kinerja, indikator kinerja utama, iku, lkjip, laporan kinerja instansi, cascading kinerja, performance accountability, key performance indicators",
                              "Perjanjian kinerja, indikator kinerja utama dan laporan kinerja instansi"),
                 ]),
        // Central agencies plan and budget in KRISNA and SAKTI, not in SIPD RI (regional only).
        national("KRISNA", .nationalSectoral, owner: "Kementerian PPN/Bappenas, Kementerian Keuangan dan Kementerian PANRB", sector: "Perencanaan nasional",
                 scope: .central, basis: "PP 17/2017 tentang Sinkronisasi Proses Perencanaan dan Penganggaran Pembangunan Nasional",
                 url: "https://krisna.systems", [
                     function("development-planning", "Perencanaan pembangunan kementerian/lembaga", "Development planning",
                              "perencanaan pembangunan, renja k/l, renstra k/l, rkp, program kegiatan, krisna, development planning, work plan",
                              "Penyusunan Renstra dan Renja kementerian/lembaga yang selaras dengan RKP"),
                 ]),
        national("SAKTI", .nationalSectoral, owner: "Kementerian Keuangan", sector: "Keuangan negara", scope: .central,
                 basis: "PMK 171/PMK.05/2021 tentang Pelaksanaan Sistem SAKTI; UU 17/2003 tentang Keuangan Negara",
                 url: "https://sakti.kemenkeu.go.id", [
                     function("budgeting", "Penganggaran kementerian/lembaga", "Budgeting",
                              "anggaran, penganggaran, rka-k/l, dipa, pagu anggaran, revisi anggaran, apbn, belanja negara, sakti, budget, budgeting",
                              "Penyusunan RKA-K/L, DIPA dan revisi anggaran kementerian/lembaga"),
                     function("financial-administration", "Pelaksanaan anggaran dan akuntansi kementerian/lembaga", "Financial administration and accounting",
                              "penatausahaan keuangan, akuntansi, spm, sp2d, bendahara, laporan keuangan, neraca, realisasi anggaran, accounting, treasury, financial statements",
                              "SPM, pembayaran, akuntansi dan laporan keuangan kementerian/lembaga"),
                 ]),
        // National sectoral systems: a ministry runs them and regions must use or feed them.
        national("JDIH Nasional", .nationalSectoral, owner: "Badan Pembinaan Hukum Nasional, Kementerian Hukum", sector: "Hukum",
                 basis: "Perpres 33/2012 tentang Jaringan Dokumentasi dan Informasi Hukum Nasional",
                 url: "https://jdihn.go.id", [
                     function("legal-documents", "Dokumentasi dan informasi hukum", "Legal documents",
                              "jdih, produk hukum, peraturan daerah, perda, peraturan bupati, peraturan walikota, keputusan, dokumentasi hukum, regulasi, legal documents, regulations, legislation",
                              "Publikasi peraturan dan produk hukum daerah"),
                 ]),
        national("e-PPID", .nationalSectoral, owner: "Komisi Informasi Pusat dan Kementerian Komunikasi dan Digital", sector: "Informasi publik",
                 basis: "UU 14/2008 tentang Keterbukaan Informasi Publik; Peraturan Komisi Informasi 1/2021",
                 url: "https://e-ppid.komdigi.go.id", aliases: ["PPID"], [
                     function("public-information", "Layanan informasi publik (PPID)", "Public information requests",
                              "ppid, informasi publik, permohonan informasi, keberatan informasi, daftar informasi publik, keterbukaan informasi, freedom of information, information request",
                              "Permohonan dan keberatan informasi publik serta daftar informasi publik"),
                 ]),
        national("SIAK Terpusat", .nationalSectoral, owner: "Ditjen Kependudukan dan Pencatatan Sipil, Kementerian Dalam Negeri", sector: "Kependudukan",
                 mandatory: true,
                 basis: "UU 24/2013 tentang Administrasi Kependudukan; Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk",
                 url: "https://dukcapil.kemendagri.go.id", [
                     function("civil-registry", "Administrasi kependudukan", "Population registration",
                              "kependudukan, dukcapil, siak, ktp, ktp-el, kartu keluarga, akta kelahiran, akta kematian, pindah datang, nik, penduduk, population registry, birth certificate, identity card, population registration",
                              "KTP-el, kartu keluarga, akta dan pindah datang penduduk"),
                 ]),
        national("OSS-RBA", .nationalSectoral, owner: "Kementerian Investasi dan Hilirisasi/BKPM", sector: "Perizinan berusaha",
                 mandatory: true,
                 basis: "PP 5/2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko",
                 url: "https://oss.go.id", [
                     function("business-licensing", "Perizinan berusaha", "Business licensing",
                              "perizinan berusaha, perizinan, nonperizinan, pelayanan perizinan, izin usaha, penerbitan izin, permohonan izin, pengajuan izin, nib, oss, siup, izin lokasi, dpmptsp, ptsp, business licence, license, licensing, permits, investment",
                              "Nomor induk berusaha dan izin usaha berbasis risiko",
                              sense: "usaha, berusaha, nib, oss, siup, investasi, penanaman modal, business, investment"),
                 ]),
        national("SIMBG", .nationalSectoral, owner: "Kementerian Pekerjaan Umum", sector: "Bangunan gedung",
                 basis: "PP 16/2021 tentang Peraturan Pelaksanaan UU 28/2002 tentang Bangunan Gedung",
                 url: "https://simbg.pu.go.id", [
                     function("building-permits", "Persetujuan bangunan gedung", "Building permits",
                              "pbg, imb, izin mendirikan bangunan, persetujuan bangunan gedung, slf, sertifikat laik fungsi, simbg, bangunan gedung, building permit, construction permit",
                              "Persetujuan bangunan gedung (PBG) dan sertifikat laik fungsi"),
                 ]),
        national("GISTARU", .nationalSectoral, owner: "Kementerian Agraria dan Tata Ruang/BPN", sector: "Tata ruang",
                 basis: "PP 21/2021 tentang Penyelenggaraan Penataan Ruang",
                 url: "https://gistaru.atrbpn.go.id", [
                     function("spatial-planning", "Informasi tata ruang", "Spatial planning",
                              "tata ruang, rtrw, rdtr, pemanfaatan ruang, kesesuaian ruang, peta zonasi, simtaru, spatial planning, zoning, land use",
                              "Rencana tata ruang, zonasi dan kesesuaian pemanfaatan ruang"),
                 ]),
        // Dapodik, SIKS-NG and Siskeudes are installed where they are used (a school's, a social
        // office's, a village's computer) and synchronise with the national server, so registers
        // list an installation as "SISKEUDES Lokal Karawang" or "Dapodik Offline": that system in
        // use, not a local copy to move into it (as "SIAK Lokal" is for the centrally hosted SIAK).
        // Dapodik is where schools under regional education offices record their data: the
        // regulation binds them, not other ministries, whose schools (madrasah, sekolah
        // kedinasan, training centres) report to their own ministries' systems. A ministry's
        // education app is therefore never moved into it.
        national("Dapodik", .nationalSectoral, owner: "Kementerian Pendidikan Dasar dan Menengah", sector: "Pendidikan", scope: .regional,
                 mandatory: true,
                 basis: "Permendikbud 79/2015 tentang Data Pokok Pendidikan",
                 url: "https://dapo.dikdasmen.go.id", aliases: installedLocally("Dapodik"), [
                     function("school-data", "Data pokok pendidikan", "School data",
                              "dapodik, data sekolah, data siswa, peserta didik, data guru, pendidik, tenaga kependidikan, rombongan belajar, nisn, npsn, school data, students, teachers",
                              "Data sekolah, peserta didik, guru dan rombongan belajar"),
                 ]),
        national("SATUSEHAT", .nationalSectoral, owner: "Kementerian Kesehatan", sector: "Kesehatan",
                 mandatory: true,
                 basis: "PMK 24/2022 tentang Rekam Medis (wajib terhubung SATUSEHAT); PMK 18/2022 tentang Satu Data Bidang Kesehatan",
                 url: "https://satusehat.kemkes.go.id", [
                     function("health-surveillance", "Pencatatan imunisasi, gizi dan surveilans kesehatan", "Immunisation, nutrition and health surveillance",
                              "imunisasi, gizi, stunting, posyandu, balita, ibu hamil, surveilans, penyakit menular, asik, rekam medis elektronik, immunization, nutrition, surveillance, vaccination",
                              "Pencatatan imunisasi, gizi balita dan surveilans penyakit yang terhubung ke SATUSEHAT"),
                 ]),
        national("SIKS-NG (DTKS)", .nationalSectoral, owner: "Kementerian Sosial", sector: "Sosial",
                 mandatory: true,
                 basis: "UU 13/2011 tentang Penanganan Fakir Miskin; Permensos 3/2021 tentang Pengelolaan Data Terpadu Kesejahteraan Sosial",
                 url: "https://siks.kemensos.go.id", aliases: installedLocally("SIKS-NG"), [
                     function("social-assistance", "Data kesejahteraan sosial dan bantuan sosial", "Social welfare data and assistance",
                              "bantuan sosial, bansos, dtks, kesejahteraan sosial, keluarga miskin, penerima bantuan, pkh, verifikasi penerima, social assistance, welfare, poverty",
                              "Data terpadu kesejahteraan sosial dan penyaluran bantuan sosial"),
                 ]),
        national("Siskeudes", .nationalSectoral, owner: "BPKP dan Kementerian Dalam Negeri", sector: "Pemerintahan desa", scope: .regional,
                 mandatory: true,
                 basis: "Permendagri 20/2018 tentang Pengelolaan Keuangan Desa",
                 url: "https://siskeudes.bpkp.go.id", aliases: installedLocally("Siskeudes"), [
                     function("village-finance", "Keuangan desa", "Village finance",
                              "keuangan desa, dana desa, apbdes, alokasi dana desa, siskeudes, spj desa, bendahara desa, village fund, village finance",
                              "APBDes, penatausahaan dan laporan dana desa"),
                 ]),
        national("Portal Satu Data Indonesia", .nationalSectoral, owner: "Kementerian PPN/Bappenas", sector: "Data",
                 basis: "Perpres 39/2019 tentang Satu Data Indonesia",
                 url: "https://data.go.id", [
                     function("open-data", "Satu data dan data terbuka", "Open data",
                              "satu data, open data, data terbuka, portal data, dataset, statistik sektoral, metadata, walidata, open data portal, statistics",
                              "Portal dataset dan statistik sektoral pemerintah"),
                 ]),
        national("INLISLite", .nationalSectoral, owner: "Perpustakaan Nasional RI", sector: "Perpustakaan",
                 basis: "UU 43/2007 tentang Perpustakaan",
                 url: "https://inlislite.perpusnas.go.id", [
                     function("library", "Otomasi perpustakaan", "Library management",
                              "perpustakaan, katalog buku, sirkulasi, peminjaman buku, anggota perpustakaan, opac, e-book, pustaka, library, books, catalogue",
                              "Katalog, keanggotaan dan sirkulasi koleksi perpustakaan"),
                 ]),
        national("Mal Pelayanan Publik Digital", .nationalSectoral, owner: "Kementerian PANRB", sector: "Pelayanan publik",
                 basis: "Perpres 89/2021 tentang Penyelenggaraan Mal Pelayanan Publik; Perpres 82/2023 tentang Percepatan Transformasi Digital",
                 url: "https://mpp.menpan.go.id", [
                     function("citizen-services", "Layanan publik terpadu", "Integrated citizen services",
                              "layanan terpadu, pelayanan publik, permohonan layanan, surat keterangan, surat pengantar, antrian layanan, layanan kelurahan, layanan kecamatan, one stop service, citizen services",
                              "Satu pintu permohonan layanan publik, surat keterangan dan antrean layanan"),
                 ]),
        national("BLUe Pengujian Kendaraan", .nationalSectoral, owner: "Kementerian Perhubungan", sector: "Perhubungan",
                 basis: "Permenhub PM 19/2021 tentang Pengujian Berkala Kendaraan Bermotor",
                 url: "https://blue.dephub.go.id", [
                     function("vehicle-testing", "Pengujian kendaraan bermotor", "Vehicle roadworthiness testing",
                              "uji kir, pengujian kendaraan, kendaraan bermotor, uji berkala, bukti lulus uji, kir, angkutan barang, vehicle inspection, roadworthiness",
                              "Pengujian berkala kendaraan bermotor dan bukti lulus uji elektronik"),
                 ]),
        national("SP2KP", .nationalSectoral, owner: "Kementerian Perdagangan", sector: "Perdagangan",
                 basis: "Perpres 71/2015 tentang Penetapan dan Penyimpanan Barang Kebutuhan Pokok dan Barang Penting",
                 url: "https://sp2kp.kemendag.go.id", [
                     function("market-prices", "Pemantauan harga pasar", "Market price monitoring",
                              "harga pasar, harga bahan pokok, harga pangan, kebutuhan pokok, pasar tradisional, informasi harga, komoditas, market prices, commodity prices, food prices",
                              "Pemantauan harga dan pasokan barang kebutuhan pokok"),
                 ]),
        national("SIMLUHTAN", .nationalSectoral, owner: "Kementerian Pertanian", sector: "Pertanian",
                 basis: "UU 16/2006 tentang Sistem Penyuluhan Pertanian, Perikanan dan Kehutanan",
                 url: "https://app2.pertanian.go.id/simluh2014", [
                     function("agriculture", "Penyuluhan dan data pertanian", "Agricultural extension and data",
                              "pertanian, petani, kelompok tani, penyuluh, penyuluhan pertanian, pupuk, rdkk, lahan pertanian, produksi padi, panen, agriculture, farmers, crops",
                              "Data petani, kelompok tani, penyuluhan, pupuk dan produksi pertanian"),
                 ]),
        // Shared sector platforms: built on the best existing app of each function.
        shared("Platform Bersama Pendapatan Daerah", sector: "Pendapatan daerah",
               basis: "UU 1/2022 tentang Hubungan Keuangan Pusat dan Daerah; PP 35/2023 tentang Ketentuan Umum Pajak Daerah dan Retribusi Daerah", [
                   function("regional-tax", "Pajak daerah", "Local taxes",
                            "pajak, pajak daerah, pkb, samsat, pbb, pbb-p2, bphtb, pajak hotel, pajak restoran, pajak reklame, wajib pajak, sppt, e-pajak, simpatda, tax, local tax, property tax",
                            "Pendataan, penetapan dan pembayaran pajak daerah"),
                   function("levies", "Retribusi daerah", "Local levies",
                            "retribusi, retribusi pasar, retribusi parkir, retribusi sampah, e-retribusi, karcis, pungutan, levy, fees, user charges",
                            "Penetapan dan pembayaran retribusi daerah"),
               ]),
        shared("Platform Bersama Barang Milik Daerah", sector: "Aset daerah",
               basis: "PP 27/2014 jo. PP 28/2020 tentang Pengelolaan Barang Milik Negara/Daerah; Permendagri 19/2016", [
                   function("asset-management", "Pengelolaan barang milik daerah", "Asset management",
                            "aset, barang milik daerah, bmd, inventaris, kartu inventaris barang, penghapusan barang, penyusutan aset, persediaan, simbada, asset management, fixed assets, inventory",
                            "Inventarisasi, mutasi, penyusutan dan penghapusan barang milik daerah, dan persediaan barang"),
               ]),
        shared("Platform Bersama Kepegawaian Daerah", sector: "Kepegawaian",
               basis: "PP 94/2021 tentang Disiplin PNS (jam kerja); Permendagri 77/2020 (tambahan penghasilan pegawai)", [
                   function("attendance", "Presensi pegawai", "Staff attendance",
                            "absensi, presensi, kehadiran, e-absensi, fingerprint, sidik jari, keterlambatan, jam kerja, attendance, time tracking, check-in",
                            "Presensi elektronik, jam kerja dan rekap kehadiran pegawai"),
                   function("payroll", "Penggajian dan tambahan penghasilan", "Payroll and allowances",
                            "gaji, penggajian, tunjangan, tpp, tambahan penghasilan, slip gaji, potongan gaji, payroll, salary, allowances",
                            "Perhitungan gaji, tunjangan dan tambahan penghasilan pegawai"),
               ]),
        shared("Platform Bersama Layanan Kesehatan Daerah", sector: "Kesehatan",
               basis: "PMK 82/2013 tentang SIMRS; PMK 31/2019 tentang Sistem Informasi Puskesmas; PMK 24/2022 (integrasi SATUSEHAT)", [
                   function("hospital", "Sistem informasi rumah sakit", "Hospital information system",
                            "rumah sakit, rsud, simrs, rawat inap, rawat jalan, pendaftaran pasien, rekam medis, farmasi, billing pasien, igd, hospital, patients, inpatient",
                            "Pendaftaran, rekam medis, rawat jalan dan inap, farmasi dan tagihan rumah sakit"),
                   function("primary-care", "Sistem informasi puskesmas", "Primary care",
                            "puskesmas, simpus, e-puskesmas, pustu, pelayanan kesehatan dasar, antrian puskesmas, primary care, health centre, clinic",
                            "Pendaftaran, pemeriksaan dan pelaporan pelayanan puskesmas"),
               ]),
        shared("Platform Bersama Layanan Pendidikan Daerah", sector: "Pendidikan",
               basis: "Permendikdasmen 3/2025 tentang Sistem Penerimaan Murid Baru (sebelumnya Permendikbud 1/2021 tentang PPDB)", [
                   function("school-admission", "Penerimaan murid baru", "School admission",
                            "ppdb, spmb, penerimaan peserta didik baru, penerimaan murid baru, penerimaan siswa baru, pendaftaran siswa baru, pendaftaran sekolah, zonasi, seleksi siswa, school admission, student admission, admission of students, student enrolment, enrolment",
                            "Pendaftaran dan seleksi penerimaan murid baru"),
               ]),
        shared("Platform Bersama Perhubungan Daerah", sector: "Perhubungan",
               basis: "UU 22/2009 tentang Lalu Lintas dan Angkutan Jalan", [
                   function("traffic", "Manajemen lalu lintas dan parkir", "Traffic and parking management",
                            "lalu lintas, atcs, parkir, cctv lalu lintas, rekayasa lalu lintas, angkutan umum, trayek, terminal, traffic, parking, public transport",
                            "Pemantauan lalu lintas, parkir, trayek dan angkutan umum"),
               ]),
        shared("Platform Bersama Administrasi Umum Perkantoran", sector: "Administrasi umum",
               basis: "Perpres 95/2018 tentang SPBE (layanan administrasi pemerintahan berbasis elektronik)", [
                   function("facility-booking", "Peminjaman ruang dan fasilitas", "Room and facility booking",
                            "ruang rapat, peminjaman ruang, reservasi ruangan, aula, gedung pertemuan, jadwal rapat, booking, meeting room, room reservation",
                            "Reservasi ruang rapat, aula dan fasilitas kantor"),
                   function("vehicle-fleet", "Kendaraan dinas", "Official vehicle fleet",
                            "kendaraan dinas, kendaraan operasional, mobil dinas, bahan bakar, bbm, pemeliharaan kendaraan, servis kendaraan, peminjaman kendaraan, pengemudi, fleet, vehicle pool, official vehicles",
                            "Pemakaian, bahan bakar dan pemeliharaan kendaraan dinas"),
               ]),
        shared("Platform Bersama Pengawasan Internal", sector: "Pengawasan",
               basis: "PP 60/2008 tentang Sistem Pengendalian Intern Pemerintah; PP 12/2017 tentang Pembinaan dan Pengawasan Penyelenggaraan Pemerintahan Daerah", [
                   function("internal-audit", "Pengawasan dan audit internal", "Internal audit",
                            "audit, pengawasan, inspektorat, pemeriksaan, temuan, tindak lanjut hasil pemeriksaan, probity audit, reviu, spip, internal audit, oversight, findings",
                            "Perencanaan audit, temuan dan tindak lanjut hasil pemeriksaan"),
               ]),
        shared("Platform Bersama Portal dan Website Daerah", sector: "Komunikasi publik",
               basis: "Perpres 95/2018 tentang SPBE (layanan publik berbasis elektronik); Permenkominfo 5/2015 (nama domain go.id)", [
                   function("public-website", "Portal berita dan website instansi", "Government website and news portal",
                            "website, portal berita, berita, situs resmi, profil daerah, publikasi, pengumuman, humas, news, website, cms",
                            "Website resmi, berita, pengumuman dan profil instansi"),
               ]),
        shared("Platform Bersama Perekonomian Daerah", sector: "Perekonomian",
               basis: "UU 20/2008 tentang UMKM; PP 7/2021 tentang Kemudahan, Pelindungan dan Pemberdayaan Koperasi dan UMKM; UU 10/2009 tentang Kepariwisataan", [
                   function("small-business", "Koperasi dan UMKM", "Cooperatives and small businesses",
                            "umkm, ukm, koperasi, usaha mikro, pelaku usaha, produk lokal, pembinaan usaha, small business, msme, cooperative",
                            "Pendataan dan pembinaan koperasi serta usaha mikro, kecil dan menengah"),
                   function("tourism", "Pariwisata", "Tourism",
                            "pariwisata, wisata, destinasi, objek wisata, wisatawan, event budaya, kunjungan wisata, tourism, tourist, destination",
                            "Informasi destinasi dan data kunjungan wisata"),
               ]),
        shared("Platform Bersama Lingkungan Hidup", sector: "Lingkungan hidup",
               basis: "UU 32/2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup; PP 22/2021", [
                   function("environment", "Pengelolaan lingkungan hidup", "Environmental management",
                            "lingkungan hidup, lingkungan, izin lingkungan, persetujuan lingkungan, sampah, bank sampah, limbah, pencemaran, kualitas udara, kualitas air, amdal, ukl-upl, emisi, environment, waste, pollution",
                            "Persetujuan lingkungan, pemantauan pencemaran dan pengelolaan sampah"),
               ]),
        shared("Platform Bersama Kebencanaan", sector: "Kebencanaan",
               basis: "UU 24/2007 tentang Penanggulangan Bencana (terhubung InaRISK BNPB)", [
                   function("disaster", "Informasi kebencanaan", "Disaster management",
                            "bencana, kebencanaan, bpbd, banjir, gempa, longsor, kebakaran, tanggap darurat, peringatan dini, pengungsi, disaster, emergency, early warning",
                            "Kejadian bencana, peringatan dini dan tanggap darurat"),
               ]),
        shared("Platform Bersama Sistem Informasi Desa", sector: "Pemerintahan desa",
               basis: "UU 6/2014 tentang Desa, Pasal 86 (sistem informasi desa)", [
                   function("village-administration", "Administrasi pemerintahan desa", "Village administration",
                            "desa, pemerintahan desa, administrasi desa, profil desa, data desa, perangkat desa, sid, sistem informasi desa, village administration, village",
                            "Profil, data penduduk dan administrasi pemerintahan desa"),
               ]),
    ]) }
}
