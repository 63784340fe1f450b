import Testing
@testable import AppInventoryCore

/// The brand discount (docs/overlap.md, section 2) on a small register: three apps named by
/// the acronym "SIKS" that do one job, three named "Lapor" that do three, and six more
/// families of one job each, so the median term is one job's word. Each app describes its job
/// in its own words (two words of its family's job and one of its own), as registers do: copies
/// of one text do not set the median (see ``copiesDoNotSetTheYardstick()``).
@Suite("Brand discounts")
struct BrandDiscountTests {
    static let register: [Application] = [
        ("SIKS Kepegawaian", "Mutasi pangkat guru"),
        ("SIKS Mutasi", "Mutasi pangkat dosen"),
        ("SIKS Pangkat", "Mutasi pangkat perawat"),
        ("Pajak Online Hotel", "Tagihan pajak hotel"),
        ("Pajak Online Reklame", "Tagihan pajak reklame"),
        ("Pajak Online Parkir", "Tagihan pajak parkir"),
        ("Surat Elektronik Masuk", "Disposisi surat undangan"),
        ("Surat Elektronik Keluar", "Disposisi surat edaran"),
        ("Surat Elektronik Arsip", "Disposisi surat keputusan"),
        ("Klinik Sehat Utara", "Antrean poli gigi"),
        ("Klinik Sehat Selatan", "Antrean poli mata"),
        ("Klinik Sehat Timur", "Antrean poli anak"),
        ("Lapor Jalan", "Pengaduan jalan rusak"),
        ("Lapor Banjir", "Genangan banjir sungai"),
        ("Lapor Sampah", "Angkut sampah rumah"),
        ("Perpustakaan Digital Kota", "Peminjaman buku novel"),
        ("Perpustakaan Digital Desa", "Peminjaman buku sejarah"),
        ("Perpustakaan Digital Sekolah", "Peminjaman buku resep"),
        ("Irigasi Sawah Hulu", "Jadwal irigasi padi"),
        ("Irigasi Sawah Tengah", "Jadwal irigasi jagung"),
        ("Irigasi Sawah Hilir", "Jadwal irigasi tebu"),
        ("Posyandu Balita Mawar", "Imunisasi balita polio"),
        ("Posyandu Balita Melati", "Imunisasi balita campak"),
        ("Posyandu Balita Anggrek", "Imunisasi balita rotavirus"),
    ].enumerated().map { Application(externalID: "B-\($0.offset)", name: $0.element.0, description: $0.element.1) }

    static let name = SimilarityField.name.rawValue

    static func factor(_ profiles: ProfileSet, _ term: String, field: Int = name) -> Float {
        let id = profiles.vocabulary[field].firstIndex(of: term)!
        return id < profiles.model.brandFactors[field].count ? profiles.model.brandFactors[field][id] : 1
    }

    @Test func aWordNamingProductsOfDifferentJobsIsDiscounted() {
        let profiles = ProfileBuilder.build(Self.register)
        #expect(Self.factor(profiles, "siks") == 1, "the SIKS apps do one job")
        #expect(Self.factor(profiles, "lapor") < 0.5, "the Lapor apps do three")
    }

    /// An incremental analysis recomputes the discount of the terms an edited app holds, so
    /// editing one SIKS app into a road map makes "SIKS" a brand for its other holders too.
    @Test func anEditRecomputesTheDiscountOfTheTermsItsAppHolds() {
        var edited = Self.register
        edited[2].description = "Peta jalan dan jembatan kabupaten"
        let before = ProfileBuilder.build(Self.register)
        let full = ProfileBuilder.build(edited)
        #expect(Self.factor(full, "siks") < 0.8, "a full build now discounts SIKS")

        var extender = ProfileExtender(before)
        extender.replace(2, with: edited[2])
        var terms = [[Int32]](repeating: [], count: SimilarityField.allCases.count)
        for field in ProfileBuilder.brandFields {
            terms[field.rawValue] = before.vectors[field.rawValue][2].terms + extender.profiles.vectors[field.rawValue][2].terms
        }
        let rescaled = extender.refreshBrandDiscounts(of: terms)
        let incremental = extender.profiles
        #expect(abs(Self.factor(incremental, "siks") - Self.factor(full, "siks")) < 0.05, "as a full build, up to the median it keeps")
        #expect(rescaled.contains(0) && rescaled.contains(1), "the other SIKS apps carry the new discount")
        #expect(!rescaled.contains(9), "a clinic app holds none of the edited app's terms")
        let siks = Int32(incremental.vocabulary[Self.name].firstIndex(of: "siks")!)
        for app in [0, 1] {
            let weight = { (p: ProfileSet) in p.vectors[Self.name][app].weights[p.vectors[Self.name][app].terms.firstIndex(of: siks)!] }
            #expect(abs(weight(incremental) - weight(full)) < 0.05, "app \(app) weighs SIKS as a full build does")
            #expect(weight(before) - weight(incremental) > 0.1)
        }
    }

