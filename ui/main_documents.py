"""The documents the main window makes: a case's PDF, the dossierverslag (PDF or clipboard),
the inzage copy, and a backup on demand. Each is made and written off the GUI thread."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QStandardPaths, QUrl, SignalInstance
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QStatusBar

from app import service
from app.content.i18n import _
from app.documents.registry import APART, apart_filename, apart_kind, flow_apart_pdf, flow_pdf
from app.errors import DossierError
from app.flows.registry import flow_of
from app.vault.dossier import Dossier
from app.vault.fsutil import atomic_write
from ui import clipboard, msgbox
from ui.inzage_dialog import InzageDialog
from ui.worker import run_in_background


@dataclass(frozen=True)
class Apart:
    """A part of a flow's document that goes in its own file (a melding's part that the
    family may not read): the flow's kind, and how to make it (None: nothing apart)."""

    kind: str
    produce: Callable[[], bytes | None]


class DocumentHost(Protocol):
    """What the documents need of the main window (read when used: the dossier changes on
    every unlock, and tests replace exec_dialog)."""

    dossier: Dossier
    documentWritten: SignalInstance  # noqa: N815 - Qt signal naming
    backupWritten: SignalInstance  # noqa: N815 - Qt signal naming

    @property
    def today(self) -> date: ...
    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt naming
    def ensure_profile(self) -> bool: ...
    def exec_dialog(self, dialog: QDialog) -> bool: ...
    def refresh(self, select: int | None = None) -> None: ...
    def selected_case(self) -> int: ...


