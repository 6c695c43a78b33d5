"""Every window fits a small laptop screen, with its buttons on it (issue 13).

The offscreen platform has one 800×800 screen; `ui.window_fit.screen_rect` is where every
window asks how much room its screen has, so the tests give it the available geometry of a
1366×768 laptop above its taskbar (1366×728) and of a 1280×720 one. A window fits when it lies
inside that rectangle with a frame of `window_fit.FRAME` (what Windows draws); its buttons fit
when they lie inside the screen and not inside a scroll area (they never scroll away).
"""

from __future__ import annotations

import pytest

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from app import demo, service
from app.errors import DossierError
from app.flows.followup import FORMS
from tests.wizard_helpers import TODAY
from ui import msgbox, preview_dialog, window_fit
from ui.main_window import MainWindow

SCREENS = {"1366x728": QRect(0, 0, 1366, 728), "1280x720": QRect(0, 0, 1280, 720)}
DEMOS = {"melding": demo.demo_melding, "informatieverzoek": demo.demo_request,
         "overleg": demo.demo_overleg, "ander_doel": demo.demo_ander_doel}
WIZARD_BUTTONS = (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                  QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")


@pytest.fixture(params=sorted(SCREENS))
def screen(request, monkeypatch) -> QRect:
    rect = SCREENS[request.param]
    monkeypatch.setattr(window_fit, "screen_rect", lambda _widget: QRect(rect))
    return rect


@pytest.fixture
def main(qtbot, screen, dossier):
    win = MainWindow(dossier, today=TODAY)
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.wizard is not None:
        win.wizard.close()
    win.close()
    msgbox._answers.clear()
    preview_dialog._answers.clear()


def outer(window: QWidget) -> QRect:
    """The window with the frame Windows would draw around it."""
    return QRect(window.frameGeometry().topLeft(), window.size() + window_fit.FRAME)


def action_buttons(window: QWidget) -> list[QAbstractButton]:
    """The buttons that close or advance the window: a wizard's, a button box's."""
    if isinstance(window, QWizard):
        found = [window.button(which) for which in WIZARD_BUTTONS]
    else:
        found = [b for box in window.findChildren(QDialogButtonBox)
                 for b in box.buttons()]
        found += [b for name in ("back_button", "print_button", "save_button")
                  if isinstance(b := getattr(window, name, None), QAbstractButton)]
    return [b for b in found if b.isVisibleTo(window)]


def assert_fits(window: QWidget, screen: QRect, what: str = "") -> None:
    what = what or window.windowTitle() or type(window).__name__
    QApplication.processEvents()
    assert window.isVisible(), what
    assert screen.contains(outer(window)), f"{what}: {outer(window)} not inside {screen}"
    if isinstance(window, QDialog):
        buttons = action_buttons(window)
        assert buttons, f"{what}: no buttons found"
        for button in buttons:
            place = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
            label = button.text().replace("&", "")
            assert screen.contains(place), f"{what}: '{label}' at {place}, off the screen"
            assert window.rect().contains(QRect(button.mapTo(window, QPoint(0, 0)),
                                                button.size())), f"{what}: '{label}' cut off"
            parent = button.parentWidget()
            while parent is not None and parent is not window:
                assert not isinstance(parent, QAbstractScrollArea), \
                    f"{what}: '{label}' scrolls away with the contents"
                parent = parent.parentWidget()


def assert_form_not_cut_off(page, what: str) -> None:
    """The form is no wider than the room beside the handbook: nothing hides under it."""
    needed = page.body.minimumSizeHint().width()
    room = page.scroll.viewport().width()
    assert needed <= room, f"{what}: the form needs {needed} px, has {room}"


# --- the check itself ----------------------------------------------------------------------


def test_the_check_fails_on_a_window_too_large_or_buttons_that_scroll(qtbot, screen):
    big = QDialog()
    qtbot.addWidget(big)
    layout = QVBoxLayout(big)
    layout.addWidget(QLabel("groot"))
    layout.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok))
    big.setMinimumSize(screen.width(), screen.height() - 20)  # the frame does not fit
    big.show()
    with pytest.raises(AssertionError, match="not inside"):
        assert_fits(big, screen)

    scrolling = QDialog()
    qtbot.addWidget(scrolling)
    area = QScrollArea(scrolling)
    inner = QWidget()
    QVBoxLayout(inner).addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok))
    area.setWidget(inner)
    QVBoxLayout(scrolling).addWidget(area)
    window_fit.fit(scrolling, 400, 300)
    scrolling.show()
    with pytest.raises(AssertionError, match="scrolls away"):
        assert_fits(scrolling, screen)


def test_a_window_wider_than_the_screen_is_shrunk_to_it(qtbot, screen):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok))
    window_fit.fit(dialog, 3000, 2000)
    dialog.show()
    assert_fits(dialog, screen)
    assert dialog.size() == screen.size() - window_fit.FRAME


# --- the main window and what it opens -----------------------------------------------------


def finished_case(dossier, kind: str = "melding") -> int:
    data = DEMOS[kind](TODAY)
    case_id = dossier.cases.create(kind, data.to_dict(), "Y.")
    service.finish(dossier, case_id, data, TODAY)
    return case_id


