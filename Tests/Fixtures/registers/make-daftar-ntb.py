"""Builds daftar-ntb.xlsx and daftar-ntb-renamed.xlsx, a provincial register as an agency
sends it: title rows, a header over two rows (merged "Anggaran (Rp)" over "Pengadaan" and
"Pemeliharaan / Tahun"), a row numbering the columns, an OPD merged down two rows, a JUMLAH
row and a signature block below the table.

    python3 make-daftar-ntb.py v1 daftar-ntb.xlsx
    python3 make-daftar-ntb.py renamed daftar-ntb-renamed.xlsx
    python3 make-daftar-ntb.py bad daftar-ntb-bad.xlsx
"""
import sys
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
variant = sys.argv[1] if len(sys.argv) > 1 else "v1"
wb = Workbook()
ws = wb.active
ws.title = "Daftar Aplikasi"
ws["A1"] = "DAFTAR APLIKASI PEMERINTAH PROVINSI NUSA TENGGARA BARAT TAHUN 2026"
ws.merge_cells("A1:K1")
ws["A2"] = "Keadaan per tanggal 30 September 2026"
ws.merge_cells("A2:K2")
# row 3 blank
hdr = ["No", "Nama Aplikasi", "Deskripsi", "OPD/Perangkat Daerah", "Tahun Pembuatan",
       "Anggaran (Rp)", None, "Status", "Jumlah Pengguna", "Alamat URL", "Keterangan"]
for i, h in enumerate(hdr, 1):
    if h: ws.cell(row=4, column=i, value=h)
ws.merge_cells("F4:G4")
for col in "ABCDEHIJK":
    ws.merge_cells(f"{col}4:{col}5")
ws["F5"] = "Pengadaan"
ws["G5"] = "Pemeliharaan / Tahun"
# column-number row, as in government tables
for i in range(1, 12):
    ws.cell(row=6, column=i, value=i)
