"""KTP-el page: a print job from form to hand-over, the blank stock and its reconciliation
(with its PDF), the paged lists, the KTP-el ticket's offer, and scans that open a job."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from kelurahan_desk.domain.ktp_print import PrintReason, PrintStatus, RecordStatus
from kelurahan_desk.services import blanko, ktp_print, queue, queue_services, stock_allocations
from kelurahan_desk.services.blanko import BlankReceiptDraft
from kelurahan_desk.services.ktp_print import PrintJobDraft
from kelurahan_desk.services.residents import open_resident
from kelurahan_desk.store.resident_tables import Resident
from kelurahan_desk.store.tables import Account, Ticket
from kelurahan_desk.ui.cards import pdf_output
from kelurahan_desk.ui.cards.job_actions import (
    HandOverCardDialog,
    OldCardDialog,
    StartPrintingDialog,
)
from kelurahan_desk.ui.cards.ktp_el_page import KtpElPage
from kelurahan_desk.ui.cards.print_job_form import PrintJobFormDialog
from kelurahan_desk.ui.cards.questions import SavePdfDialog, StartPrintJobDialog
from kelurahan_desk.ui.cards.receive_blanks_dialog import ReceiveBlanksDialog
from kelurahan_desk.ui.models.blanko_models import (
    BlanksModel,
    ReceiptsModel,
    ReconciliationModel,
)
from kelurahan_desk.ui.models.print_jobs_model import PrintJobsModel, PrintJobTimelineModel
from kelurahan_desk.ui.pages.queue_page import QueuePage
from kelurahan_desk.ui.print_choice import PrintChoiceDialog
from tests.gui.card_pages import ZONE, press, scan, stand_in, today

NIK = "3574014101900003"  # a woman born 1 January 1990, Kademangan
OTHER_NIK = "3574011503850007"


@pytest.fixture
def page_for(shown, context_for):
    """The KTP-el page alone."""
    return lambda username="operator": shown(KtpElPage(context_for(username)))


def receive(store, actor, document: str, serials: str, count: int):
    return blanko.receive_blanks(store, actor, BlankReceiptDraft(today(), document, count,
                                                                 serials))


# --- a print job, end to end ------------------------------------------------------------


def test_a_job_from_the_form_to_the_hand_over(qtbot, page_for, demo_store, operator,
                                              monkeypatch):
    receive(demo_store, operator, "470/001/DUKCAPIL/2026", "BLK0001-BLK0010", 10)
    tab = page_for("operator").queue_tab

    def fill_form(form):
        form.nik.set_text(NIK)
        assert form.nik.info.text().startswith("Perempuan · lahir 01/01/1990")
        form.name.setText("Siti Aminah")
        form.checked.setChecked(True)  # not on the list: the operator checked SIAK
        form.choose_reason(PrintReason.NEW)

    stand_in(monkeypatch, PrintJobFormDialog, fill_form)
    with qtbot.waitSignal(tab.job_opened) as opened:
        created = tab.new_job()
    assert created is not None and created.status == PrintStatus.QUEUED
    dialog = opened.args[0]
    assert tab.model.rowCount() == 1 and tab.model.job_at(0).id == created.id
    assert dialog.buttons["start"].isVisible() and not dialog.buttons["printed"].isVisible()

    stand_in(monkeypatch, StartPrintingDialog, lambda d: d.serial.setText(" blk0004 "))
    press(dialog, "F2")
    assert dialog.detail.status == PrintStatus.PRINTING
    assert dialog.detail.blank_serial == "BLK0004"
    assert dialog.header.facts["blank"].text() == "BLK0004"

    press(dialog, "F3")
    assert dialog.detail.status == PrintStatus.PRINTED
    assert "siap diserahkan" in dialog.status.text()

    stand_in(monkeypatch, HandOverCardDialog, lambda d: d.id_checked.setChecked(True))
    press(dialog, "F4")
    done = dialog.detail
    assert done.status == PrintStatus.HANDED_OVER and done.handed_over_at is not None
    assert "Pemohon sendiri" in dialog.header.facts["recipient"].text()
    steps = [dialog.timeline_model.index(r, 0).data() for r in range(4)]
    assert steps == ["Dalam antrean cetak", "Sedang dicetak", "Sudah dicetak",
                     "Sudah diserahkan"]
    assert not any(b.isVisible() for b in dialog.buttons.values())
    # Handed over is finished: the default list (open jobs) lets it go.
    assert tab.model.rowCount() == 0
    tab.status_combo.setCurrentIndex(tab.status_combo.findData(None))  # Semua status
    assert tab.model.job_at(0).status == PrintStatus.HANDED_OVER
    dialog.close()


def test_a_damaged_card_waits_for_the_old_card_and_proxy_needs_a_nik(
        qtbot, page_for, demo_store, operator, monkeypatch):
    receive(demo_store, operator, "470/002/DUKCAPIL/2026", "C1-C3", 3)
    job = ktp_print.create_print_job(demo_store, operator, PrintJobDraft(
        NIK, PrintReason.DAMAGED, "Siti Aminah", biometrics_checked=True))
    ktp_print.start_printing(demo_store, operator, job.id)
    ktp_print.mark_printed(demo_store, operator, job.id)
    page = page_for("operator")
    dialog = page.open_job(job.id)
    assert "KTP-el lama harus diterima" in dialog.header.notice.text()
    dialog.buttons["hand_over"].click()
    assert "Terima dulu KTP-el lama" in dialog.status.text()

    def fill_old(d):
        d.condition.setText("patah di sudut")
        d.reason.setText("kartu rusak")
        d.place.setText("Lemari besi")

    stand_in(monkeypatch, OldCardDialog, fill_old)
    press(dialog, "F6")
    assert dialog.detail.old_card_register_number is not None
    assert not dialog.buttons["old_card"].isVisible()

    refused = []

    def fill_proxy(d):
        d.proxy.setChecked(True)
        assert not d.proxy_name.isHidden()
        d.proxy_name.setText("Budi")
        d.proxy_nik.set_text(NIK)  # the resident's own NIK: refused under the field
        d.id_checked.setChecked(True)

    stand_in(monkeypatch, HandOverCardDialog, fill_proxy, refused)
    dialog.buttons["hand_over"].click()
    assert "pilih \u201cPemohon sendiri\u201d" in refused[0].errors.text("proxy_nik")
    assert dialog.detail.status == PrintStatus.PRINTED

    def fill_proxy_right(d):
        fill_proxy(d)
        d.proxy_nik.set_text(OTHER_NIK)

    stand_in(monkeypatch, HandOverCardDialog, fill_proxy_right)
    dialog.buttons["hand_over"].click()
    assert dialog.detail.status == PrintStatus.HANDED_OVER
    assert "Budi (kuasa, NIK 357401******0007)" in dialog.header.facts["recipient"].text()
    dialog.close()


# --- blank stock --------------------------------------------------------------------------


def test_a_delivery_the_centre_allocated_is_received_from_a_filled_in_form(
        qtbot, page_for, demo_store, operator, monkeypatch):
    page = page_for("operator")
    page.tabs.setCurrentWidget(page.stock_tab)
    stock = page.stock_tab
    assert stock.deliveries_label.isHidden() and stock.delivery_button.isHidden()
    at = datetime(2025, 3, 3, 2, 0, tzinfo=UTC)
    with demo_store.write("dispendukcapil", "system") as uow:  # as a pulled page does
        stock_allocations.store_allocations(uow, [
            stock_allocations.Allocation(uuid.uuid4(), f"D{n:04d}", "SJ-12/2025", at)
            for n in range(1, 31)])
    stock.reload()
    assert stock.deliveries_label.text() == (
        "Kiriman dari Dispendukcapil menunggu diterima: SJ-12/2025, 30 keping, "
        "dialokasikan 03-03-2025.")
    filled = []

    def fill(d):
        filled.append((d.document.text(), d.count.value(), d.serials.toPlainText()))

    stand_in(monkeypatch, ReceiveBlanksDialog, fill)
    stock.delivery_button.click()
    assert filled == [("SJ-12/2025", 30, "D0001-D0030")]
    assert "30 blanko dari dokumen SJ-12/2025 masuk stok" in stock.status.text()
    assert stock.deliveries_label.isHidden() and stock.delivery_button.isHidden()


def test_receiving_blanks_shows_the_preview_and_the_reconciliation(
        qtbot, page_for, demo_store, operator, monkeypatch):
    page = page_for("operator")
    page.tabs.setCurrentWidget(page.stock_tab)
    stock = page.stock_tab
    assert stock.lines_model.rowCount() == 1  # the total of nothing
    previews = []

    def fill(d):
        d.document.setText("470/0388/DISPENDUKCAPIL/2026")
        d.serials.setPlainText("A0001-A0005, A0003")
        previews.append(d.preview.text())
        d.serials.setPlainText("A0001-A0060")
        d.count.setValue(61)
        previews.append(d.preview.text())
        d.count.setValue(60)
        previews.append(d.preview.text())

    stand_in(monkeypatch, ReceiveBlanksDialog, fill)
    press(stock, "Ctrl+R")
    assert previews[0] == "Nomor seri ganda dalam daftar: A0003."
    assert "periksa lagi" in previews[1]
    assert previews[2] == "60 nomor seri: A0001, A0002, A0003, A0004, A0005, A0006, A0007, " \
                          "A0008, A0009, A0010 (+50)"
    assert "60 blanko dari dokumen 470/0388/DISPENDUKCAPIL/2026" in stock.status.text()
    assert stock.receipts_model.rowCount() == 1
    assert stock.receipts_model.index(0, 3).data() == "A0001 – A0060"
    total = stock.lines_model.line_at(stock.lines_model.rowCount() - 1)
    assert (total.received, total.printed, total.spoiled, total.in_stock) == (60, 0, 0, 60)
    assert stock.result_label.text().startswith("Sesuai: diterima 60 = dicetak 0")
    assert stock.broken.isHidden() and stock.banner.isHidden()  # 60 > threshold 50

    job = ktp_print.create_print_job(demo_store, operator, PrintJobDraft(
        NIK, PrintReason.NEW, "Siti Aminah", biometrics_checked=True))
    for _ in range(11):  # ten printed and one misprint: 49 left, under the threshold
        ktp_print.start_printing(demo_store, operator, job.id)
        ktp_print.mark_failed(demo_store, operator, job.id, "foto bergaris", "utuh")
        ktp_print.requeue_job(demo_store, operator, job.id)
    stock.reload()
    assert not stock.banner.isHidden() and "tinggal 49 keping" in stock.banner.text()
    assert stock.lines_model.index(1, 4).data() == "11"  # spoiled, in the total row
    assert "cukup sekitar" in stock.stock_label.text()

    # A refused receipt (a serial known before) says why and changes nothing.
    refused = []
    stand_in(monkeypatch, ReceiveBlanksDialog, lambda d: (
        d.document.setText("470/0400/DISPENDUKCAPIL/2026"), d.count.setValue(2),
        d.serials.setPlainText("A0060, A0061")), refused)
    stock.receive_button.click()
    assert "sudah tercatat sebelumnya (A0060)" in refused[0].errors.general.text()
    assert stock.receipts_model.rowCount() == 1


def test_the_reconciliation_report_is_saved_and_printed(
        qtbot, page_for, demo_store, operator, monkeypatch, tmp_path):
    receive(demo_store, operator, "470/0388/DISPENDUKCAPIL/2026", "A0001-A0020", 20)
    page = page_for("operator")
    page.tabs.setCurrentWidget(page.stock_tab)
    target = tmp_path / "rekonsiliasi.pdf"
    monkeypatch.setattr(SavePdfDialog, "ask", classmethod(lambda cls, parent, name: target))
    page.stock_tab.save_button.click()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "LAPORAN REKONSILIASI BLANKO KTP-EL" in text
    assert "470/0388/DISPENDUKCAPIL/2026" in text and "Hasil: SESUAI." in text
    assert "Siti Rahmawati" in text  # the operator signs what she printed
    assert str(target) in page.stock_tab.status.text()

    printed = []
    monkeypatch.setattr(pdf_output, "available_printers", lambda: ["Loket-Laser"])
    monkeypatch.setattr(PrintChoiceDialog, "ask", classmethod(
        lambda cls, parent, printers, default, title, about, papers: (printers[0], papers[0])))
    monkeypatch.setattr(pdf_output, "print_pages", lambda pdf, printer, name, texts:
                        printed.append((pdf[:5], printer, name)))
    with qtbot.waitSignal(page.stock_tab.output.finished):
        page.stock_tab.print_button.click()
    assert printed == [(b"%PDF-", "Loket-Laser", printed[0][2])]
    assert "dikirim ke printer Loket-Laser" in page.stock_tab.status.text()

    monkeypatch.setattr(PrintChoiceDialog, "ask", classmethod(
        lambda cls, *args: ("KD-TIDAK-ADA", "A4")))
    page.stock_tab.print_button.click()
    assert 'Printer "KD-TIDAK-ADA" tidak terpasang' in page.stock_tab.status.text()


# --- paged models -----------------------------------------------------------------------


def _bulk_jobs(store, count: int) -> None:
    """``count`` finished jobs written straight into the table by SQLite (a big office)."""
    with store.read() as session:
        account = session.scalar(select(Account.id).where(Account.username == "operator"))
    raw = store.engine.raw_connection()
    try:
        db = raw.driver_connection
        db.execute("BEGIN")
        db.execute(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO print_jobs (id, number, year, serial, reason, status, nik, "
            " resident_name, requested_on, created_by, created_at, updated_at) "
            "SELECT lower(hex(randomblob(16))), printf('3574011007-KTP-2024-%05d', i + 1), "
            " 2024, i + 1, 'new', CASE i % 10 WHEN 0 THEN 'queued' ELSE 'cancelled' END, "
            " printf('357401%02d01%02d%04d', 1 + i % 28, 10 + i % 90, 1 + i % 9999), "
            " 'Warga ' || i, date('2024-01-01', '+' || (i / 10) || ' days'), ?, "
            " strftime('%Y-%m-%dT%H:%M:%S.000000Z', '2024-01-01', '+' || i || ' minutes'), "
            " strftime('%Y-%m-%dT%H:%M:%S.000000Z', '2024-01-01', '+' || i || ' minutes') "
            "FROM n", (count - 1, account.hex))
        db.execute("COMMIT")
    finally:
        raw.close()


def test_the_print_queue_pages_through_thousands_of_jobs(qtbot, qtmodeltester, page_for,
                                                         demo_store):
    _bulk_jobs(demo_store, 2_500)
    tab = page_for("operator").queue_tab
    tab.status_combo.setCurrentIndex(tab.status_combo.findData(None))  # Semua status
    model = tab.model
    assert model.total == 2_500 and model.rowCount() == model.page_size
    assert tab.count_label.text() == "2500 pekerjaan cetak"
    assert model.canFetchMore()
    tab.table.scrollToBottom()  # the view asks for the next page
    qtbot.waitUntil(lambda: model.rowCount() > model.page_size)
    model.fetch_all()
    assert model.rowCount() == 2_500 and not model.canFetchMore()
    assert len({model.job_at(r).id for r in range(2_500)}) == 2_500
    qtmodeltester.check(model)  # after the fetches: it watches every insert it sees
    tab.search.setText("Warga 2499")
    tab.reload()
    assert model.total == 1 and model.index(0, 2).data() == "Warga 2499"

    standalone = PrintJobsModel(ZONE)
    standalone.load(lambda offset, limit: ktp_print.list_print_jobs(
        demo_store, tab.context.actor, ktp_print.PrintJobFilter(), offset, limit),
        lambda: ktp_print.count_print_jobs(demo_store, tab.context.actor,
                                           ktp_print.PrintJobFilter()))
    qtmodeltester.check(standalone)


def test_serials_and_stock_models_pass_the_model_tester(qtbot, qtmodeltester, page_for,
                                                        demo_store, operator):
    receive(demo_store, operator, "470/0500/DISPENDUKCAPIL/2026", "Z00001-Z02100", 2_100)
    job = ktp_print.create_print_job(demo_store, operator, PrintJobDraft(
        NIK, PrintReason.NEW, "Siti Aminah", biometrics_checked=True))
    ktp_print.start_printing(demo_store, operator, job.id, "Z00007")
    page = page_for("operator")
    page.tabs.setCurrentWidget(page.serials_tab)
    blanks: BlanksModel = page.serials_tab.model
    assert blanks.total == 2_100 and blanks.rowCount() == blanks.page_size
    blanks.fetchMore()
    assert blanks.rowCount() == 2 * blanks.page_size
    blanks.fetch_all()
    assert blanks.rowCount() == 2_100
    qtmodeltester.check(blanks)
    assert blanks.index(6, 1).data() == "Tercetak" and blanks.index(6, 3).data() == (
        "KTP-2026-00001")
    page.serials_tab.search.setText("Z0210")
    page.serials_tab.reload()
    assert blanks.total == 1
    with qtbot.waitSignal(page.queue_tab.job_opened):
        page.serials_tab.search.setText("Z00007")
        page.serials_tab.reload()
        page.serials_tab.table.activated.emit(blanks.index(0, 0))
    page.queue_tab.dialog.close()

    stock = page.stock_tab
    for model in (stock.receipts_model, stock.lines_model, stock.broken_model):
        qtmodeltester.check(model)
    assert isinstance(stock.receipts_model, ReceiptsModel)
    assert isinstance(stock.lines_model, ReconciliationModel)
    timeline = PrintJobTimelineModel(ZONE)
    timeline.set_steps(ktp_print.get_print_job(demo_store, operator, job.id).timeline)
    qtmodeltester.check(timeline)


# --- the queue ticket and scans ------------------------------------------------------------


def test_the_form_asks_for_a_siak_check_only_where_the_list_says_nothing(
        qtbot, page_for, demo_store, operator):
    tab = page_for("operator").queue_tab
    form = PrintJobFormDialog(tab, tab.context)
    qtbot.addWidget(form)
    form.show()
    form.nik.set_text(NIK)
    form.name.setText("Siti Aminah")
    assert form.checked.isVisible()
    form.ok_button.click()
    assert form.result() != form.DialogCode.Accepted
    error = form.findChild(QLabel, "error_biometrics_checked")
    assert "periksa di SIAK" in error.text() and error.isVisible()

    # Someone the list says has not recorded biometrics: no box to tick, and no job.
    listed = "3574015107900002"
    with demo_store.write("test", "system") as uow:
        uow.session.add(Resident(
            nik=listed, id=uuid.uuid4(), kk="3574010101100001", full_name="Rini Lestari",
            sex="P", birth_place="Probolinggo", birth_date="1990-07-11",
            address="Jl. Mawar 2", rt="001", rw="002", kelurahan_code="3574011007",
            religion=None, ktp_status=RecordStatus.NOT_RECORDED.value, synthetic=True,
            updated_at=uow.now))
        uow.record("test.resident_listed", "resident", listed, {})
    form.lookup.resident_chosen.emit(open_resident(demo_store, operator, listed))
    assert form.nik.text() == listed and not form.checked.isVisible()
    assert form.status_label.text() == "Belum rekam biometrik (menurut daftar penduduk)"
    form.ok_button.click()
    assert "perekaman biometrik" in error.text()
    assert ktp_print.count_print_jobs(demo_store, operator, ktp_print.PrintJobFilter()) == 0

    # Typed by hand again: the box comes back; ticked, the job is queued.
    form.nik.edit.clear()
    qtbot.keyClicks(form.nik.edit, NIK)
    assert form.checked.isVisible() and not form.checked.isChecked()
    form.name.setText("Siti Aminah")
    form.checked.setChecked(True)
    form.ok_button.click()
    assert form.result() == form.DialogCode.Accepted
    assert form.result_value.nik != NIK  # masked in what the desk shows


def test_finishing_a_ktp_ticket_offers_a_job_linked_to_it(qtbot, window_for, demo_store,
                                                          monkeypatch):
    service = next(s for s in queue_services.list_services(demo_store) if s.prefix == "C")
    issued = queue.issue_ticket(demo_store, service.id).ticket
    window = window_for("operator")
    window.show_page("antrean")
    queue_page = window.page("antrean")
    forms = []

    def fill(form):
        forms.append(form.ticket_label.text())
        form.nik.set_text(NIK)
        form.name.setText("Siti Aminah")
        form.checked.setChecked(True)

    stand_in(monkeypatch, PrintJobFormDialog, fill)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_F4)
    question = window.findChild(StartPrintJobDialog)
    assert question is not None and question.isVisible()
    assert question.findChild(QLabel, "question").text() == (
        f"Buat pekerjaan cetak KTP-el untuk {issued.code}?")
    with qtbot.waitSignal(queue_page.print_job_requested):
        question.ok_button.click()
    assert forms == [issued.code]
    assert window.current_page_key() == "ktp_el"
    job = window.page("ktp_el").queue_tab.dialog.detail
    assert job.ticket_code == issued.code and job.ticket_id == issued.id
    with demo_store.read() as session:
        assert session.get(Ticket, issued.id).print_job_ref == str(job.id)
    window.page("ktp_el").queue_tab.dialog.close()


def test_no_offer_when_the_ticket_already_names_its_job(qtbot, context_for, demo_store):
    service = next(s for s in queue_services.list_services(demo_store) if s.prefix == "C")
    queue.issue_ticket(demo_store, service.id)
    page = QueuePage(context_for("operator"))
    qtbot.addWidget(page)
    page.call_next()
    page.print_job_ref.setText("3574011007-KTP-2026-00001")
    page.finish()
    assert "selesai dilayani" in page.status.text()
    assert page.findChild(StartPrintJobDialog) is None


def test_scanning_a_job_number_or_its_blank_opens_the_job(qtbot, window_for, demo_store,
                                                          operator):
    receive(demo_store, operator, "470/003/DUKCAPIL/2026", "SCAN-0001, SCAN-0002", 2)
    job = ktp_print.create_print_job(demo_store, operator, PrintJobDraft(
        NIK, PrintReason.NEW, "Siti Aminah", biometrics_checked=True))
    ktp_print.start_printing(demo_store, operator, job.id, "SCAN-0002")
    window = window_for("operator")
    window.show_page("antrean")
    window.setFocus()
    tab = window.page("ktp_el").queue_tab
    with qtbot.waitSignal(tab.job_opened) as opened:
        scan(window, job.number)
    assert opened.args[0].detail.id == job.id
    assert window.current_page_key() == "ktp_el"
    opened.args[0].close()
    window.show_page("antrean")
    window.setFocus()
    with qtbot.waitSignal(tab.job_opened) as opened:
        scan(window, "scan-0002")
    assert opened.args[0].detail.id == job.id
    opened.args[0].close()

    # A blank still in stock belongs to no job: the scan goes on to the queue as before.
    window.show_page("antrean")
    window.setFocus()
    scan(window, "SCAN-0001")
    assert tab.dialog is None and window.current_page_key() == "antrean"
    assert "bukan nomor antrean" in window.page("antrean").status.text()