def test_main_window_and_every_dialog_it_opens_fit(qtbot, main, dossier, screen):
    assert_fits(main, screen, "hoofdvenster")
    case_id = finished_case(dossier)
    main.refresh(select=case_id)
    seen: list[str] = []

    def look(dialog: QDialog) -> bool:
        dialog.show()
        assert_fits(dialog, screen)
        seen.append(type(dialog).__name__)
        dialog.reject()
        return False

    main.exec_dialog = look  # type: ignore[method-assign]
    actions = main.main_actions
    for action in (actions.profile, actions.organisations, actions.log, actions.passphrase,
                   actions.inzage, actions.contact, actions.case_log, actions.delete):
        assert action.isEnabled(), action.text()
        action.trigger()
    for followup in dossier.followups.of_case(case_id):
        main.register_followup(case_id, followup.id)
    assert {"ProfileDialog", "OrganisationsDialog", "AccessLogDialog", "InzageDialog",
            "ChangePassphraseDialog", "ContactDialog", "DeleteCaseDialog",
            "FollowUpDialog"} <= set(seen)

    from ui.main_menu import about_box
    from ui.pdf_password_dialog import PdfPasswordDialog
    from ui.recovery_dialogs import RecoverDialog, RecoveryCodeDialog

    for dialog in (RecoveryCodeDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ", dossier.path, main),
                   PdfPasswordDialog(main), about_box(main), RecoverDialog(dossier.path, main)):
        look(dialog)

    shown: list[QDialog] = []
    preview_dialog.answer_next(shown.append)
    main.make_document(case_id)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert_fits(shown[0], screen, "voorbeeld")
    shown[0].reject()


def test_every_follow_up_form_fits(qtbot, main, screen):
    from ui.followup_dialog import FollowUpDialog

    for kind in (*FORMS, "other"):
        dialog = FollowUpDialog(kind, TODAY, main, note="Een notitie bij het vervolg. " * 8)
        dialog.show()
        assert_fits(dialog, screen, kind)
        dialog.reject()


def test_unlock_dialog_fits_and_shows_the_whole_wrong_passphrase_message(qtbot, main, screen):
    main.lock()
    qtbot.waitUntil(lambda: main.locking.unlock_dialog is not None, timeout=20000)  # backup
    dialog = main.locking.unlock_dialog
    qtbot.addWidget(dialog)
    assert_fits(dialog, screen, "ontgrendelen")
    qtbot.keyClicks(dialog.passphrase, "niet het goede wachtwoord")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "klopt niet" in dialog.message.text(), timeout=10000)
    message = dialog.message
    qtbot.waitUntil(lambda: message.height() >= message.heightForWidth(message.width()))
    assert_fits(dialog, screen, "ontgrendelen met melding")


def test_create_dialog_fits_with_its_warnings(qtbot, screen, tmp_path):
    from ui.unlock import CreateDialog

    dialog = CreateDialog(tmp_path / "nieuw" / "dossier.db")
    qtbot.addWidget(dialog)
    dialog.show()
    assert_fits(dialog, screen, "nieuw dossier")
    dialog._failed(DossierError("Een lange melding die over meerdere regels loopt. " * 6))
    message = dialog.message
    qtbot.waitUntil(lambda: message.height() >= message.heightForWidth(message.width()))
    assert_fits(dialog, screen, "nieuw dossier met melding")


# --- every page of every wizard ------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(DEMOS))
def test_every_page_of_every_wizard_fits(qtbot, main, dossier, screen, kind):
    data = DEMOS[kind](TODAY)
    case_id = dossier.cases.create(kind, data.to_dict(), "Y.")
    wizard = main.open_case(case_id)
    wizard.restart()
    for page in wizard.pages:
        assert wizard.current_page() is page
        assert_fits(wizard, screen, f"{kind}/{page.spec.id}")
        assert_form_not_cut_off(page, f"{kind}/{page.spec.id}")
        if page.spec.id == "openness":  # the deviation's four grounds, side by side, were cut
            form = page.openness
            form.deviates.setChecked(True)
            page.edited()
            assert_form_not_cut_off(page, f"{kind}/openness, afwijken")
            form.deviates.setChecked(False)
            page.edited()
        if page is not wizard.pages[-1]:
            wizard.next()  # on the last page that would finish the case


# --- remembered where it fits --------------------------------------------------------------


def test_size_position_and_splitters_are_remembered(qtbot, screen, dossier):
    first = MainWindow(dossier, today=TODAY)
    qtbot.addWidget(first)
    first.show()
    first.resize(1000, 600)
    first.move(40, 30)
    first.splitters[0].setSizes([300, 700])
    sizes = first.splitters[0].sizes()
    first.close()

    again = MainWindow(dossier, today=TODAY)
    qtbot.addWidget(again)
    again.show()
    assert again.size() == QSize(1000, 600)
    assert again.frameGeometry().topLeft() == first.frameGeometry().topLeft()
    assert again.splitters[0].sizes() == sizes
    again.close()


def test_a_remembered_size_that_does_not_fit_this_screen_is_not_used(
        qtbot, monkeypatch, dossier):
    monkeypatch.setattr(window_fit, "screen_rect", lambda _w: QRect(0, 0, 1920, 1040))
    large = MainWindow(dossier, today=TODAY)
    qtbot.addWidget(large)
    large.show()
    large.resize(1800, 950)
    large.close()

    small = SCREENS["1280x720"]
    monkeypatch.setattr(window_fit, "screen_rect", lambda _w: QRect(small))
    again = MainWindow(dossier, today=TODAY)
    qtbot.addWidget(again)
    again.show()
    assert_fits(again, small, "hoofdvenster na een groot scherm")
    assert again.width() == 1200  # the default, not 1800
    again.close()
