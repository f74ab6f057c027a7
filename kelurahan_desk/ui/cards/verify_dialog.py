"""What "Periksa rantai" found: whether the audit chain, a batch's seal and each card's
custody agree, and, when they do not, every problem per card."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from kelurahan_desk.domain.spoiled_cards import CUSTODY_LABELS
from kelurahan_desk.services.custody_check import CustodyVerdict, verify_custody
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.blanko_models import thousands
from kelurahan_desk.ui.style import repolish, set_role

_SHOWN_CARDS = 200  # a broken chain of thousands of cards is listed in part

_STYLE = """
QLabel#verdict_ok { color: white; background: #1e7a3c; font-size: 13pt; font-weight: 700;
                    padding: 10px 14px; border-radius: 6px; }
QLabel#verdict_broken { color: white; background: #b3261e; font-size: 13pt;
                        font-weight: 700; padding: 10px 14px; border-radius: 6px; }
QTextBrowser#verdict_detail { background: white; border: 1px solid #d5dbe0; }
"""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class VerifyDialog(QDialog):
    """The verdict, read-only. ``check`` runs ``verify_custody`` and shows it."""

    def __init__(self, parent: QWidget | None, verdict: CustodyVerdict) -> None:
        super().__init__(parent)
        self.verdict = verdict
        self.setObjectName("verify_dialog")
        self.setWindowTitle(self.tr("Periksa rantai: {subject}").format(subject=verdict.subject))
        self.setStyleSheet(_STYLE)
        self.resize(760, 520)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.detail = QTextBrowser()
        self.detail.setObjectName("verdict_detail")
        close = QPushButton(self.tr("&Tutup"))
        close.setObjectName("close_button")
        close.clicked.connect(self.accept)
        note = QLabel(self.tr(
            "Rantai audit dihitung ulang dari peristiwa pertama; langkah penyimpanan setiap "
            "kartu diputar ulang dan dicocokkan dengan status dan riwayat yang tersimpan."))
        note.setWordWrap(True)
        set_role(note, "muted")
        column = QVBoxLayout(self)
        column.addWidget(self.headline)
        column.addWidget(note)
        column.addWidget(self.detail, 1)
        column.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self._show(verdict)
        close.setFocus()

    def _show(self, v: CustodyVerdict) -> None:
        cards = len(v.cards)
        if v.intact:
            self.headline.setObjectName("verdict_ok")
            self.headline.setText(self.tr(
                "Utuh: rantai audit dan riwayat {count} kartu {subject} sesuai.").format(
                    count=thousands(cards), subject=v.subject))
        else:
            self.headline.setObjectName("verdict_broken")
            self.headline.setText(self.tr(
                "TIDAK UTUH: {subject} tidak sesuai dengan rantai audit ({count} kartu "
                "bermasalah).").format(subject=v.subject, count=thousands(len(v.broken_cards))))
        repolish(self.headline)
        self.detail.setHtml(self.html(v))

    def html(self, v: CustodyVerdict) -> str:
        """The verdict's details; every text goes through ``tr`` before it is marked up."""
        ok, bad = "#1e7a3c", "#b3261e"

        def span(text: str, colour: str) -> str:
            return f"<span style='color:{colour}'>{_escape(text)}</span>"

        chain_title = self.tr("Rantai audit")
        parts = [f"<p><b>{_escape(chain_title)}</b>: "]
        if v.chain_intact:
            parts.append(span(self.tr(
                "{count} peristiwa diperiksa, semuanya utuh dan bersambung.").format(
                    count=thousands(v.events_checked)), ok))
        else:
            parts.append(span(self.tr("terputus"), bad))
            parts += ["<br/>• " + span(translated(p), bad) for p in v.chain_problems]
        parts.append("</p>")
        if v.audit_hash:
            seal = self.tr("Segel konfirmasi (hash peristiwa audit)")
            parts.append(f"<p><b>{_escape(seal)}</b>:<br/><code>{_escape(v.audit_hash)}"
                         "</code></p>")
        if v.batch_problems:
            batch = self.tr("Berkas")
            parts.append(f"<p><b>{_escape(batch)}</b>:</p><ul>")
            parts += [f"<li>{span(translated(p), bad)}</li>" for p in v.batch_problems]
            parts.append("</ul>")
        broken = v.broken_cards
        cards_title = self.tr("Kartu")
        summary = self.tr("{intact} dari {count} kartu utuh.").format(
            intact=thousands(len(v.cards) - len(broken)), count=thousands(len(v.cards)))
        parts.append(f"<p><b>{_escape(cards_title)}</b>: {_escape(summary)}</p>")
        if broken:
            heads = (self.tr("Nomor register"), self.tr("No. seri"),
                     self.tr("Menurut rantai audit"), self.tr("Masalah"))
            parts.append("<table cellspacing='0' cellpadding='4' border='1'><tr>")
            parts += [f"<th>{_escape(head)}</th>" for head in heads]
            parts.append("</tr>")
            for card in broken[:_SHOWN_CARDS]:
                steps = " → ".join(translated(CUSTODY_LABELS[s]) for s in card.audited_states)
                problems = "<br/>".join(span(translated(p), bad) for p in card.problems)
                parts.append(f"<tr><td>{_escape(card.register_number)}</td>"
                             f"<td>{_escape(card.serial or '—')}</td>"
                             f"<td>{_escape(steps or '—')}</td><td>{problems}</td></tr>")
            parts.append("</table>")
            if len(broken) > _SHOWN_CARDS:
                more = self.tr("… dan {count} kartu lain.").format(
                    count=thousands(len(broken) - _SHOWN_CARDS))
                parts.append(f"<p>{_escape(more)}</p>")
        elif v.cards:
            # Intact: each card's path as the chain tells it, so the check can be read.
            titles = (self.tr("Nomor register"), self.tr("No. seri"),
                      self.tr("Menurut rantai audit"))
            parts.append("<table cellspacing='0' cellpadding='3'><tr>")
            parts += [f"<th align='left'>{_escape(title)}</th>" for title in titles]
            parts.append("</tr>")
            for card in v.cards[:_SHOWN_CARDS]:
                steps = " → ".join(translated(CUSTODY_LABELS[s]) for s in card.audited_states)
                parts.append(f"<tr><td>{_escape(card.register_number)}</td>"
                             f"<td>{_escape(card.serial or '—')}</td>"
                             f"<td>{span(steps or '—', ok)}</td></tr>")
            parts.append("</table>")
            if len(v.cards) > _SHOWN_CARDS:
                more = self.tr("… dan {count} kartu lain.").format(
                    count=thousands(len(v.cards) - _SHOWN_CARDS))
                parts.append(f"<p>{_escape(more)}</p>")
        return "".join(parts)

    @classmethod
    def check(cls, parent: QWidget | None, context: DeskContext, *,
              batch_id: uuid.UUID | None = None,
              card_id: uuid.UUID | None = None) -> VerifyDialog:
        """Run the check (``ServiceError`` if refused) and show its verdict, non-modal."""
        verdict = verify_custody(context.store, context.actor, batch_id=batch_id,
                                 card_id=card_id)
        dialog = cls(parent, verdict)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog
