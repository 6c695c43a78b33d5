"""The selected case: status, retention, timeline with open follow-ups, the step-7 record."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import service
from app.content.i18n import _
from app.flows.registry import FLOWS, flow_of
from app.flows.retention import retention_until
from app.flows.step7 import item_label
from app.flows.timeline import timeline
from app.vault.dossier import Dossier
from ui import colours
from ui.translations import in_running_text, long_date

EVENT_COLOURS = {"followup_due": "needed", "followup_done": "ok", "document": "muted"}  # roles


class CasePanel(QWidget):
    resumeRequested = Signal(int)
    documentRequested = Signal(int)
    followupRequested = Signal(int, int)  # case id, follow-up id
    contactRequested = Signal(int)
    verslagCopyRequested = Signal(int)
    verslagPdfRequested = Signal(int)
    deleteRequested = Signal(int)
    discardRequested = Signal(int)  # a concept: deleted after a question (ui/draft_delete.py)
    logRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("Kies een casus in de lijst."))
        colours.style(self.title, "font-size: 15px; font-weight: 600; color: $accent;")
        layout.addWidget(self.title)
        self.title.setWordWrap(True)
        self.retention = QLabel()
        self.retention.setWordWrap(True)  # unwrapped, it would push the splitter aside
        colours.style(self.retention, "color: $muted;")
        self.retention.setObjectName("retention")
        layout.addWidget(self.retention)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._anchor)
        self.title.setBuddy(self.browser)  # read out as the case's title
        layout.addWidget(self.browser, 1)
        buttons = QHBoxLayout()
        self.resume = QPushButton(self.tr("Verder met concept"))
        self.discard = QPushButton(self.tr("Concept verwijderen…"))
        self.discard.setObjectName("discardDraft")
        self.document = QPushButton(self.tr("PDF maken…"))
        self.contact = QPushButton(self.tr("Contact toevoegen…"))
        self.verslag = QPushButton(self.tr("Dossierverslag"))
        menu = QMenu(self.verslag)
        self.copy_action = menu.addAction(self.tr("Kopiëren als tekst (voor uw EPD)"))
        self.pdf_action = menu.addAction(self.tr("Opslaan als PDF…"))
        self.copy_action.triggered.connect(lambda: self.verslagCopyRequested.emit(self._case_id))
        self.pdf_action.triggered.connect(lambda: self.verslagPdfRequested.emit(self._case_id))
        self.log_action = menu.addAction(self.tr("Toegangslog van deze casus…"))
        self.log_action.triggered.connect(lambda: self.logRequested.emit(self._case_id))
        menu.addSeparator()
        self.delete_action = menu.addAction(self.tr("Verwijderen op verzoek van de cliënt…"))
        self.delete_action.triggered.connect(lambda: self.deleteRequested.emit(self._case_id))
        self.verslag.setMenu(menu)
        for b in (self.resume, self.document, self.contact, self.verslag):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.discard)  # apart from 'Verder met concept', at the far end
        layout.addLayout(buttons)
        self._steady_width(buttons)
        self.discard.clicked.connect(lambda: self.discardRequested.emit(self._case_id))
        self.resume.clicked.connect(lambda: self.resumeRequested.emit(self._case_id))
        self.document.clicked.connect(lambda: self.documentRequested.emit(self._case_id))
        self.contact.clicked.connect(lambda: self.contactRequested.emit(self._case_id))
        self._case_id = -1
        self.show_case(None, -1, date.today())
        colours.follow(self, _recolour)

    def _steady_width(self, buttons: QHBoxLayout) -> None:
        """As wide, at least, as its widest row of buttons, whichever case is shown: the
        list/detail divider moved each time a case with a wider row came up — ~70 px from a
        melding ('Melding-PDF maken…') to an informatieverzoek ('Informatieverstrekking-PDF
        maken…'), more from a concept (an outside walk)."""
        widest_document = 0
        for flow in FLOWS.values():
            self.document.setText(self._document_text(flow.document))
            widest_document = max(widest_document, self.document.sizeHint().width())
        self.document.setMinimumWidth(widest_document)
        spacing = max(buttons.spacing(), 0)
        rows = ((self.resume, self.discard), (self.document, self.contact, self.verslag))
        self.setMinimumWidth(max(sum(max(b.sizeHint().width(), b.minimumWidth()) + spacing
                                     for b in row) for row in rows))

    def _document_text(self, document: str) -> str:
        return self.tr("{doc}-PDF maken…").format(doc=in_running_text(_(document)))

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == "followup":
            self.followupRequested.emit(self._case_id, int(url.path()))
        elif url.scheme() == "document":
            self.documentRequested.emit(self._case_id)

    def show_case(self, dossier: Dossier | None, case_id: int, today: date) -> None:
        self._case_id = case_id
        self._shown = (dossier, case_id, today)
        if dossier is None or case_id < 0:
            self.title.setText(self.tr("Kies een casus in de lijst."))
            self.retention.clear()
            self.browser.clear()
            for b in (self.resume, self.document, self.contact, self.verslag):
                b.hide()
            self.discard.hide()
            return
        record = dossier.cases.get(case_id)
        flow = flow_of(record.kind)
        concept = record.status == "concept"
        self.title.setText(self.tr("{client} — {flow} — {status}").format(
            client=record.client_pseudonym or self.tr("(nog geen naam)"),
            flow=_(flow.label),
            status=self.tr("concept") if concept else self.tr("afgerond")))
        self.retention.setText(self.tr(
            "Bewaren tot {date} (WGBO: twintig jaar na de laatste wijziging; Deelwijzer "
            "verwijdert nooit zelf).").format(date=long_date(retention_until(record.updated_at))))
        self.resume.setVisible(concept)
        self.discard.setVisible(concept)
        self.document.setVisible(not concept)
        self.contact.setVisible(not concept)
        self.verslag.setVisible(not concept)
        self.document.setText(self._document_text(flow.document))
        html = []
        if concept:
            html.append("<p>" + escape(self.tr(
                "Dit is nog niet voltooid. Alles wat u invulde is bewaard; ga verder waar u "
                "was.")) + "</p>")
        html.append("<h4>" + escape(self.tr("Tijdlijn")) + "</h4><table cellpadding='3'>")
        for event in timeline(service.case_history(dossier, case_id), today):
            role = "overdue" if event.overdue else EVENT_COLOURS.get(event.kind)
            colour = f"color:{colours.colour(role)};" if role else ""  # else the text colour
            weight = "font-weight:600;" if event.overdue else ""
            day = long_date(event.day) if event.day != "9999-12-31" else ""
            action = ""
            if event.kind == "followup_due" and event.followup_id is not None:
                handle = self.tr("Afhandelen…")  # outside the f-string, where lupdate sees it
                action = f" <a href='followup:{event.followup_id}'>{escape(handle)}</a>"
            elif event.kind == "exchange" and not concept:
                make = self.tr("Document maken…")
                action = f" <a href='document:0'>{escape(make)}</a>"
            state = escape(self.tr(" (verlopen)")) if event.overdue else ""
            html.append(
                f"<tr><td valign='top' style='color:{colours.colour('muted')}'>{escape(day)}</td>"
                f"<td style='{colour}{weight}'>{escape(event.title)}{state}"
                f"{'<br><span style=color:' + colours.colour('muted') + '>' + escape(event.text) + '</span>' if event.text else ''}"  # noqa: E501
                f"{action}</td></tr>")
        html.append("</table>")
        for entry in dossier.cases.entries(case_id):
            html.append("<h4>" + escape(self.tr("Vastgelegd in uw dossier (stap 7)")) + "</h4>")
            for item in entry.get("items", []):
                label = item_label(item, entry.get("flow", record.kind))
                html.append(f"<p><b>{escape(label)}</b><br>"
                            f"{escape(item['text']).replace(chr(10), '<br>')}</p>")
            if entry.get("currency_notice"):
                html.append(f"<p style='color:{colours.colour('error')}'>"
                            f"{escape(entry['currency_notice'])}</p>")
            findings = entry.get("open_findings") or []
            if findings:
                html.append("<h4>" + escape(self.tr("Openstaande bevindingen bij afronding"))
                            + "</h4><ul>" + "".join(
                                f"<li>{escape(f['where'])}: ‘{escape(f['text'])}’ "
                                f"({escape(f['ref'])})" + self._set_aside_note(f) + "</li>"
                                for f in findings) + "</ul>")
        self.browser.setHtml("".join(html))

    def _set_aside_note(self, finding: dict[str, str]) -> str:
        """Why the clinician set a finding aside, kept with the entry (never in a document)."""
        if not finding.get("set_aside"):
            return ""
        return " — <i>" + escape(self.tr("terzijde gelegd: {reason}").replace(
            "{reason}", finding["set_aside"])) + "</i>"


def _recolour(panel: CasePanel) -> None:
    """The timeline's colours are in its text: write it again in the new ones (not once the
    dossier is locked; locking clears the panel)."""
    dossier, case_id, today = panel._shown
    if dossier is None or dossier.is_open:
        panel.show_case(dossier, case_id, today)
