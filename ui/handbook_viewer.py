"""The handbook viewer (F1, Help > Handleiding): the whole handbook by step, searchable, with
the law notes beside the steps they concern.

A window of its own, not modal and without a parent: it can stay open beside a wizard (which
is modal to the main window and would block a child of it), and closing it returns to the
window it was opened from. It holds no case data. Loaded on first use (ui/help_links.py).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.content.handbook import Footnote, handbook
from app.content.organisations import law_notes
from app.content.resources import load_json
from ui import colours, window_fit
from ui.focus_ring import show_focus
from ui.handbook_document import FOOTNOTES, PURPOSE, chapters, document_html, step_anchor

MAX_MARKED = 1000  # hits drawn at once; a one-letter search would mark the whole text
_SAME = {"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-",
         "\u00a0": " ", "\u2029": "\n", "\u2028": "\n", "\ufdd0": "\n", "\ufdd1": "\n"}


def fold(text: str) -> str:
    """One character for each character (positions stay those of the document): lower case,
    without accents ('client' finds 'cliënt'), curly quotes and dashes made plain."""
    out = []
    for ch in text:
        if ch in _SAME:
            out.append(_SAME[ch])
            continue
        low = unicodedata.normalize("NFD", ch)[0].lower()
        out.append(low[0] if low else ch)  # 'İ'.lower() is two characters
    return "".join(out)


def anchor_positions(document: QTextDocument) -> dict[str, int]:
    """Where each named anchor starts (Qt puts an empty anchor's name on the next text)."""
    found: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                for name in fragment.charFormat().anchorNames():
                    found.setdefault(name, fragment.position())
            it += 1
        block = block.next()
    return found


class HandbookViewer(QWidget):
    closed = Signal()

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("handbookViewer")
        # Open or not, it never keeps the app running once the main window has closed.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setWindowTitle(self.tr("Handleiding — Deelwijzer"))
        self._return_to: QWidget | None = None
        self._hits: list[int] = []
        self._current = -1
        self._target: tuple[int, int] | None = None  # the piece a page opened us at
        self._syncing = False
        self.ref = ""  # the id last opened at

        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        find_label = QLabel(self.tr("&Zoeken in de handleiding:"))
        self.search = QLineEdit()
        self.search.setObjectName("handbookSearch")
        self.search.setPlaceholderText(self.tr("een woord of een paar woorden"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Zoeken in de handleiding"))
        find_label.setBuddy(self.search)
        self.search.installEventFilter(self)
        self.previous = QPushButton(self.tr("< Vo&rige"))
        self.previous.setToolTip(self.tr("Vorige vindplaats (Shift+Enter of Shift+F3)"))
        self.next = QPushButton(self.tr("&Volgende >"))
        self.next.setToolTip(self.tr("Volgende vindplaats (Enter of F3)"))
        self.hits = QLabel()
        self.hits.setObjectName("hits")
        self.hits.setMinimumWidth(110)
        colours.style(self.hits, "color: $muted;")
        row.addWidget(find_label)
        row.addWidget(self.search, 1)
        row.addWidget(self.previous)
        row.addWidget(self.next)
        row.addWidget(self.hits)
        layout.addLayout(row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        steps_label = QLabel(self.tr("S&tappen"))
        colours.style(steps_label, "font-weight: 600;")
        self.steps = QListWidget()
        self.steps.setObjectName("handbookSteps")
        self.steps.setWordWrap(True)
        self.steps.setAccessibleName(self.tr("Stappen van de handleiding"))
        steps_label.setBuddy(self.steps)
        left_layout.addWidget(steps_label)
        left_layout.addWidget(self.steps, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        # In English: 'Handbook text (in Dutch)'. The handbook itself is never translated.
        caption = QLabel(self.tr("Tekst van de handleiding"))
        caption.setObjectName("handbookCaption")
        colours.style(caption, "font-weight: 600; color: $accent;")
        self.text = QTextBrowser()
        self.text.setObjectName("handbookDocument")
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Tekst van de handleiding"))
        self.text.setTabChangesFocus(True)
        show_focus(self.text)
        caption.setBuddy(self.text)
        right_layout.addWidget(caption)
        right_layout.addWidget(self.text, 1)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 720])
        layout.addWidget(self.splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sluiten"))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

        self.chapters = chapters(handbook())
        for chapter in self.chapters:
            item = QListWidgetItem(chapter.label)
            item.setData(Qt.ItemDataRole.UserRole, chapter.anchor)
            self.steps.addItem(item)
        self._positions: dict[str, int] = {}
        self._folded = ""
        self._fill()
        colours.follow(self, HandbookViewer._recolour)

        self.search.textChanged.connect(self._search_changed)
        self.previous.clicked.connect(lambda: self.step_hit(-1))
        self.next.clicked.connect(lambda: self.step_hit(1))
        self.steps.currentRowChanged.connect(self._chapter_chosen)
        self.text.anchorClicked.connect(self._link)
        self.text.verticalScrollBar().valueChanged.connect(self._scrolled)
        for keys, slot in ((QKeySequence.StandardKey.FindNext, lambda: self.step_hit(1)),
                           (QKeySequence.StandardKey.FindPrevious, lambda: self.step_hit(-1)),
                           (QKeySequence.StandardKey.Find, self.focus_search),
                           (QKeySequence(Qt.Key.Key_Escape), self._escape)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        self._update_hits()
        window_fit.fit(self, 1040, 700, key="handbook", splitters=(self.splitter,))

    # content ----------------------------------------------------------------------------------

    def _fill(self) -> None:
        purpose = str(load_json("handbook/handbook.json").get("purpose", {}).get("text", ""))
        value = self.text.verticalScrollBar().value()
        self.text.setHtml(document_html(handbook(), law_notes(), purpose))
        self._positions = anchor_positions(self.text.document())
        self._folded = fold(self.text.document().toRawText())
        self.text.verticalScrollBar().setValue(value)

    def _recolour(self) -> None:
        self._fill()
        self._mark()

    def position_of(self, anchor: str) -> int:
        return self._positions.get(anchor, -1)

    # opening at a place -------------------------------------------------------------------

    def open_at(self, ref: str = "", source: QWidget | None = None) -> None:
        """Show the viewer at handbook id `ref` (its step when the id has no place of its
        own), or where it was; `source` gets the focus back when the viewer closes."""
        self._return_to = source.window() if source is not None else None
        self.show()
        self.raise_()
        self.activateWindow()
        if ref:
            self.show_ref(ref)
        elif self.steps.currentRow() < 0:
            self.steps.setCurrentRow(0)
        QTimer.singleShot(0, self.text.setFocus)

    def anchor_for(self, ref: str) -> str:
        """The anchor of a handbook id: its own, else its step's, else the start."""
        if ref in self._positions:
            return ref
        if ref in handbook().steps:  # a law note's step ('4')
            return step_anchor(ref)
        try:
            piece = handbook().get(ref)
        except KeyError:
            return PURPOSE
        return FOOTNOTES if isinstance(piece, Footnote) else step_anchor(piece.step)

    def chapter_of(self, position: int) -> int:
        """The row in the list of steps of the chapter that holds `position`."""
        row = 0
        for i, chapter in enumerate(self.chapters):
            start = self.position_of(chapter.anchor)
            if 0 <= start <= position:
                row = i
        return row

    def show_ref(self, ref: str) -> None:
        self.ref = ref
        anchor = self.anchor_for(ref)
        position = max(self.position_of(anchor), 0)
        block = self.text.document().findBlock(position)
        self._target = (block.position(), block.position() + max(block.length() - 1, 0)) \
            if anchor == ref else None
        self._select_chapter(self.chapter_of(position))
        self._scroll_to(position, margin=40)
        self._mark()

    def _scroll_to(self, position: int, margin: int = 0, fraction: float = 0.0) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(position)
        bar = self.text.verticalScrollBar()
        top = self.text.cursorRect(cursor).top()
        offset = int(self.text.viewport().height() * fraction) or margin
        self._syncing = True
        bar.setValue(bar.value() + top - offset)
        self._syncing = False

    def _select_chapter(self, row: int) -> None:
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(row)
        self.steps.blockSignals(False)

    def _chapter_chosen(self, row: int) -> None:
        if 0 <= row < len(self.chapters):
            self._scroll_to(max(self.position_of(self.chapters[row].anchor), 0))

    def _link(self, url: QUrl) -> None:
        if url.fragment():  # a footnote mark
            self.show_ref(url.fragment())

    def _scrolled(self, _value: int) -> None:
        """Keep the list on the chapter being read (not while we scroll there ourselves)."""
        if self._syncing:
            return
        top = self.text.cursorForPosition(QPoint(4, 4)).position()
        row = self.chapter_of(top)
        current = self.steps.currentRow()
        if 0 <= current < len(self.chapters) and current != row:
            # A short last chapter never reaches the top: chosen and on screen, it stays.
            start = self.position_of(self.chapters[current].anchor)
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(max(start, 0))
            if self.text.viewport().rect().contains(self.text.cursorRect(cursor).topLeft()) \
                    and current > row:
                return
        self._select_chapter(row)

    # searching --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def hit_positions(self) -> list[int]:
        return list(self._hits)

    def query(self) -> str:
        return fold(" ".join(self.search.text().split()))

    def _search_changed(self) -> None:
        """New words: every place they occur, and the first one from where the reader is."""
        query = self.query()
        self._hits = []
        if query:
            start = self._folded.find(query)
            while start >= 0:
                self._hits.append(start)
                start = self._folded.find(query, start + 1)
        self._target = None
        self._current = -1
        if self._hits:
            top = self.text.cursorForPosition(QPoint(4, 4)).position()
            self._current = next((i for i, p in enumerate(self._hits) if p >= top), 0)
            self._show_current()
        self._mark()
        self._update_hits()

    def step_hit(self, step: int) -> None:
        """To the next (1) or previous (-1) place, round to the other end."""
        if not self._hits:
            return
        self._current = (self._current + step) % len(self._hits)
        self._show_current()
        self._mark()
        self._update_hits()

    def _show_current(self) -> None:
        position = self._hits[self._current]
        self._scroll_to(position, fraction=1 / 3)
        self._select_chapter(self.chapter_of(position))

    def current_hit(self) -> int:
        return self._hits[self._current] if 0 <= self._current < len(self._hits) else -1

    def _update_hits(self) -> None:
        has = bool(self._hits)
        self.previous.setEnabled(has)
        self.next.setEnabled(has)
        if not self.query():
            self.hits.setText("")
        elif not has:
            self.hits.setText(self.tr("Niet gevonden"))
        else:
            self.hits.setText(self.tr("{i} van {n}").format(i=self._current + 1,
                                                             n=len(self._hits)))
        self.hits.setAccessibleName(self.hits.text())

    def _mark(self) -> None:
        """Every hit marked, the current one in the selection colour; the piece a page opened
        the viewer at marked across the width."""
        marks: list[QTextEdit.ExtraSelection] = []
        document = self.text.document()
        if self._target is not None:
            start, end = self._target
            mark = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)  # every line of it
            mark.cursor = cursor  # type: ignore[misc]
            fmt = QTextCharFormat()
            fmt.setBackground(colours.qcolor("target_bg"))
            fmt.setForeground(colours.qcolor("search_text"))
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
            mark.format = fmt  # type: ignore[misc]
            marks.append(mark)
        size = len(self.query())
        shown = list(enumerate(self._hits[:MAX_MARKED]))
        if self._current >= MAX_MARKED:
            shown.append((self._current, self._hits[self._current]))
        marks += [self._hit_mark(position, size, i == self._current) for i, position in shown]
        self.text.setExtraSelections(marks)

    def _hit_mark(self, position: int, size: int, current: bool) -> QTextEdit.ExtraSelection:
        mark = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(position)
        cursor.setPosition(position + size, QTextCursor.MoveMode.KeepAnchor)
        mark.cursor = cursor  # type: ignore[misc]
        fmt = QTextCharFormat()
        palette = self.text.palette()
        if current:  # as a selection looks, in this scheme's colours
            fmt.setBackground(palette.color(QPalette.ColorRole.Highlight))
            fmt.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
        else:
            fmt.setBackground(colours.qcolor("search_bg"))
            fmt.setForeground(colours.qcolor("search_text"))
        mark.format = fmt  # type: ignore[misc]
        return mark

    # keys and closing -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        """Enter in the search field goes to the next place, Shift+Enter to the previous."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                back = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.step_hit(-1 if back else 1)
                return True
        return super().eventFilter(watched, event)

    def _escape(self) -> None:
        """Esc empties the search first, then closes."""
        if self.search.text():
            self.search.clear()
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        super().closeEvent(event)
        back = self._return_to
        self._return_to = None
        if back is not None and isValid(back) and back.isVisible():
            back.raise_()
            back.activateWindow()
        self.closed.emit()
