"""The main window: the cases list, the selected case, and the actions on them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import addressbook, service
from app.content.i18n import _
from app.content.organisations import default_settings
from app.errors import DossierDamaged, DossierError
from app.flows.kit import currency_threshold_days
from app.flows.registry import FLOWS, flow_of
from app.vault.dossier import Dossier
from ui import clipboard, colours, msgbox, window_fit
from ui.case_panel import CasePanel
from ui.cases_model import PAGE, CasesModel
from ui.deadlines_panel import DeadlinesPanel
from ui.flow_wizard import FlowWizard
from ui.followup_dialog import ContactDialog, FollowUpDialog
from ui.main_actions import MainActions
from ui.main_documents import DocumentActions
from ui.main_lock import Locking
from ui.organisations_dialog import OrganisationsDialog
from ui.profile_dialog import ProfileDialog
from ui.wizards import wizard_for


class CasesTable(QTableView):
    """The cases list: Tab in selects the current row (so the case panel shows it and Enter
    opens it), the arrows move between cases, Tab goes on to the next part of the window."""

    openRequested = Signal(int)  # noqa: N815 - Qt signal naming; the row

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        # Enter and Return open the case, as a double click does. Not through `activated`:
        # some styles activate on a single click, and it fires with a double click as well.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt naming
        super().focusInEvent(event)
        model = self.model()
        if model is not None and model.rowCount() and not self.selectionModel().hasSelection():
            row = self.currentIndex().row() if self.currentIndex().isValid() else 0
            self.selectRow(row)


class MainWindow(QMainWindow):
    documentWritten = Signal(str)
    backupWritten = Signal(str)
    lockedChanged = Signal(bool)

    def __init__(self, dossier: Dossier, *, today: date | None = None) -> None:
        super().__init__()
        self.dossier = dossier
        self._today = today
        self.wizard: FlowWizard | None = None
        self._last_read = -1
        self.setWindowTitle(self.tr("Deelwijzer"))
        self.setObjectName("mainWindow")

        self.documents = DocumentActions(self)

        central = QWidget()
        layout = QVBoxLayout(central)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Casussen"))
        heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        top.addWidget(heading)
        top.addSpacing(16)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Zoeken op cliënt, organisatie of tekst…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.search.placeholderText())
        top.addWidget(self.search, 1)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Alle soorten"), "")
        for kind, flow in FLOWS.items():
            self.kind_filter.addItem(_(flow.label), kind)
        self.kind_filter.setAccessibleName(self.tr("Toon casussen van soort"))
        top.addWidget(self.kind_filter)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Alle statussen"), "")
        self.status_filter.addItem(self.tr("Concept"), "concept")
        self.status_filter.addItem(self.tr("Afgerond"), "afgerond")
        self.status_filter.setAccessibleName(self.tr("Toon casussen met status"))
        top.addWidget(self.status_filter)
        self.count_label = QLabel()
        colours.style(self.count_label, "color: $muted;")
        top.addWidget(self.count_label)
        layout.addLayout(top)
        # Search as you type, at every keystroke: the query runs on the reader's thread and a
        # superseded one is dropped (ui/cases_model.py), so nothing waits for typing to stop
        # (a 150 ms pause did, before issue 16). The zero-delay timer only joins what arrives
        # in one go — a paste, an auto-completion — into one query.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        # A search is logged once it has been on screen for a second, or when the user moves
        # on (a case opened, the dossier locked, the window closed): "v", "vi", "vis" typed in
        # a row are one search, the last. Writing an entry at every keystroke cost its fsyncs
        # on the GUI thread each time and emptied the reader's page cache, so the next
        # keystroke's query read its pages from disk again (issue 16).
        self._search_log = QTimer(self)
        self._search_log.setSingleShot(True)
        self._search_log.setInterval(1000)
        self._search_log.timeout.connect(self._log_search)
        self._search_outcome = ""  # what the pending entry says: its count, once known
        self._searches_ended: list[str] = []  # searches ended by clearing, not yet logged
        self.kind_filter.currentIndexChanged.connect(self.apply_filter)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QSplitter(Qt.Orientation.Vertical)
        # Typed searches on a reader of its own, off this thread (ui/cases_model.py).
        self.model = CasesModel(dossier, today=self.today, background=True)
        self.model.searched.connect(self._searched)
        self.model.countChanged.connect(self._update_count)
        self.model.countChanged.connect(self._count_known)
        self._apply_list_label()
        self.table = CasesTable()
        self.table.setObjectName("casesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        # Tab leaves the list (no keyboard trap); arrows move between cases, Enter opens one.
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Casussen"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # organisation
        # Widths from the rows in view, not from every row loaded: measuring 200 rows (then
        # 400, …) cost 50–80 ms per search or page; the visible ones, 6 ms.
        header.setResizeContentsPrecision(0)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda idx: self.open_case(self.model.case_id(idx.row())))
        self.table.openRequested.connect(lambda row: self.open_case(self.model.case_id(row)))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        left.addWidget(self.table)
        self.deadlines = DeadlinesPanel()
        self.deadlines.activated.connect(self.deadline_activated)
        left.addWidget(self.deadlines)
        left.setSizes([520, 180])
        splitter.addWidget(left)
        self.panel = CasePanel()
        self.panel.resumeRequested.connect(self.open_case)
        self.panel.documentRequested.connect(self.make_document)
        self.panel.followupRequested.connect(self.register_followup)
        self.panel.contactRequested.connect(self.add_contact)
        self.panel.verslagCopyRequested.connect(self.copy_verslag)
        self.panel.verslagPdfRequested.connect(self.save_verslag_pdf)
        self.panel.deleteRequested.connect(self.delete_case)
        self.panel.discardRequested.connect(self.delete_draft)
        self.panel.logRequested.connect(lambda case_id: self.show_log(case_id))
        splitter.addWidget(self.panel)
        splitter.setSizes([760, 440])
        layout.addWidget(splitter, 1)
        self.splitters = (splitter, left)
        self.empty_hint = QLabel(self.tr("Nog geen casussen. Begin met ‘Nieuwe melding’ of "
                                         "‘Informatieverzoek beantwoorden’."))
        colours.style(self.empty_hint, "color: $muted;")
        layout.addWidget(self.empty_hint)
        self.setCentralWidget(central)
        # After the central widget: the search field, not the toolbar's menu button, is first
        # in the focus chain, so the window opens with the cursor in the search field.
        self.main_actions = MainActions(self, self)
        # As large as it was (when that fits this screen), else 1200×720 or what fits.
        window_fit.fit(self, 1200, 720, key="main", splitters=self.splitters)
        self._update_empty()
        self._show_deadlines()
        self.locking = Locking(self)
        from ui.main_notices import attach_notices, show_where

        self.where = show_where(self)  # the dossier's place, in the status bar
        attach_notices(self)  # overdue deadlines, the auto-lock warning (issue 13)

    @property
    def today(self) -> date:
        return self._today or date.today()

    # cases ------------------------------------------------------------------------------------

    def apply_filter(self) -> None:
        """The search and filters as they are now, on the model's worker; `_searched` follows
        with the first page (an answer to text typed over since is dropped)."""
        self._search_timer.stop()
        if self.locked or not self.dossier.is_open:
            return  # a search typed just before locking, or a window whose dossier closed
        self.model.search(self.search.text(), self.kind_filter.currentData(),
                          self.status_filter.currentData())

    def _searched(self) -> None:
        if self.locked or not self.dossier.is_open:
            return
        self._update_empty()
        self._selection_changed()
        if self.search.text().strip():
            # Refined before it was logged: the pending entry becomes this search.
            self._search_outcome = self._outcome()
            self._search_log.start()
        elif self._search_outcome:
            # The field cleared: that search ended; written with the others after the pause.
            self._searches_ended.append(self._search_outcome)
            self._search_outcome = ""
            self._search_log.start()

    def _outcome(self) -> str:
        total = self.model.total()
        return f"{total} resultaten" if total is not None else f"meer dan {PAGE} resultaten"

    def _count_known(self) -> None:
        if self._search_outcome:
            self._search_outcome = self._outcome()  # the pending entry gets the exact count

    def _log_search(self) -> None:
        self._search_log.stop()
        pending = self._searches_ended + ([self._search_outcome] if self._search_outcome else [])
        self._searches_ended, self._search_outcome = [], ""
        if self.locked or not self.dossier.is_open:
            return
        for outcome in pending:
            self.dossier.log.add("search", None, outcome)

    def _update_empty(self) -> None:
        filtered = bool(self.search.text() or self.kind_filter.currentData()
                        or self.status_filter.currentData())
        self.empty_hint.setVisible(self.model.rowCount() == 0 and not filtered)
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.total()
        if total is not None:
            self.count_label.setText(self.tr("{n} casus(sen)").format(n=total))
            self.count_label.setAccessibleName(self.count_label.text())
            return
        # Until the count comes (a search matching more than a page): what is sure already,
        # short enough for the search row; read out in words.
        self.count_label.setText(self.tr("{n}+ casussen").format(n=PAGE))
        self.count_label.setAccessibleName(self.tr("meer dan {n} casussen").format(n=PAGE))

    def refresh(self, select: int | None = None) -> None:
        self.model.reload()
        self._update_empty()
        self._show_deadlines()
        if select is not None:
            row = self.model.row_of(select)
            if row >= 0:
                self.table.selectRow(row)
        self._selection_changed()

    def _show_deadlines(self) -> None:
        try:
            self.deadlines.show_deadlines(self.dossier, self.today)
        except DossierDamaged as exc:  # a damaged page met before the whole-file check
            self.model.damaged.emit(exc.message)

    def selected_case(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_id(rows[0].row()) if rows else -1

    def _selection_changed(self, *_args: QItemSelection) -> None:
        case_id = self.selected_case()
        try:
            if case_id >= 0 and case_id != self._last_read:
                if self._search_log.isActive():
                    self._log_search()  # the search that found it comes first in the log
                self.dossier.log.add("read", case_id)  # NEN 7513: who looked at which case
                self._last_read = case_id
            self.panel.show_case(self.dossier, case_id, self.today)
            self.main_actions.update_for_case(
                self.dossier.cases.get(case_id).status if case_id >= 0 else None)
        except DossierDamaged as exc:  # a damaged page, met before the whole-file check
            self.panel.show_case(None, -1, self.today)
            self.model.damaged.emit(exc.message)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def copy_verslag(self, case_id: int) -> None:
        self.documents.copy_verslag(case_id)

    def save_verslag_pdf(self, case_id: int) -> None:
        if self.no_placeholder_left(case_id):
            self.documents.save_verslag_pdf(case_id)

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Run a modal dialog; tests replace this to fill in and accept it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def select_case(self, case_id: int) -> None:
        """Show a case in the list, clearing a search that hides it."""
        if self.model.row_of(case_id) < 0:
            for field in (self.search, self.kind_filter, self.status_filter):
                field.blockSignals(True)  # no search of their own: the list is read right here
            self.search.clear()
            self.kind_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
            for field in (self.search, self.kind_filter, self.status_filter):
                field.blockSignals(False)
            self._search_timer.stop()
            self.model.set_filter()
            self._update_empty()
            while self.model.row_of(case_id) < 0 and self.model.canFetchMore(QModelIndex()):
                self.model.fetchMore(QModelIndex())
        row = self.model.row_of(case_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def deadline_activated(self, case_id: int, followup_id: int) -> None:
        self.select_case(case_id)
        if followup_id >= 0:
            self.register_followup(case_id, followup_id)
        else:
            self.open_case(case_id)

    def register_followup(self, case_id: int, followup_id: int) -> None:
        """What came back: the receiver's decision, the rendering, the outcome (flow 5)."""
        items = self.dossier.followups.of_case(case_id)
        item = next((f for f in items if f.id == followup_id), None)
        if item is None or item.done_at:
            return
        dialog = FollowUpDialog(item.kind, self.today, self, note=item.note)
        if not self.exec_dialog(dialog):
            return
        try:
            self.dossier.followups.complete(followup_id, dialog.values()["received_on"],
                                            dialog.result())
        except DossierError as exc:
            msgbox.error(self, self.tr("Niet opgeslagen"), exc.message)
            return
        self.refresh(select=case_id)

    def add_contact(self, case_id: int) -> None:
        dialog = ContactDialog(self.today, self)
        if not self.exec_dialog(dialog):
            return
        values = dialog.values()
        try:
            self.dossier.contacts.add(case_id, values["date"], values["kind"], values["text"])
        except DossierError as exc:
            msgbox.error(self, self.tr("Niet opgeslagen"), exc.message)
            return
        self.refresh(select=case_id)

    def ensure_profile(self) -> bool:
        """Documents need a sender: ask for the practice details when they are missing."""
        if service.profile_complete(self.dossier.profile()):
            return True
        return self.edit_profile()

    def edit_profile(self) -> bool:
        dialog = ProfileDialog(self.dossier.profile(), self)
        if not self.exec_dialog(dialog):
            return False
        try:
            self.dossier.set_profile(dialog.values())
        except DossierError as exc:
            msgbox.error(self, self.tr("Niet opgeslagen"), exc.message)
            return False
        self._apply_list_label()
        return True

    def _apply_list_label(self) -> None:
        """Names or labels in the cases list, as the practice chose in its settings."""
        choice = self.dossier.profile().get("case_list_label",
                                            default_settings()["case_list_label"])
        self.model.set_show_names(choice == "name")

    def new_case(self, kind: str) -> FlowWizard | None:
        data = flow_of(kind).new()
        data.currency_days = currency_threshold_days(self.dossier.profile())
        addressbook.apply_to_new_case(self.dossier, data)
        try:
            case_id = self.dossier.cases.create(kind, data.to_dict())
        except DossierError as exc:
            msgbox.error(self, self.tr("Niet gelukt"), exc.message)
            return None
        self.refresh(select=case_id)
        # A new case opens on its first page, also when that page is optional and so counts
        # as complete (the melding's meldcode weighing): resume() would step past it.
        return self._show_wizard(case_id, data, flow_of(kind).rules.PAGES[0].id)

    def new_melding(self) -> FlowWizard | None:
        return self.new_case("melding")

    def new_request(self) -> FlowWizard | None:
        return self.new_case("informatieverzoek")

    def open_case(self, case_id: int) -> FlowWizard | None:
        if case_id < 0:
            return None
        record = self.dossier.cases.get(case_id)
        if record.status != "concept":
            self.table.selectRow(self.model.row_of(case_id))
            return None
        self.dossier.log.add("read", case_id, "concept geopend")
        return self._show_wizard(case_id, flow_of(record.kind).load(record.data), record.page)

    def _show_wizard(self, case_id: int, data: object, page: str) -> FlowWizard:
        if self.wizard is not None:
            self.wizard.close()
        wizard = wizard_for(data)(self.dossier, case_id, data, today=self.today, start_page=page,
                                  parent=self)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.draftSaved.connect(lambda: self.refresh(select=case_id))
        wizard.caseFinished.connect(self._finished)
        wizard.finished.connect(lambda _r, w=wizard: self._wizard_closed(case_id, w))
        wizard.addAction(self.main_actions.lock)  # Ctrl+L in the (window-modal) wizard too
        self.wizard = wizard
        wizard.show()
        wizard.resume()
        return wizard

    def _wizard_closed(self, case_id: int, wizard: FlowWizard) -> None:
        """Deleted, not kept hidden: its pages hold case text, and a later lock's reject made
        it save its draft into the dossier of before, closed by then (an error, no lock)."""
        wizard.finished_ok = True  # its draft is saved (or the case finished) already
        wizard.deleteLater()
        if self.wizard is wizard:
            self.wizard = None
        self.refresh(select=case_id)

    def _finished(self, case_id: int) -> None:
        self.refresh(select=case_id)
        self.make_document(case_id)

    def make_document(self, case_id: int) -> None:
        """The case's PDF, unless a text of the case still holds a placeholder."""
        if self.no_placeholder_left(case_id):
            self.documents.make_pdf(case_id)

    def no_placeholder_left(self, case_id: int) -> bool:
        """False, with the Dutch message naming the field, when a stored text of the case
        still holds a placeholder ('[ … ]'): no PDF of it is made (issue 12)."""
        if case_id < 0:
            return False
        try:
            service.check_case(self.dossier, case_id)
        except DossierError as exc:
            msgbox.error(self, self.tr("Geen PDF gemaakt"), exc.message)
            return False
        return True

    # documents --------------------------------------------------------------------------------

    def delete_case(self, case_id: int) -> bool:
        """On the client's request: confirmed by typing the pseudonym, with a reason, logged."""
        from ui.delete_dialog import DeleteCaseDialog

        if case_id < 0:
            return False
        dialog = DeleteCaseDialog(self.dossier.cases.get(case_id), self)
        if not self.exec_dialog(dialog) or not dialog.ready():
            return False
        try:
            self.dossier.cases.delete(case_id, dialog.reason.text())
        except DossierError as exc:
            msgbox.error(self, self.tr("Niet verwijderd"), exc.message)
            return False
        self._last_read = -1
        self.refresh()
        self.statusBar().showMessage(self.tr("De casus is verwijderd."), 8000)
        return True

    def delete_draft(self, case_id: int) -> bool:
        """A concept, after a plain question (ui/draft_delete.py)."""
        from ui.draft_delete import delete_draft

        return delete_draft(self, case_id)

    def show_log(self, case_id: int | None = None) -> None:
        from ui.access_log_dialog import AccessLogDialog

        self.exec_dialog(AccessLogDialog(self.dossier, self, self.today, case_id=case_id))

    def change_passphrase(self) -> None:
        from ui.recovery_dialogs import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.dossier, self)
        if self.exec_dialog(dialog):
            self.statusBar().showMessage(self.tr("Het wachtwoord is gewijzigd."), 8000)
            if dialog.new_code:
                from ui import msgbox
                from ui.recovery_dialogs import RecoveryCodeDialog

                msgbox.information(self, self.tr("Nieuwe sleutel"), self.tr(
                    "Het dossier is opnieuw versleuteld met een nieuwe sleutel: het oude "
                    "wachtwoord en de oude herstelcode openen het niet meer. Bewaar nu de nieuwe "
                    "herstelcode.\n\nOudere reservekopieën openen nog met het oude wachtwoord "
                    "(ze bevatten het dossier zoals het toen was). Lekte het wachtwoord, verwijder "
                    "die dan zodra er een nieuwe reservekopie is gemaakt."))
                self.exec_dialog(RecoveryCodeDialog(dialog.new_code, self.dossier.path, self))

    def make_inzage(self, client: str = "") -> None:
        self.documents.make_inzage(client)

    def backup_now(self) -> None:
        self.documents.backup_now()

    def edit_organisations(self) -> None:
        self.exec_dialog(OrganisationsDialog(self.dossier, self))

    # locking ----------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.locking.locked

    def lock(self) -> None:
        self.locking.lock()

    def put_away(self) -> int | None:
        """Before the dossier closes: the draft saved (its case returned, to resume), every
        dialog closed, the clipboard cleared if ours, and no case data left in any widget."""
        resume = None
        if self.wizard is not None:
            if self.wizard.save_draft():
                resume = self.wizard.case_id
            self.wizard.finished_ok = True  # saved; closing must not save again
            self.wizard.close()
            self.wizard.deleteLater()  # its pages hold case text: gone, not hidden
            self.wizard = None
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        if self._search_log.isActive():
            self._log_search()  # a search shown just before the lock is logged all the same
        clipboard.clear_if_ours()
        self.model.clear()
        self.panel.show_case(None, -1, self.today)
        self.main_actions.update_for_case(None)
        self.deadlines.list.clear()
        self.search.blockSignals(True)  # no delayed search against a closed dossier
        self.search.clear()
        self.search.blockSignals(False)
        self._search_timer.stop()
        return resume

    def take_back(self, dossier: Dossier) -> None:
        """After unlocking: the same list again, from the newly opened dossier."""
        self.dossier = dossier
        self.model.set_dossier(dossier)
        self._last_read = -1
        self.show()
        self.refresh()

    # lifecycle --------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        if self.locked:
            event.accept()
            return
        self.locking.watcher.stop()
        if self.wizard is not None and not self.wizard.save_draft():
            event.ignore()
            return
        if self.wizard is not None:
            self.wizard.finished_ok = True  # saved; don't save again while closing
            self.wizard.close()
        if self._search_log.isActive():
            self._log_search()
        self.model.clear()
        clipboard.clear_if_ours()
        event.accept()
