"""Step 7 for any flow: the text, the step-7 checklist, open findings and a read-back."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTextBrowser,
)

from app.content.handbook import handbook
from app.flows.step7 import item_label
from app.model import Informatieverzoek, Melding
from ui import a11y, colours
from ui.fields import ProblemLabel, TextArea, section_label
from ui.findings_list import FindingsList
from ui.flow_page import FlowHost, FlowPage
from ui.melding_pages import melding_overview_html
from ui.page_parts import overview_table
from ui.verzoek_pages import verzoek_overview_html


class FittingBrowser(QTextBrowser):
    """The read-back as high as its text: the page around it scrolls, so no box in a box.
    Its label column is kept narrow (a quarter of the width), so the answers get the room."""

    def __init__(self) -> None:
        super().__init__()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self._fit())

    def setHtml(self, html: str) -> None:  # noqa: N802 - Qt naming
        super().setHtml(html.replace("<table cellspacing='0' cellpadding='3'>",
                                     "<table width='100%' cellspacing='0' cellpadding='3'>")
                        .replace("<tr><td valign='top'>", "<tr><td valign='top' width='25%'>"))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.document().setTextWidth(self.viewport().width())
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 4
        if height != self.height():
            self.setFixedHeight(max(60, height))


class SummaryPage(FlowPage):
    """Step 7 for any flow: the text, the step-7 checklist, open findings and an overview."""

    def __init__(self, host: FlowHost) -> None:
        super().__init__(host.spec("summary"), host)
        tr = self.tr
        self.rules = host.flow.rules  # type: ignore[attr-defined]
        melding = host.flow.kind == "melding"  # type: ignore[attr-defined]
        if melding:
            self.content = TextArea(tr("De tekst van uw melding. Gebruik ‘Tekst van de melding’ "
                                       "rechts voor een opzet uit uw gegevens."), 8, checked=True)
            self.add_field(tr("Inhoud van de melding (7.melder.1)"), self.content, "content")
        elif host.flow.kind == "overleg":  # type: ignore[attr-defined]
            self.content = TextArea(tr("Wat u verder wilt vastleggen over het overleg "
                                       "(optioneel)"), 4, checked=True)
            self.add_field(tr("Aanvullende opmerkingen voor het verslag"), self.content,
                           "content")
        elif host.flow.kind == "ander_doel":  # type: ignore[attr-defined]
            self.content = TextArea(tr("Een korte toelichting bij uw besluit over het verzoek "
                                       "(optioneel)"), 4, checked=True)
            self.add_field(tr("Toelichting bij uw besluit"), self.content, "content")
        else:
            self.content = TextArea(tr("Een korte inleiding bij uw antwoord, bijvoorbeeld over "
                                       "de actualiteit van uw informatie (optioneel)"), 4,
                                    checked=True)
            self.add_field(tr("Toelichting bij uw antwoord"), self.content, "content")
        self.other = TextArea(tr("Andere contacten naar aanleiding hiervan, bv. met de "
                                 "huisarts"), 2)
        self.add_field(tr("Andere contacten (optioneel)"), self.other, "other_contacts")
        self.form.addWidget(section_label(tr("Wat u vastlegt in uw dossier (stap 7)")))
        self.step7_grid = QGridLayout()
        self.form.addLayout(self.step7_grid)
        self.step7: dict[str, tuple[QLabel, QLabel, QCheckBox, QLineEdit]] = {}
        hb = handbook()
        empty = host.flow.model()  # type: ignore[attr-defined]
        for row, (ref, _ok, _how) in enumerate(self.rules.step7_status(empty)):
            mark = QLabel()
            # The item in this flow's own words (the handbook's are about a melding); the
            # handbook's own text, in Dutch, is the tooltip.
            text = QLabel(item_label({"ref": ref, "label": hb.text(ref)},
                                     host.flow.kind))  # type: ignore[attr-defined]
            text.setWordWrap(True)
            text.setToolTip(f"{ref}: {hb.text(ref)}")
            na = QCheckBox(tr("n.v.t."))
            na.setToolTip(tr("Niet van toepassing; geef een reden"))
            # Read out with the item it is about (the checkbox alone says 'n.v.t.').
            item = a11y.plain(text.text())
            na.setAccessibleName(tr("Niet van toepassing: {item}").format(item=item))
            reason = QLineEdit()
            reason.setPlaceholderText(tr("reden"))
            reason.setAccessibleName(tr("Reden waarom niet van toepassing: {item}").format(
                item=item))
            reason.setVisible(False)
            na.toggled.connect(reason.setVisible)
            self.step7_grid.addWidget(mark, row * 2, 0, Qt.AlignmentFlag.AlignTop)
            self.step7_grid.addWidget(text, row * 2, 1)
            self.step7_grid.addWidget(na, row * 2, 2, Qt.AlignmentFlag.AlignTop)
            self.step7_grid.addWidget(reason, row * 2 + 1, 1, 1, 2)
            problem = ProblemLabel(self).for_field(na, reason)
            self.step7_grid.addWidget(problem, row * 2 + 1, 1)
            self.problem_labels["step7." + ref] = problem
            self.connect_edits(na)
            self.connect_edits(reason)
            self.step7[ref] = (mark, text, na, reason)
        self.step7_grid.setColumnStretch(1, 1)
        self.findings_title = section_label(tr("Openstaande bevindingen"))
        self.form.addWidget(self.findings_title)
        self.findings = FindingsList(self)
        self.findings.changed.connect(lambda: self._show_status(self.host.data))
        self.form.addWidget(self.findings)
        self.overview_title = section_label(tr("Overzicht"))
        self.form.addWidget(self.overview_title)
        self.overview = FittingBrowser()
        self.overview.setAccessibleName(self.overview_title.text())
        # The read-back's notice has its colour in the text: written again when they change.
        colours.follow(self, lambda page: page.isVisible() and page.show_overview())
        self.form.addWidget(self.overview)
        self.finish_layout()

    def load(self, m: Any) -> None:
        self.content.setText(m.content)
        self.other.setText(m.other_contacts)
        for ref, (_mark, _text, na, reason) in self.step7.items():
            na.setChecked(ref in m.not_applicable)
            reason.setText(m.not_applicable.get(ref, ""))
        self._show_status(m)

    def store(self, m: Any) -> None:
        m.content = self.content.text()
        m.other_contacts = self.other.text()
        m.not_applicable = {ref: reason.text() for ref, (_m, _t, na, reason)
                            in self.step7.items() if na.isChecked()}
        self._show_status(m)

    def initializePage(self) -> None:  # noqa: N802 - Qt naming
        self._show_status(self.host.data)
        self.refresh()

    def _show_status(self, m: Any) -> None:
        for ref, ok, how in self.rules.step7_status(m):
            mark, text, na, _reason = self.step7[ref]
            mark.setText("✔" if ok else "✘")
            colours.style(mark, "color: $ok; font-weight: 700;" if ok
                          else "color: $error; font-weight: 700;")
            text.setToolTip(f"{ref}: {how}")
            na.setVisible(not ok or na.isChecked())
        self.findings.show_findings(m, self.rules.open_findings(m))
        self.overview.setHtml(overview_html(m, self.host))

    def show_overview(self) -> bool:
        self.overview.setHtml(overview_html(self.host.data, self.host))
        return True

    def validatePage(self) -> bool:  # noqa: N802 - Qt naming
        return bool(self.host.finish())  # type: ignore[attr-defined]


def overview_html(m: Any, host: FlowHost) -> str:
    """A compact read-back of the whole case before it is stored."""
    today = host.today  # type: ignore[attr-defined]
    if isinstance(m, Informatieverzoek):
        return verzoek_overview_html(m, today)
    if isinstance(m, Melding):
        return melding_overview_html(m, today)
    # Any other flow: read back the step-7 record it will store, in the interface's language
    # (the labels and sentences the app writes; what the clinician typed stays as typed).
    # The record itself is stored in Dutch (`app.service.finish`).
    entry = host.flow.rules.dossier_entry(m, host.profile, today)  # type: ignore[attr-defined]
    return overview_table([(item_label(item, entry.get("flow", "")),
                            escape(item["text"]).replace("\n", "<br>"))
                           for item in entry["items"]])
