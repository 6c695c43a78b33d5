"""The open findings on step 7, each of which the clinician can set aside with a reason.

Each row says in words and with an icon whether the finding is open or set aside, and what kind
it is with the underline it has in the field: colour only repeats it (WCAG 1.4.1).

Why: a check that cannot be answered teaches clinicians to ignore it. A false alarm, or a
deliberate choice ('dit citaat laat ik staan'), is set aside with a short reason; the reason is
kept with the dossier entry and shown in the case panel, never in a document that leaves the
practice or in the client's inzage copy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.flows.kit import restore_finding, set_finding_aside
from ui import colours
from ui.highlight import kind_label
from ui.translations import where_label


def short_kind(label: str) -> str:
    """'Oordeel, golvend onderstreept' → 'Oordeel': the kind without its underline."""
    return label.rsplit(", ", 1)[0]


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
                # Hidden first: a row added by the previous call and not yet shown would
                # otherwise be shown by Qt's queued show as a window of its own (taking the
                # focus away from the field being typed in).
                widget.hide()
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
        """All rows as plain text, in order (as shown)."""
        return "\n".join(t for label in self.findChildren(QLabel) if (t := label.text()))

    def spoken(self) -> str:
        """All rows as a screen reader reads them out: with the kind's underline."""
        return "\n".join(t for label in self.findChildren(QLabel)
                         if (t := label.accessibleName() or label.text()))

    def buttons(self) -> list[QPushButton]:
        return self.findChildren(QPushButton)

    def _note(self, text: str, style: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        colours.style(label, style)
        self.rows.addWidget(label)

    def _row(self, finding: dict[str, Any]) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        reason = finding.get("set_aside")
        kind = kind_label(finding.get("rule", ""))
        where = where_label(finding["where"])
        quoted = f"‘{finding['text']}’ ({finding['ref']})"
        # Shown: the problem first ('Oordeel in antwoord 1: ‘…’ (6.4)'); the heading says it is
        # open. Read out and in the tooltip: also the underline it has in the field.
        text = self.tr("{kind} in {where}").replace("{kind}", short_kind(kind)).replace(
            "{where}", where) + f": {quoted}"
        full = f"{kind} — {where}: {quoted}"
        if reason:
            aside = " — " + self.tr("terzijde gelegd: {reason}").replace("{reason}", reason)
            text, full = text + aside, full + aside
        else:
            full = self.tr("Open: {finding}").replace("{finding}", full)
        icon = QLabel()
        pixmap = QStyle.StandardPixmap.SP_MessageBoxInformation if reason else (
            QStyle.StandardPixmap.SP_MessageBoxWarning)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        icon.setAccessibleName(self.tr("Terzijde gelegd") if reason else self.tr("Open"))
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAccessibleName(full)
        label.setToolTip(full)
        colours.style(label, "" if reason else "color: $error;")
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
