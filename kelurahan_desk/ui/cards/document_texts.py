"""Every fixed word of the card documents (Berita Acara Pemusnahan, serah terima, blanko
reconciliation) in the user's language, for the documents' ``*Texts`` dataclasses.

Each text is a literal in a ``translate`` call so lupdate finds it. The day of a
destruction or hand-over is recorded, not its hour, so the openings here name the day only.
"""

from __future__ import annotations

from datetime import time
from typing import Any

from PySide6.QtCore import QCoreApplication

from kelurahan_desk.documents.blanko_reconciliation_pdf import ReconciliationTexts
from kelurahan_desk.documents.card_handover_pdf import HandOverTexts
from kelurahan_desk.documents.destruction_report_pdf import DestructionReportTexts

translate = QCoreApplication.translate  # bare name: lupdate finds translate("ctx", "text")


def _letter() -> dict[str, Any]:
    """What every official letter shares: letterhead, numbering, dates."""
    return {
        "government": translate("CardDocuments", "PEMERINTAH {kota}"),
        "kecamatan": translate("CardDocuments", "KECAMATAN {name}"),
        "kelurahan": translate("CardDocuments", "KELURAHAN {name}"),
        "office_code": translate("CardDocuments", "Kode wilayah {code}"),
        "number": translate("CardDocuments", "Nomor: {number}"),
        "page": translate("CardDocuments", "Halaman {page} dari {pages}"),
        "nip": translate("CardDocuments", "NIP. {nip}"),
        "place_date": translate("CardDocuments", "{place}, {date}"),
        "weekdays": (
            translate("CardDocuments", "Senin"), translate("CardDocuments", "Selasa"),
            translate("CardDocuments", "Rabu"), translate("CardDocuments", "Kamis"),
            translate("CardDocuments", "Jumat"), translate("CardDocuments", "Sabtu"),
            translate("CardDocuments", "Minggu"),
        ),
        "months": (
            translate("CardDocuments", "Januari"), translate("CardDocuments", "Februari"),
            translate("CardDocuments", "Maret"), translate("CardDocuments", "April"),
            translate("CardDocuments", "Mei"), translate("CardDocuments", "Juni"),
            translate("CardDocuments", "Juli"), translate("CardDocuments", "Agustus"),
            translate("CardDocuments", "September"), translate("CardDocuments", "Oktober"),
            translate("CardDocuments", "November"), translate("CardDocuments", "Desember"),
        ),
    }


def _card_list() -> dict[str, Any]:
    """The card list's columns and the words around its counts."""
    return {
        **_letter(),
        "col_number": translate("CardDocuments", "No."),
        "col_serial": translate("CardDocuments", "Nomor Seri Kartu"),
        "col_nik": translate("CardDocuments", "NIK"),
        "col_name": translate("CardDocuments", "Nama"),
        "col_source": translate("CardDocuments", "Asal Kartu"),
        "col_reason": translate("CardDocuments", "Alasan Rusak/Invalid"),
        "col_logged": translate("CardDocuments", "Dicatat"),
        "col_count": translate("CardDocuments", "Jumlah"),
        "unit": translate("CardDocuments", "keping"),
        "total": translate("CardDocuments", "Jumlah"),
    }


