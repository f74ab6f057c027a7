"""Kartu Rusak page: logging a card through the form, putting cards away, a hand-over and a
destruction confirmed by a second person, the Berita Acara made off the GUI thread (its
text and QR code read back), the custody check, paged models, and scans."""

from __future__ import annotations

import io
import shutil
from datetime import time as clock_time
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QTime
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from kelurahan_desk.domain.spoiled_cards import (
    BatchKind,
    BatchState,
    CustodyState,
    Signatory,
    SpoilSource,
    custody_qr_text,
)
from kelurahan_desk.services import spoiled_cards
from kelurahan_desk.services.card_destructions import (
    DestructionDraft,
    confirm_destruction,
    prepare_destruction,
)
from kelurahan_desk.services.spoiled_cards import SpoiledCardDraft, SpoiledCardFilter
from kelurahan_desk.store.tables import Account
from kelurahan_desk.ui.cards.batch_forms import PrepareDestructionDialog, PrepareHandOverDialog
from kelurahan_desk.ui.cards.kartu_rusak_page import KartuRusakPage
from kelurahan_desk.ui.cards.questions import Question, SavePdfDialog
from kelurahan_desk.ui.cards.spoiled_card_dialog import StoreCardsDialog
from kelurahan_desk.ui.cards.spoiled_card_form import SpoiledCardFormDialog
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.models.card_batches_model import BatchCardsModel, BatchesModel
from kelurahan_desk.ui.models.spoiled_cards_model import (
    CandidateCardsModel,
    CustodyTimelineModel,
    SpoiledCardsModel,
)
from tests.gui.card_pages import ZONE, press, scan, stand_in, today

CABINET = "Lemari besi ruang Sekretaris"
LURAH = Signatory("Drs. Hadi Prasetyo", "Lurah Pohsangit Kidul", "Kelurahan Pohsangit Kidul",
                  "197003121995031004")
WITNESSES = (
    Signatory("Rina Kusuma, S.Sos.", "Kepala Seksi Pemerintahan", "Kecamatan Kademangan",
              "198005102006042011"),
    Signatory("Agus Salim", "Anggota Satpol PP", "Satpol PP Kota Probolinggo"),
    Signatory("Yuli Astuti, S.E.", "Auditor Pertama", "Inspektorat Kota Probolinggo",
              "198703152010012003"),
)


@pytest.fixture
def page_for(shown, context_for):
    """The Kartu Rusak page alone."""
    return lambda username="operator", context=None: shown(
        KartuRusakPage(context or context_for(username)))


def log(store, actor, n: int, place: str = CABINET, **changes):
    draft = SpoiledCardDraft(
        source=changes.pop("source", SpoilSource.DAMAGED_RETURNED), reason="chip rusak",
        condition="patah", nik=f"35740115038500{n:02d}", holder_name=f"Warga {n}",
        serial=f"OLD{n:04d}", storage_place=place)
    return spoiled_cards.log_spoiled_card(store, actor, draft)


def _bulk_cards(store, count: int, state: str = "stored") -> None:
    """``count`` cards put away, written straight into the table by SQLite."""
    with store.read() as session:
        account = session.scalar(select(Account.id).where(Account.username == "operator"))
    raw = store.engine.raw_connection()
    try:
        db = raw.driver_connection
        db.execute("BEGIN")
        db.execute(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO spoiled_cards (id, register_number, year, seq, source, state, nik, "
            " holder_name, serial, reason, condition, storage_place, logged_by, logged_at, "
            " updated_at) "
            "SELECT lower(hex(randomblob(16))), printf('3574011007-KR-2018-%05d', i + 1), "
            " 2018, i + 1, 'damaged_returned', ?, "
            " printf('357401%02d01%02d%04d', 1 + i % 28, 10 + i % 90, 1 + i % 9999), "
            " 'Warga ' || i, printf('S%07d', i), 'rusak', 'patah', 'Gudang arsip', ?, "
            " strftime('%Y-%m-%dT%H:%M:%S.000000Z', '2018-01-01', '+' || i || ' minutes'), "
            " strftime('%Y-%m-%dT%H:%M:%S.000000Z', '2018-01-01', '+' || i || ' minutes') "
            "FROM n", (count - 1, state, account.hex))
        db.execute("COMMIT")
    finally:
        raw.close()


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split())
                    for p in PdfReader(io.BytesIO(pdf)).pages)


