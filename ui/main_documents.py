"""The documents the main window makes: a case's PDF, the dossierverslag (PDF or clipboard),
the inzage copy, and a backup on demand. Each is made and written off the GUI thread; a PDF
is shown first (ui/preview_dialog.py) and saved or printed from there."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QUrl, SignalInstance
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QStatusBar
from shiboken6 import isValid

from app import service
from app.content.i18n import _
from app.documents.registry import APART, apart_filename, apart_kind, flow_apart_pdf, flow_pdf
from app.errors import DossierError
from app.flows.registry import flow_of
from app.vault.dossier import Dossier
from app.vault.fsutil import atomic_write
from ui import clipboard, msgbox, progress
from ui.inzage_dialog import InzageDialog
from ui.worker import run_in_background

if TYPE_CHECKING:
    from ui.preview_dialog import PreviewDialog


@dataclass(frozen=True)
class Apart:
    """A part of a flow's document that goes in its own file (a melding's part that the
    family may not read): the flow's kind, and how to make it (None: nothing apart)."""

    kind: str
    produce: Callable[[], bytes | None]


@dataclass(frozen=True)
class _Job:
    """A document made and not yet saved: what the preview shows and Opslaan writes."""

    case_ids: list[int]
    kind: str
    document: str  # its Dutch name, as the user sees it
    filename: str  # suggested; carries the reference, never the client's name
    pdf: bytes
    apart_kind: str | None = None  # the flow kind whose apart part `extra` is
    extra: bytes | None = None


