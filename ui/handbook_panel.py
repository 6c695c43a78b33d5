"""Beside every page: the handbook rule it implements, its example phrasing, the law since."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.content.handbook import Example, Footnote, Item, handbook
from app.content.i18n import _
from app.content.organisations import law_notes
from app.flows.kit import PageSpec
from app.flows.templates import for_page
from ui import colours
from ui.focus_ring import show_focus
from ui.help_links import open_link

EXAMPLE_HEADINGS = {
    "voorbeeld": QT_TRANSLATE_NOOP("HandbookPanel", "Voorbeeld"),
    "toelichting": "",
    "niet_zo": QT_TRANSLATE_NOOP("HandbookPanel", "Niet zo"),
    "maar_zo": QT_TRANSLATE_NOOP("HandbookPanel", "Maar zo"),
}


# A scroll bar that shows the guidance goes on: a track, and a thumb at 3:1 on the track and
# the panel (WCAG 1.4.11); the panel's style sheet would otherwise leave Fusion's thin outline.
SCROLL_BAR = (
    "#handbookPanel QScrollBar:vertical { background: $scroll_track; width: 12px;"
    " margin: 0; border: none; border-radius: 6px; }"
    "#handbookPanel QScrollBar::handle:vertical { background: $scroll_thumb;"
    " min-height: 32px; border-radius: 5px; margin: 1px; }"
    "#handbookPanel QScrollBar::add-line:vertical, #handbookPanel QScrollBar::sub-line:vertical"
    " { height: 0; border: none; background: none; }"
    "#handbookPanel QScrollBar::add-page:vertical, #handbookPanel QScrollBar::sub-page:vertical"
    " { background: none; }"
    "#handbookPanel QScrollBar:horizontal { background: $scroll_track; height: 12px;"
    " border: none; border-radius: 6px; }"
    "#handbookPanel QScrollBar::handle:horizontal { background: $scroll_thumb;"
    " min-width: 32px; border-radius: 5px; margin: 1px; }"
    "#handbookPanel QScrollBar::add-line:horizontal, "
    "#handbookPanel QScrollBar::sub-line:horizontal { width: 0; border: none; }"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("HandbookPanel", text)


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
            heading = _tr(EXAMPLE_HEADINGS[piece.kind]) if EXAMPLE_HEADINGS[piece.kind] else ""
            if heading and piece.kind != last_kind:
                colour = colours.colour({"niet_zo": "error", "maar_zo": "ok"}.get(piece.kind,
                                                                                  "accent"))
                examples.append(f"<p style='margin:8px 0 2px 0; color:{colour}'>"
                                f"<b>{heading}</b></p>")
            last_kind = piece.kind
            quote = piece.kind != "toelichting"
            text = f"‘{escape(piece.text)}’" if quote else escape(piece.text)
            examples.append(f"<p style='margin:0 0 6px 10px'><i>{text}</i></p>")
        elif isinstance(piece, Footnote):
            notes.append("<p style='margin:0 0 6px 0'><b>" + _tr("Voetnoot")
                         + f" {piece.number}</b> {escape(piece.text)}</p>")
    for ref in law:
        note = law_notes()[ref]
        notes.append("<p style='margin:0 0 6px 0'><b>" + _tr("Sinds de handleiding") + "</b> "
                     f"({escape(note.article)}): {escape(note.text)}</p>")
    parts = list(extra or [])  # page-specific guidance (a finding) first: it is what matters now
    if rules:
        parts.append("<h4 style='margin:0 0 4px 0'>" + _tr("Wat de handleiding vraagt") + "</h4>"
                     + "".join(rules))
    if examples:
        parts.append("<h4 style='margin:10px 0 4px 0'>" + _tr("Voorbeelden") + "</h4>"
                     + "".join(examples))
    if notes:
        parts.append("<h4 style='margin:10px 0 4px 0'>" + _tr("Achtergrond") + "</h4>"
                     + "".join(notes))
    return "".join(parts)


class HandbookPanel(QFrame):
    """Read-only handbook text with buttons that insert example phrasing as a template."""

    insertRequested = Signal(str)  # template id

    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handbookPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        colours.style(self, "#handbookPanel { background: $panel_bg; "
                            "border: 1px solid $frame_border; }"
                            "#handbookPanel QLabel { color: $panel_text; }" + SCROLL_BAR)
        layout = QVBoxLayout(self)
        # In English: 'Handbook text (Dutch)' — the handbook itself is not translated.
        title = QLabel(self.tr("Handleiding"))
        colours.style(title, "font-weight: 600; color: $accent;")
        heading = QHBoxLayout()  # the title, and the way into the whole handbook
        heading.addWidget(title, 1)
        layout.addLayout(heading)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        colours.style(self.browser, "background: transparent; color: $panel_text;")
        self.browser.setObjectName("handbookText")
        title.setBuddy(self.browser)  # a screen reader names the text 'Handleiding'
        # Reached by Tab after the form (its text can then be scrolled with the arrow keys);
        # Tab goes on to the template buttons, and the frame shows where the focus is.
        self.browser.setTabChangesFocus(True)
        show_focus(self.browser)
        self._spec = spec
        self._extra = ""
        self.browser.setHtml(page_html(spec.refs, spec.law))
        colours.follow(self, lambda panel: panel.show_extra(panel._extra))  # colours in the text
        layout.addWidget(self.browser, 1)
        # Made after the text, so Tab reaches the text first: the viewer at this page's place.
        self.open_link = open_link(spec, self)
        heading.addWidget(self.open_link)
        self.template_buttons: dict[str, QPushButton] = {}
        templates = for_page(spec.templates)
        if templates:
            hint = QLabel(self.tr("Voorbeeldtekst invoegen (aangevuld uit de casus):"))
            hint.setWordWrap(True)
            layout.addWidget(hint)
        for template in templates:
            button = QPushButton(_(template.label), self)
            button.setToolTip(self.tr("Voegt de voorbeeldformulering in bij het veld; "
                                      "[ … ] vult u zelf aan."))
            button.clicked.connect(lambda _c=False, t=template.id: self.insertRequested.emit(t))
            layout.addWidget(button)
            self.template_buttons[template.id] = button

    def show_extra(self, html: str) -> None:
        """Add page-specific guidance (e.g. a finding's explanation) under the handbook text."""
        self._extra = html
        self.browser.setHtml(page_html(self._spec.refs, self._law(), [html] if html else []))

    def _law(self) -> tuple[str, ...]:
        return getattr(self, "_case_law", self._spec.law)

    def set_law(self, law: tuple[str, ...]) -> None:
        """The law notes that fit the case now (app.flows.kit.page_law); shown again only when
        they change, so a keystroke does not reset the text's scroll position."""
        if law != self._law():
            self._case_law = law
            self.show_extra(self._extra)
