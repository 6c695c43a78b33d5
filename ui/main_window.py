"""The main window: the cases list, the selected case, and the actions on them."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import addressbook, service
from app.content.i18n import _
from app.errors import DossierError
from app.flows.kit import currency_threshold_days
from app.flows.registry import FLOWS, flow_of
from app.vault.dossier import Dossier
from app.vault.fsutil import atomic_write
from ui import clipboard, msgbox
from ui.autolock import DEFAULT_MINUTES, InactivityWatcher, SessionWatcher
from ui.case_panel import CasePanel
from ui.cases_model import CasesModel
from ui.deadlines_panel import DeadlinesPanel
from ui.flow_wizard import FlowWizard
from ui.followup_dialog import ContactDialog, FollowUpDialog
from ui.inzage_dialog import InzageDialog
from ui.organisations_dialog import OrganisationsDialog
from ui.profile_dialog import ProfileDialog
from ui.wizards import wizard_for
from ui.worker import run_in_background


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
        self.resize(1200, 720)

        toolbar = QToolBar(self.tr("Acties"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        self.new_actions: dict[str, QAction] = {}
        for kind, flow in FLOWS.items():
            action = QAction(self.tr(flow.action), self)
            action.triggered.connect(lambda _c=False, k=kind: self.new_case(k))
            toolbar.addAction(action)
            self.new_actions[kind] = action
        self.new_actions["melding"].setShortcut(QKeySequence.StandardKey.New)
        toolbar.addSeparator()
        self.inzage_action = QAction(self.tr("Inzage…"), self)
        self.inzage_action.triggered.connect(lambda: self.make_inzage())
        self.organisations_action = QAction(self.tr("Organisaties…"), self)
        self.organisations_action.triggered.connect(self.edit_organisations)
        self.backup_action = QAction(self.tr("Reservekopie…"), self)
        self.backup_action.triggered.connect(self.backup_now)
        self.log_action = QAction(self.tr("Toegangslog…"), self)
        self.log_action.triggered.connect(lambda: self.show_log())
        self.passphrase_action = QAction(self.tr("Wachtwoord wijzigen…"), self)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.profile_action = QAction(self.tr("Praktijkgegevens…"), self)
        self.profile_action.triggered.connect(self.edit_profile)

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
        top.addWidget(self.search, 1)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Alle soorten"), "")
        for kind, flow in FLOWS.items():
            self.kind_filter.addItem(self.tr(flow.label), kind)
        top.addWidget(self.kind_filter)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Alle statussen"), "")
        self.status_filter.addItem(self.tr("Concept"), "concept")
        self.status_filter.addItem(self.tr("Afgerond"), "afgerond")
        top.addWidget(self.status_filter)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #666;")
        top.addWidget(self.count_label)
        layout.addLayout(top)
        # Search as you type, without a query per keystroke: 150 ms after the last one.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.kind_filter.currentIndexChanged.connect(self.apply_filter)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QSplitter(Qt.Orientation.Vertical)
        self.model = CasesModel(dossier, today=self.today)
        self.table = QTableView()
        self.table.setObjectName("casesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # organisation
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda idx: self.open_case(self.model.case_id(idx.row())))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        left.addWidget(self.table)
        self.deadlines = DeadlinesPanel()
        self.deadlines.activated.connect(self.deadline_activated)
        left.addWidget(self.deadlines)
        left.setSizes([520, 180])
        splitter.addWidget(left)
        self.panel = CasePanel()
        self.panel.resumeRequested.connect(self.open_case)
        self.panel.documentRequested.connect(self.make_pdf)
        self.panel.followupRequested.connect(self.register_followup)
        self.panel.contactRequested.connect(self.add_contact)
        self.panel.verslagCopyRequested.connect(self.copy_verslag)
        self.panel.verslagPdfRequested.connect(self.save_verslag_pdf)
        self.panel.deleteRequested.connect(self.delete_case)
        self.panel.logRequested.connect(lambda case_id: self.show_log(case_id))
        splitter.addWidget(self.panel)
        splitter.setSizes([760, 440])
        layout.addWidget(splitter, 1)
        self.empty_hint = QLabel(self.tr("Nog geen casussen. Begin met ‘Nieuwe melding’ of "
                                         "‘Informatieverzoek beantwoorden’."))
        self.empty_hint.setStyleSheet("color: #666;")
        layout.addWidget(self.empty_hint)
        self.setCentralWidget(central)
        from app.vault.location import risky_location

        warning = risky_location(dossier.path)
        self.statusBar().showMessage(warning or self.tr("Dossier: {path}").format(
            path=dossier.path))
        self._update_empty()
        self.locked = False
        self.deadlines.show_deadlines(dossier, self.today)
        self._resume: tuple[int, str] | None = None
        self.unlock_dialog: QDialog | None = None
        self.lock_action = QAction(self.tr("Vergrendelen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        # The practice's less frequent actions in one menu, so the toolbar fits a small screen.
        menu = QMenu(self)
        for action in (self.inzage_action, self.log_action, self.backup_action,
                       self.organisations_action, self.profile_action, self.passphrase_action):
            menu.addAction(action)
        self.dossier_menu = QToolButton()
        self.dossier_menu.setText(self.tr("Dossier"))
        self.dossier_menu.setMenu(menu)
        self.dossier_menu.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(self.dossier_menu)
        toolbar.addAction(self.lock_action)
        minutes = int(dossier.profile().get("auto_lock_minutes") or DEFAULT_MINUTES)
        self.watcher = InactivityWatcher(minutes * 60_000, self)
        self.watcher.timedOut.connect(self.lock)
        self.session_watcher = SessionWatcher(self)
        self.session_watcher.lockRequested.connect(self.lock)

    @property
    def today(self) -> date:
        return self._today or date.today()

    # cases ------------------------------------------------------------------------------------

    def apply_filter(self) -> None:
        self._search_timer.stop()
        if self.locked:
            return
        self.model.set_filter(self.search.text(), self.kind_filter.currentData(),
                              self.status_filter.currentData())
        if self.search.text().strip():
            self.dossier.log.add("search", None, f"{self.model.total()} resultaten")
        self._update_empty()
        self._selection_changed()

    def _update_empty(self) -> None:
        filtered = bool(self.search.text() or self.kind_filter.currentData()
                        or self.status_filter.currentData())
        self.empty_hint.setVisible(self.model.rowCount() == 0 and not filtered)
        self.count_label.setText(self.tr("{n} casus(sen)").format(n=self.model.total()))

    def refresh(self, select: int | None = None) -> None:
        self.model.reload()
        self._update_empty()
        self.deadlines.show_deadlines(self.dossier, self.today)
        if select is not None:
            row = self.model.row_of(select)
            if row >= 0:
                self.table.selectRow(row)
        self._selection_changed()

    def selected_case(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_id(rows[0].row()) if rows else -1

    def _selection_changed(self, *_args: QItemSelection) -> None:
        case_id = self.selected_case()
        if case_id >= 0 and case_id != self._last_read:
            self.dossier.log.add("read", case_id)  # NEN 7513: who looked at which case
            self._last_read = case_id
        self.panel.show_case(self.dossier, case_id, self.today)

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Run a modal dialog; tests replace this to fill in and accept it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def select_case(self, case_id: int) -> None:
        """Show a case in the list, clearing a search that hides it."""
        if self.model.row_of(case_id) < 0:
            self.search.clear()
            self.kind_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
            self.apply_filter()
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
        if dialog.exec() != ProfileDialog.DialogCode.Accepted:
            return False
        try:
            self.dossier.set_profile(dialog.values())
        except DossierError as exc:
            msgbox.error(self, self.tr("Niet opgeslagen"), exc.message)
            return False
        return True

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
        return self._show_wizard(case_id, data, "")

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
        wizard.finished.connect(lambda _r: self._wizard_closed(case_id))
        self.wizard = wizard
        wizard.show()
        wizard.resume()
        return wizard

    def _wizard_closed(self, case_id: int) -> None:
        self.wizard = None
        self.refresh(select=case_id)

    def _finished(self, case_id: int) -> None:
        self.refresh(select=case_id)
        self.make_pdf(case_id)

    # documents --------------------------------------------------------------------------------

    def make_pdf(self, case_id: int) -> None:
        """The flow's document (Melding, Informatieverstrekking) for a finished case."""
        if case_id < 0 or not self.ensure_profile():
            return
        record = self.dossier.cases.get(case_id)
        flow = flow_of(record.kind)
        data = flow.load(record.data)
        profile = self.dossier.profile()
        today = self.today
        self._write_pdf([case_id], record.kind, self.tr(flow.document),
                        f"{flow.document.lower()}-{flow.reference(case_id, data)}.pdf",
                        lambda: flow.pdf(data, profile, case_id, today))

    def save_verslag_pdf(self, case_id: int) -> None:
        from app.documents import dossierverslag

        if case_id < 0 or not self.ensure_profile():
            return
        verslag = dossierverslag.build(service.case_history(self.dossier, case_id), self.today)
        profile = self.dossier.profile()
        today = self.today
        self._write_pdf([case_id], "dossierverslag", self.tr("Dossierverslag"),
                        f"dossierverslag-{verslag.reference}.pdf",
                        lambda: dossierverslag.as_pdf(verslag, profile, today))

    def backup_now(self) -> None:
        """A backup to a place the clinician chooses (an external disk), off the GUI thread."""
        from app.vault.backup import SUFFIX, make_backup

        name = f"deelwijzer-{self.today.strftime('%Y%m%d')}{SUFFIX}"
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path = msgbox.save_file(self, self.tr("Reservekopie opslaan"), str(Path(folder) / name))
        if not path:
            return
        if not path.endswith(SUFFIX):
            path += SUFFIX
        dossier = self.dossier
        self.statusBar().showMessage(self.tr("Reservekopie wordt gemaakt…"))

        def done(_result: object) -> None:
            self.dossier.log.add("backup")
            self.backupWritten.emit(path)
            msgbox.information(self, self.tr("Reservekopie gemaakt"), self.tr(
                "De reservekopie is gemaakt en gecontroleerd:\n{p}\n\nU opent hem met het "
                "wachtwoord van dit moment.").format(p=path))

        def failed(exc: BaseException) -> None:
            text = exc.message if isinstance(exc, DossierError) else self.tr(
                "De reservekopie kon niet worden gemaakt ({kind}).").format(
                kind=type(exc).__name__)
            msgbox.error(self, self.tr("Reservekopie niet gemaakt"), text)

        run_in_background(lambda: make_backup(dossier, Path(path)), done, failed)

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

    def show_log(self, case_id: int | None = None) -> None:
        from ui.access_log_dialog import AccessLogDialog

        self.exec_dialog(AccessLogDialog(self.dossier, self, self.today, case_id=case_id))

    def change_passphrase(self) -> None:
        from ui.recovery_dialogs import ChangePassphraseDialog

        if self.exec_dialog(ChangePassphraseDialog(self.dossier, self)):
            self.statusBar().showMessage(self.tr("Het wachtwoord is gewijzigd."), 8000)

    def edit_organisations(self) -> None:
        self.exec_dialog(OrganisationsDialog(self.dossier, self))

    def make_inzage(self, client: str = "") -> None:
        """A copy for the client's right of access, with third-party items screened off."""
        from app.documents import inzage

        if not self.ensure_profile():
            return
        if not client and self.selected_case() >= 0:
            client = self.dossier.cases.get(self.selected_case()).client_pseudonym
        dialog = InzageDialog(self.dossier, self.today, self, client=client)
        if not self.exec_dialog(dialog) or not dialog.validate():
            return
        pseudonym, requester = dialog.client.currentText(), dialog.requester_key()
        items, screened = dialog.items, dialog.screened()
        service.record_inzage(self.dossier, pseudonym, requester, items, screened)
        profile, today = self.dossier.profile(), self.today
        self._write_pdf(sorted({i.case_id for i in items}), "inzage", self.tr("Inzage"),
                        f"inzage-{today.strftime('%Y%m%d')}.pdf",
                        lambda: inzage.inzage_pdf(pseudonym, requester, items, screened,
                                                  profile, today))

    def copy_verslag(self, case_id: int) -> None:
        """The step-7 record as plain text, for pasting into the EPD."""
        from app.documents import dossierverslag

        if case_id < 0:
            return
        history = service.case_history(self.dossier, case_id)
        text = dossierverslag.as_text(dossierverslag.build(history, self.today))
        clipboard.copy_sensitive(text)
        self.dossier.log.add("copy", case_id, "dossierverslag")
        self.statusBar().showMessage(self.tr(
            "Dossierverslag gekopieerd. Plak het in uw EPD; het klembord wordt over twee "
            "minuten weer leeggemaakt."), 8000)

    def _write_pdf(self, case_ids: list[int], kind: str, document: str, filename: str,
                   produce: Callable[[], bytes]) -> None:
        """Ask where the PDF goes, make and write it off the GUI thread, offer to open it."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        # The file name carries the reference, never the client's name.
        path = msgbox.save_file(self, self.tr("{doc}-PDF opslaan").format(doc=document),
                                str(Path(folder) / filename))
        if not path:
            self.statusBar().showMessage(self.tr("Geen PDF gemaakt. Dat kan later opnieuw."),
                                         8000)
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        password = msgbox.ask_pdf_password(self)
        if password is None:
            self.statusBar().showMessage(self.tr("Geen PDF gemaakt."), 8000)
            return

        def work() -> str:
            pdf = produce()
            digest = hashlib.sha256(pdf).hexdigest()  # of the document itself
            if password:
                from app.documents.pdf_protect import protect

                pdf = protect(pdf, password)
            atomic_write(Path(path), pdf, what=_("het document"))
            return digest

        def written(digest: str) -> None:
            for case_id in case_ids:
                self.dossier.cases.record_document(case_id, kind, digest)
            self.documentWritten.emit(path)
            self.refresh(select=case_ids[0] if case_ids else None)
            if msgbox.question(self, self.tr("PDF opgeslagen"),
                               self.tr("Het document is opgeslagen als\n{path}\n\nNu openen?")
                               .format(path=path)):
                QDesktopServices.openUrl(QUrl.fromLocalFile(path))

        def failed(exc: BaseException) -> None:
            text = exc.message if isinstance(exc, DossierError) else self.tr(
                "Het document kon niet worden gemaakt ({kind}). Uw gegevens zijn bewaard.")\
                .format(kind=type(exc).__name__)
            msgbox.error(self, self.tr("PDF niet opgeslagen"), text)

        self.statusBar().showMessage(self.tr("PDF wordt gemaakt…"))
        run_in_background(work, written, failed)

    # locking ----------------------------------------------------------------------------------

    def lock(self) -> None:
        """Lock means gone: the draft is saved encrypted, every model drops its case data, the
        connection closes, and only the unlock dialog remains."""
        if self.locked:
            return
        self.watcher.stop()
        self._resume = None
        if self.wizard is not None:
            page = self.wizard.current_page()
            if self.wizard.save_draft():
                self._resume = (self.wizard.case_id, page.spec.id)
            self.wizard.finished_ok = True  # saved; closing must not save again
            self.wizard.close()
            self.wizard.deleteLater()  # its pages hold case text: gone, not hidden
            self.wizard = None
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        clipboard.clear_if_ours()
        self.model.clear()
        self.panel.show_case(None, -1, self.today)
        self.deadlines.list.clear()
        self.search.blockSignals(True)  # no delayed search against a closed dossier
        self.search.clear()
        self.search.blockSignals(False)
        self._search_timer.stop()
        path = self.dossier.path
        self._backup_before_closing()
        self.dossier.close()
        self.locked = True
        self.hide()
        from ui.unlock import UnlockDialog

        self.unlock_dialog = UnlockDialog(path)
        self.unlock_dialog.opened.connect(self.unlocked)
        self.unlock_dialog.open()
        self.lockedChanged.emit(True)

    def _backup_before_closing(self) -> None:
        """The rolling backup, made when the app locks as well as when it closes."""
        from app.vault.backup import automatic_backup
        from app.vault.paths import data_folder

        try:
            automatic_backup(self.dossier, data_folder() / "reservekopieen")
            self.dossier.log.add("backup")
        except DossierError as exc:
            self.statusBar().showMessage(exc.message)

    def unlocked(self, dossier: Dossier) -> None:
        """Back where the clinician was: the same list, and the wizard on the same page."""
        self.dossier = dossier
        self.model.set_dossier(dossier)
        self.locked = False
        self._last_read = -1
        self.unlock_dialog = None
        self.show()
        self.refresh()
        self.watcher.restart()
        if self._resume is not None:
            case_id, _page = self._resume
            self._resume = None
            self.open_case(case_id)
        self.lockedChanged.emit(False)

    # lifecycle --------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        if self.locked:
            event.accept()
            return
        self.watcher.stop()
        if self.wizard is not None and not self.wizard.save_draft():
            event.ignore()
            return
        if self.wizard is not None:
            self.wizard.finished_ok = True  # saved; don't save again while closing
            self.wizard.close()
        self.model.clear()
        clipboard.clear_if_ours()
        event.accept()