class DocumentHost(Protocol):
    """What the documents need of the main window (read when used: the dossier changes on
    every unlock, and tests replace exec_dialog)."""

    dossier: Dossier
    documentWritten: SignalInstance  # noqa: N815 - Qt signal naming
    backupWritten: SignalInstance  # noqa: N815 - Qt signal naming

    @property
    def today(self) -> date: ...
    @property
    def locked(self) -> bool: ...
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
        self.write_pdf([case_id], record.kind, _(flow.document),
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
        path = msgbox.save_file(self.win, self.tr("Reservekopie opslaan"), name,
                                self.tr("Deelwijzer-reservekopie (*.dwbackup)"), msgbox.BACKUPS)
        if not path:
            return
        if not path.endswith(SUFFIX):
            path += SUFFIX
        dossier = self.win.dossier
        busy = progress.status(self.win)  # type: ignore[arg-type]  # the main window
        token = busy.begin(self.tr("Reservekopie wordt gemaakt…"))

        def done(_result: object) -> None:
            busy.end(token, self.tr("Reservekopie gemaakt."))
            self.win.dossier.log.add("backup")
            self.win.backupWritten.emit(path)
            msgbox.information(self.win, self.tr("Reservekopie gemaakt"), self.tr(
                "De reservekopie is gemaakt en gecontroleerd:\n{p}\n\nU opent hem met het "
                "wachtwoord van dit moment.").format(p=path))

        def failed(exc: BaseException) -> None:
            busy.end(token)
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
        # Before the screening is recorded: no record of a copy that is not made.
        if not self.no_placeholder_in(sorted({i.case_id for i in items}),
                                      self.tr("PDF niet gemaakt")):
            return
        service.record_inzage(self.win.dossier, pseudonym, requester, items, screened)
        profile, today = self.win.dossier.profile(), self.win.today
        self.write_pdf(sorted({i.case_id for i in items}), "inzage", self.tr("Inzage"),
                       f"inzage-{today.strftime('%Y%m%d')}.pdf",
                       lambda: inzage.inzage_pdf(pseudonym, requester, items, screened,
                                                 profile, today))

    def copy_verslag(self, case_id: int) -> None:
        """The step-7 record as plain text, for pasting into the EPD."""
        from app.documents import dossierverslag

        if case_id < 0 or not self.no_placeholder_in([case_id], self.tr("Niet gekopieerd")):
            return
        history = service.case_history(self.win.dossier, case_id)
        text = dossierverslag.as_text(dossierverslag.build(history, self.win.today))
        clipboard.copy_sensitive(text)
        self.win.dossier.log.add("copy", case_id, "dossierverslag")
        self.win.statusBar().showMessage(self.tr(
            "Dossierverslag gekopieerd. Plak het in uw EPD; het klembord wordt over twee "
            "minuten weer leeggemaakt."), 8000)

    def no_placeholder_in(self, case_ids: list[int], title: str) -> bool:
        """False, with the message every document gives (where the placeholder is, 'vul dit in
        of haal het weg'), when a stored text of one of the cases still holds one: the
        dossierverslag as text and the inzage copy leave the practice as a PDF does (issue
        12). That case is selected, so the message's 'deze casus' is the one shown."""
        for case_id in case_ids:
            try:
                service.check_case(self.win.dossier, case_id)
            except DossierError as exc:
                if self.win.selected_case() != case_id:
                    self.win.refresh(select=case_id)
                msgbox.error(self.win, title, exc.message)
                return False
        return True

    def write_pdf(self, case_ids: list[int], kind: str, document: str, filename: str,
                  produce: Callable[[], bytes], apart: Apart | None = None) -> None:
        """Make the PDF off the GUI thread and show it (ui/preview_dialog.py): from there it
        is saved (where, with a password or not), printed, or nothing (Terug).

        With `apart`, a part the family may not read (if the case has one) is shown in a tab
        of its own, written beside the document as a second file, protected the same way, and
        recorded by hash as well. The bytes stay in memory until the user saves."""
        dossier = self.win.dossier

        def work() -> tuple[bytes, bytes | None]:
            return produce(), apart.produce() if apart else None

        def made(result: tuple[bytes, bytes | None]) -> None:
            busy.end(token)
            if not isValid(self.win) or self.win.locked or self.win.dossier is not dossier:
                return  # closed or locked while it was being made: nothing is shown over it
            pdf, extra = result
            self.preview(_Job(case_ids, kind, document, filename, pdf,
                              apart.kind if apart and extra is not None else None, extra))

        def failed(exc: BaseException) -> None:
            busy.end(token)
            text = exc.message if isinstance(exc, DossierError) else self.tr(
                "Het document kon niet worden gemaakt ({kind}). Uw gegevens zijn bewaard.")\
                .format(kind=type(exc).__name__)
            msgbox.error(self.win, self.tr("PDF niet gemaakt"), text)

        busy = progress.status(self.win)  # type: ignore[arg-type]  # the main window
        token = busy.begin(self.tr("Document wordt gemaakt…"))
        run_in_background(work, made, failed)

    def preview(self, job: _Job) -> None:
        """The document's pages, with Opslaan, Afdrukken and Terug."""
        from ui import preview_dialog

        parts = [preview_dialog.Part(job.document, job.pdf, Path(job.filename).stem)]
        if job.extra is not None and job.apart_kind is not None:
            parts.append(preview_dialog.Part(
                self.tr("Apart deel, niet voor het gezin"), job.extra,
                Path(apart_filename(job.filename, job.apart_kind)).stem, apart=True))
        dialog = preview_dialog.PreviewDialog(parts, job.document, self.win)  # type: ignore[arg-type]
        printed: list[str] = []

        def on_printed(index: int, _sheets: int) -> None:
            what = self.tr("{doc} afgedrukt").format(doc=job.document) if index == 0 else \
                self.tr("{doc}: apart deel afgedrukt").format(doc=job.document)
            printed.append(what)
            for case_id in job.case_ids or [None]:
                self.win.dossier.log.add("pdf", case_id, what)

        def closed(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                self.win.statusBar().showMessage(self.tr(
                    "Afgedrukt; geen PDF opgeslagen.") if printed else self.tr(
                    "Geen PDF gemaakt. Dat kan later opnieuw."), 8000)

        dialog.saveRequested.connect(lambda: self._save(job, dialog))
        dialog.printed.connect(on_printed)
        dialog.finished.connect(closed)
        preview_dialog.present(dialog)

    def _save(self, job: _Job, dialog: PreviewDialog) -> None:
        """Opslaan in the preview: where, and whether with a password; cancelling either
        returns to the preview."""
        # The file name carries the reference, never the client's name.
        path = msgbox.save_file(dialog, self.tr("{doc}-PDF opslaan").format(doc=job.document),
                                job.filename)
        if not path:
            dialog.say(self.tr("Niet opgeslagen."))
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        password = msgbox.ask_pdf_password(dialog)
        if password is None:
            dialog.say(self.tr("Niet opgeslagen."))
            return
        dialog.accept()
        self._write(job, path, password)

    def _write(self, job: _Job, path: str, password: str) -> None:
        """Protect and write off the GUI thread; record the hashes; offer to open it. When
        writing fails, the preview comes back: the document can go elsewhere."""
        apart_path = str(Path(path).with_name(apart_filename(Path(path).name, job.apart_kind))) \
            if job.apart_kind else ""
        dossier = self.win.dossier

        def work() -> tuple[str, str | None]:
            pdf, extra = job.pdf, job.extra
            digest = hashlib.sha256(pdf).hexdigest()  # of the document itself
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
            busy.end(token, self.tr("De PDF is opgeslagen."))
            digest, extra_digest = digests
            for case_id in job.case_ids:
                self.win.dossier.cases.record_document(case_id, job.kind, digest)
                if job.apart_kind and extra_digest is not None:
                    self.win.dossier.cases.record_document(case_id, apart_kind(job.apart_kind),
                                                           extra_digest)
            self.win.documentWritten.emit(path)
            self.win.refresh(select=job.case_ids[0] if job.case_ids else None)
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
            busy.end(token)
            msgbox.error(self.win, self.tr("PDF niet opgeslagen"), text)
            if not self.win.locked and self.win.dossier is dossier:
                self.preview(job)  # still in memory: choose another place, print, or Terug

        busy = progress.status(self.win)  # type: ignore[arg-type]  # the main window
        token = busy.begin(self.tr("PDF wordt opgeslagen…"))
        run_in_background(work, written, failed)