def destruction_texts(held_time: time | None) -> DestructionReportTexts:
    """The Berita Acara's words; its opening states the time when it was recorded (a
    destruction recorded before the desk asked for it has its day only)."""
    opening = translate(
        "CardDocuments",
        "Pada hari ini {weekday} tanggal {day} bulan {month} tahun {year} ({date}), pukul "
        "{time} {zone}, bertempat di {place}, kami yang bertanda tangan di bawah ini telah "
        "melaksanakan pemusnahan Kartu Tanda Penduduk Elektronik (KTP-el) rusak/invalid "
        "dengan cara {method}, berdasarkan:") if held_time is not None else translate(
        "CardDocuments",
        "Pada hari ini {weekday} tanggal {day} bulan {month} tahun {year} ({date}), "
        "bertempat di {place}, kami yang bertanda tangan di bawah ini telah melaksanakan "
        "pemusnahan Kartu Tanda Penduduk Elektronik (KTP-el) rusak/invalid dengan cara "
        "{method}, berdasarkan:")
    return DestructionReportTexts(
        **_card_list(),
        title=translate("CardDocuments", "BERITA ACARA PEMUSNAHAN KTP-EL RUSAK/INVALID"),
        opening=opening,
        count=translate(
            "CardDocuments",
            "Jumlah KTP-el rusak/invalid yang dimusnahkan sebanyak <b>{figures} ({words})</b> "
            "keping, dengan rincian menurut asal kartu sebagai berikut:"),
        witnessed=translate("CardDocuments", "Pemusnahan tersebut disaksikan oleh:"),
        witness_line=translate("CardDocuments", "{name}, {position}, {institution}"),
        witness_line_nip=translate("CardDocuments",
                                   "{name}, NIP. {nip}, {position}, {institution}"),
        list_title=translate("CardDocuments", "DAFTAR KTP-EL RUSAK/INVALID YANG DIMUSNAHKAN"),
        closing=translate(
            "CardDocuments",
            "Demikian Berita Acara Pemusnahan ini dibuat dengan sebenarnya untuk "
            "dipergunakan sebagaimana mestinya."),
        official_heading=translate("CardDocuments", "Yang melaksanakan pemusnahan,"),
        witnesses_heading=translate("CardDocuments", "SAKSI-SAKSI"),
        witness=translate("CardDocuments", "Saksi {n},"),
        verify=translate("CardDocuments",
                         "Pindai kode QR untuk mencocokkan berita acara ini dengan sistem."),
        batch=translate("CardDocuments", "Batch pemusnahan:"),
        confirmed=translate(
            "CardDocuments",
            "Dikonfirmasi {date} pukul {time} {zone}, peristiwa audit nomor {seq}. Hash "
            "rantai audit:"),
        footer=translate("CardDocuments",
                         "Berita Acara Pemusnahan KTP-el Rusak/Invalid Nomor {number}"),
    )


def legal_basis_laws() -> str:
    """The law the Berita Acara names before the circular (the circular comes from the
    domain's ``LEGAL_BASIS``)."""
    return translate(
        "CardDocuments",
        "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana "
        "telah diubah dengan Undang-Undang Nomor 24 Tahun 2013;")


def hand_over_texts() -> HandOverTexts:
    return HandOverTexts(
        **_card_list(),
        title=translate("CardDocuments", "BERITA ACARA SERAH TERIMA KTP-EL RUSAK/INVALID"),
        opening=translate(
            "CardDocuments",
            "Pada hari ini {weekday} tanggal {day} bulan {month} tahun {year} ({date}), "
            "bertempat di {place}, kami yang bertanda tangan di bawah ini:"),
        name=translate("CardDocuments", "Nama"),
        nip_label=translate("CardDocuments", "NIP"),
        position=translate("CardDocuments", "Jabatan"),
        institution=translate("CardDocuments", "Instansi"),
        first_party=translate("CardDocuments", "selanjutnya disebut PIHAK PERTAMA."),
        second_party=translate("CardDocuments", "selanjutnya disebut PIHAK KEDUA."),
        handed=translate(
            "CardDocuments",
            "PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menerima dari "
            "PIHAK PERTAMA, KTP-el rusak/invalid sebanyak <b>{figures} ({words})</b> keping "
            "untuk disimpan dan dimusnahkan sesuai Surat Edaran Menteri Dalam Negeri Nomor "
            "470.13/11176/SJ tanggal 13 Desember 2018, dengan rincian menurut asal kartu "
            "sebagai berikut:"),
        list_title=translate("CardDocuments",
                             "DAFTAR KTP-EL RUSAK/INVALID YANG DISERAHTERIMAKAN"),
        closing=translate(
            "CardDocuments",
            "Sejak Berita Acara ini ditandatangani, penyimpanan KTP-el tersebut menjadi "
            "tanggung jawab PIHAK KEDUA. Demikian Berita Acara Serah Terima ini dibuat dalam "
            "rangkap dua untuk dipergunakan sebagaimana mestinya."),
        receiver_heading=translate("CardDocuments", "Yang menerima,"),
        receiver_party=translate("CardDocuments", "PIHAK KEDUA"),
        giver_heading=translate("CardDocuments", "Yang menyerahkan,"),
        giver_party=translate("CardDocuments", "PIHAK PERTAMA"),
        known_by_heading=translate("CardDocuments", "Mengetahui,"),
        verify=translate("CardDocuments",
                         "Pindai kode QR untuk mencocokkan berita acara ini dengan sistem."),
        handover=translate("CardDocuments", "Serah terima:"),
        chain=translate("CardDocuments",
                        "Peristiwa audit nomor {seq} saat konfirmasi, hash rantai audit:"),
        footer=translate("CardDocuments",
                         "Berita Acara Serah Terima KTP-el Rusak/Invalid Nomor {number}"),
    )


