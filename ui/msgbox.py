"""The one place for message boxes and file choosers, with a seam tests can answer.

Tests call `answer_next(...)` before the action; the next dialog then returns that answer
without showing anything (as KeePassXC's MessageBox::setNextAnswer).
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
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


def question(parent: QWidget | None, title: str, text: str, *,
             destructive: bool = False) -> bool:
    """Yes or no. A `destructive` question (removing, deleting, replacing, overwriting) has
    'No' as its default button: Enter, pressed out of habit, keeps what is there."""
    shown.append(("question", text))
    if _answers:
        return bool(_answers.popleft())
    no = QMessageBox.StandardButton.No
    yes = QMessageBox.StandardButton.Yes
    button = QMessageBox.question(parent, title, text, yes | no, no if destructive else yes)
    return button == yes


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int | None:
    """The index of the option the user chose (a button each), or None when closed or
    cancelled ('Annuleren', the default button)."""
    shown.append(("choose", text))
    if _answers:
        return _answers.popleft()  # type: ignore[no-any-return]
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    # Enter cancels: each option changes something (this box asks before restoring a backup).
    box.setDefaultButton(box.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole))
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


def ask_secret(parent: QWidget | None, title: str, label: str) -> str | None:
    """A passphrase or recovery code typed in a password field; None when cancelled."""
    shown.append(("secret", label))
    if _answers:
        return _answers.popleft()  # type: ignore[no-any-return]
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    try:
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return None
        return dialog.textValue() or None
    finally:
        dialog.deleteLater()


DOCUMENTS, BACKUPS = "documents", "backups"  # each remembers its own folder


def start_folder(kind: str = DOCUMENTS) -> Path:
    """Where a file chooser opens: the folder last used for `kind` (QSettings; a folder, no
    file name), else the user's Documents folder, else the home folder. Never the program's
    own folder: Qt's dialog falls back to the working directory when a folder is missing."""
    last = str(QSettings().value(f"files/{kind}_folder", "") or "")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for folder in (last, documents):
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def _remember(kind: str, path: str) -> None:
    if path:
        QSettings().setValue(f"files/{kind}_folder", str(Path(path).parent))


def open_file(parent: QWidget | None, title: str, file_filter: str,
              kind: str = BACKUPS) -> str | None:
    """A file chosen to open (a backup), or None when cancelled."""
    shown.append(("open_file", title))
    if _answers:
        return _answers.popleft()  # type: ignore[no-any-return]
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(start_folder(kind)),
                                                file_filter)
    _remember(kind, path)
    return path or None


def save_file(parent: QWidget | None, title: str, name: str, file_filter: str = "",
              kind: str = DOCUMENTS) -> str | None:
    """A path chosen by the user for a PDF (or what `file_filter` names, as a backup), or
    None when cancelled. The dialog suggests `name` in `start_folder(kind)`, and the folder
    chosen is where the next one opens."""
    suggested = str(start_folder(kind) / Path(name).name)
    shown.append(("save_file", suggested))
    if _answers:
        path = _answers.popleft()
        _remember(kind, path or "")
        return path  # type: ignore[no-any-return]
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested,
                                                file_filter or _tr("PDF-document (*.pdf)"))
    _remember(kind, path)
    return path or None