def qr_codes(pdf: bytes) -> list[str]:
    """The QR codes on the last page, rendered at 300 dpi by QtPdf, read by zxing-cpp."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    page = document.pageCount() - 1
    size = document.pagePointSize(page)
    rendered = document.render(page, QSize(round(size.width() / 72 * 300),
                                           round(size.height() / 72 * 300)))
    paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
    paper.fill(0xFFFFFF)
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    png = QBuffer()
    png.open(QIODevice.OpenModeFlag.WriteOnly)
    assert paper.save(png, "PNG")
    image = Image.open(io.BytesIO(bytes(png.data().data()))).convert("L")
    return [found.text for found in zxingcpp.read_barcodes(image)]


# --- the register -----------------------------------------------------------------------


def test_logging_a_card_through_the_form_puts_it_in_the_list(qtbot, page_for, monkeypatch):
    tab = page_for("operator").cards_tab
    seen = []

    def empty(d):
        d.choose_source(SpoilSource.FOUND_AFTER_LOSS)

    stand_in(monkeypatch, SpoiledCardFormDialog, empty, seen)
    press(tab, "Ctrl+N")
    assert seen[0].errors.text("reason") == "Terlalu singkat (paling sedikit 3 huruf)." or (
        seen[0].errors.text("reason") == "Wajib diisi.")
    assert seen[0].errors.text("nik")  # this source needs the NIK printed on the card
    assert tab.model.rowCount() == 0

    def fill(d):
        d.choose_source(SpoilSource.DAMAGED_RETURNED)
        d.nik.set_text("3574 0141 0190 0003")
        assert d.nik.info.text().startswith("Perempuan · lahir 01/01/1990")
        d.holder.setText("Siti Aminah")
        d.serial.setText("ktp-lama-0001")
        d.reason.setText("chip tidak terbaca")
        d.condition.setText("utuh, chip retak")
        d.place.setText(CABINET)

    stand_in(monkeypatch, SpoiledCardFormDialog, fill)
    card = tab.log_card()
    assert card is not None and card.state == CustodyState.STORED
    assert tab.model.rowCount() == 1
    row = tab.model.card_at(0)
    assert row.id == card.id and row.serial == "KTP-LAMA-0001"
    assert tab.model.index(0, 4).data() == "357401******0003"
    assert tab.model.index(0, 6).data() == "Disimpan"
    assert "dicatat (Disimpan)" in tab.status.text()

    # Logged twice (the same serial): refused in the form, the list unchanged.
    seen.clear()
    stand_in(monkeypatch, SpoiledCardFormDialog, fill, seen)
    assert tab.log_card() is None
    assert "tidak boleh dicatat dua kali" in seen[0].errors.general.text()
    assert tab.model.total == 1


def test_logged_cards_are_put_away_together_and_the_card_tells_its_custody(
        qtbot, qtmodeltester, page_for, demo_store, operator, monkeypatch):
    first, second = (log(demo_store, operator, n, place="") for n in (1, 2))
    tab = page_for("operator").cards_tab
    tab.reload()
    assert [tab.model.card_at(r).state for r in range(2)] == [CustodyState.LOGGED] * 2
    tab.table.selectAll()
    stand_in(monkeypatch, StoreCardsDialog, lambda d: d.place.setText(CABINET))
    press(tab, "Ctrl+S")
    assert "2 kartu disimpan di " + CABINET in tab.status.text()
    assert {tab.model.card_at(r).state for r in range(2)} == {CustodyState.STORED}

    dialog = tab.open_card(first.id)
    assert [dialog.timeline_model.index(r, 0).data() for r in range(2)] == [
        "Dicatat", "Disimpan"]
    assert dialog.store_button.isHidden()
    qtmodeltester.check(dialog.timeline_model)
    press(dialog, "F7")
    verdict = dialog.verify_dialog
    assert verdict.verdict.intact and verdict.headline.text().startswith("Utuh")
    verdict.close()
    dialog.close()
    assert second.id != first.id


def test_the_register_pages_through_thousands_of_cards(qtbot, qtmodeltester, page_for,
                                                       demo_store):
    _bulk_cards(demo_store, 2_300)
    tab = page_for("operator").cards_tab
    tab.reload()
    model: SpoiledCardsModel = tab.model
    assert model.total == 2_300 and model.rowCount() == model.page_size
    assert tab.count_label.text() == "2.300 kartu"
    tab.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > model.page_size)
    model.fetch_all()
    assert model.rowCount() == 2_300
    assert len({model.card_at(r).id for r in range(2_300)}) == 2_300
    qtmodeltester.check(model)

    # A card without audited custody (written past the services) fails the check.
    dialog = tab.open_card(model.card_at(0).id)
    press(dialog, "F7")
    checked = dialog.verify_dialog
    assert not checked.verdict.intact
    assert checked.headline.text().startswith("TIDAK UTUH")
    assert "Tidak ada jejak audit untuk kartu ini." in checked.detail.toPlainText()
    checked.close()
    dialog.close()

    candidates = CandidateCardsModel(ZONE)
    from kelurahan_desk.ui.cards.card_picker import candidate_rows

    candidates.set_cards(candidate_rows(tab.context, BatchKind.DESTRUCTION))
    assert candidates.rowCount() == 2_300
    candidates.check_all(True)
    assert len(candidates.checked_ids()) == 2_300
    candidates.set_checked(0, False)
    assert len(candidates.checked_ids()) == 2_299
    qtmodeltester.check(candidates)


# --- serah terima -------------------------------------------------------------------------


def test_a_hand_over_is_confirmed_by_a_supervisor_who_did_not_prepare_it(
        qtbot, page_for, demo_store, operator, monkeypatch, tmp_path):
    for n in (1, 2, 3):
        log(demo_store, operator, n)
    page = page_for("supervisor")
    page.tabs.setCurrentWidget(page.hand_over_tab)
    tab = page.hand_over_tab

    def fill(d):
        d.receiver.set_value(Signatory("Rudi Hermawan", "Kepala Seksi", "Dispendukcapil "
                                       "Kota Probolinggo", "19810910 200604 1 005"))
        assert d.picker.model.rowCount() == 3
        press(d.picker, "Ctrl+A")
        assert d.picker.count_label.text() == "3 dari 3 kartu dipilih"
        d.picker.model.set_checked(2, False)

    stand_in(monkeypatch, PrepareHandOverDialog, fill)
    press(tab, "Ctrl+N")
    prepared = tab.detail
    assert prepared.state == BatchState.PREPARED and prepared.count == 2
    assert prepared.receiver.nip == "198109102006041005"
    assert "supervisor selain Bambang Hartono" in tab.header.notice.text()

    monkeypatch.setattr(Question, "ask", classmethod(lambda cls, *args: True))
    assert tab.buttons["confirm"].isVisible()
    tab.buttons["confirm"].click()
    assert tab.status.text() == "Konfirmasi harus oleh orang lain, bukan yang menyiapkan."
    assert tab.detail.state == BatchState.PREPARED

    # The operator may prepare, not confirm: the button is not there for her.
    operator_tab = page_for("operator").hand_over_tab
    operator_tab.reload(select=prepared.id)
    assert operator_tab.buttons["confirm"].isHidden()

    # Another supervisor account confirms.
    from kelurahan_desk.domain.roles import Role
    from kelurahan_desk.services import accounts
    from kelurahan_desk.services.accounts import NewAccount

    admin = accounts.sign_in(demo_store, "admin", "admin-demo")
    accounts.create_account(demo_store, admin, NewAccount(
        "sekretaris", "Dewi Sekarwati", Role.SUPERVISOR, "sekretaris-demo-1"))
    from kelurahan_desk.services import office

    second = accounts.sign_in(demo_store, "sekretaris", "sekretaris-demo-1")
    other_page = page_for(context=DeskContext(demo_store, second, office.get_office(demo_store)))
    other_page.tabs.setCurrentIndex(1)
    other = other_page.hand_over_tab
    other.reload(select=prepared.id)
    other.buttons["confirm"].click()
    assert other.detail.state == BatchState.CONFIRMED
    assert other.detail.confirmed_by_name == "Dewi Sekarwati"

    target = tmp_path / "serah-terima.pdf"
    monkeypatch.setattr(SavePdfDialog, "ask", classmethod(lambda cls, parent, name: target))
    with qtbot.waitSignal(other.report_ready, timeout=20_000):
        press(other, "Ctrl+S")
    qtbot.waitUntil(target.exists)
    text = pdf_text(target.read_bytes())
    assert "BERITA ACARA SERAH TERIMA KTP-EL RUSAK/INVALID" in text
    assert "sebanyak 2 (dua) keping" in text and "NIP : 19810910 200604 1 005" in text
    assert "Nama : Bambang Hartono" in text  # PIHAK PERTAMA: the one who prepared it
    assert "Mengetahui, Supervisor Kelurahan Pohsangit Kidul" in text
    assert qr_codes(target.read_bytes()) == [other.detail.qr_text]


# --- pemusnahan -----------------------------------------------------------------------------


def test_a_destruction_prepared_by_an_operator_is_confirmed_and_its_berita_acara_made(
        qtbot, page_for, demo_store, operator, monkeypatch, tmp_path):
    for n in (1, 2, 3):
        log(demo_store, operator, n)
    page = page_for("operator")
    page.tabs.setCurrentWidget(page.destruction_tab)
    tab = page.destruction_tab
    assert not tab.empty_label.isHidden()
    seen = []

    def fill(d):
        d.fill("470/12/425.111.1/2026", "Halaman Kantor Kelurahan Pohsangit Kidul", LURAH,
               WITNESSES)
        d.held_time.setTime(QTime(9, 30))
        assert len(d.witnesses.rows) == 3
        d.witnesses.add_row()
        assert [r.prefix for r in d.witnesses.rows] == [f"witness{n}" for n in range(1, 5)]
        d.witnesses.remove_row(d.witnesses.rows[-1])
        d.picker.model.check_all(True)

    def bad_nip(d):
        fill(d)
        d.witnesses.rows[1].edits["nip"].setText("123")

    stand_in(monkeypatch, PrepareDestructionDialog, bad_nip, seen)
    press(tab, "Ctrl+N")
    assert seen[0].witnesses.rows[1].error.text() == "NIP: NIP harus 18 angka."
    assert tab.detail is None

    stand_in(monkeypatch, PrepareDestructionDialog, fill)
    press(tab, "Ctrl+N")
    prepared = tab.detail
    assert prepared.state == BatchState.PREPARED and prepared.count == 3
    assert prepared.held_time == clock_time(9, 30)
    assert [w.institution for w in prepared.witnesses] == [
        "Kecamatan Kademangan", "Satpol PP Kota Probolinggo", "Inspektorat Kota Probolinggo"]
    assert tab.buttons["confirm"].isHidden()  # an operator does not confirm
    assert not tab.buttons["print"].isEnabled()  # no seal, no Berita Acara yet
    assert tab.cards_model.rowCount() == 3

    supervisor_page = page_for("supervisor")
    supervisor_page.tabs.setCurrentWidget(supervisor_page.destruction_tab)
    boss = supervisor_page.destruction_tab
    boss.reload(select=prepared.id)
    asked = []
    monkeypatch.setattr(Question, "ask", classmethod(
        lambda cls, parent, title, text, *rest: asked.append(text) or True))
    press(boss, "F2")
    assert asked == ["3 kartu sudah dibakar pada "
                     f"{prepared.destroyed_on:%d-%m-%Y} seperti tertulis di berita acara "
                     "470/12/425.111.1/2026?"]
    confirmed = boss.detail
    assert confirmed.state == BatchState.CONFIRMED and confirmed.confirmed_by_name == (
        "Bambang Hartono")
    assert boss.buttons["print"].isEnabled()

    target = tmp_path / "ba.pdf"
    monkeypatch.setattr(SavePdfDialog, "ask", classmethod(lambda cls, parent, name: target))
    with qtbot.waitSignal(boss.report_ready, timeout=20_000) as made:
        press(boss, "Ctrl+S")
    pdf = made.args[0]
    qtbot.waitUntil(target.exists)
    assert target.read_bytes() == pdf
    text = pdf_text(pdf)
    assert "Nomor: 470/12/425.111.1/2026" in text
    assert "sebanyak 3 (tiga) keping" in text
    assert "dengan cara dibakar" in text
    assert f"({prepared.destroyed_on:%d-%m-%Y}), pukul 09.30 WIB, bertempat di Halaman" in text
    assert "Pencatatan dan Pemusnahan KTP-el Rusak atau Invalid" in text  # the domain's
    for person in (LURAH, *WITNESSES):
        assert person.name in text
    assert "NIP. 19800510 200604 2 011" in text
    for n in (1, 2, 3):
        assert f"OLD{n:04d}" in text
    (qr,) = qr_codes(pdf)
    assert qr == confirmed.qr_text == custody_qr_text(
        BatchKind.DESTRUCTION, "470/12/425.111.1/2026", confirmed.audit_seq,
        confirmed.audit_hash)

    press(boss, "F7")
    assert boss.verify_dialog.verdict.intact
    assert boss.verify_dialog.headline.text().startswith("Utuh: rantai audit dan riwayat 3")
    boss.verify_dialog.close()

    cards = spoiled_cards.list_spoiled_cards(demo_store, operator,
                                             SpoiledCardFilter(), 0, 10)
    assert {c.state for c in cards} == {CustodyState.DESTROYED}


def test_a_long_berita_acara_is_made_off_the_gui_thread_with_a_progress_bar(
        qtbot, page_for, demo_store, operator, supervisor, monkeypatch):
    _bulk_cards(demo_store, 700)  # twelve pages of the list: twelve steps of the bar
    ids = spoiled_cards.list_spoiled_cards(demo_store, operator, SpoiledCardFilter(), 0, 700)
    batch = prepare_destruction(demo_store, operator, DestructionDraft(
        "470/13/425.111.1/2026", today(), "Halaman kantor", LURAH, WITNESSES,
        tuple(c.id for c in ids)))
    confirm_destruction(demo_store, supervisor, batch.id)
    page = page_for("operator")
    page.tabs.setCurrentWidget(page.destruction_tab)
    tab = page.destruction_tab
    tab.reload(select=batch.id)
    assert tab.detail.count == 700

    # Cancelled half-way: nothing is made, the status line says nothing went wrong.
    tab.make_report(lambda pdf: pytest.fail("a cancelled report was delivered"))
    builder = tab.builder
    assert builder is not None and builder.dialog.isVisible()
    assert builder.dialog.maximum() == 700
    builder.dialog.findChild(QPushButton).click()  # Batal
    qtbot.waitUntil(lambda: tab.builder is None, timeout=20_000)
    assert tab.status.isHidden(), tab.status.text()

    delivered = []
    with qtbot.waitSignal(tab.report_ready, timeout=30_000):
        tab.make_report(delivered.append)
        builder = tab.builder
    seen = builder.seen
    assert seen[0][0] < seen[-1][0] == 700 and len(seen) >= 10
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert all(total == 700 for _, total in seen)
    text = pdf_text(delivered[0])
    assert "sebanyak 700 (tujuh ratus) keping" in text
    # Recorded without a time of day (as before the desk asked): the day only.
    assert "pukul" not in text.split("bertempat di")[0]
    # Made once: the confirmed batch's report is kept, asking again does not render.
    again = []
    tab.make_report(again.append)
    assert again == delivered and tab.builder is None


# --- models and scans -------------------------------------------------------------------


def test_batch_models_pass_the_model_tester(qtmodeltester, page_for, demo_store, operator,
                                            supervisor):
    cards = [log(demo_store, operator, n) for n in (1, 2)]
    batch = prepare_destruction(demo_store, operator, DestructionDraft(
        "470/14/425.111.1/2026", today(), "Halaman kantor", LURAH, WITNESSES[:1],
        tuple(c.id for c in cards)))
    tab = page_for("operator").destruction_tab
    tab.reload(select=batch.id)
    batches: BatchesModel = tab.model
    assert batches.rowCount() == 1 and batches.index(0, 3).data() == "Menunggu konfirmasi"
    lines: BatchCardsModel = tab.cards_model
    assert lines.rowCount() == 2
    qtmodeltester.check(batches)
    qtmodeltester.check(lines)
    timeline = CustodyTimelineModel(ZONE)
    timeline.set_steps(spoiled_cards.get_spoiled_card(demo_store, operator,
                                                      cards[0].id).timeline)
    qtmodeltester.check(timeline)


def test_scanning_a_register_number_opens_the_card(qtbot, window_for, demo_store, operator):
    card = log(demo_store, operator, 7)
    window = window_for("operator")
    window.show_page("antrean")
    window.setFocus()
    tab = window.page("kartu_rusak").cards_tab
    with qtbot.waitSignal(tab.card_opened) as opened:
        scan(window, card.register_number)
    assert opened.args[0].detail.id == card.id
    assert window.current_page_key() == "kartu_rusak"
    opened.args[0].close()


@pytest.mark.slow
def test_the_berita_acara_prints_page_by_page_on_a_real_cups_queue(
        qtbot, page_for, demo_store, operator, supervisor, monkeypatch):
    import os
    import pwd
    import subprocess

    from kelurahan_desk.ui.cards import pdf_output
    from kelurahan_desk.ui.print_choice import PrintChoiceDialog

    if shutil.which("lpstat") is None or "scheduler is running" not in subprocess.run(
            ["lpstat", "-r"], capture_output=True, text=True, timeout=30).stdout:
        if os.environ.get("CI") == "true":
            pytest.fail("CUPS should run in CI (.ci/run)")
        pytest.skip("no CUPS scheduler here")
    if "KD-PDF" not in pdf_output.available_printers():
        pytest.skip("no KD-PDF (cups-pdf) queue here")
    _bulk_cards(demo_store, 130)  # three pages of cards, four in all
    ids = spoiled_cards.list_spoiled_cards(demo_store, operator, SpoiledCardFilter(), 0, 130)
    batch = prepare_destruction(demo_store, operator, DestructionDraft(
        "470/15/425.111.1/2026", today(), "Halaman kantor", LURAH, WITNESSES,
        tuple(c.id for c in ids)))
    confirm_destruction(demo_store, supervisor, batch.id)
    page = page_for("operator")
    page.tabs.setCurrentWidget(page.destruction_tab)
    tab = page.destruction_tab
    tab.reload(select=batch.id)
    monkeypatch.setattr(PrintChoiceDialog, "ask", classmethod(
        lambda cls, parent, printers, default, title, about, papers: ("KD-PDF", "A4")))
    home = Path(pwd.getpwuid(os.getuid()).pw_dir)
    folders = [home / "PDF", Path("/var/spool/cups-pdf/ANONYMOUS")]

    def outputs() -> list[Path]:  # cups-pdf writes the job's title with "_" for " " and "/"
        return [p for f in folders if f.is_dir() for p in f.glob("Berita_Acara*470_15_*.pdf")]

    def written() -> bool:  # the file is there and the queue has let go of the job
        return bool(outputs()) and not subprocess.run(
            ["lpstat", "-o", "KD-PDF"], capture_output=True, text=True, timeout=30).stdout.strip()

    for stale in outputs():
        stale.unlink()
    with qtbot.waitSignal(tab.output.finished, timeout=60_000):
        press(tab, "Ctrl+P")
    assert "dikirim ke printer KD-PDF" in tab.status.text()
    qtbot.waitUntil(written, timeout=60_000)
    (printed,) = outputs()
    pages = PdfReader(io.BytesIO(printed.read_bytes())).pages
    assert len(pages) == 4
    assert all(round(float(p.mediabox.height)) == 842 for p in pages)  # A4 portrait
    printed.unlink()
