"""A flow's wizard: one page per step, a draft saved as the clinician goes."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget, QWizard

from app import service
from app.checks.problems import Problem
from app.content.i18n import _
from app.errors import DossierError
from app.flows.kit import PageSpec
from app.flows.registry import Flow, flow_for
from app.vault.dossier import Dossier
from ui import msgbox, window_fit
from ui.flow_page import FlowPage

AUTOSAVE_MS = 1500


class FlowWizard(QWizard):
    """Edits one case of a flow. Every page change, pause in typing and close saves the draft."""

    caseFinished = Signal(int)  # case id, after the case is stored
    draftSaved = Signal()
    # how the openness page names this exchange
    exchange = QT_TRANSLATE_NOOP("exchange", "de uitwisseling")

    def __init__(self, dossier: Dossier, case_id: int, data: Any, *, today: date,
                 start_page: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dossier = dossier
        self.case_id = case_id
        self.data = data
        self.flow: Flow = flow_for(data)
        self.today = today
        self.profile: dict[str, Any] = dossier.profile()
        self.finished_ok = False
        self.setWindowTitle(self.tr("{flow} — Deelwijzer").format(flow=_(self.flow.label)))
        self.setObjectName(f"{self.flow.kind}Wizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        # Enter in a field must not turn the page: a clinician halfway through a row would
        # land on the next page. "Volgende" has Alt+V instead.
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Vo&rige"))
        # Alt+V always goes forward: 'Voltooien' stands where 'Volgende' stood.
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Voltooien"))
        self.setButtonText(QWizard.WizardButton.CancelButton,
                           self.tr("&Sluiten (concept blijft bewaard)"))
        # One remembered size for every flow's wizard: the clinician sizes it once.
        for which, tip in ((QWizard.WizardButton.NextButton, self.tr("Volgende stap (Alt+V)")),
                           (QWizard.WizardButton.BackButton, self.tr("Vorige stap (Alt+R)")),
                           (QWizard.WizardButton.FinishButton,
                            self.tr("Vastleggen en het document maken (Alt+V)")),
                           (QWizard.WizardButton.CancelButton,
                            self.tr("Sluiten; het concept blijft bewaard (Alt+S of Esc)"))):
            self.button(which).setToolTip(tip)
        window_fit.fit(self, 1120, 760, key="wizard")
        self.prepare()
        self.pages: list[FlowPage] = self.build_pages()
        for page in self.pages:
            self.addPage(page)
            page.load_from_host()
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self.currentIdChanged.connect(self._page_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self._start_page = start_page
        from ui.help_links import install_wizard_help

        install_wizard_help(self)  # F1: the handbook viewer at this page's place

    def prepare(self) -> None:
        """Bring the draft up to date with the practice's settings before the pages load it."""

    def build_pages(self) -> list[FlowPage]:
        raise NotImplementedError

    def is_concept(self) -> bool:
        try:
            return self.dossier.cases.get(self.case_id).status == "concept"
        except KeyError:
            return False

    # FlowHost -----------------------------------------------------------------------------------

    def spec(self, page_id: str) -> PageSpec:
        return self.flow.rules.page(page_id)  # type: ignore[no-any-return]

    def check(self, page_id: str) -> list[Problem]:
        return self.flow.rules.check_page(page_id, self.data, self.today)  # type: ignore[no-any-return]

    def page_edited(self, page: FlowPage) -> None:
        self._autosave.start()

    # navigation -------------------------------------------------------------------------------

    def page_by_id(self, page_id: str) -> FlowPage:
        return next(p for p in self.pages if p.spec.id == page_id)

    def current_page(self) -> FlowPage:
        return self.currentPage()  # type: ignore[return-value]

    def resume(self) -> None:
        """Go forward to the page the draft was left on, as far as the checks allow."""
        for _step in range(len(self.pages)):
            page = self.current_page()
            # Never 'next' on the last page: QWizard validates it first, and the summary's
            # validation is finishing the case (a complete draft was finished on opening).
            if page.spec.id == self._start_page or not page.isComplete() \
                    or page is self.pages[-1]:
                break
            self.next()

    # saving -----------------------------------------------------------------------------------

    def _page_changed(self, page_id: int) -> None:
        # QWizard reports -1 while closing; the page the draft was on must not be lost then.
        if page_id >= 0:
            self.save_draft()
            page = self.currentPage()
            if isinstance(page, FlowPage):
                # Start where the clinician types, not in the scroll area or the handbook.
                page.order_focus()
                QTimer.singleShot(0, page, page.focus_first_field)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The form scrolls to whatever gets the focus, also when that is not Tab's doing (a
        new row's first field, the add button after a removal, a page's first field)."""
        page = self.currentPage()
        if new is not None and isinstance(page, FlowPage) and page.body.isAncestorOf(new):
            page.scroll.ensureWidgetVisible(new, 8, 24)

    def save_draft(self) -> bool:
        if self.finished_ok:
            return True
        self._autosave.stop()
        page = self.currentPage()
        page_id = page.spec.id if isinstance(page, FlowPage) else ""
        if isinstance(page, FlowPage):
            page.store(self.data)
        try:
            service.save_draft(self.dossier, self.case_id, self.data, page_id)
        except DossierError as exc:
            msgbox.error(self, self.tr("Concept niet opgeslagen"), exc.message)
            return False
        self.draftSaved.emit()
        return True

    def finish(self) -> bool:
        """Store the case with its dossier entry; the main window then makes the PDF."""
        for page in self.pages:
            page.store(self.data)
        try:
            service.finish(self.dossier, self.case_id, self.data, self.today)
        except DossierError as exc:
            msgbox.error(self, self.tr("Niet opgeslagen"), exc.message)
            return False
        self.finished_ok = True
        self.caseFinished.emit(self.case_id)
        return True

    # Enter --------------------------------------------------------------------------------------

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt naming
        super().setVisible(visible)
        if visible:
            # On showing, QDialog makes the first button in the tab order its default (here
            # 'Volgende'), NoDefaultButton or not; QWizard only undoes that on a page change, so
            # a wizard that opens on a page (the melding's weighing, or a draft left on it)
            # showed 'Volgende' as the Enter button.
            for button in self.findChildren(QPushButton):
                if button.isDefault():
                    button.setDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        # An Enter the field did not use must not reach QDialog, which would press its default
        # button: 'Volgende' turned the page when the wizard opened on a complete page. A
        # focused button still takes Enter itself; Alt+V is the keyboard's way on.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        # Closing is never a loss: the draft is saved and can be resumed from the main window.
        if self.save_draft():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        if self.save_draft():
            event.accept()
        else:
            event.ignore()
