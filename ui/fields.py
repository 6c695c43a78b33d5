"""Small form widgets: fields that say what is still needed right beside them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QToolTip,
    QWidget,
)

from app.checks.dates import DateError, format_short, looks_like_date, parse_date
from app.checks.problems import Problem

NEEDED_STYLE = "color: #8a4b00;"
WARNING_STYLE = ("color: #1f3550; background: #eef3f9; border: 1px solid #b9c9de; "
                 "border-radius: 3px; padding: 4px;")


class ProblemLabel(QLabel):
    """What a field still needs (amber) or what the clinician should consider (blue)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        self.setFont(font)
        self.hide()

    def set_problems(self, problems: Sequence[Problem]) -> None:
        if not problems:
            self.clear()
            self.hide()
            return
        blocking = any(p.blocking for p in problems)
        self.setStyleSheet(NEEDED_STYLE if blocking else WARNING_STYLE)
        self.setText("\n".join(("▸ " if p.blocking else "• ") + p.message for p in problems))
        self.setToolTip(", ".join(sorted({p.ref for p in problems if p.ref})))
        self.show()


class TextArea(QPlainTextEdit):
    """Multi-line text, a fixed number of lines high, that tabs to the next field.

    With `checked=True` judging language is underlined while typing (handbook 6.4), its
    explanation is the tooltip, and `findingAtCursor` reports the finding under the cursor.
    """

    findingAtCursor = Signal(object)  # Finding or None
    entered = Signal()  # focus or a click: the field the clinician is working in

    def __init__(self, placeholder: str = "", lines: int = 3,
                 parent: QWidget | None = None, *, checked: bool = False) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        # A fixed height keeps long forms compact; longer text scrolls inside the field.
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)
        self.highlighter = None
        if checked:
            from ui.highlight import JudgementHighlighter

            self.highlighter = JudgementHighlighter(self.document())
            self.cursorPositionChanged.connect(self._report_finding)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt naming
        super().focusInEvent(event)
        self.entered.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt naming
        super().mousePressEvent(event)
        self.entered.emit()

    def _report_finding(self) -> None:
        from ui.highlight import finding_at

        self.findingAtCursor.emit(finding_at(self.document(), self.textCursor().position()))

    def event(self, event: QEvent) -> bool:  # noqa: D401 - Qt override
        if self.highlighter is not None and event.type() == QEvent.Type.ToolTip:
            from ui.highlight import finding_at

            help_event = event  # a QHelpEvent
            cursor = self.cursorForPosition(help_event.pos())  # type: ignore[attr-defined]
            finding = finding_at(self.document(), cursor.position())
            if finding is not None:
                QToolTip.showText(help_event.globalPos(),  # type: ignore[attr-defined]
                                  f"{finding.title}: {finding.explanation}\n\n"
                                  f"Beter: {finding.suggestion}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        if text != self.toPlainText():
            self.setPlainText(text)

    def insert_template(self, text: str) -> None:
        """Append a template; never overwrite what the clinician wrote."""
        current = self.toPlainText().rstrip()
        self.setPlainText(f"{current}\n\n{text}" if current else text)
        self.moveCursor(self.textCursor().MoveOperation.End)
        self.setFocus()


class DateField(QLineEdit):
    """dd-mm-jjjj. Stores ISO when valid; keeps the raw text otherwise so the check can say why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.setMaxLength(10)
        self.setFixedWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 24)

    def value(self) -> str:
        text = self.text().strip()
        if not text:
            return ""
        try:
            return parse_date(text).isoformat()
        except DateError:
            return text

    def set_value(self, value: str) -> None:
        shown = value
        if value and looks_like_date(value):
            try:
                shown = format_short(parse_date(value))
            except DateError:
                shown = value
        if shown != self.text():
            self.setText(shown)


class Choice(QWidget):
    """Radio buttons for one answer, which may also be 'not answered yet' (None)."""

    changed = Signal()

    def __init__(self, options: Sequence[tuple[object, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self._values: list[object] = []
        for index, (value, label) in enumerate(options):
            button = QRadioButton(label, self)
            self._group.addButton(button, index)
            self._values.append(value)
            layout.addWidget(button)
        layout.addStretch(1)
        self._group.idClicked.connect(lambda _id: self.changed.emit())

    def buttons(self) -> list[QRadioButton]:
        return [self._group.button(i) for i in range(len(self._values))]  # type: ignore[misc]

    def value(self) -> object:
        index = self._group.checkedId()
        return None if index < 0 else self._values[index]

    def set_value(self, value: object) -> None:
        if value == self.value():
            return
        if value in self._values:
            self._group.button(self._values.index(value)).setChecked(True)
        else:
            self._group.setExclusive(False)
            for b in self._group.buttons():
                b.setChecked(False)
            self._group.setExclusive(True)

    def choose(self, value: object) -> None:
        """Select as if clicked (emits `changed`)."""
        self._group.button(self._values.index(value)).click()


def section_label(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setWeight(QFont.Weight.DemiBold)
    font.setPointSizeF(font.pointSizeF() * 1.05)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 0)
    return label
