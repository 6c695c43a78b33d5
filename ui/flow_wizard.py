"""A flow's wizard: one page per step, a draft saved as the clinician goes."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QWidget, QWizard

from app import service
from app.checks.problems import Problem
from app.errors import DossierError
from app.flows.kit import PageSpec
from app.flows.registry import Flow, flow_for
from app.vault.dossier import Dossier
from ui import msgbox
from ui.flow_page import FlowPage

AUTOSAVE_MS = 1500


class FlowWizard(QWizard):
    """Edits one case of a flow. Every page change, pause in typing and close saves the draft."""

    caseFinished = Signal(int)  # case id, after the case is stored
    draftSaved = Signal()
    exchange = "de uitwisseling"  # how the openness page names this exchange

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
        self.setWindowTitle(self.tr("{flow} — Deelwijzer").format(flow=self.tr(self.flow.label)))
        self.setObjectName(f"{self.flow.kind}Wizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        # Enter in a field must not turn the page: a clinician halfway through a row would
        # land on the next page. "Volgende" has Alt+V instead.
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Vo&rige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Voltooien"))
        self.setButtonText(QWizard.WizardButton.CancelButton,
                           self.tr("Sluiten (concept blijft bewaard)"))
        self.resize(*fitting_size(self, 1120, 760))
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
        self._start_page = start_page

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
        for _ in range(len(self.pages)):
            page = self.current_page()
            if page.spec.id == self._start_page or not page.isComplete():
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
                QTimer.singleShot(0, page.focus_first_field)

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

    def reject(self) -> None:
        # Closing is never a loss: the draft is saved and can be resumed from the main window.
        if self.save_draft():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        if self.save_draft():
            event.accept()
        else:
            event.ignore()


def fitting_size(widget: QWidget, width: int, height: int) -> tuple[int, int]:
    """The size a window wants, shrunk to the screen it opens on (a 1366×768 laptop leaves
    about 1366×728 above the taskbar, and the title bar needs its share)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return width, height
    free = screen.availableGeometry()
    return min(width, free.width() - 16), min(height, free.height() - 48)