def reconciliation_texts() -> ReconciliationTexts:
    return ReconciliationTexts(
        **_letter(),
        title=translate("CardDocuments", "LAPORAN REKONSILIASI BLANKO KTP-EL"),
        as_of=translate("CardDocuments", "Keadaan per {date} pukul {time} {zone}"),
        rule=translate(
            "CardDocuments",
            "Setiap blanko KTP-el yang diterima dari Dinas Kependudukan dan Pencatatan Sipil "
            "tercatat di tepat satu tempat: sudah dicetak, rusak, atau masih dalam "
            "persediaan. Karena itu untuk setiap penerimaan dan untuk jumlah seluruhnya "
            "berlaku: <b>Diterima = Dicetak + Rusak + Persediaan</b>."),
        receipts_title=translate("CardDocuments", "REKONSILIASI PER PENERIMAAN"),
        col_number=translate("CardDocuments", "No."),
        col_date=translate("CardDocuments", "Tgl. Terima"),
        col_document=translate("CardDocuments", "Nomor Dokumen"),
        col_received=translate("CardDocuments", "Diterima"),
        col_printed=translate("CardDocuments", "Dicetak"),
        col_spoiled=translate("CardDocuments", "Rusak"),
        col_in_stock=translate("CardDocuments", "Persediaan"),
        col_difference=translate("CardDocuments", "Selisih"),
        col_state=translate("CardDocuments", "Keterangan"),
        matches=translate("CardDocuments", "Sesuai"),
        differs=translate("CardDocuments", "TIDAK SESUAI"),
        total=translate("CardDocuments", "Jumlah"),
        no_receipts=translate("CardDocuments", "Belum ada penerimaan blanko."),
        result_ok=translate(
            "CardDocuments",
            "<b>Hasil: SESUAI.</b> Diterima {received} = dicetak {printed} + rusak {spoiled} "
            "+ persediaan {in_stock} keping."),
        result_broken=translate(
            "CardDocuments",
            "<b>Hasil: TIDAK SESUAI.</b> Diterima {received}, sedangkan dicetak {printed} + "
            "rusak {spoiled} + persediaan {in_stock} = {accounted} keping (selisih "
            "{difference}); {broken} nomor seri bermasalah tercantum di bawah ini."),
        broken_title=translate("CardDocuments", "NOMOR SERI YANG TIDAK SESUAI"),
        col_serial=translate("CardDocuments", "Nomor Seri"),
        col_receipt=translate("CardDocuments", "Dokumen Penerimaan"),
        col_problem=translate("CardDocuments", "Masalah"),
        unknown_receipt=translate("CardDocuments", "(tidak diketahui)"),
        none_broken=translate("CardDocuments", "Tidak ada nomor seri yang tidak sesuai."),
        prepared_heading=translate("CardDocuments", "Yang membuat laporan,"),
        known_by_heading=translate("CardDocuments", "Mengetahui,"),
        footer=translate("CardDocuments",
                         "Laporan Rekonsiliasi Blanko KTP-el Kelurahan {office}, {date}"),
    )
