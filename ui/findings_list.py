"""The open findings on step 7, each of which the clinician can set aside with a reason.

Why: a check that cannot be answered teaches clinicians to ignore it. A false alarm, or a
deliberate choice ('dit citaat laat ik staan'), is set aside with a short reason; the reason is
kept with the dossier entry and shown in the case panel, never in a document that leaves the
practice or in the client's inzage copy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.flows.kit import restore_finding, set_finding_aside


class FindingsList(QWidget):
    """One row per finding: what and where, and 'Terzijde leggen…' or 'Weer openen'."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openFindings")
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.record: Any = None

    def show_findings(self, record: Any, found: list[dict[str, Any]]) -> None:
        """Rebuild the rows for `record` (a flow's case data) and its current findings."""
        self.record = record
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        open_ = [f for f in found if not f.get("set_aside")]
        if not found:
            self._note(self.tr("Geen: er zijn geen oordelen of bronloze feiten gevonden."),
                       "color: palette(text);")
            return
        for finding in found:
            self._row(finding)
        if open_:
            self._note(self.tr("Dit blokkeert het afronden niet. Leg een bevinding terzijde als "
                               "het een vals alarm of een bewuste keuze is; uw reden wordt bij "
                               "het dossier bewaard, niet in verzonden documenten."), "")

    def text(self) -> str:
        """All rows as plain text, in order (what a screen reader reads out, and tests)."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))

    def buttons(self) -> list[QPushButton]:
        return self.findChildren(QPushButton)

    def _note(self, text: str, style: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        self.rows.addWidget(label)

    def _row(self, finding: dict[str, Any]) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        reason = finding.get("set_aside")
        text = f"• {finding['where']}: ‘{finding['text']}’ ({finding['ref']})"
        if reason:
            text += " — " + self.tr("terzijde gelegd: {reason}").replace("{reason}", reason)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("" if reason else "color: #a61b1b;")
        layout.addWidget(label, 1)
        if reason:
            button = QPushButton(self.tr("Weer openen"))
            button.setAccessibleName(self.tr("Bevinding weer openen: {text}").replace(
                "{text}", finding["text"]))
            button.clicked.connect(self._action(restore_finding, finding))
        else:
            button = QPushButton(self.tr("Terzijde leggen…"))
            button.setAccessibleName(self.tr("Bevinding terzijde leggen: {text}").replace(
                "{text}", finding["text"]))
            button.clicked.connect(self._ask_reason(finding))
        layout.addWidget(button)
        self.rows.addWidget(row)

    def _action(self, func: Callable[..., None], finding: dict[str, Any]) -> Callable[[], None]:
        def run() -> None:
            func(self.record, finding["where"], finding["text"])
            self.changed.emit()
        return run

    def _ask_reason(self, finding: dict[str, Any]) -> Callable[[], None]:
        def run() -> None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Bevinding terzijde leggen"),
                self.tr("Waarom laat u ‘{text}’ staan? Bijvoorbeeld: ‘vals alarm: dit is een "
                        "citaat van moeder’ of ‘bewuste keuze’.").replace("{text}",
                                                                         finding["text"]))
            if not ok:
                return
            try:
                set_finding_aside(self.record, finding["where"], finding["text"], reason)
            except ValueError as exc:
                QMessageBox.information(self, self.tr("Reden ontbreekt"), str(exc))
                return
            self.changed.emit()
        return run
