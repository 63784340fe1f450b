extension ReportMessages {
    /// Pemindahan yang menambah biaya tahunan, dan siapa yang memindahkannya: peraturan atau perencana.
    private static func yearlyBillIndonesian(_ moves: (byLaw: Int, assigned: Int), of never: Int) -> String {
        let total = moves.byLaw + moves.assigned
        guard total > 0 else { return "" }
        let law = "peraturan mewajibkan instansi memakai platformnya"
        let planner = "ditetapkan perencana"
        let why = moves.assigned == 0 ? " karena " + law : moves.byLaw == 0 ? " karena " + planner
            : ": \(ReportFormat.number(moves.byLaw, .id)) karena \(law), \(ReportFormat.number(moves.assigned, .id)) karena \(planner)"
        let dearer = "akan berbiaya tahunan lebih besar di platformnya daripada sekarang, namun tetap pindah" + why
        guard total < never else { return ". \(never == 1 ? "Aplikasi itu" : "Semuanya") \(dearer)" }
        return ". Dari \(ReportFormat.number(never, .id)) aplikasi itu, \(ReportFormat.number(total, .id)) \(dearer); "
            + "\(ReportFormat.number(never - total, .id)) lainnya berhemat setiap tahun, tetapi terlalu sedikit untuk menutup biaya pemindahannya dalam kurun itu"
    }

    private static let casesIndonesian = "batas bawah mengandaikan penghematan \(PlanMoney.percentChange(PlanMoney.lowSavingShare))% lebih kecil dan biaya satu kali \(PlanMoney.percentChange(PlanMoney.lowOneOffFactor))% lebih besar, batas atas biaya satu kali \(PlanMoney.percentChange(PlanMoney.highOneOffFactor))% lebih kecil"

    /// Bahasa Indonesia: the language of the report by default.
    public static let indonesian = ReportMessages(
        title: "Laporan Konsolidasi Aplikasi Pemerintah",
        scopeProvince: { "Wilayah: \($0)" },
        scopeAgency: { "Instansi: \($0)" },
        central: "Instansi Pusat",
        unknownProvince: "Tidak diketahui",
        generated: { "Disusun \($0) dari basis data inventaris aplikasi." },

        summaryTitle: "Ringkasan eksekutif",
        figureApps: "aplikasi dalam inventaris",
        figureOverlap: "aplikasi memiliki aplikasi serupa",
        figurePlatforms: "platform tujuan",
        figureOneOff: "biaya satu kali",
        figureSaving: "penghematan per tahun",
        figureMoneyUnknown: "belum diketahui",
        figureMoney: "biaya dan penghematan",
        noteMoneyUnknown: "tidak ada aplikasi yang pindah dengan biaya operasional tahunan tercatat",
        figureNet: { years, loss in loss ? "hasil bersih \(years) tahun: biaya melebihi penghematan" : "penghematan bersih \(years) tahun" },
        range: { "kisaran \($0) sampai \($1)" },
        clauseCases: casesIndonesian,
        captionCases: "batas bawah: hemat −\(PlanMoney.percentChange(PlanMoney.lowSavingShare))%, biaya satu kali +\(PlanMoney.percentChange(PlanMoney.lowOneOffFactor))%; batas atas: biaya satu kali −\(PlanMoney.percentChange(PlanMoney.highOneOffFactor))%",
        actionsTitle: "Tindakan untuk setiap aplikasi",
        actionLead: "menjadi dasar modul platform bersama",
        actionMigrate: "pindah ke platform, lalu dimatikan",
        actionRetire: "langsung dimatikan",
        actionRetain: "tetap seperti sekarang",
        clauseRetireParts: { inactive, duplicates in
            "\(inactive) sudah tidak aktif, \(duplicates) duplikat yang semua fiturnya sudah dimiliki aplikasi dasar modulnya"
        },
        clauseStoppedBuilds: { "\($0) di antaranya masih dalam pengembangan: pembangunannya dihentikan" },
        clauseMovingParts: { migrate, duplicates, leads in
            "migrasi \(migrate)" + (duplicates.map { ", \($0) duplikat yang dihentikan" } ?? "") + (leads.map { ", \($0) dasar modul" } ?? "")
        },
        sentenceInventory: { apps, agencies, overlap, share, threshold in
            "Inventaris mencatat \(apps) aplikasi\(agencies.map { " milik \($0) instansi" } ?? " (instansi pemiliknya tidak tercatat)"); \(overlap) di antaranya (\(share)) menjalankan fungsi yang juga dijalankan aplikasi lain, masing-masing dengan aplikasi serupa dalam kelompoknya berskor sedikitnya \(threshold)."
        },
        sentenceLoose: { apps in
            "\(apps) aplikasi lain masuk kelompok aplikasi serupa hanya karena kemiripan rata-rata kelompok yang lebih longgar: tidak dihitung sebagai tumpang tindih dan perlu diperiksa."
        },
        sentencePlatforms: { platforms, national, moving, retain, inUse in
            // Said once when every platform is national: "13 platform nasional", not "13 platform, 13 di antaranya …".
            "Rencana ini menyatukan \(moving) aplikasi ke dalam "
                + (national == platforms ? "\(platforms) platform nasional yang sudah berjalan"
                                         : "\(platforms) platform, \(national) di antaranya platform nasional yang sudah berjalan")
                + "; \(retain) aplikasi tetap seperti sekarang\(inUse.map { " (\($0))" } ?? "")."
        },
        clauseInUse: { apps in "\(apps) di antaranya merupakan sistem nasional itu sendiri, yang sedang dipakai atau sedang dipasang: tidak ada yang perlu dipindahkan" },
        sentenceMoney: { oneOff, saving, weak, years, net, weakNet, low, high, loss, losing in
            "Perpindahan memerlukan biaya satu kali sekitar \(oneOff) dan menghemat sekitar \(saving) setiap tahun setelah semua aplikasi pindah\(weak.map { " (" + $0 + ")" } ?? ""). Dengan penghematan setiap aplikasi dihitung sejak gelombangnya selesai, "
                + (loss ? "biayanya \(net) lebih besar daripada penghematannya dalam \(years) tahun (kisaran \(low) sampai \(high); \(casesIndonesian))"
                        : "penghematan bersih dalam \(years) tahun \(net) (kisaran \(low) sampai \(high); \(casesIndonesian))")
                + (weakNet.map { ", " + $0 } ?? "") + "." + (losing.map { " " + $0 + "." } ?? "")
        },
        clauseWeak: { saving, apps in "\(saving) di antaranya bergantung pada \(apps) kecocokan lemah yang masih perlu diperiksa" },
        clauseWeakNet: { net, loss in loss ? "kecocokan lemah di antaranya rugi \(net)" : "\(net) di antaranya bergantung pada kecocokan lemah" },
        sentenceStoppedSaving: { x in
            let them = x.one ? "aplikasi itu" : "aplikasi-aplikasi itu"
            return "\(x.saving) dari penghematan per tahun (\(x.net) dari penghematan bersih) berasal dari "
                + (x.apps == x.all ? "\(x.apps) aplikasi" : "\(x.apps) di antara \(x.all) aplikasi") + " yang masih dalam pengembangan dan pembangunannya dihentikan"
                + (x.apps == x.all ? "" : " (yang biayanya tercatat)")
                + ". Daftar mencatat biaya \(x.cost) per tahun untuk \(them); seperti pada setiap pemindahan, penghematannya dihitung \(x.kept) dari biaya itu (platform tetap memakai \(x.residual) untuk penggunanya) dikurangi biaya tahunan platform (\(x.fees)). "
                + "Perhitungan ini mengandaikan dana itu memang akan dibelanjakan setiap tahun untuk aplikasi yang belum berjalan: tanpa itu penghematan bersih menjadi \(x.netWithout)."
                + (x.toVerify.map { " \($0) di antaranya mencatat lebih dari \(x.limit) pengguna, sehingga kemungkinan sudah berjalan: periksa statusnya sebelum mengandalkan penghematan ini." } ?? "")
        },
        sentenceBuildsGoOn: { apps in
            "\(apps) aplikasi yang menurut daftar masih dalam pengembangan tetap di luar rencana karena tidak ada platform dalam rencana ini yang mengambil fungsinya: pembangunannya berlanjut kecuali instansinya menghentikannya, dan sejak penghentian aplikasi baru yang diperintahkan Presiden (2024) belanja untuknya memerlukan persetujuan KemenPANRB."
        },
        sentenceInactive: { apps, cost, toVerify, limit, kept, keptCost in
            let off = apps.map { apps in
                "\(apps) aplikasi yang sudah tidak aktif atau dihentikan akan dimatikan tanpa biaya, dan tidak ada penghematan yang dihitung untuknya"
                    + (cost.map { ". Daftar mencatat biaya \($0) per tahun untuknya, yang dihemat hanya bila masih dibayar (periksa dengan instansinya) dan tidak masuk jumlah di atas" } ?? "")
                    + (toVerify.map { ". \($0) di antaranya mencatat lebih dari \(limit) pengguna: periksa statusnya" } ?? "") + "."
            }
            let stay = kept.map { kept in
                "\(kept) aplikasi \(apps == nil ? "" : "lain ")yang sudah tidak aktif atau dihentikan tetap seperti adanya: tidak ada platform dalam rencana ini yang menampungnya, dan instansinya dapat mematikannya tanpa menunggu platform"
                    + (keptCost.map { ". Daftar mencatat biaya \($0) per tahun untuknya, yang dihemat hanya bila masih dibayar" } ?? "") + "."
            }
            return [off, stay].compactMap { $0 }.joined(separator: " ")
        },
        sentenceImplausibleCosts: { apps, _, listed in
            "\(apps) aplikasi yang pindah mencatat biaya tahunan di bawah Rp 1 juta atau di atas Rp 1 triliun, jarang untuk satu aplikasi (\(listed)): "
                + "jumlah di atas menghitungnya sebagaimana tertulis; periksa di daftar"
        },
        clauseLosing: { apps, net, late, never, noYearly in
            let lateWhy = "hanya karena gelombangnya datang terlambat: bila pindah pada gelombang paling awal yang dimungkinkan risikonya, pemindahannya balik modal, sehingga kapasitas pemindahan per gelombang yang lebih besar menjadikannya hemat"
            let neverWhy = "karena, bahkan dari gelombang paling awal yang dimungkinkan risikonya, biaya satu kalinya melebihi penghematannya hingga akhir kurun"
                + yearlyBillIndonesian(noYearly, of: never)
            let head = "\(apps) aplikasi yang pindah memerlukan biaya lebih besar daripada penghematannya dalam kurun itu (rugi bersih seluruhnya \(net))"
            // One cause: said after a comma. Both: each in a sentence of its own, with its count.
            guard late > 0, never > 0 else { return head + (late > 0 ? ", " + lateWhy : never > 0 ? ", " + neverWhy : "") }
            return head + ". \(ReportFormat.number(late, .id)) di antaranya rugi " + lateWhy
                + ". \(ReportFormat.number(never, .id)) lainnya rugi " + neverWhy
        },
        sentencePastStart: { start, made in
            "Gelombang 1 bertanggal \(start), sebelum rencana dibuat (\(made)): gelombang yang bertanggal di masa lalu direncanakan seolah-olah pemindahannya sudah terjadi saat itu, dan penghematan bersihnya dihitung sejak saat itu."
        },
        sentenceWaves: { waves, period in "Perpindahan berlangsung dalam \(waves) gelombang, \(period)." },
        sentenceAfterHorizon: { waves, apps, years, end, queues in
            "\(waves == 1 ? "Gelombang terakhir berakhir" : "\(waves) gelombang terakhir berakhir") pada akhir kurun \(years) tahun (\(end)) atau sesudahnya: \(apps) aplikasi yang dipindahkannya tidak sempat berhemat dalam kurun itu, sehingga angka bersih tidak menghitung penghematannya. "
                + (queues ?? "Dengan kapasitas pemindahan per gelombang yang lebih besar, atau kurun yang lebih panjang, semua pemindahan selesai di dalam kurun itu") + "."
        },
        clauseLateQueues: { queues, current, capacity in
            let named = queues.map { "\($0.name) (\($0.moves) aplikasi pindah dalam antrean)" }
            let list = ReportFormat.list(named, .id)
            return "Antrean pemindahan \(list) \(queues.count == 1 ? "menerima" : "masing-masing menerima") \(current) aplikasi per gelombang. "
                + (capacity.map { "Dengan kapasitas \($0) aplikasi per gelombang di sana, atau kurun yang lebih panjang, semua pemindahan selesai di dalam kurun itu" }
                    ?? "Hanya kurun yang lebih panjang yang membuat semua pemindahan selesai di dalam kurun itu")
        },
        sentenceUnknown: { unknown, planned, parts, weak in
            let check = weak.map { "\($0) kecocokan lemah perlu diperiksa sebelum diputuskan" }
            guard let unknown else { return check.map { $0 + "." } ?? "" }
            return "Biaya berjalan \(unknown) dari \(planned) aplikasi yang direncanakan\(parts.map { " (\($0))" } ?? "") belum diketahui sehingga tidak dihitung"
                + (check.map { ", dan " + $0 } ?? "") + "."
        },
        sentenceMoneyUnknown: { planned, weak in
            "Biaya dan penghematan belum dapat diperkirakan: tidak satu pun dari \(planned) aplikasi yang direncanakan (di luar yang sudah tidak aktif) mencatat biaya operasional tahunan; isi kolom biaya tahunan (annual_cost) pada daftar, impor ulang, lalu susun rencana lagi"
                + (weak.map { ", dan \($0) kecocokan lemah perlu diperiksa sebelum diputuskan" } ?? "") + "."
        },
        nothingPlanned: "Belum ada aplikasi yang direncanakan pindah dalam cakupan ini.",

        provincesTitle: "Per provinsi",
        provincesIntro: "Setiap provinsi mencakup pemerintah provinsi, kabupaten dan kota di wilayahnya; instansi pusat tercatat sebagai Pusat. Diurutkan menurut penghematan.",
        columnProvince: "Provinsi",
        columnApps: PlanColumn.label("apps", .id),
        columnOverlap: "Memiliki aplikasi serupa",
        columnMoving: "Pindah atau dimatikan",
        columnCostNow: "Biaya tahunan tercatat",
        columnOneOff: PlanColumn.label("one_off_cost", .id),
        columnSaving: PlanColumn.label("annual_saving", .id),
        columnWeakSaving: "Di antaranya dari kecocokan lemah",
        total: "Jumlah",
        tileMoving: "pindah atau dimatikan",
        perYear: "per tahun",

        platformsTitle: "Platform tujuan",
        platformsIntro: "Satu kartu per platform: pemilik, dasar hukum, modul, aplikasi dasar, aplikasi dan instansi yang pindah, jadwal dan biaya.",
        kindMandatory: "Aplikasi Umum nasional (wajib)",
        kindSectoral: "Sistem nasional sektoral",
        kindShared: "Platform bersama",
        owner: "Pemilik",
        basis: "Dasar hukum",
        modules: "Modul",
        leads: "Dibangun dari",
        movingIn: { apps, agencies in "\(apps) aplikasi\(agencies.map { " dari \($0) instansi" } ?? "") pindah ke sini" },
        mostFrom: "Terbanyak dari",
        allFrom: "seluruhnya dari",
        schedule: "Jadwal",
        cost: { oneOff, saving, adds, weak, loss in "Biaya satu kali \(oneOff); " + (adds ? "biaya per tahun bertambah \(saving)" : "hemat \(saving) per tahun") + "\(weak.map { ", " + $0 } ?? "")\(loss.map { "; " + $0 } ?? "")" },
        nothingMoves: "Tidak ada aplikasi yang pindah dalam cakupan ini.",
        switchedOffHere: { apps in "\(apps) aplikasi tidak aktif dimatikan di sini" },
        candidatesTitle: "Platform yang dapat ditambahkan berikutnya",
        uncoveredTitle: "Pekerjaan tumpang tindih yang belum memiliki platform",
        apps: { "\($0) aplikasi" },

        timelineTitle: "Jadwal perpindahan",
        timelineIntro: "Gelombang pemindahan, masing-masing dengan tanggalnya: setiap platform menerima aplikasi yang pindah dalam jumlah terbatas per gelombang, yang berisiko rendah lebih dahulu, kecocokan lemah setelah diperiksa (tidak sebelum gelombang kedua), sistem besar yang banyak terintegrasi tidak sebelum gelombang ketiga; aplikasi yang sudah tidak aktif dimatikan pada gelombang pertama tanpa memakai kuota.",
        timelineShared: "Platform bersama dibangun di atas aplikasi pemimpin modulnya pada gelombang pertama dan menerima aplikasi mulai gelombang kedua.",
        horizonMark: "akhir kurun",
        wave: { "Gelombang \($0)" },
        waveApps: { moves, toCheck, stops, switchOffs, leads in
            var parts: [String] = []
            if moves > 0 || switchOffs + leads == 0 {
                let of = [toCheck > 0 ? "\(ReportFormat.number(toCheck, .id)) menunggu pemeriksaan kecocokan lemah" : nil,
                          stops > 0 ? "\(ReportFormat.number(stops, .id)) aplikasi dalam pengembangan dihentikan pembangunannya" : nil].compactMap { $0 }
                parts.append("\(ReportFormat.number(moves, .id)) aplikasi pindah" + (of.isEmpty ? "" : " (\(of.joined(separator: "; ")))"))
            }
            if switchOffs > 0 { parts.append("\(ReportFormat.number(switchOffs, .id)) aplikasi tidak aktif dimatikan") }
            if leads > 0 { parts.append("\(ReportFormat.number(leads, .id)) aplikasi menjadi dasar modul platform bersama") }
            return parts.joined(separator: ", ")
        },
        sentenceCapacity: { capacity in
            "setiap platform menerima paling banyak \(ReportFormat.number(capacity, .id)) aplikasi yang pindah per gelombang (--wave-capacity); aplikasi tidak aktif yang dimatikan, dasar modul (aplikasi yang menjadi dasar platform bersama) dan aplikasi yang masih dalam pengembangan, yang pembangunannya dihentikan pada gelombang pertama platformnya (kecocokan lemah setelah diperiksa), tidak memakai kuota ini. Yang berisiko rendah lebih dahulu: aplikasi aktif dengan lebih dari 1.000 pengguna atau yang terhubung ke sistem lain pindah mulai gelombang 2 walaupun gelombang 1 masih longgar; kecocokan lemah diperiksa pada gelombang 1, jadi pindah mulai gelombang 2; sistem besar yang banyak terintegrasi pindah mulai gelombang 3."
        },
        waveBar: { moves, switchOffs in
            "\(ReportFormat.number(moves, .id)) pindah" + (switchOffs > 0 ? " · \(ReportFormat.number(switchOffs, .id)) dimatikan" : "")
        },
        columnWave: PlanColumn.label("wave", .id),
        columnPeriod: "Periode",
        columnUsers: "Pengguna dipindahkan",

        evidenceTitle: "Contoh alasan",
        evidenceIntro: "Setiap aplikasi memiliki alasan yang mengutip buktinya: kata-katanya sendiri, aplikasi serupa beserta skornya, atau keputusan perencana. Beberapa contoh:",
        weakTitle: { "Kecocokan lemah (\($0) aplikasi) perlu diperiksa" },
        weakMore: { "… dan \($0) lainnya: CSV rencana mendaftar semuanya (yang kolom dasar_hemat-nya berisi kecocokan-lemah)." },
        columnApp: "Aplikasi",
        columnPlatform: "Platform",
        columnReason: PlanColumn.label("reason", .id),
        noExamples: "Tidak ada contoh dalam cakupan ini.",

        decisionsTitle: "Keputusan perencana",
        decisionsIntro: "Keputusan yang berlaku dan pengaruhnya pada rencana ini.",
        noDecisions: "Belum ada keputusan perencana yang berlaku.",
        columnDecision: "Keputusan",
        columnBy: "Oleh",
        columnDate: "Tanggal",
        columnEffect: "Pengaruh",

        methodsTitle: "Lampiran: cara perhitungan",
        methodsSources: { "Sumber data: \($0)." },
        rows: { "\($0) baris" },
        methodsAnalysis: { "Analisis kemiripan tanggal \($0): dua aplikasi dianggap serupa bila nama, uraian, fitur dan data yang dikelolanya cukup mirip (skor minimal \($1) dari 1, atau separuhnya bila keduanya termasuk kecocokan terdekat satu sama lain, karena uraian yang pendek memberi skor rendah), lalu aplikasi serupa dikelompokkan. Ringkasan menghitung sebuah aplikasi menjalankan fungsi yang juga dijalankan aplikasi lain bila aplikasi serupa dalam kelompoknya berskor sedikitnya \($2); aplikasi berkelompok yang semua aplikasi serupanya berskor lebih rendah dihitung tersendiri, sebagai perlu diperiksa." },
        methodsNoAnalysis: "Belum ada analisis kemiripan.",
        methodsFunctions: { "Fungsi setiap kelompok ditentukan dari kata-kata aplikasinya yang menyebut fungsi katalog (rata-rata minimal \($0)); aplikasi tanpa aplikasi serupa perlu skor minimal \($1). Kecocokan di bawah \($2) ditandai perlu diperiksa." },
        methodsPlatforms: { target, builtIn in
            "Platform dipilih dari katalog arsitektur SPBE\(builtIn ? " bawaan" : " yang dimuat perencana"): semua sistem nasional yang wajib dipakai (Aplikasi Umum dan sistem sektoral wajib) yang fungsinya dijalankan aplikasi di sini, lalu platform yang mencakup paling banyak aplikasi pada tempat yang tersisa dari \(target) platform."
        },
        methodsMoney: { rate, residual, saved, fees in
            "Biaya satu kali memindahkan satu aplikasi adalah biaya bergabung ke platform penerima (akun, bantuan migrasi data, pelatihan) ditambah sekitar \(rate) biaya berjalannya setahun (lebih besar bila penggunanya banyak atau integrasinya banyak). Aplikasi dasar modul memerlukan biaya satu kali sebesar dua kali bagian itu agar dapat melayani banyak instansi, dan tidak menghasilkan penghematan karena tetap berjalan. "
                + "Aplikasi yang pindah menghemat \(saved) biaya berjalannya (platform tetap memakai \(residual) untuk penggunanya) dikurangi biaya tahunan platform per aplikasi (bagian biaya server, lisensi, layanan bantuan); besarnya: \(fees). "
                + "Aplikasi yang biaya berjalannya terlalu kecil untuk biaya itu akan menambah biaya tahunan: aplikasi itu pindah hanya bila peraturan mewajibkan instansi memakai platformnya atau perencana menetapkannya, dan selain itu tetap seperti sekarang. "
                + "Aplikasi yang masih dalam pengembangan dan fungsinya dijalankan sebuah platform dihentikan pembangunannya: biaya satu kalinya hanya biaya bergabung ke platform (tidak ada data atau layanan yang dipindahkan), dan penghematannya dihitung seperti aplikasi yang pindah, dari biaya yang tercatat untuknya dalam daftar. "
                + "Aplikasi yang sudah tidak aktif tidak menghasilkan penghematan karena tidak ada layanan yang berhenti. Pada kisarannya, \(casesIndonesian)."
        },
        methodsFees: { kind, onboarding, yearly in "\(onboarding) satu kali dan \(yearly) per aplikasi per tahun pada setiap \(kind.prefix(1).lowercased() + kind.dropFirst())" },
        methodsWaves: { "Gelombang dimulai \($0) dan masing-masing berlangsung \(CountedNoun.quarter($1, .id)); setiap platform menerima paling banyak \($2) aplikasi yang pindah per gelombang, yang berisiko rendah lebih dahulu (kecocokan lemah setelah diperiksa, tidak sebelum gelombang 2; sistem besar yang banyak terintegrasi tidak sebelum gelombang 3), dan sisanya pindah pada gelombang berikutnya. Aplikasi yang sudah tidak aktif dimatikan pada gelombang 1, dan pembangunan aplikasi yang masih dikembangkan dihentikan pada gelombang pertama platformnya; keduanya tidak memakai kuota." },
        methodsCaveats: { unknown, thin in
            let limits = [unknown == "0" ? nil : "\(unknown) aplikasi yang direncanakan tidak memiliki data biaya sehingga tidak dihitung",
                          thin == "0" ? nil : "\(thin) aplikasi tidak memiliki uraian yang cukup sehingga hanya dinilai dari nama serta fitur dan data yang dicantumkan daftar, bila ada"].compactMap { $0 }
            return (limits.isEmpty ? "" : "Keterbatasan: \(limits.joined(separator: "; ")). ") + "Angka adalah perkiraan untuk perencanaan, bukan anggaran."
        },
        methodsPlanDate: { "Rencana disusun \($0)." }
    )
}