class DocumentActions(QObject):
    def __init__(self, window: DocumentHost) -> None:
        super().__init__(window)  # type: ignore[arg-type]  # the main window, a QObject
        self.win = window

    def make_pdf(self, case_id: int) -> None:
        """The flow's document (Melding, Informatieverstrekking) for a finished case."""
        if case_id < 0 or not self.win.ensure_profile():
            return
        record = self.win.dossier.cases.get(case_id)
        flow = flow_of(record.kind)
        data = flow.load(record.data)
        profile = self.win.dossier.profile()
        today = self.win.today
        # A melding's part that the family may not read goes in a second file beside it.
        apart = Apart(record.kind, lambda: flow_apart_pdf(record.kind, data, profile, case_id,
                                                          today)) if record.kind in APART else None
        self.write_pdf([case_id], record.kind, self.tr(flow.document),
                       f"{flow.document.lower()}-{flow.reference(case_id, data)}.pdf",
                       lambda: flow_pdf(record.kind, data, profile, case_id, today), apart)

    def save_verslag_pdf(self, case_id: int) -> None:
        from app.documents import dossierverslag

        if case_id < 0 or not self.win.ensure_profile():
            return
        history = service.case_history(self.win.dossier, case_id)
        verslag = dossierverslag.build(history, self.win.today)
        profile = self.win.dossier.profile()
        today = self.win.today
        self.write_pdf([case_id], "dossierverslag", self.tr("Dossierverslag"),
                       f"dossierverslag-{verslag.reference}.pdf",
                       lambda: dossierverslag.as_pdf(verslag, profile, today))

    def backup_now(self) -> None:
        """A backup to a place the clinician chooses (an external disk), off the GUI thread."""
        from app.vault.backup import SUFFIX, make_backup

        name = f"deelwijzer-{self.win.today.strftime('%Y%m%d')}{SUFFIX}"
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path = msgbox.save_file(self.win, self.tr("Reservekopie opslaan"),
                                str(Path(folder) / name))
        if not path:
            return
        if not path.endswith(SUFFIX):
            path += SUFFIX
        dossier = self.win.dossier
        self.win.statusBar().showMessage(self.tr("Reservekopie wordt gemaakt…"))

        def done(_result: object) -> None:
            self.win.dossier.log.add("backup")
            self.win.backupWritten.emit(path)
            msgbox.information(self.win, self.tr("Reservekopie gemaakt"), self.tr(
                "De reservekopie is gemaakt en gecontroleerd:\n{p}\n\nU opent hem met het "
                "wachtwoord van dit moment.").format(p=path))

        def failed(exc: BaseException) -> None:
            text = exc.message if isinstance(exc, DossierError) else self.tr(
                "De reservekopie kon niet worden gemaakt ({kind}).").format(
                kind=type(exc).__name__)
            msgbox.error(self.win, self.tr("Reservekopie niet gemaakt"), text)

        run_in_background(lambda: make_backup(dossier, Path(path)), done, failed)

    def make_inzage(self, client: str = "") -> None:
        """A copy for the client's right of access, with third-party items screened off."""
        from app.documents import inzage

        if not self.win.ensure_profile():
            return
        if not client and self.win.selected_case() >= 0:
            client = self.win.dossier.cases.get(self.win.selected_case()).client_pseudonym
        dialog = InzageDialog(self.win.dossier, self.win.today, self.win,
                              client=client)
        if not self.win.exec_dialog(dialog) or not dialog.validate():
            return
        pseudonym, requester = dialog.client.currentText(), dialog.requester_key()
        items, screened = dialog.items, dialog.screened()
        service.record_inzage(self.win.dossier, pseudonym, requester, items, screened)
        profile, today = self.win.dossier.profile(), self.win.today
        self.write_pdf(sorted({i.case_id for i in items}), "inzage", self.tr("Inzage"),
                       f"inzage-{today.strftime('%Y%m%d')}.pdf",
                       lambda: inzage.inzage_pdf(pseudonym, requester, items, screened,
                                                 profile, today))

    def copy_verslag(self, case_id: int) -> None:
        """The step-7 record as plain text, for pasting into the EPD."""
        from app.documents import dossierverslag

        if case_id < 0:
            return
        history = service.case_history(self.win.dossier, case_id)
        text = dossierverslag.as_text(dossierverslag.build(history, self.win.today))
        clipboard.copy_sensitive(text)
        self.win.dossier.log.add("copy", case_id, "dossierverslag")
        self.win.statusBar().showMessage(self.tr(
            "Dossierverslag gekopieerd. Plak het in uw EPD; het klembord wordt over twee "
            "minuten weer leeggemaakt."), 8000)

    def write_pdf(self, case_ids: list[int], kind: str, document: str, filename: str,
                  produce: Callable[[], bytes], apart: Apart | None = None) -> None:
        """Ask where the PDF goes, make and write it off the GUI thread, offer to open it.

        With `apart`, a part the family may not read (if the case has one) is written beside
        it as a second file, protected the same way, and recorded by hash as well."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        # The file name carries the reference, never the client's name.
        path = msgbox.save_file(self.win, self.tr("{doc}-PDF opslaan").format(doc=document),
                                str(Path(folder) / filename))
        if not path:
            self.win.statusBar().showMessage(
                self.tr("Geen PDF gemaakt. Dat kan later opnieuw."), 8000)
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        password = msgbox.ask_pdf_password(self.win)
        if password is None:
            self.win.statusBar().showMessage(self.tr("Geen PDF gemaakt."), 8000)
            return

        apart_path = str(Path(path).with_name(apart_filename(Path(path).name, apart.kind))) \
            if apart else ""

        def work() -> tuple[str, str | None]:
            pdf = produce()
            digest = hashlib.sha256(pdf).hexdigest()  # of the document itself
            extra = apart.produce() if apart else None
            extra_digest = hashlib.sha256(extra).hexdigest() if extra is not None else None
            if password:
                from app.documents.pdf_protect import protect

                pdf = protect(pdf, password)
                extra = protect(extra, password) if extra is not None else None
            if extra is None:
                atomic_write(Path(path), pdf, what=_("het document"))
                return digest, None
            # The apart part first: a letter that announces it never lies there without it.
            atomic_write(Path(apart_path), extra, what=_("het document"))
            try:
                atomic_write(Path(path), pdf, what=_("het document"))
            except BaseException:
                Path(apart_path).unlink(missing_ok=True)
                raise
            return digest, extra_digest

        def written(digests: tuple[str, str | None]) -> None:
            digest, extra_digest = digests
            for case_id in case_ids:
                self.win.dossier.cases.record_document(case_id, kind, digest)
                if apart and extra_digest is not None:
                    self.win.dossier.cases.record_document(case_id, apart_kind(apart.kind),
                                                           extra_digest)
            self.win.documentWritten.emit(path)
            self.win.refresh(select=case_ids[0] if case_ids else None)
            if extra_digest is None:
                text = self.tr("Het document is opgeslagen als\n{path}\n\nNu openen?").format(
                    path=path)
            else:
                self.win.statusBar().showMessage(self.tr(
                    "Twee bestanden opgeslagen: de melding en het aparte deel, niet voor het "
                    "gezin."), 8000)
                text = self.tr(
                    "Er zijn twee bestanden opgeslagen.\n\n"
                    "De melding:\n{path}\nHet gezin kan alles hierin inzien: de ouders, en "
                    "kinderen vanaf 12 jaar.\n\n"
                    "Het aparte deel, NIET VOOR HET GEZIN:\n{apart}\nStuur dit alleen aan de "
                    "ontvanger van de melding, los van de melding. Geef het nooit aan het "
                    "gezin.{protected}\n\nDe melding nu openen?").format(
                    path=path, apart=apart_path, protected=self.tr(
                        "\n\nBeide bestanden zijn beveiligd met hetzelfde wachtwoord.")
                    if password else "")
            if msgbox.question(self.win, self.tr("PDF opgeslagen"), text):
                QDesktopServices.openUrl(QUrl.fromLocalFile(path))

        def failed(exc: BaseException) -> None:
            text = exc.message if isinstance(exc, DossierError) else self.tr(
                "Het document kon niet worden gemaakt ({kind}). Uw gegevens zijn bewaard.")\
                .format(kind=type(exc).__name__)
            msgbox.error(self.win, self.tr("PDF niet opgeslagen"), text)

        self.win.statusBar().showMessage(self.tr("PDF wordt gemaakt…"))
        run_in_background(work, written, failed)
