"""The cases list as a model over the store, loading rows a page at a time.

A typed search runs on a worker thread, on a reader of its own (app/vault/reader.py), so the
GUI thread never waits for one, and the answer to a keystroke that was typed over is dropped.
The first page comes without counting every match (a page is read one row past its end, so it
knows whether there is more); the count follows, and until then total() is None and the list
says "meer dan 200". The first list, a refresh after a change and the next page as one scrolls
are read on the GUI thread: a page along the list's index takes about a millisecond. A model
made without `background` (tests, small tools) does it all on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QFont

from app.checks.dates import format_short
from app.content.i18n import _
from app.errors import DossierError
from app.flows.registry import FLOWS
from app.records import CaseSummary
from app.vault.dossier import Dossier
from app.vault.reader import Interrupted, Reader
from ui import colours
from ui.translations import short_datetime
from ui.worker import run_in_background

PAGE = 200
STATUS_LABELS = {"concept": QT_TRANSLATE_NOOP("CasesModel", "Concept"),
                 "afgerond": QT_TRANSLATE_NOOP("CasesModel", "Afgerond")}

Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _USER, _TOOLTIP, _FOREGROUND, _FONT = (
    int(role) for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole,
                           Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                           Qt.ItemDataRole.FontRole))
_ANSWERED = frozenset((_DISPLAY, _USER, _TOOLTIP, _FOREGROUND, _FONT))
T = TypeVar("T")


class CasesModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("CasesModel", "Cliënt"), QT_TRANSLATE_NOOP("CasesModel", "Soort"),
               QT_TRANSLATE_NOOP("CasesModel", "Status"),
               QT_TRANSLATE_NOOP("CasesModel", "Organisatie"),
               QT_TRANSLATE_NOOP("CasesModel", "Termijn"),
               QT_TRANSLATE_NOOP("CasesModel", "Laatst gewijzigd"))

    searched = Signal()  # a search's first page is in (search(), on the worker)
    reloaded = Signal()  # read again on this thread (after a change): deadlines may differ
    countChanged = Signal()  # noqa: N815 - Qt signal naming; total() is known now
    damaged = Signal(str)  # a read met a damaged page: the Dutch message

    def __init__(self, dossier: Dossier, today: date | None = None, *,
                 background: bool = False) -> None:
        super().__init__()
        self._today = today or date.today()
        self._dossier: Dossier | None = dossier
        self._rows: list[CaseSummary] = []
        self._cells: list[tuple[str, ...] | None] = []  # what each row shows, made once
        self._total: int | None = 0
        self._more = False  # rows beyond those loaded
        self._filter: dict[str, str] = {"text": "", "kind": "", "status": ""}
        self._background = background
        self._reader: Reader | None = dossier.reader() if background else None
        # One thread: the reader's queries run in the order they were asked.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0  # which search the rows belong to; older answers are dropped
        self.searching = False
        self.show_names = False
        self.reload()

    def set_show_names(self, show: bool) -> None:
        """Full names in the list (the practice's choice), or the label (initials, say) on a
        screen others can see. A case without a recorded name shows its label either way."""
        if show != self.show_names:
            self.show_names = show
            self._cells = [None] * len(self._rows)
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def set_filter(self, text: str = "", kind: str = "", status: str = "") -> None:
        """Search (FTS5, in SQL) and filter now, on this thread; rows then load page by page."""
        self._filter = {"text": text, "kind": kind, "status": status}
        self.reload()

    def search(self, text: str = "", kind: str = "", status: str = "") -> None:
        """Search and filter on the worker: `searched` when the first page is in, then
        `countChanged`. Without a reader, as set_filter."""
        if self._reader is None:
            self.set_filter(text, kind, status)
            self.searched.emit()
            return
        self._filter = {"text": text, "kind": kind, "status": status}
        self._generation += 1
        generation, wanted, reader = self._generation, dict(self._filter), self._reader
        reader.interrupt()  # the count (or page) of the search typed over: this one goes first
        self.searching = True
        self._in_background(generation, lambda: reader.summaries(0, PAGE + 1, **wanted),
                            lambda rows: self._searched(generation, rows))

    def total(self) -> int | None:
        """How many cases the list holds with this search and filter; None while counting."""
        return self._total

    def reload(self) -> None:
        """The first page again, on this thread (after a change, or a new dossier)."""
        self._generation += 1  # whatever a worker still brings belongs to an older list
        self.searching = False
        rows = self._read(lambda d: d.cases.summaries(0, PAGE + 1, **self._filter), [])
        self._reset(rows)
        if self._total is None:
            self._count()
        self.reloaded.emit()

    def _reset(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self._more = len(rows) > PAGE
        self._rows = rows[:PAGE]
        self._cells = [None] * len(self._rows)
        self._total = None if self._more else len(self._rows)
        self.endResetModel()
        if self._total is not None:
            self.countChanged.emit()

    def _count(self) -> None:
        if self._reader is None or not self._filter["text"]:
            # Without words it is a walk along an index: a millisecond for 10,000 cases.
            self._total = self._read(lambda d: d.cases.count(**self._filter), None)
            self.countChanged.emit()
            return
        generation, wanted, reader = self._generation, dict(self._filter), self._reader
        self._in_background(generation, lambda: reader.count(**wanted),
                            lambda n: self._counted(generation, n))

    def _searched(self, generation: int, rows: list[CaseSummary] | None) -> None:
        if generation != self._generation or rows is None:
            return  # typed over, or the list was read again meanwhile
        self.searching = False
        self._reset(rows)
        self.searched.emit()  # first: the window logs the search before the count reads
        if self._total is None:
            self._count()

    def _counted(self, generation: int, total: int | None) -> None:
        if generation == self._generation and total is not None:
            self._total = total
            self.countChanged.emit()

    def _in_background(self, generation: int, work: Callable[[], Any],
                       done: Callable[[Any], None]) -> None:
        def guarded() -> Any:
            # Not even started when it was typed over: skip it (its answer would be dropped).
            return None if generation != self._generation else work()

        def failed(exc: BaseException) -> None:
            if generation != self._generation or isinstance(exc, Interrupted):
                return  # an older search, or the dossier locked meanwhile
            self.searching = False
            if isinstance(exc, DossierError):
                self.damaged.emit(exc.message)
                return
            raise exc

        run_in_background(guarded, done, failed, pool=self._pool, owner=self)

    def _read(self, query: Callable[[Dossier], T], fallback: T) -> T:
        """A read on the dossier's own connection; a damaged page is said, not raised."""
        if self._dossier is None:
            return fallback
        try:
            return query(self._dossier)
        except DossierError as exc:
            self.damaged.emit(exc.message)
            return fallback

    def set_dossier(self, dossier: Dossier) -> None:
        """After unlocking again: the same filter, the new connection (and a new reader)."""
        self._dossier = dossier
        self._reader = dossier.reader() if self._background else None
        self.reload()

    def clear(self) -> None:
        """Drop every row and the dossier reference (when the dossier is locked); a search
        still running is dropped, and the reader is closed with the dossier."""
        self._generation += 1
        self.searching = False
        self.beginResetModel()
        self._rows, self._cells, self._total, self._more = [], [], 0, False
        self._dossier = self._reader = None
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        start = len(self._rows)
        batch = self._read(lambda d: d.cases.summaries(start, PAGE + 1, **self._filter), [])
        more = len(batch) > PAGE
        batch = batch[:PAGE]
        if batch:
            self.beginInsertRows(QModelIndex(), start, start + len(batch) - 1)
            self._rows.extend(batch)
            self._cells.extend([None] * len(batch))
            self.endInsertRows()
        self._more = more
        if not more and self._total is None:  # reached the end before the count came
            self._total = len(self._rows)
            self.countChanged.emit()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Asked a thousand times per repaint, for a dozen roles per cell: the roles it answers
        # are plain ints compared first (an enum member per comparison cost a keystroke's
        # repaint several milliseconds on 10,000 cases, issue 16).
        if role not in _ANSWERED or not index.isValid():
            return None
        if role == _DISPLAY:
            # Asked for again and again (sizing the columns, painting): made once per row.
            cells = self._cells[index.row()]
            if cells is None:
                cells = self._cells[index.row()] = self._shown(self._rows[index.row()])
            return cells[index.column()]
        row = self._rows[index.row()]
        if role == _USER:
            return row.id
        if role == _TOOLTIP and index.column() == 3:
            return row.receiver or None  # the whole of it, where the column cuts it off
        if role == _FOREGROUND:
            if index.column() == 4 and self.overdue(row):
                return colours.qcolor("overdue")
            if row.status == "concept":
                return colours.qcolor("needed")
        if role == _FONT and index.column() == 4 and self.overdue(row):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _shown(self, row: CaseSummary) -> tuple[str, ...]:
        shown = row.client_name if self.show_names and row.client_name else row.client_pseudonym
        return (
            shown or self.tr("(nog geen naam)"),
            _(FLOWS[row.kind].label) if row.kind in FLOWS else row.kind,
            self.tr(STATUS_LABELS.get(row.status, row.status)),
            organisation_first(row.kind, row.receiver),
            format_short(row.due_date) if row.due_date else "",
            _local(row.updated_at),
        )

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
