"""Walking the interface as a user can reach it: every page of the four wizards on demo data,
the main window on a finished case and a draft, every dialog the main window opens, and the
dialogs before it (unlock, create, recovery). Shared by the tests that look at all of it
(tests/test_english.py, tests/test_accessibility.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog, QWidget

from app import service
from app.content import i18n
from app.demo import demo_ander_doel, demo_melding, demo_overleg, demo_request
from tests.wizard_helpers import TODAY
from ui import preview_dialog, translations
from ui.main_window import MainWindow

WIZARDS = (("melding", demo_melding), ("informatieverzoek", demo_request),
           ("overleg", demo_overleg), ("ander_doel", demo_ander_doel))
WIZARD_IDS = [kind for kind, _make in WIZARDS]

# Every dialog the main window opens, by class name (the about box is a QMessageBox).
MAIN_WINDOW_DIALOGS = frozenset({
    "ProfileDialog", "OrganisationsDialog", "AccessLogDialog", "ChangePassphraseDialog",
    "ContactDialog", "FollowUpDialog", "DeleteCaseDialog", "InzageDialog", "PreviewDialog",
    "QMessageBox"})


def settle(qtbot: Any) -> None:
    qtbot.wait(10)
    QCoreApplication.processEvents()


def open_wizard(window: MainWindow, kind: str, make: Callable[[Any], Any]) -> Any:
    """The wizard of `kind`, its draft the demo case (the pages not loaded yet)."""
    wizard = window.new_case(kind)
    assert wizard is not None
    wizard.data = make(TODAY)
    return wizard


def each_page(qtbot: Any, wizard: Any) -> Iterator[Any]:
    """Every page of `wizard` in turn, from the first (a new case opens there), loaded from
    its draft and made the current page."""
    for page in wizard.pages:
        page.load_from_host()
    for page in wizard.pages:
        # The page looked at is the one on screen: a walk a page out of step would look at
        # a hidden page and skip the one shown.
        assert wizard.current_page() is page, (page.spec.id, wizard.current_page().spec.id)
        page.initializePage()
        settle(qtbot)
        yield page
        if page is not wizard.pages[-1]:
            wizard.next()


@dataclass
class Populated:
    """A main window over a dossier with a finished melding and a draft."""

    window: MainWindow
    case_id: int
    finished: Any
    draft: Any
    note: str
    followups: list[Any]


def populated_window(qtbot: Any, dossier: Any) -> Populated:
    day = TODAY - timedelta(days=12)
    finished = demo_melding(day)
    case_id = dossier.cases.create("melding", finished.to_dict(), finished.client_pseudonym)
    service.finish(dossier, case_id, finished, day)
    note = "Gebeld met de huisarts over de zorgen."
    dossier.contacts.add(case_id, (TODAY - timedelta(days=2)).isoformat(), "contact", note)
    draft = demo_request(TODAY)
    dossier.cases.create("informatieverzoek", draft.to_dict(), draft.client_pseudonym)
    window = MainWindow(dossier, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.refresh(select=case_id)
    settle(qtbot)
    return Populated(window, case_id, finished, draft, note, dossier.followups.of_case(case_id))


def open_every_dialog(qtbot: Any, shown: Populated, monkeypatch: Any,
                      look_at: Callable[[QDialog], object]) -> list[str]:
    """Open each dialog of the main window the way its menu or button does; `look_at` gets
    each one shown (and closes it). Returns the class names opened."""
    window, case_id = shown.window, shown.case_id
    opened: list[str] = []

    def seen(dialog: QDialog) -> bool:
        dialog.show()
        settle(qtbot)
        opened.append(type(dialog).__name__)
        look_at(dialog)
        dialog.close()
        return False

    monkeypatch.setattr(window, "exec_dialog", seen)
    window.edit_profile()
    window.edit_organisations()
    window.show_log()
    window.show_log(case_id)
    window.change_passphrase()
    window.add_contact(case_id)
    window.register_followup(case_id, shown.followups[0].id)
    window.delete_case(case_id)
    window.make_inzage(shown.finished.client_pseudonym)
    preview_dialog.answer_next(seen)
    window.make_document(case_id)
    qtbot.waitUntil(lambda: "PreviewDialog" in opened, timeout=20000)
    from ui.main_menu import about_box

    seen(about_box(window))
    return opened


def start_dialogs(qtbot: Any, dossier: Any, tmp_path: Path, *,
                  all_of_them: bool = False) -> list[QWidget]:
    """The dialogs before the main window: unlock, create, the recovery code shown once; with
    `all_of_them` also recovering with the code and protecting a PDF (from the preview)."""
    from app.vault.recovery import code_for
    from ui.recovery_dialogs import RecoverDialog, RecoveryCodeDialog
    from ui.unlock import CreateDialog, UnlockDialog

    dialogs: list[QWidget] = [UnlockDialog(dossier.path), CreateDialog(tmp_path / "new.db"),
                              RecoveryCodeDialog(code_for(dossier), dossier.path)]
    if all_of_them:
        from ui.pdf_password_dialog import PdfPasswordDialog

        dialogs += [RecoverDialog(dossier.path), PdfPasswordDialog()]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    return dialogs


TS = Path(__file__).resolve().parent.parent / "ui" / "i18n" / "deelwijzer_en.ts"
QM = TS.with_suffix(".qm")


def build_english() -> None:
    """The compiled .qm, built from the .ts when `make` has not (or the .ts is newer)."""
    if not QM.exists() or QM.stat().st_mtime < TS.stat().st_mtime:
        tool = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(tool), "-silent", str(TS), "-qm", str(QM)], check=True)


@contextmanager
def english_interface(qapp: QCoreApplication) -> Iterator[None]:
    """The interface in English for the block, then Dutch again as conftest sets it."""
    build_english()
    before_env, before_locale = os.environ.get("DEELWIJZER_LANG"), QLocale()
    os.environ["DEELWIJZER_LANG"] = "en"
    assert translations.install_translators(qapp) == "en"
    try:
        yield
    finally:
        for translator in translations._installed:
            qapp.removeTranslator(translator)
        translations._installed.clear()
        i18n.set_language(None)
        QLocale.setDefault(before_locale)
        if before_env is None:
            os.environ.pop("DEELWIJZER_LANG", None)
        else:
            os.environ["DEELWIJZER_LANG"] = before_env
