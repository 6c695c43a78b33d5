"""Choosing what to screen off in an inzage copy, item by item, with a reason for each."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import service
from app.content.i18n import _
from app.content.organisations import law_notes
from app.documents import inzage
from app.vault.dossier import Dossier
from ui import colours, window_fit

COL_SCREEN, COL_WHAT, COL_TEXT, COL_REASON = range(4)


class InzageDialog(QDialog):
    def __init__(self, dossier: Dossier, today: date, parent: QWidget | None = None,
                 client: str = "") -> None:
        super().__init__(parent)
        self.dossier = dossier
        self.today = today
        self.items: list[inzage.Item] = []
        self.setWindowTitle(self.tr("Inzage: afschrift voor de cliënt"))
        window_fit.fit(self, 1000, 680, key="inzage")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Maak een afschrift van het dossier van een cliënt. Scherm per onderdeel af wat een "
            "ander betreft (bijvoorbeeld een melder aan wie anonimiteit is toegezegd), met een "
            "reden. Afgeschermde tekst komt niet in het afschrift. Onderdelen die een andere "
            "vastgelegde betrokkene noemen (een ouder, de grootmoeder, de huisarts …) of apart "
            "aan Veilig Thuis zijn gegeven, zijn al aangevinkt met de reden: controleer elk "
            "voorstel. Onderdelen met een oranje achtergrond noemen mogelijk een ander."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.client = QComboBox()
        self.client.setObjectName("client")
        self.client.addItems(dossier.cases.client_pseudonyms())
        if client:
            self.client.setCurrentText(client)
        form.addRow(self.tr("Cliënt"), self.client)
        self.requester = QComboBox()
        for key, label in inzage.REQUESTERS.items():
            self.requester.addItem(_(label), key)
        form.addRow(self.tr("Verzocht door"), self.requester)
        layout.addLayout(form)
        note = law_notes().get("law.inzage")
        if note is not None:
            law = QLabel(f"{_(note.text)} ({note.article})")  # translated: the dialog's own
            law.setWordWrap(True)
            colours.style(law, "color: $muted;")
            layout.addWidget(law)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("items")
        self.table.setAccessibleName(self.tr("Onderdelen van het afschrift"))
        self.table.setHorizontalHeaderLabels([self.tr("Afschermen"), self.tr("Onderdeel"),
                                              self.tr("Tekst"), self.tr("Reden")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_SCREEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(COL_WHAT, 220)
        self.table.setColumnWidth(COL_REASON, 220)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        colours.style(self.message, "color: $needed;")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("PDF maken…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.client.currentTextChanged.connect(self.load_items)
        self.table.itemChanged.connect(lambda _item: self.validate())
        self.load_items()
        colours.follow(self, _recolour)

    def load_items(self) -> None:
        self.table.blockSignals(True)
        histories = service.client_histories(self.dossier, self.client.currentText())
        self.items = inzage.items_for_client(histories, self.today)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if item.proposal
                                else Qt.CheckState.Unchecked)
            check.setToolTip(self.tr("Voorstel: {reason}").format(reason=item.proposal)
                             if item.proposal else "")
            what = QTableWidgetItem(f"{item.label}")
            what.setToolTip(item.section)
            text = QTableWidgetItem(item.text if len(item.text) < 400
                                    else item.text[:400] + " …")
            text.setToolTip(item.text[:2000])
            reason = QTableWidgetItem(item.proposal)
            for cell in (what, text):
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if item.third_party_hint or item.proposal:
                for cell in (check, what, text, reason):
                    _hint(cell)
            self.table.setItem(row, COL_SCREEN, check)
            self.table.setItem(row, COL_WHAT, what)
            self.table.setItem(row, COL_TEXT, text)
            self.table.setItem(row, COL_REASON, reason)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)
        self.validate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        # Rows can only be measured once the columns have their final widths.
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def set_screened(self, row: int, reason: str) -> None:
        """Mark a row as screened with a reason (as a user would by ticking and typing)."""
        self.table.item(row, COL_SCREEN).setCheckState(Qt.CheckState.Checked)
        self.table.item(row, COL_REASON).setText(reason)

    def screened(self) -> dict[str, str]:
        return {item.id: self.table.item(row, COL_REASON).text()
                for row, item in enumerate(self.items)
                if self.table.item(row, COL_SCREEN).checkState() == Qt.CheckState.Checked}

    def requester_key(self) -> str:
        return str(self.requester.currentData())

    def validate(self) -> bool:
        missing = inzage.check_screening(self.screened())
        ok = bool(self.items) and not missing
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if not self.items:
            self.message.setText(self.tr("Deze cliënt heeft nog geen afgeronde uitwisselingen."))
        elif missing:
            self.message.setText(self.tr("Geef bij elk afgeschermd onderdeel een reden "
                                         "({n} ontbreken).").format(n=len(missing)))
        else:
            self.message.setText(self.tr("{n} van {total} onderdelen afgeschermd.").format(
                n=len(self.screened()), total=len(self.items)))
        return ok


def _hint(cell: QTableWidgetItem) -> None:
    """A cell of a row that may name someone else: background and text as a pair."""
    cell.setBackground(QBrush(colours.qcolor("hint_bg")))
    cell.setForeground(QBrush(colours.qcolor("hint_text")))


def _recolour(dialog: InzageDialog) -> None:
    """Those rows in the current scheme's colours, keeping what the clinician ticked."""
    table = dialog.table
    table.blockSignals(True)
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            cell = table.item(row, column)
            if cell is not None and cell.data(Qt.ItemDataRole.BackgroundRole) is not None:
                _hint(cell)
    table.blockSignals(False)
