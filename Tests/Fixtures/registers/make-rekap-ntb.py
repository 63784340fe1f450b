"""Builds rekap-ntb.xlsx, a province's compilation as it is sent: a cover sheet of
filling-in instructions, one sheet per regency or city with title rows, a JUMLAH row, units
written as codes, and what each app does spread over "Deskripsi", "Fungsi Aplikasi",
"Manfaat", "Fitur" and "Modul"; the codes' names on a sheet "Kode OPD".

    python3 make-rekap-ntb.py v1 rekap-ntb.xlsx
    python3 make-rekap-ntb.py bad rekap-ntb-bad.xlsx     (one amount typed "Rp 1.2.3")
"""
import sys
from openpyxl import Workbook

variant = sys.argv[1] if len(sys.argv) > 1 else "v1"
wb = Workbook()
cover = wb.active
cover.title = "Petunjuk Pengisian"
for line in ["PETUNJUK PENGISIAN", "1. Isi satu baris untuk setiap aplikasi",
             "2. Kolom Kode OPD diisi kode dari sheet Kode OPD", "3. Biaya ditulis dalam rupiah"]:
    cover.append([line])

HEADER = ["No", "Nama Aplikasi", "Kode OPD", "Deskripsi", "Fungsi Aplikasi", "Manfaat",
          "Fitur", "Modul", "Biaya Pemeliharaan", "Status"]


def regency(sheet, title, rows):
    ws = wb.create_sheet(sheet)
    ws.append([f"DAFTAR APLIKASI {title.upper()}"])
    ws.append(["Tahun 2025"])
    ws.append([])
    ws.append(HEADER)
    for number, row in enumerate(rows, 1):
        ws.append([number] + row)
    ws.append([None, "JUMLAH", None, None, None, None, None, None, "Rp 1.300.000.000", None])


regency("Kab. Lombok Barat", "Kabupaten Lombok Barat", [
    ["SIMPEG Lobar", "030701", "Aplikasi kepegawaian", "Mengelola data pegawai, cuti dan mutasi",
     "Data pegawai akurat", "Cuti; Mutasi", "Absensi", "Rp 1.250.000.000", "Aktif"],
    ["e-Surat Lobar", "030702", "-", "Surat masuk dan surat keluar, disposisi", "Arsip tertib",
     "Disposisi", "Arsip", "Rp 1.2.3" if variant == "bad" else "Rp 50.000.000", "Aktif"],
])
regency("Kota Mataram", "Kota Mataram", [
    ["Sistem Kepegawaian Mataram", "030701", "Sistem informasi kepegawaian",
     "Pengelolaan data pegawai dan cuti", None, "Cuti", "mutasi", "Rp 75.000.000", "Aktif"],
    ["Persuratan Elektronik", "030702", None, "Surat masuk, surat keluar dan disposisi pimpinan",
     None, "Disposisi", None, "Rp 20.000.000", "Aktif"],
])
codes = wb.create_sheet("Kode OPD")
codes.append(["Kode OPD", "Nama OPD"])
codes.append(["030701", "Badan Kepegawaian dan Pengembangan SDM"])
codes.append(["030702", "Dinas Komunikasi dan Informatika"])
wb.save(sys.argv[2] if len(sys.argv) > 2 else "rekap-ntb.xlsx")
