"""The Laporan antrean page on a demo office with weeks of queue history."""

import csv
import io
import json

import pytest
from sqlalchemy import select

from kelurahan_desk.services import queue, queue_services
from kelurahan_desk.services.demo_history import seed_queue_history
from kelurahan_desk.services.queue_report_csv import CSV_DELIMITER, CSV_ENCODING, CSV_HEADER
from kelurahan_desk.store.tables import AuditEvent
from kelurahan_desk.ui.flagged_visits_dialog import FlaggedVisitsDialog
from kelurahan_desk.ui.models.queue_report_model import FlaggedVisitsModel
from kelurahan_desk.ui.pages.queue_report_page import QueueReportPage


@pytest.fixture
def history(demo_store):
    assert seed_queue_history(demo_store, weeks=3, seed=5) > 500
    return demo_store


@pytest.fixture
def page(qtbot, history, context_for):
    page = QueueReportPage(context_for("supervisor"))
    qtbot.addWidget(page)
    page.resize(1050, 770)
    page.show()
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    return page


def reloaded(qtbot, page, change):
    """Apply ``change`` to the filters and wait for the report computed for them."""
    before = page.report
    change()
    qtbot.waitUntil(lambda: page.report is not before
                    and page.report.filter == page.current_filter(), timeout=10_000)
    return page.report


def test_page_shows_the_history(page):
    report = page.report
    assert report.overall.issued > 500
    assert page.issued_tile.value.text() == str(report.overall.issued)
    assert page.waiting_tile.value.text().endswith("mnt")
    assert "median" in page.waiting_tile.detail.text()
    assert page.model.rowCount() == 4  # services A–D
    assert set(page.service_chart.series) == {"Rata-rata", "Median", "P90"}
    assert len(page.hour_chart.series["Rata-rata"]) == len(report.by_hour)
    assert len(page.trend_chart.series["Rata-rata"]) == len(
        [d for d in report.by_day if d.waiting.count])
    assert page.live_timer.isActive() and page.live_timer.interval() == 10_000


def test_models_pass_the_model_tester(page, qtmodeltester):
    for index in range(len(page.GROUPS)):
        page.group_tabs.setCurrentIndex(index)
        assert page.model.kind == page.GROUPS[index]
        assert page.model.rowCount() > 0
        qtmodeltester.check(page.model)
    flagged = FlaggedVisitsModel()
    flagged.set_flagged(page.report.flagged)
    qtmodeltester.check(flagged)


def test_filters_change_the_figures(qtbot, page):
    everything = page.report
    by_service = {s.key: s for s in everything.by_service}
    index = next(i for i in range(page.service_combo.count())
                 if page.service_combo.itemText(i).startswith("C "))
    only_c = reloaded(qtbot, page, lambda: page.service_combo.setCurrentIndex(index))
    assert only_c.overall.issued == by_service["C"].issued
    assert [s.key for s in only_c.by_service] == ["C"]
    assert page.issued_tile.value.text() == str(by_service["C"].issued)
    page.service_combo.setCurrentIndex(0)
    loket_2 = reloaded(qtbot, page, lambda: page.counter_combo.setCurrentIndex(2))
    assert [c.label for c in loket_2.by_counter] == ["Loket 2"]
    assert 0 < loket_2.overall.issued < everything.overall.issued
    page.counter_combo.setCurrentIndex(0)
    last_day = everything.by_day[-1].key
    one_day = reloaded(qtbot, page, lambda: page.date_from.setDate(page.date_to.date()))
    assert one_day.overall.issued == 0  # today is left empty by the history
    assert last_day < one_day.filter.date_from.isoformat()


def test_waiting_now_strip_follows_the_queue(page, history):
    assert "A</b> 0 menunggu" in page.live_label.text()
    a = next(s for s in queue_services.list_services(history) if s.prefix == "A")
    queue.issue_ticket(history, a.id)
    page.refresh_waiting()
    assert "A</b> 1 menunggu" in page.live_label.text()


def export(qtbot, page, monkeypatch, path, kind):
    monkeypatch.setattr(QueueReportPage, "ask_path",
                        classmethod(lambda cls, parent, caption, suggested, name_filter: path))
    button = page.pdf_button if kind == "pdf" else page.csv_button
    with qtbot.waitSignal(page.exported, timeout=20_000) as written:
        button.click()
    assert written.args == [path]
    assert "Tersimpan" in page.status.text()


def export_events(store):
    with store.read() as session:
        return [json.loads(e.changes) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action == "queue.report_exported"))]


def test_export_pdf_and_csv_write_files_and_are_audited(qtbot, page, monkeypatch, tmp_path,
                                                        history):
    pdf = tmp_path / "laporan.pdf"
    export(qtbot, page, monkeypatch, pdf, "pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    csv_path = tmp_path / "laporan.csv"
    export(qtbot, page, monkeypatch, csv_path, "csv")
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding=CSV_ENCODING)),
                           delimiter=CSV_DELIMITER))
    assert tuple(rows[0]) == CSV_HEADER
    assert len(rows) - 1 == len(page.report.visits)
    assert [e["kind"] for e in export_events(history)] == ["pdf", "csv"]


def test_a_cancelled_file_dialog_writes_and_audits_nothing(qtbot, page, monkeypatch, history):
    monkeypatch.setattr(QueueReportPage, "ask_path",
                        classmethod(lambda cls, *args: None))
    page.pdf_button.click()
    assert export_events(history) == []
    assert page.pdf_button.isEnabled()


def test_flagged_visits_dialog_lists_them(qtbot, page):
    dialog = FlaggedVisitsDialog(page, page.report)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == len(page.report.flagged)
    assert page.flagged_tile.value.text() == str(len(page.report.flagged))
    assert page.flagged_button.isEnabled() == bool(page.report.flagged)


def test_an_operator_gets_a_refusal_not_figures(qtbot, history, context_for):
    page = QueueReportPage(context_for("operator"))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "tidak berwenang" in page.status.text(), timeout=10_000)
    assert page.report is None
    assert not page.pdf_button.isEnabled()