rows = [
 ("SIMPEG NTB", "Sistem informasi manajemen kepegawaian: data pegawai, cuti, mutasi, kenaikan pangkat", "BKD", 2015, "Rp 1.250.000.000,00", "Rp 150.000.000,00", "Aktif", 5200, "simpeg.ntbprov.go.id", ""),
 ("e-Kinerja NTB", "Penilaian kinerja harian pegawai ASN dan tunjangan kinerja", "BKD", 2018, 850000000, 95000000, "Aktif", 5100, "ekinerja.ntbprov.go.id", ""),
 ("e-Absensi", "Absensi pegawai berbasis GPS dan wajah", "BKD", 2019, "Rp 420.000.000", "Rp 60.000.000", "aktif ", "±5.000 orang", "-", "terintegrasi e-Kinerja"),
 ("E-SURAT NTB", "Surat masuk, surat keluar, disposisi elektronik dan arsip", "Biro Umum Setda", 2017, "Rp 600.000.000", "-", "Aktif", 1300, "esurat.ntbprov.go.id", "akan beralih ke SRIKANDI"),
 ("e-Office_CLIENT", "-", "Diskominfotik", 2016, "-", "-", "Tidak Aktif", "-", "-", "aplikasi lama"),
 ("Lapor Gubernur", "Pengaduan masyarakat kepada Gubernur melalui web dan WhatsApp", "Diskominfotik", 2019, "350 juta", "Rp 40.000.000", "Aktif", 12000, "lapor.ntbprov.go.id", ""),
 ("NTB Care", "Layanan aspirasi dan pengaduan warga NTB", "Diskominfotik", 2018, "Rp 275.000.000,00", 30000000, "Aktif", 8000, "ntbcare.ntbprov.go.id", ""),
 ("e-Planning NTB", "Perencanaan pembangunan daerah, RKPD dan Renja OPD", "Bappeda", 2016, "Rp 900.000.000", "Rp 100.000.000", "Aktif", 400, "eplanning.ntbprov.go.id", "sebagian pindah ke SIPD"),
 ("e-Musrenbang", "Usulan musyawarah perencanaan pembangunan dari desa dan kecamatan", "Bappeda", 2017, "Rp 300.000.000", "Rp 25.000.000", "Tidak Aktif", 900, "-", ""),
 ("SIMDA Keuangan", "Penatausahaan keuangan daerah, SP2D, akuntansi dan pelaporan", "BPKAD", 2012, "Rp 1.100.000.000", "Rp 120.000.000", "Aktif", 600, "-", "diganti SIPD"),
 ("SIMBADA", "Sistem informasi barang milik daerah, inventarisasi aset", "BPKAD", 2014, "Rp 450.000.000", "Rp 50.000.000", "Aktif", 350, "-", ""),
 ("e-Samsat NTB", "Pembayaran pajak kendaraan bermotor secara online", "Bapenda", 2020, "Rp 2.300.000.000", "Rp 300.000.000", "Aktif", 250000, "esamsat.ntbprov.go.id", ""),
 ("SIMRS RSUD Provinsi", "Sistem informasi manajemen rumah sakit: pendaftaran pasien, rekam medis, billing, farmasi", "Dinas Kesehatan", 2016, "Rp 3.500.000.000", "Rp 400.000.000", "Aktif", 900, "-", ""),
 ("SIKDA Generik", "Rekam kesehatan puskesmas dan pelaporan ke dinas", "Dinas Kesehatan", 2015, "Rp 500.000.000", "Rp 45.000.000", "Dalam Pengembangan", 300, "-", ""),
 ("Dapodik Provinsi", "Data pokok pendidikan SMA SMK SLB", "Dinas Pendidikan dan Kebudayaan", 2014, "-", "-", "Aktif", 1500, "-", "aplikasi pusat"),
 ("SIPERIZINAN", "Perizinan online: izin usaha, izin lingkungan, tracking berkas", "DPMPTSP", 2018, "Rp 780.000.000", "Rp 80.000.000", "Aktif", 3000, "perizinan.ntbprov.go.id", "terhubung OSS"),
 ("Satu Data NTB", "Portal data statistik sektoral provinsi", "Diskominfotik", 2020, "Rp 400.000.000", "Rp 50.000.000", "Aktif", 2000, "data.ntbprov.go.id", ""),
 ("JDIH NTB", "Jaringan dokumentasi dan informasi hukum, produk hukum daerah", "Biro Hukum Setda", 2013, "Rp 150.000.000", "Rp 20.000.000", "Aktif", 5000, "jdih.ntbprov.go.id", ""),
]
if variant == "renamed":
    rows[7] = ("e-Planning Provinsi NTB",) + rows[7][1:]
if variant == "bad":
    rows[2] = rows[2][:5] + ("Rp 1.2.3",) + rows[2][6:]
    rows[5] = rows[5][:7] + ("banyak",) + rows[5][8:]
    rows[8] = ("",) + rows[8][1:]
r = 7
for n, row in enumerate(rows, 1):
    ws.cell(row=r, column=1, value=n)
    for j, v in enumerate(row, 2):
        ws.cell(row=r, column=j, value=(v if v != "" else None))
    r += 1
# Dinas Kesehatan merged down (rows of SIMRS and SIKDA)
ws.merge_cells(start_row=7+12, start_column=4, end_row=7+13, end_column=4)
ws.cell(row=r, column=1, value="JUMLAH")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
ws.cell(row=r, column=6, value=14025000000)
ws.cell(row=r, column=7, value=1585000000)
r += 2
for offset, line in enumerate(["Mataram, 30 September 2026", "Kepala Dinas Komunikasi, Informatika dan Statistik",
                                "ttd", "Ir. H. Lalu Ahmad Najamuddin, M.T.", "NIP 19700312 199503 1 004"]):
    ws.cell(row=r + offset, column=8, value=line)
ws2 = wb.create_sheet("Rekap OPD")
ws2.append(["OPD", "Jumlah Aplikasi"])
for o, c in [("BKD", 3), ("Diskominfotik", 4), ("Bappeda", 2)]:
    ws2.append([o, c])
wb.save(sys.argv[2])
