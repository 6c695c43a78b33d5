"""The cases list as a model over the store, loading rows a page at a time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app.checks.dates import format_short
from app.content.i18n import _
from app.flows.registry import FLOWS
from app.records import CaseSummary
from app.vault.dossier import Dossier
from ui import colours
from ui.translations import short_datetime

PAGE = 200
STATUS_LABELS = {"concept": QT_TRANSLATE_NOOP("CasesModel", "Concept"),
                 "afgerond": QT_TRANSLATE_NOOP("CasesModel", "Afgerond")}

Index = QModelIndex | QPersistentModelIndex


class CasesModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("CasesModel", "Cliënt"), QT_TRANSLATE_NOOP("CasesModel", "Soort"),
               QT_TRANSLATE_NOOP("CasesModel", "Status"),
               QT_TRANSLATE_NOOP("CasesModel", "Organisatie"),
               QT_TRANSLATE_NOOP("CasesModel", "Termijn"),
               QT_TRANSLATE_NOOP("CasesModel", "Laatst gewijzigd"))

    def __init__(self, dossier: Dossier, today: date | None = None) -> None:
        super().__init__()
        self._today = today or date.today()
        self._dossier: Dossier | None = dossier
        self._rows: list[CaseSummary] = []
        self._total = 0
        self._filter: dict[str, str] = {"text": "", "kind": "", "status": ""}
        self.show_names = False
        self.reload()

    def set_show_names(self, show: bool) -> None:
        """Full names in the list (the practice's choice), or the label (initials, say) on a
        screen others can see. A case without a recorded name shows its label either way."""
        if show != self.show_names:
            self.show_names = show
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def set_filter(self, text: str = "", kind: str = "", status: str = "") -> None:
        """Search (FTS5, in SQL) and filter; rows are then loaded page by page again."""
        self._filter = {"text": text, "kind": kind, "status": status}
        self.reload()

    def total(self) -> int:
        return self._total

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._total = self._dossier.cases.count(**self._filter) if self._dossier else 0
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def set_dossier(self, dossier: Dossier) -> None:
        """After unlocking again: the same filter, the new connection."""
        self._dossier = dossier
        self.reload()

    def clear(self) -> None:
        """Drop every row and the dossier reference (when the dossier is locked)."""
        self.beginResetModel()
        self._rows, self._total, self._dossier = [], 0, None
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if self._dossier is None:
            return
        batch = self._dossier.cases.summaries(len(self._rows), PAGE, **self._filter)
        if not batch:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(batch) - 1)
        self._rows.extend(batch)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            shown = row.client_name if self.show_names and row.client_name else \
                row.client_pseudonym
            return (
                shown or self.tr("(nog geen naam)"),
                _(FLOWS[row.kind].label) if row.kind in FLOWS else row.kind,
                self.tr(STATUS_LABELS.get(row.status, row.status)),
                organisation_first(row.kind, row.receiver),
                format_short(row.due_date) if row.due_date else "",
                _local(row.updated_at),
            )[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return row.receiver or None  # the whole of it, where the column cuts it off
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == 4 and self.overdue(row):
                return colours.qcolor("overdue")
            if row.status == "concept":
                return colours.qcolor("needed")
        if role == Qt.ItemDataRole.FontRole and index.column() == 4 and self.overdue(row):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def overdue(self, row: CaseSummary) -> bool:
        return bool(row.due_date) and row.due_date < self._today.isoformat()

    def case_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, case_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), -1)


def organisation_first(kind: str, receiver: str) -> str:
    """An overleg or ander doel is stored as 'person, function, organisation': the column is
    about the organisation, so that comes first and a narrow column cuts off the person."""
    if kind not in ("overleg", "ander_doel") or ", " not in receiver:
        return receiver
    *person, organisation = receiver.split(", ")
    return f"{organisation} — {', '.join(person)}"


def _local(iso: str) -> str:
    return short_datetime(iso)