    /// A register of one-line descriptions in which kelurahan, kecamatan and offices paste
    /// templates and boilerplate, while attendance, complaint, tax and mail apps each say their
    /// job in their own line.
    static let copies: [Application] = [
        ("e-Absensi", "Presensi pegawai berbasis lokasi GPS"),
        ("SIPANTAS", "Absensi apel dan cuti pegawai"),
        ("Rekap Hadir", "Rekap kehadiran harian pegawai"),
        ("Lapor Bupati", "Kanal pengaduan masyarakat"),
        ("Suara Warga", "Aduan warga tentang jalan rusak"),
        ("Layanan Pengaduan RSUD", "Pengaduan pasien rumah sakit"),
        ("e-PBB", "Tagihan pajak bumi dan bangunan"),
        ("SIPADA", "Pajak hotel dan restoran"),
        ("Pajak Online", "Pembayaran pajak reklame"),
        ("e-Office", "Surat masuk dan disposisi"),
        ("SuratKu", "Agenda surat keluar"),
        ("SIMAYA", "Persuratan dan arsip pimpinan"),
        ("SIPEKA Caturtunggal", "Aplikasi untuk mengelola, mencatat dan menyajikan data pelayanan"),
        ("Kelurahan Pintar Condongcatur", "Aplikasi untuk mengelola, mencatat dan menyajikan data pelayanan"),
        ("eWarga Maguwoharjo", "Aplikasi untuk mengelola, mencatat dan menyajikan data pelayanan"),
        ("SILADU Sinduadi", "Aplikasi untuk mengelola, mencatat dan menyajikan data pelayanan"),
        ("PATEN Depok", "Pelayanan administrasi terpadu kecamatan untuk perizinan"),
        ("SiCamat Mlati", "Pelayanan administrasi terpadu kecamatan untuk perizinan"),
        ("e-PATEN Ngaglik", "Pelayanan administrasi terpadu kecamatan untuk perizinan"),
        ("Jadwal Irigasi", "Mendukung tugas pokok dan fungsi perangkat daerah"),
        ("SIKOMPAK", "Mendukung tugas pokok dan fungsi perangkat daerah"),
        ("Si Bening", "Mendukung tugas pokok dan fungsi perangkat daerah"),
        ("Retribusi Pasar", "Mendukung tugas pokok dan fungsi perangkat daerah"),
    ].enumerated().map { Application(externalID: "C-\($0.offset)", name: $0.element.0, description: $0.element.1) }

    /// Every word of a pasted text is perfectly coherent; measured against them, a job word
    /// that each app writes in its own line ("presensi", "absensi", "kehadiran": `hadir`) looked
    /// like a brand and SIPANTAS found none of its attendance look-alikes.
    @Test func copiesDoNotSetTheYardstick() {
        let profiles = ProfileBuilder.build(Self.copies)
        let description = SimilarityField.description.rawValue
        #expect(profiles.model.brandMedians[description] < 0.5, "the median is the job words', not the templates' (1)")
        #expect(Self.factor(profiles, "hadir", field: description) == 1)
        #expect(Self.factor(profiles, "kelola", field: description) == 1, "a template's words are not brands either")
        let pairs = OverlapEngine.analyze(Self.copies).pairs.map { UnorderedPair($0.a, $0.b) }
        #expect(pairs.contains(UnorderedPair(0, 1)) && pairs.contains(UnorderedPair(1, 2)), "SIPANTAS meets e-Absensi and Rekap Hadir")
    }

    /// In a register of mostly pasted texts the few words written in three different
    /// descriptions are mostly the brands that cross them: "Sembada", the regency's motto on a car
    /// park, a village page and a library, is the only such name word here, and as the yardstick
    /// itself it would lose its discount. Every word then sets the median, as before the rule.
    @Test func aBrandStaysDiscountedWhereCopiesAreMostOfTheRegister() {
        let register = [
            ("e-Absensi", "Presensi pegawai berbasis lokasi GPS"),
            ("SIPANTAS", "Absensi apel dan cuti pegawai"),
            ("Rekap Hadir", "Rekap kehadiran harian pegawai"),
            ("Lapor Bupati", "Kanal pengaduan masyarakat"),
            ("Suara Warga", "Aduan warga tentang jalan rusak"),
            ("Layanan Pengaduan RSUD", "Pengaduan pasien rumah sakit"),
            ("SIPEKA Caturtunggal", "Aplikasi untuk mengelola, mencatat dan menyajikan data pelayanan"),
            ("Kelurahan Pintar Condongcatur", "Aplikasi untuk mengelola, mencatat dan menyajikan data pelayanan"),
            ("eWarga Maguwoharjo", "Aplikasi untuk mengelola, mencatat dan menyajikan data pelayanan"),
            ("SILADU Sinduadi", "Aplikasi untuk mengelola, mencatat dan menyajikan data pelayanan"),
            ("Pelayanan Terpadu Sendangadi", "Aplikasi untuk mengelola, mencatat dan menyajikan data pelayanan"),
            ("Sipandu Warga Tridadi", "Aplikasi untuk mengelola, mencatat dan menyajikan data pelayanan"),
            ("Jadwal Irigasi", "Mendukung tugas pokok dan fungsi perangkat daerah"),
            ("SIKOMPAK", "Mendukung tugas pokok dan fungsi perangkat daerah"),
            ("Si Bening", "Mendukung tugas pokok dan fungsi perangkat daerah"),
            ("Retribusi Pasar", "Mendukung tugas pokok dan fungsi perangkat daerah"),
            ("Sembada Parkir", "Pembayaran parkir non tunai"),
            ("Sembada Kampung", "Profil dan potensi kampung wisata"),
            ("Sembada Pustaka", "Katalog buku perpustakaan daerah"),
        ].enumerated().map { Application(externalID: "S-\($0.offset)", name: $0.element.0, description: $0.element.1) }
        #expect(Self.factor(ProfileBuilder.build(register), "sembada") < 0.5)
    }
}
