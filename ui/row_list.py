"""Rows a clinician adds and removes on a page: facts, questions.

One place keeps the numbering, the layout, the page's loading state and its edit signal in
step, so a removed fact renumbers the rest wherever facts are listed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import msgbox

if TYPE_CHECKING:
    from ui.flow_page import FlowPage


def discard(widget: QWidget) -> None:
    """Take a widget out of sight at once and delete it when Qt is ready."""
    # Hidden first: until deleteLater runs, a removed widget would still paint at (0, 0).
    widget.hide()
    widget.deleteLater()


class NumberedRow(QFrame):
    """A framed row with a numbered caption and a remove button."""

    def __init__(self, parent: QWidget, name: str, number: int) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(name)
        self.setStyleSheet(f"#{name} {{ border: 1px solid #d5dde8; border-radius: 3px; }}")
        self.body = QVBoxLayout(self)
        self._top = top = QHBoxLayout()
        self.caption = QLabel()
        self.caption.setStyleSheet("font-weight: 600;")
        top.addWidget(self.caption)
        top.addStretch(1)
        self.remove = QPushButton(self.tr("Verwijderen"))
        top.addWidget(self.remove)
        self.body.addLayout(top)
        self.set_number(number)

    def inline(self, fields: QGridLayout, remove_column: int) -> None:
        """A compact row: the `fields` grid takes the width beside the caption, instead of
        lines of their own under it; the remove button moves into the grid's first line."""
        top = self._top
        top.takeAt(1)  # the stretch
        top.removeWidget(self.remove)
        top.insertLayout(1, fields, 1)
        top.setAlignment(self.caption, Qt.AlignmentFlag.AlignTop)
        fields.addWidget(self.remove, 0, remove_column, Qt.AlignmentFlag.AlignTop)
        self.body.setContentsMargins(6, 4, 6, 4)

    def set_number(self, number: int) -> None:
        self.caption.setText(self.caption_text(number))

    def caption_text(self, number: int) -> str:
        raise NotImplementedError

    def first_field(self) -> QWidget:
        """Where the cursor goes when the clinician adds this row."""
        raise NotImplementedError

    def has_content(self) -> bool:
        """Whether removing the row would lose something the clinician typed."""
        for edit in self.findChildren(QLineEdit):
            if edit.text().strip():
                return True
        for area in self.findChildren(QPlainTextEdit):
            if area.toPlainText().strip():
                return True
        return False


Row = TypeVar("Row", bound=NumberedRow)


class RowList(Generic[Row]):
    """The rows of one list on a page, with the button that adds one."""

    def __init__(self, page: FlowPage, make: Callable[[int], Row], add_text: str,
                 add_name: str, *, removed: Callable[[int], None] | None = None,
                 changed: Callable[[], None] | None = None) -> None:
        self.page = page
        self._make = make
        self._removed = removed
        self._changed = changed
        self.rows: list[Row] = []
        self._removed_at = float("-inf")
        self.layout = QVBoxLayout()
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(add_name)
        self.add_button.clicked.connect(lambda: self.add())
        self.button_line = QHBoxLayout()
        self.button_line.addWidget(self.add_button)
        self.button_line.addStretch(1)

    def place(self, layout: QVBoxLayout) -> None:
        """Put the rows and, under them, the add button into a page or box layout."""
        layout.addLayout(self.layout)
        layout.addLayout(self.button_line)

    def add(self, fill: Callable[[Row], None] | None = None) -> Row:
        row = self._make(len(self.rows) + 1)
        row.remove.clicked.connect(lambda: self.remove(row))
        self.rows.append(row)
        self.layout.addWidget(row)
        loading, self.page._loading = self.page._loading, True
        try:
            if fill is not None:
                fill(row)
        finally:
            self.page._loading = loading
        self._notify()
        if not loading:
            row.first_field().setFocus()
            self.page.edited()
        return row

    def remove(self, row: Row) -> None:
        """Remove a row — after asking, when it holds anything the clinician typed.

        A second press on a row that is already going is ignored (it raised before), and so is
        a press within a double-click interval of the last removal: the rows move up at once,
        so the second click of a double click would land on the next row's button."""
        if row not in self.rows or not row.remove.isEnabled():
            return
        if time.monotonic() - self._removed_at < QApplication.doubleClickInterval() / 1000:
            return
        if row.has_content() and not msgbox.question(
                self.page, row.tr("Verwijderen?"),
                row.tr("{what} verwijderen? Wat u daar invulde gaat verloren.").format(
                    what=row.caption.text())):
            return
        row.remove.setEnabled(False)
        index = self.rows.index(row)
        self.rows.remove(row)
        self.layout.removeWidget(row)
        discard(row)
        for number, other in enumerate(self.rows, start=1):
            other.set_number(number)
        if self._removed is not None:
            self._removed(index)
        self._notify()
        self._removed_at = time.monotonic()
        # Not into the next row's first field: its text would be selected, and the next key
        # (or Ctrl+Z) would overwrite what the clinician kept.
        self.add_button.setFocus()
        self.page.edited()

    def clear(self) -> None:
        for row in self.rows:
            self.layout.removeWidget(row)
            discard(row)
        self.rows.clear()

    def _notify(self) -> None:
        if self._changed is not None:
            self._changed()

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index: int) -> Row:
        return self.rows[index]
