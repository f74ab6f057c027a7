"""`--screenshots` of the KTP-el and Kartu Rusak pages on the demo office's card history:
every tab, a print job opened, the new-job form with a resident from the list, the blank
receipt (filled in from the centre's allocation) and card log forms filled in, the
destruction form with three witnesses, a confirmed destruction, and a chain check."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from kelurahan_desk.domain.ktp_print import PrintReason, PrintStatus, RecordStatus
from kelurahan_desk.domain.spoiled_cards import BatchState, Signatory, SpoilSource
from kelurahan_desk.services import accounts, ktp_print, office, residents, stock_allocations
from kelurahan_desk.services.demo import DEMO_LOGINS
from kelurahan_desk.services.ktp_print import PrintJobFilter
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui.cards.batch_forms import PrepareDestructionDialog
from kelurahan_desk.ui.cards.kartu_rusak_page import KartuRusakPage
from kelurahan_desk.ui.cards.ktp_el_page import KtpElPage
from kelurahan_desk.ui.cards.print_job_form import PrintJobFormDialog
from kelurahan_desk.ui.cards.receive_blanks_dialog import ReceiveBlanksDialog
from kelurahan_desk.ui.cards.spoiled_card_form import SpoiledCardFormDialog
from kelurahan_desk.ui.cards.verify_dialog import VerifyDialog
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.main_window import MainWindow

Save = Callable[[QWidget, Path], None]

OFFICIAL = Signatory("Drs. Hadi Prasetyo, M.Si.", "Lurah Pohsangit Kidul",
                     "Kelurahan Pohsangit Kidul", "197003121995031004")
WITNESSES = (
    Signatory("Rina Kusuma, S.Sos.", "Kepala Seksi Pemerintahan", "Kecamatan Kademangan",
              "198005102006042011"),
    Signatory("Agus Salim", "Kepala Seksi Penegakan Perda", "Satpol PP Kota Probolinggo",
              "198201012005011002"),
    Signatory("Yuli Astuti, S.E.", "Auditor Pertama", "Inspektorat Kota Probolinggo",
              "198703152010012003"),
)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _window(store: Store, username: str) -> MainWindow:
    login = next(x for x in DEMO_LOGINS if x.username == username)
    counter = office.list_counters(store)[0]
    actor = accounts.sign_in(store, login.username, login.password, counter.id)
    info = office.get_office(store)
    assert info is not None
    window = MainWindow(DeskContext(store, actor, info), idle_minutes=60)
    window.resize(1280, 800)
    window.show()
    return window


def shoot_cards(store: Store, folder: Path, save: Save) -> None:
    """ktp_el_*.png and kartu_rusak_*.png into ``folder``."""
    window = _window(store, "operator")
    try:
        _shoot_ktp_el(window, folder, save)
        _shoot_kartu_rusak(window, folder, save)
    finally:
        window.close()
    supervisor = _window(store, "supervisor")
    try:
        _shoot_destruction(supervisor, folder, save)
    finally:
        supervisor.close()


def _shoot_ktp_el(window: MainWindow, folder: Path, save: Save) -> None:
    window.show_page("ktp_el")
    page = window.page("ktp_el")
    assert isinstance(page, KtpElPage)
    context = page.context
    for index, name in enumerate(("antrean", "stok", "nomor_seri")):
        page.tabs.setCurrentIndex(index)
        save(window, folder / f"ktp_el_{name}.png")
    page.tabs.setCurrentIndex(0)

    # The job with the longest story (a misprint, printed again, its old card handed in).
    jobs = ktp_print.list_print_jobs(context.store, context.actor, PrintJobFilter(), 0, 100)
    details = [ktp_print.get_print_job(context.store, context.actor, j.id) for j in jobs]
    story = max(details, key=lambda d: (len(d.timeline), d.status == PrintStatus.PRINTED),
                default=None)
    if story is not None:
        dialog = page.open_job(story.id)
        if dialog is not None:
            save(dialog, folder / "ktp_el_pekerjaan.png")
            dialog.close()

    # A resident from the list, whose KTP-el status the form shows.
    job_form = PrintJobFormDialog(window, context)
    hits = residents.find_residents(context.store, context.actor, "siti", limit=50)
    issued = next((h for h in hits if h.ktp_status == RecordStatus.ISSUED), None)
    if issued is not None:
        job_form.lookup_edit.setText(issued.full_name)
        job_form.lookup.resident_chosen.emit(residents.open_resident(
            context.store, context.actor, issued.id, purpose="ktp_print"))
        job_form.choose_reason(PrintReason.DAMAGED)
    job_form.show()
    _settle()
    save(job_form, folder / "ktp_el_pekerjaan_baru.png")
    job_form.close()
    job_form.deleteLater()

    # The delivery the centre allocated, its receipt filled in from the allocation.
    waiting = stock_allocations.waiting_deliveries(context.store, context.actor)
    today = datetime.now(context.zone).date()
    form = ReceiveBlanksDialog(window, context, waiting[0].receipt_draft(today)
                               if waiting else None)
    form.show()
    save(form, folder / "ktp_el_terima_blanko.png")
    form.close()
    form.deleteLater()


def _shoot_kartu_rusak(window: MainWindow, folder: Path, save: Save) -> None:
    window.show_page("kartu_rusak")
    page = window.page("kartu_rusak")
    assert isinstance(page, KartuRusakPage)
    for index, name in enumerate(("daftar", "serah_terima", "pemusnahan")):
        page.tabs.setCurrentIndex(index)
        save(window, folder / f"kartu_rusak_{name}.png")
    page.tabs.setCurrentIndex(0)
    tab = page.cards_tab
    if tab.model.rowCount():
        dialog = tab.open_card(tab.model.card_at(0).id)
        if dialog is not None:
            save(dialog, folder / "kartu_rusak_kartu.png")
            dialog.close()

    form = SpoiledCardFormDialog(window, page.context)
    form.choose_source(SpoilSource.DATA_CHANGE_RETURNED)
    form.nik.set_text("3574015708920004")
    form.holder.setText("Nur Aini")
    form.serial.setText("KTP3574-2019-004512")
    form.reason.setText("Perubahan status perkawinan; KTP-el baru sudah dicetak")
    form.condition.setText("Utuh, sudut kanan tergores")
    form.place.setText("Lemari besi ruang Sekretaris Kelurahan")
    form.show()
    form.nik.edit.setFocus()
    form.reason.setFocus()  # the NIK field shows its decode once it has been left
    save(form, folder / "kartu_rusak_catat.png")
    form.close()
    form.deleteLater()


def _shoot_destruction(window: MainWindow, folder: Path, save: Save) -> None:
    window.show_page("kartu_rusak")
    page = window.page("kartu_rusak")
    assert isinstance(page, KartuRusakPage)
    page.tabs.setCurrentWidget(page.destruction_tab)
    tab = page.destruction_tab

    form = PrepareDestructionDialog(window, page.context)
    form.fill("470/31/425.111.1/2026", "Halaman belakang Kantor Kelurahan Pohsangit Kidul",
              OFFICIAL, WITNESSES)
    form.picker.model.check_all(True)
    form.show()
    save(form, folder / "kartu_rusak_pemusnahan_form.png")
    form.close()
    form.deleteLater()

    confirmed = next((tab.model.batch_at(r) for r in range(tab.model.rowCount())
                      if tab.model.batch_at(r).state == BatchState.CONFIRMED), None)
    if confirmed is None:
        return
    tab.select_batch(confirmed.id)
    _settle()
    save(window, folder / "kartu_rusak_pemusnahan_dikonfirmasi.png")
    verdict = VerifyDialog.check(window, page.context, batch_id=confirmed.id)
    save(verdict, folder / "kartu_rusak_periksa_rantai.png")
    verdict.close()
