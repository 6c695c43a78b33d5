"""Rows a clinician adds and removes on a page: facts, questions.

One place keeps the numbering, the layout, the page's loading state and its edit signal in
step, so a removed fact renumbers the rest wherever facts are listed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import colours, msgbox

if TYPE_CHECKING:
    from ui.flow_page import FlowPage


def _tr(text: str) -> str:
    # Not `row.tr(…)` or `self.page.tr(…)`: lupdate files those under the variable's name
    # ('row'), which no class is called, so the English never showed (a lookup uses the class).
    return QCoreApplication.translate("RowList", text)


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
        colours.style(self, f"#{name} {{ border: 1px solid $frame_border; border-radius: 3px; }}")
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

    def focus_chain(self) -> list[QWidget]:
        """The row's inputs in the order Tab visits them: its fields as they were made (top
        to bottom), then its remove button."""
        fields = [w for w in focus_order(self)  # not the editor inside a combo or spin box
                  if w is not self.remove and w.focusProxy() is None]
        return [*fields, self.remove]

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


def focus_order(root: QWidget) -> list[QWidget]:
    """The widgets inside `root` that take focus, in their present tab order from `root`."""
    found: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root and len(found) < 5000:
        if root.isAncestorOf(widget) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def _focus_before(widget: QWidget, skip: QWidget) -> QWidget | None:
    """The widget Tab visits just before `widget`, none inside `skip`."""
    before = widget.previousInFocusChain()
    for _step in range(5000):
        if before is None or before is widget:
            return None
        if before is not skip and not skip.isAncestorOf(before) \
                and before.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return before
        before = before.previousInFocusChain()
    return None


def row_state(row: QWidget) -> list[object]:
    """What the clinician entered in a row, input by input (in the row's own widget order), so
    an identical new row can be given the same contents."""
    state: list[object] = []
    for widget in row.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and isinstance(
                widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo or spin box: kept with that box
        if isinstance(widget, QLineEdit):
            state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            state.append(widget.toPlainText())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
        elif isinstance(widget, QComboBox):
            state.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QSpinBox):
            state.append(widget.value())
    return state


def set_row_state(row: QWidget, state: list[object]) -> None:
    """Put `row_state` of a removed row into a new one of the same kind."""
    values = iter(state)
    for widget in row.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and isinstance(
                widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue
        if isinstance(widget, QLineEdit):
            widget.setText(str(next(values, "")))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(next(values, "")))
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            if next(values, False):
                widget.setChecked(True)  # an exclusive group unchecks the others itself
        elif isinstance(widget, QComboBox):
            index, text = next(values, (-1, ""))  # type: ignore[misc]
            widget.setCurrentIndex(index)
            if widget.isEditable():
                widget.setEditText(text)
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(next(values, widget.value())))  # type: ignore[call-overload]


class RowList(Generic[Row]):
    """The rows of one list on a page, with the button that adds one and, after a removal,
    the button that puts the removed row back ('Ongedaan maken', also Ctrl+Z on the page
    while the focus is not in a text field, which undoes its own typing)."""

    def __init__(self, page: FlowPage, make: Callable[[int], Row], add_text: str,
                 add_name: str, *, removed: Callable[[int], object] | None = None,
                 restored: Callable[[int, object], None] | None = None,
                 changed: Callable[[], None] | None = None) -> None:
        self.page = page
        self._make = make
        self._removed = removed
        self._restored = restored
        self._changed = changed
        self.rows: list[Row] = []
        self._removed_at = float("-inf")
        self._undo: tuple[int, list[object], object] | None = None
        self.layout = QVBoxLayout()
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(add_name)
        self.add_button.clicked.connect(lambda: self.add())
        self.undo_button = QPushButton()
        self.undo_button.setObjectName(add_name + "Undo")
        self.undo_button.clicked.connect(self.undo_remove)
        self.undo_button.hide()
        self.button_line = QHBoxLayout()
        self.button_line.addWidget(self.add_button)
        self.button_line.addStretch(1)
        self.button_line.addWidget(self.undo_button)

    def place(self, layout: QVBoxLayout) -> None:
        """Put the rows and, under them, the add button into a page or box layout."""
        layout.addLayout(self.layout)
        layout.addLayout(self.button_line)

    def add(self, fill: Callable[[Row], None] | None = None, *, at: int | None = None) -> Row:
        index = len(self.rows) if at is None else at
        row = self._make(index + 1)
        row.remove.clicked.connect(lambda: self.remove(row))
        self.rows.insert(index, row)
        self.layout.insertWidget(index, row)
        for number, other in enumerate(self.rows, start=1):
            other.set_number(number)
        loading, self.page._loading = self.page._loading, True
        try:
            if fill is not None:
                fill(row)
        finally:
            self.page._loading = loading
        self._place_in_tab_order(row, index)
        self._notify()
        if not loading:
            self.page.order_focus()
            row.first_field().setFocus()
            self.page.edited()
        return row

    def _place_in_tab_order(self, row: Row, index: int) -> None:
        """Tab visits a new row where it stands: Qt puts a new widget at the end of the
        window's tab order, so a fact added under question 1 came after question 2."""
        following = self.rows[index + 1].focus_chain() if index + 1 < len(self.rows) else []
        after = following[0] if following else self.add_button
        before = _focus_before(after, row)
        chain = row.focus_chain()
        if before is not None and chain and before.window() is row.window():
            for first, second in zip([before, *chain], chain, strict=False):
                QWidget.setTabOrder(first, second)

    def remove(self, row: Row) -> None:
        """Remove a row — after asking, when it holds anything the clinician typed.

        A second press on a row that is already going is ignored (it raised before), and so is
        a press within a double-click interval of the last removal: the rows move up at once,
        so the second click of a double click would land on the next row's button."""
        if row not in self.rows or not row.remove.isEnabled():
            return
        if time.monotonic() - self._removed_at < QApplication.doubleClickInterval() / 1000:
            return
        filled = row.has_content()
        if filled and not msgbox.question(
                self.page, _tr("Verwijderen?"),
                _tr("{what} verwijderen? Met ‘Ongedaan maken’ zet u het daarna terug, met wat u "
                    "invulde.").format(what=row.caption.text()), destructive=True):
            return
        row.remove.setEnabled(False)
        index = self.rows.index(row)
        state = row_state(row) if filled else None
        what = row.caption.text()
        self.rows.remove(row)
        self.layout.removeWidget(row)
        discard(row)
        for number, other in enumerate(self.rows, start=1):
            other.set_number(number)
        dropped = self._removed(index) if self._removed is not None else None
        self._notify()
        self._removed_at = time.monotonic()
        if state is not None:
            self._offer_undo(index, state, dropped, what)
        # Not into the next row's first field: its text would be selected, and the next key
        # (or Ctrl+Z) would overwrite what the clinician kept.
        self.add_button.setFocus()
        self.page.edited()

    def _offer_undo(self, index: int, state: list[object], dropped: object, what: str) -> None:
        self._undo = (index, state, dropped)
        self.undo_button.setText(_tr("Ongedaan maken: {what} terugzetten").format(
            what=what.lower() if what[:1].isupper() and what[1:2].islower() else what))
        self.undo_button.setToolTip(_tr("Zet de verwijderde rij terug met wat u invulde "
                                        "(Ctrl+Z)"))
        self.undo_button.show()
        self.page.offer_undo(self)

    def can_undo(self) -> bool:
        return self._undo is not None

    def undo_remove(self) -> Row | None:
        """Put the last removed row back where it was, with its contents."""
        if self._undo is None:
            return None
        index, state, dropped = self._undo
        self.forget_undo()
        index = min(index, len(self.rows))
        if self._restored is not None:
            self._restored(index, dropped)
        return self.add(lambda row: set_row_state(row, state), at=index)

    def forget_undo(self) -> None:
        self._undo = None
        self.undo_button.hide()

    def clear(self) -> None:
        for row in self.rows:
            self.layout.removeWidget(row)
            discard(row)
        self.rows.clear()
        self.forget_undo()

    def _notify(self) -> None:
        if self._changed is not None:
            self._changed()

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, index: int) -> Row:
        return self.rows[index]
