"""Beside every page: the handbook rule it implements, its example phrasing, the law since."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.content.handbook import Example, Footnote, Item, handbook
from app.content.organisations import law_notes
from app.flows.kit import PageSpec
from app.flows.templates import for_page

EXAMPLE_HEADINGS = {
    "voorbeeld": "Voorbeeld",
    "toelichting": "",
    "niet_zo": "Niet zo",
    "maar_zo": "Maar zo",
}


def _item_html(item: Item) -> str:
    number = f"<b>{escape(item.id)}</b> "
    html = f"<p style='margin:0 0 6px 0'>{number}{escape(item.text)}</p>"
    if item.subitems:
        html += "<ul style='margin-top:0'>" + "".join(
            f"<li>{escape(s.text)}</li>" for s in item.subitems) + "</ul>"
    return html


def page_html(refs: tuple[str, ...], law: tuple[str, ...], extra: list[str] | None = None) -> str:
    """The panel's text for a page: rules, then examples, footnotes and law notes."""
    hb = handbook()
    rules, examples, notes = [], [], []
    last_kind = None
    for ref in refs:
        piece = hb.get(ref)
        if isinstance(piece, Item):
            rules.append(_item_html(piece))
        elif isinstance(piece, Example):
            heading = EXAMPLE_HEADINGS[piece.kind]
            if heading and piece.kind != last_kind:
                colour = {"niet_zo": "#a61b1b", "maar_zo": "#1d6b2f"}.get(piece.kind, "#1f4e79")
                examples.append(f"<p style='margin:8px 0 2px 0; color:{colour}'>"
                                f"<b>{heading}</b></p>")
            last_kind = piece.kind
            quote = piece.kind != "toelichting"
            text = f"‘{escape(piece.text)}’" if quote else escape(piece.text)
            examples.append(f"<p style='margin:0 0 6px 10px'><i>{text}</i></p>")
        elif isinstance(piece, Footnote):
            notes.append(f"<p style='margin:0 0 6px 0'><b>Voetnoot {piece.number}</b> "
                         f"{escape(piece.text)}</p>")
    for ref in law:
        note = law_notes()[ref]
        notes.append(f"<p style='margin:0 0 6px 0'><b>Sinds de handleiding</b> "
                     f"({escape(note.article)}): {escape(note.text)}</p>")
    parts = list(extra or [])  # page-specific guidance (a finding) first: it is what matters now
    if rules:
        parts.append("<h4 style='margin:0 0 4px 0'>Wat de handleiding vraagt</h4>" + "".join(rules))
    if examples:
        parts.append("<h4 style='margin:10px 0 4px 0'>Voorbeelden</h4>" + "".join(examples))
    if notes:
        parts.append("<h4 style='margin:10px 0 4px 0'>Achtergrond</h4>" + "".join(notes))
    return "".join(parts)


class HandbookPanel(QFrame):
    """Read-only handbook text with buttons that insert example phrasing as a template."""

    insertRequested = Signal(str)  # template id

    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handbookPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#handbookPanel { background: #f4f7fb; border: 1px solid #d5dde8; }")
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Handleiding"))
        title.setStyleSheet("font-weight: 600; color: #1f4e79;")
        layout.addWidget(title)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.setStyleSheet("background: transparent;")
        self._spec = spec
        self.browser.setHtml(page_html(spec.refs, spec.law))
        layout.addWidget(self.browser, 1)
        self.template_buttons: dict[str, QPushButton] = {}
        templates = for_page(spec.templates)
        if templates:
            hint = QLabel(self.tr("Voorbeeldtekst invoegen (aangevuld uit de casus):"))
            hint.setWordWrap(True)
            layout.addWidget(hint)
        for template in templates:
            button = QPushButton(template.label, self)
            button.setToolTip(self.tr("Voegt de voorbeeldformulering in bij het veld; "
                                      "[ … ] vult u zelf aan."))
            button.clicked.connect(lambda _c=False, t=template.id: self.insertRequested.emit(t))
            layout.addWidget(button)
            self.template_buttons[template.id] = button

    def show_extra(self, html: str) -> None:
        """Add page-specific guidance (e.g. a finding's explanation) under the handbook text."""
        self.browser.setHtml(page_html(self._spec.refs, self._spec.law, [html] if html else []))
