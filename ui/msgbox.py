"""The one place for message boxes and file choosers, with a seam tests can answer.

Tests call `answer_next(...)` before the action; the next dialog then returns that answer
without showing anything (as KeePassXC's MessageBox::setNextAnswer).
"""

from __future__ import annotations

from collections import deque
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

_answers: deque[Any] = deque()
shown: list[tuple[str, str]] = []  # (kind, text) of every box, for tests to inspect


def answer_next(*answers: Any) -> None:
    """Queue answers for the next dialogs: bool for questions, str/None for file choosers."""
    _answers.extend(answers)


def pending_answers() -> int:
    return len(_answers)


def _tr(text: str) -> str:
    return QCoreApplication.translate("msgbox", text)


def information(parent: QWidget | None, title: str, text: str) -> None:
    shown.append(("information", text))
    if _answers:
        _answers.popleft()
        return
    QMessageBox.information(parent, title, text)


def error(parent: QWidget | None, title: str, text: str) -> None:
    shown.append(("error", text))
    if _answers:
        _answers.popleft()
        return
    QMessageBox.critical(parent, title, text)


def question(parent: QWidget | None, title: str, text: str) -> bool:
    shown.append(("question", text))
    if _answers:
        return bool(_answers.popleft())
    button = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return button == QMessageBox.StandardButton.Yes


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int | None:
    """The index of the option the user chose (a button each), or None when closed."""
    shown.append(("choose", text))
    if _answers:
        return _answers.popleft()  # type: ignore[no-any-return]
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def ask_pdf_password(parent: QWidget | None) -> str | None:
    """'' for no password, the password to protect with, or None when cancelled."""
    shown.append(("pdf_password", ""))
    if _answers:
        return _answers.popleft()  # type: ignore[no-any-return]
    from ui.pdf_password_dialog import PdfPasswordDialog

    dialog = PdfPasswordDialog(parent)
    if dialog.exec() != PdfPasswordDialog.DialogCode.Accepted:
        return None
    return dialog.password()


def open_file(parent: QWidget | None, title: str, file_filter: str) -> str | None:
    """A file chosen to open (a backup), or None when cancelled."""
    shown.append(("open_file", title))
    if _answers:
        return _answers.popleft()  # type: ignore[no-any-return]
    path, _filter = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return path or None


def save_file(parent: QWidget | None, title: str, suggested: str) -> str | None:
    """A path chosen by the user for a PDF, or None when cancelled."""
    shown.append(("save_file", suggested))
    if _answers:
        return _answers.popleft()
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested,
                                                _tr("PDF-document (*.pdf)"))
    return path or None
