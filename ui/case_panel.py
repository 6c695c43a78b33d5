"""The selected case: status, what was recorded (step 7), follow-ups with due dates."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.dates import format_nl, from_iso
from app.store import Dossier

FOLLOWUP_LABELS = {
    "decision": "Bericht of de melding wordt onderzocht",
    "rendering": "Schriftelijke weergave controleren",
    "procedure": "Werkwijze en termijn navragen",
    "outcome": "Uitkomst / vervolg",
}


class CasePanel(QWidget):
    resumeRequested = Signal(int)
    documentRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Kies een casus in de lijst."))
        self.title.setStyleSheet("font-size: 15px; font-weight: 600; color: #1f4e79;")
        layout.addWidget(self.title)
        self.browser = QTextBrowser()
        layout.addWidget(self.browser, 1)
        buttons = QHBoxLayout()
        self.resume = QPushButton(self.tr("Verder met concept"))
        self.document = QPushButton(self.tr("PDF maken…"))
        buttons.addWidget(self.resume)
        buttons.addWidget(self.document)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.resume.clicked.connect(lambda: self.resumeRequested.emit(self._case_id))
        self.document.clicked.connect(lambda: self.documentRequested.emit(self._case_id))
        self._case_id = -1
        self.show_case(None, -1, date.today())

    def show_case(self, dossier: Dossier | None, case_id: int, today: date) -> None:
        self._case_id = case_id
        if dossier is None or case_id < 0:
            self.title.setText(self.tr("Kies een casus in de lijst."))
            self.browser.clear()
            self.resume.hide()
            self.document.hide()
            return
        record = dossier.case(case_id)
        concept = record.status == "concept"
        self.title.setText(self.tr("{client} — {status}").format(
            client=record.client_pseudonym or self.tr("(nog geen naam)"),
            status=self.tr("concept") if concept else self.tr("afgerond")))
        self.resume.setVisible(concept)
        self.document.setVisible(not concept)
        from app.flows import flow_of

        self.document.setText(self.tr("{doc}-PDF maken…").format(
            doc=self.tr(flow_of(record.kind).document)))
        html = []
        if concept:
            html.append("<p>" + escape(self.tr(
                "Deze melding is nog niet voltooid. Alles wat u invulde is bewaard; ga verder "
                "waar u was.")) + "</p>")
        followups = dossier.followups(case_id)
        if followups:
            html.append("<h4>" + escape(self.tr("Vervolg")) + "</h4><table cellpadding='3'>")
            for f in followups:
                due = from_iso(f.due_date) if f.due_date else None
                overdue = due is not None and due < today and f.done_at is None
                style = " style='color:#a61b1b; font-weight:600'" if overdue else ""
                when = format_nl(due) if due else self.tr("zodra bekend")
                state = self.tr(" (verlopen)") if overdue else ""
                label = self.tr(FOLLOWUP_LABELS.get(f.kind, f.kind))
                html.append(f"<tr{style}><td>{escape(label)}</td>"
                            f"<td>{escape(when + state)}</td></tr>")
            html.append("</table>")
        for entry in dossier.dossier_entries(case_id):
            html.append("<h4>" + escape(self.tr("Vastgelegd in uw dossier (stap 7)")) + "</h4>")
            for item in entry.get("items", []):
                label = item["label"].rstrip(";.")
                label = label[:1].upper() + label[1:]
                html.append(f"<p><b>{escape(label)}</b><br>"
                            f"{escape(item['text']).replace(chr(10), '<br>')}</p>")
            if entry.get("currency_notice"):
                html.append(f"<p style='color:#a61b1b'>{escape(entry['currency_notice'])}</p>")
            findings = entry.get("open_findings") or []
            if findings:
                html.append("<h4>" + escape(self.tr("Openstaande bevindingen bij afronding"))
                            + "</h4><ul>" + "".join(
                                f"<li>{escape(f['where'])}: ‘{escape(f['text'])}’ "
                                f"({escape(f['ref'])})</li>" for f in findings) + "</ul>")
        self.browser.setHtml("".join(html))
