"""Small form widgets: fields that say what is still needed right beside them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QMouseEvent, QResizeEvent, QTextCursor
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
from ui import a11y, colours

NEEDED_STYLE = "color: $needed;"  # ui.colours templates
WARNING_STYLE = ("color: $info_text; background: $info_bg; border: 1px solid $info_border; "
                 "border-radius: 3px; padding: 4px;")


class ProblemLabel(QLabel):
    """What a field still needs (amber) or what the clinician should consider (blue).

    The messages are also the accessible description of the field(s) they belong to
    (`for_field`); one that appears while the clinician works in the field is announced. A
    label of no field (a page's or a list's) announces its new messages while it is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        self.setFont(font)
        self.fields: list[QWidget] = []
        self._messages: list[str] = []
        self.hide()

    def for_field(self, *widgets: QWidget) -> ProblemLabel:
        """The field(s) whose problems this label shows (an answer group: its buttons)."""
        for widget in widgets:
            self.fields += a11y.parts(widget)
        self._describe()
        return self

    def set_problems(self, problems: Sequence[Problem]) -> None:
        before = self._messages
        self._messages = [p.message for p in problems]
        if not problems:
            self.clear()
            self.hide()
            self._describe()
            return
        blocking = any(p.blocking for p in problems)
        colours.style(self, NEEDED_STYLE if blocking else WARNING_STYLE)
        self.setText("\n".join(("▸ " if p.blocking else "• ") + p.message for p in problems))
        self.setToolTip(", ".join(sorted({p.ref for p in problems if p.ref})))
        self.show()
        self._describe()
        new = [m for m in self._messages if m not in before]
        if new and (a11y.has_focus_in(self.fields) if self.fields else self.isVisible()):
            a11y.announce(self.fields[0] if self.fields else self, "\n".join(new))

    def _describe(self) -> None:
        for field in self.fields:
            a11y.describe(field, "\n".join(self._messages))


class TextArea(QPlainTextEdit):
    """Multi-line text, a fixed number of lines high, that tabs to the next field.

    With `checked=True` judging language is underlined while typing (handbook 6.4), its
    explanation is the tooltip, and `findingAtCursor` reports the finding under the cursor.
    """

    findingAtCursor = Signal(object)  # Finding or None
    entered = Signal()  # focus or a click: the field the clinician is working in

    def __init__(self, placeholder: str = "", lines: int = 3,
                 parent: QWidget | None = None, *, checked: bool = False,
                 grow: int = 0) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        # A fixed height keeps long forms compact; longer text scrolls inside the field.
        # With `grow`, the field grows with its text up to that many lines, then scrolls.
        self._lines, self._grow = lines, max(grow, lines)
        self._set_lines(lines)
        if grow:
            self.textChanged.connect(self._fit)
        self.highlighter = None
        if checked:
            from ui.highlight import JudgementHighlighter

            self.highlighter = JudgementHighlighter(self.document())
            self.cursorPositionChanged.connect(self._report_finding)

    def _set_lines(self, lines: int) -> None:
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def _fit(self) -> None:
        # The text's lines as wrapped at the field's width (the layout itself is lazy).
        metrics, width = self.fontMetrics(), max(40, self.viewport().width() - 8)
        wanted = sum(max(1, metrics.boundingRect(0, 0, width, 10**6,
                                                 Qt.TextFlag.TextWordWrap, line).height()
                     // metrics.lineSpacing()) for line in self.toPlainText().split("\n"))
        self._set_lines(min(self._grow, max(self._lines, wanted)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        if self._grow > self._lines:
            self._fit()

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
                                  + self.tr("Beter: {suggestion}").format(
                                      suggestion=finding.suggestion), self)
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
        """Append a template; never overwrite what the clinician wrote. Through the text
        cursor, as one edit: Ctrl+Z takes the template out again (setPlainText would wipe the
        field's undo history)."""
        document = self.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        end = cursor.position()
        start = end
        while start > 0 and document.characterAt(start - 1).isspace():
            start -= 1  # trailing blank lines give way to the one empty line before the template
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(f"\n\n{text}" if start > 0 else text)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
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
        self._group.buttonToggled.connect(lambda *_args: self._one_tab_stop())

    def _one_tab_stop(self) -> None:
        """Tab stops once in the group, on the answer given (the first button while there is
        none); the arrow keys move between the answers (WCAG 2.4.3)."""
        buttons = self.buttons()
        stop = next((b for b in buttons if b.isChecked()), buttons[0] if buttons else None)
        for button in buttons:
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is stop
                                  else Qt.FocusPolicy.ClickFocus)

    def buttons(self) -> list[QRadioButton]:
        return [self._group.button(i) for i in range(len(self._values))]  # type: ignore[misc]

    def accessible_parts(self) -> list[QRadioButton]:
        """What a screen reader lands on: the answers (ui.a11y)."""
        return self.buttons()

    def set_question(self, question: str) -> None:
        """Each answer says its question to a screen reader: 'Zorgen besproken? Ja'."""
        a11y.name_answers(self.buttons(), question)

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
