"""The kiosk ticket as raw ESC/POS, read back by a small ESC/POS reader (tests/escpos_reader)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from escpos_reader import code128_payload, read_escpos
from hypothesis import given
from hypothesis import strategies as st
from test_ticket_pdf import issue

from kelurahan_desk.documents.ticket_escpos import (
    COLUMNS,
    PRINT_DOTS,
    code128_data,
    render_ticket_escpos,
    to_ascii,
)
from kelurahan_desk.domain.queue import Priority
from kelurahan_desk.ui.ticket_printing import ticket_print


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_ticket_carries_the_facts_of_the_ticket(demo_store, paper_mm):
    issue(demo_store)  # waits ahead of the next ticket
    issued = issue(demo_store)

    receipt = read_escpos(render_ticket_escpos(ticket_print(issued), paper_mm))

    assert receipt.initialised and receipt.code_page == 0  # ESC @, then PC437
    assert receipt.cut == "partial" and receipt.fed_lines >= 3  # fed past the cutter
    assert all(line.centred for line in receipt.lines)
    texts = receipt.texts
    office = f"KELURAHAN {issued.office_name.upper()}"
    assert office in texts
    assert next(line for line in receipt.lines if line.text == office).bold
    assert "Nomor antrean" in texts
    (number,) = [line for line in receipt.lines if line.text == "A-002"]
    assert number.width >= 2 and number.height >= 2
    assert issued.ticket.service_name in texts
    assert "Di depan Anda: 1 orang" in texts
    # the fake clock's Monday 01:00 UTC is 08:00 in Probolinggo (WIB)
    assert "03-03-2025 08:00" in texts
    assert issued.ticket.key in texts  # under the barcode, for typing it in
    assert "Simpan karcis ini. Nomor dipanggil di layar." in " ".join(texts)  # may wrap
    assert not any("Prioritas" in t for t in texts)
    assert all(line.columns <= COLUMNS[paper_mm] for line in receipt.lines)


def test_80_mm_barcode_is_the_printers_own_code128_of_the_key_and_fits(demo_store):
    issued = issue(demo_store, "C")

    receipt = read_escpos(render_ticket_escpos(ticket_print(issued), 80))

    (barcode,) = receipt.barcodes
    assert barcode.payload == issued.ticket.key
    assert issued.ticket.key.endswith("-C-001")
    assert barcode.module_dots >= 2  # one-dot bars blur on a thermal head
    assert barcode.dots <= PRINT_DOTS[80]  # a printer drops a barcode wider than its head
    assert receipt.pictures == []


def test_58_mm_barcode_runs_along_the_paper_and_a_real_reader_decodes_it(demo_store):
    """The key is too wide across 48 mm at two dots a module: it is turned, as on the PDF."""
    issued = issue(demo_store, "C")

    receipt = read_escpos(render_ticket_escpos(ticket_print(issued), 58))

    assert receipt.barcodes == []
    (picture,) = receipt.pictures
    assert picture.shape[1] == PRINT_DOTS[58]
    assert receipt.picture_codes() == [(issued.ticket.key, "Code128")]
    # every bar and space is a whole number of two-dot modules along the paper
    column = picture[:, picture.shape[1] // 2].astype(int)
    edges = [0, *(i + 1 for i in range(len(column) - 1) if column[i] != column[i + 1])]
    runs = [b - a for a, b in zip(edges, [*edges[1:], len(column)], strict=True)]
    assert all(run % 2 == 0 for run in runs)


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_long_texts_wrap_within_the_columns(demo_store, paper_mm):
    issued = issue(demo_store, "B", Priority.ELDERLY)
    ticket = replace(
        ticket_print(issued),
        office_name="Kelurahan Pohsangit Kidul, Kecamatan Kademangan, Kota Probolinggo",
        service_name="Akta Kematian dan Surat Keterangan Kematian untuk Ahli Waris",
        code="B-1234",
        key=issued.ticket.key.replace("B-001", "B-1234"),
    )

    receipt = read_escpos(render_ticket_escpos(ticket, paper_mm))

    columns = COLUMNS[paper_mm]
    assert max(line.columns for line in receipt.lines) <= columns
    assert max(line.columns for line in receipt.lines) > columns * 0.75  # wrapped, not cut
    words = " ".join(receipt.texts).split()
    for word in ("KECAMATAN", "KADEMANGAN,", "PROBOLINGGO", "Ahli", "Waris"):
        assert word in words
    (number,) = [line for line in receipt.lines if line.text == "B-1234"]
    assert number.width >= 2
    (priority,) = [line for line in receipt.lines if "Prioritas" in line.text]
    assert priority.text.strip() == "Prioritas: Lansia" and priority.reverse
    barcodes = receipt.barcodes or []
    payloads = [b.payload for b in barcodes] + [t for t, _ in receipt.picture_codes()]
    assert payloads == [ticket.key]


def test_characters_no_code_page_has_are_transliterated(demo_store):
    ticket = replace(
        ticket_print(issue(demo_store)),
        office_name="Kelurahan Ñagrak–Śūkamaju",
        service_name="Akta “Kelahiran” 出生",
        footer_text="Tunggu\tsebentar…",
    )

    receipt = read_escpos(render_ticket_escpos(ticket, 58))  # fails on any byte not ASCII

    assert "KELURAHAN NAGRAK-SUKAMAJU" in receipt.texts
    assert 'Akta "Kelahiran" ??' in receipt.texts
    assert "Tunggu sebentar..." in receipt.texts
    assert to_ascii("Café ß ø Ł ±") == "Cafe ss o L ?"


def test_only_thermal_paper_widths(demo_store):
    with pytest.raises(ValueError, match="58 or 80"):
        render_ticket_escpos(ticket_print(issue(demo_store)), 112)


@pytest.mark.parametrize(
    ("key", "symbols"),
    [
        ("3574011007-20261128-A-014", 19),  # C, B "-", C, B "-A-014"
        ("A-014", 5),
        ("12345", 4),  # "1" in B, then C for "2345"
        ("{x}", 3),  # "{" is sent twice, one symbol
    ],
)
def test_code128_data_reads_back_and_counts_its_symbols(key, symbols):
    data, counted = code128_data(key)
    assert code128_payload(data) == (key, counted)
    assert counted == symbols


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1,
               max_size=80))
def test_any_printable_key_reads_back_from_code128_data(key):
    data, symbols = code128_data(key)
    assert code128_payload(data) == (key, symbols)
    assert symbols <= len(key)  # digits in C pay for the switches around them
