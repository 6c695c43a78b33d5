"""The PDF password question: Return must never save unprotected once a password is begun
(an outside tester typed a password twice, pressed Return, and got an unencrypted PDF)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.pdf_password_dialog import PdfPasswordDialog


def test_return_after_typing_the_password_twice_protects(qtbot):
    dialog = PdfPasswordDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, "telefoon1234")
    qtbot.keyClicks(dialog.second, "telefoon1234")
    assert dialog.protect.isDefault() and not dialog.none.isDefault()
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.password() == "telefoon1234"


def test_return_with_a_half_typed_password_does_nothing(qtbot):
    dialog = PdfPasswordDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first, "telefoon1234")
    qtbot.keyClicks(dialog.second, "telefoon")
    assert not dialog.none.isDefault() and not dialog.protect.isDefault()
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.password() == ""


def test_return_without_any_password_means_without(qtbot):
    dialog = PdfPasswordDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.none.isDefault()
    qtbot.keyClick(dialog.first, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.password() == ""
