"""The Laporan Sidak's fixed words in the user's language (Qt translation)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kelurahan_desk.documents.inspection_report_pdf import (
    InspectionReportTexts,
    render_inspection_report,
)
from kelurahan_desk.services.inspection_overview import InspectionReportData

translate = QCoreApplication.translate  # bare name: lupdate finds translate("ctx", "text")


def report_texts() -> InspectionReportTexts:
    """Every fixed word of the report, translated (months and weekdays spelled out, not
    from QLocale, so they always match the report's language)."""
    return InspectionReportTexts(
        government=translate("SidakReport", "PEMERINTAH {kota}"),
        kecamatan=translate("SidakReport", "KECAMATAN {name}"),
        kelurahan=translate("SidakReport", "KELURAHAN {name}"),
        office_code=translate("SidakReport", "Kode wilayah {code}"),
        number=translate("SidakReport", "Nomor: {number}"),
        page=translate("SidakReport", "Halaman {page} dari {pages}"),
        nip=translate("SidakReport", "NIP. {nip}"),
        place_date=translate("SidakReport", "{place}, {date}"),
        weekdays=(
            translate("SidakReport", "Senin"), translate("SidakReport", "Selasa"),
            translate("SidakReport", "Rabu"), translate("SidakReport", "Kamis"),
            translate("SidakReport", "Jumat"), translate("SidakReport", "Sabtu"),
            translate("SidakReport", "Minggu"),
        ),
        months=(
            translate("SidakReport", "Januari"), translate("SidakReport", "Februari"),
            translate("SidakReport", "Maret"), translate("SidakReport", "April"),
            translate("SidakReport", "Mei"), translate("SidakReport", "Juni"),
            translate("SidakReport", "Juli"), translate("SidakReport", "Agustus"),
            translate("SidakReport", "September"), translate("SidakReport", "Oktober"),
            translate("SidakReport", "November"), translate("SidakReport", "Desember"),
        ),
        title=translate("SidakReport", "LAPORAN INSPEKSI MENDADAK (SIDAK)"),
        opening=translate(
            "SidakReport",
            "Pada hari {weekday}, {date}, pukul {start} sampai {end} {zone}, telah dilaksanakan "
            "inspeksi mendadak (sidak) pelayanan administrasi kependudukan di Kantor Kelurahan "
            "{office}, Kecamatan {kecamatan}, {kota}, oleh:"),
        team=translate("SidakReport", "Didampingi oleh: {team}."),
        section_counters=translate("SidakReport", "A. Keadaan loket pada saat sidak"),
        measure=translate("SidakReport", "Uraian"),
        signed_in=translate("SidakReport", "Petugas yang masuk"),
        nobody=translate("SidakReport", "(tidak ada)"),
        serving=translate("SidakReport", "Sedang dilayani"),
        serving_value=translate("SidakReport", "{code} sejak {time}"),
        served=translate("SidakReport", "Selesai dilayani hari ini"),
        no_shows=translate("SidakReport", "Tidak hadir"),
        waiting=translate("SidakReport", "Waktu tunggu (median / P90)"),
        service=translate("SidakReport", "Waktu layanan (median / P90)"),
        stats_value=translate("SidakReport", "{median} / {p90} mnt"),
        requests=translate("SidakReport", "Permohonan akta didaftarkan"),
        printed=translate("SidakReport", "KTP-el dicetak"),
        spoiled=translate("SidakReport", "Kartu rusak dicatat"),
        looks=translate("SidakReport", "Dilihat inspektur"),
        looks_value=translate("SidakReport", "{count} kali"),
        test_print=translate("SidakReport", "Cetak uji"),
        test_ok=translate("SidakReport", "berhasil ({printer})"),
        test_failed=translate("SidakReport", "gagal ({printer}): {detail}"),
        not_tried=translate("SidakReport", "tidak dilakukan"),
        section_day=translate(
            "SidakReport",
            "B. Waktu tunggu antrean kantor hari ini sampai pukul {time} {zone}"),
        issued=translate("SidakReport", "Nomor antrean diambil"),
        day_served=translate("SidakReport", "Selesai dilayani"),
        still_open=translate("SidakReport", "Belum selesai"),
        waiting_now=translate("SidakReport", "Menunggu saat ini (terlama {minutes} mnt)"),
        waiting_now_none=translate("SidakReport", "Menunggu saat ini"),
        hour=translate("SidakReport", "Jam ambil nomor"),
        tickets=translate("SidakReport", "Tiket"),
        median=translate("SidakReport", "Median tunggu (mnt)"),
        p90=translate("SidakReport", "P90 tunggu (mnt)"),
        no_visits=translate("SidakReport", "Belum ada kunjungan hari ini."),
        definitions=translate(
            "SidakReport",
            "Waktu tunggu = panggilan pertama − ambil nomor; waktu layanan = selesai − panggilan "
            "pertama; median dan P90 seperti pada Laporan Waktu Antrean. Angka per loket: "
            "kunjungan yang (sebagian) dilayani di loket itu."),
        section_pictures=translate("SidakReport", "C. Tampilan layar loket pada akhir sidak"),
        picture_caption=translate("SidakReport", "{counter} — {name}, gambar pukul {time} {zone}"),
        no_picture=translate(
            "SidakReport",
            "{counter}: tidak ada gambar (program loket tidak berjalan saat sidak berakhir)."),
        section_checks=translate("SidakReport", "D. Catatan yang diperiksa"),
        opened=translate("SidakReport", "{time} — {who} membuka {kind} {number}"),
        kind_akta_request=translate("SidakReport", "permohonan akta"),
        kind_print_job=translate("SidakReport", "pekerjaan cetak KTP-el"),
        kind_spoiled_card=translate("SidakReport", "kartu rusak"),
        nothing_opened=translate("SidakReport", "Tidak ada catatan yang dibuka."),
        section_findings=translate("SidakReport", "E. Temuan"),
        overall=translate("SidakReport", "Temuan umum"),
        no_findings=translate("SidakReport", "(tidak ada temuan)"),
        closing=translate(
            "SidakReport",
            "Demikian laporan sidak ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana "
            "mestinya."),
        inspector_heading=translate("SidakReport", "Inspektur,"),
        operator_heading=translate("SidakReport", "Petugas {counter},"),
        acknowledged=translate("SidakReport", "Mengetahui,"),
        lurah=translate("SidakReport", "Lurah {office}"),
        blank_name=translate("SidakReport", "(................................)"),
        footer=translate("SidakReport", "Laporan Sidak Nomor {number}"),
    )


def report_pdf(data: InspectionReportData) -> bytes:
    """The Laporan Sidak PDF (slow with pictures: call it off the GUI thread)."""
    return render_inspection_report(data, report_texts())
