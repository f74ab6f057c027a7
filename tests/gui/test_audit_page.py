"""The audit trail page: pages of events fetched as the user scrolls, and the check button."""

from kelurahan_desk.ui.models.audit_model import PAGE
from kelurahan_desk.ui.pages.audit_page import AuditPage


def test_model_fetches_older_events_in_pages(qtbot, qtmodeltester, context_for, demo_store):
    context = context_for("supervisor")
    for _ in range(PAGE + 30):  # each setting change is one audited event
        with demo_store.write("admin", "admin") as uow:
            uow.record("test.event", "x", "1", {"n": 1})
    page = AuditPage(context)
    qtbot.addWidget(page)
    model = page.model
    assert model.rowCount() == PAGE
    assert model.total > PAGE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == model.total
    assert not model.canFetchMore()
    newest = model.index(0, 0).data()
    oldest = model.index(model.rowCount() - 1, 0).data()
    assert (newest, oldest) == (model.total, 1)
    qtmodeltester.check(model)


def test_check_button_reports_an_intact_chain(qtbot, context_for):
    page = AuditPage(context_for("supervisor"))
    qtbot.addWidget(page)
    page.verify_button.click()
    qtbot.waitUntil(lambda: "Data utuh" in page.verdict_label.text(), timeout=5000)
