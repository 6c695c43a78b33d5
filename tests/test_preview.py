"""Issue 12, preview before sending: a document is shown in the app before it is saved or
printed; Terug writes nothing, Opslaan goes on to the save flow, Afdrukken reaches a QPrinter
(here printing to a PDF file under tmp_path, as a user choosing 'Print to file' would)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

import shiboken6
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from app import service
from app.demo import DEMO_PROFILE, demo_melding
from app.documents.registry import flow_apart_pdf, flow_pdf
from tests.conftest import all_bytes_under
from tests.wizard_helpers import TODAY
from ui import msgbox, pdf_pages, preview_dialog
from ui.preview_dialog import PreviewDialog

MARKER = "Voorbeeldmarker4711"


@pytest.fixture
def melding_case(dossier):
    m = demo_melding(TODAY)
    m.people.client_name = f"Yvonne {MARKER}"
    case_id = dossier.cases.create("melding", m.to_dict(), "Y.")
    service.finish(dossier, case_id, m, TODAY)
    return case_id


@pytest.fixture(autouse=True)
def no_answers_left():
    yield
    preview_dialog._answers.clear()
    preview_dialog._print_answers.clear()


def expected(dossier, case_id):
    """The demo melding and its apart part as the app makes them, and their page counts."""
    record = dossier.cases.get(case_id)
    from app.flows.registry import flow_of
    data = flow_of("melding").load(record.data)
    profile = dossier.profile()
    main = flow_pdf("melding", data, profile, case_id, TODAY)
    apart = flow_apart_pdf("melding", data, profile, case_id, TODAY)
    return len(PdfReader(io.BytesIO(main)).pages), len(PdfReader(io.BytesIO(apart)).pages)


def shown_preview(window) -> PreviewDialog | None:
    return next((d for d in window.findChildren(PreviewDialog) if d.isVisible()), None)


def open_preview(qtbot, window, case_id) -> PreviewDialog:
    window.documents.make_pdf(case_id)
    qtbot.waitUntil(lambda: shown_preview(window) is not None, timeout=20000)
    return shown_preview(window)


def ink(image: QImage) -> float:
    """The share of pixels that are not white (text, lines) in a downscaled copy."""
    small = image.scaled(120, 170).convertToFormat(QImage.Format.Format_Grayscale8)
    dark = sum(1 for y in range(small.height()) for x in range(small.width())
               if small.pixelColor(x, y).lightness() < 200)
    return dark / (small.width() * small.height())


def pdf_files(*folders: Path) -> list[Path]:
    """Files that hold a PDF or the client's marker, below the folders."""
    found = []
    for folder in folders:
        if folder.exists():
            for path, content in all_bytes_under(folder).items():
                if b"%PDF" in content or MARKER.encode() in content \
                        or MARKER.encode("utf-16-le") in content:
                    found.append(path)
    return found


def test_preview_shows_page_one_of_the_demo_melding(qtbot, window, dossier, melding_case):
    pages, apart_pages = expected(dossier, melding_case)
    dialog = open_preview(qtbot, window, melding_case)
    assert dialog.windowTitle() == "Voorbeeld: Melding"
    assert dialog.isModal() or dialog.windowModality() == Qt.WindowModality.WindowModal
    view = dialog.view()
    assert view.page_count() == pages >= 2
    image = view.page_image(0)
    assert not image.isNull()
    assert image.width() >= 600 and image.height() > image.width() * 1.3  # A4, upright
    assert 0.01 < ink(image) < 0.5  # text on a white page, not blank, not black
    assert dialog.position.text() == f"Pagina 1 van {pages}"
    # The part not for the family: its own tab, marked, not the tab shown first.
    assert dialog.tabs.count() == 2 and dialog.tabs.currentIndex() == 0
    assert dialog.tabs.tabText(0) == f"Melding ({pages} pagina’s)"
    assert "niet voor het gezin" in dialog.tabs.tabText(1)
    assert not dialog.banner.isVisible()
    dialog.tabs.setCurrentIndex(1)
    assert dialog.banner.isVisible() and "NIET VOOR HET GEZIN" in dialog.banner.text()
    assert dialog.view().page_count() == apart_pages
    assert dialog.position.text() == f"Pagina 1 van {apart_pages}"
    assert dialog.print_button.text() == "&Apart deel afdrukken…"
    assert ink(dialog.view().page_image(0)) > 0.01
    # Screen readers get the page's text.
    assert "NIET VOOR HET GEZIN" in dialog.view().pages[0].accessibleDescription()


def test_scrolling_and_zoom(qtbot, window, melding_case):
    dialog = open_preview(qtbot, window, melding_case)
    view = dialog.view()
    fitted = view.pages[0].width()
    view.show_page(1)
    qtbot.waitUntil(lambda: dialog.position.text().startswith("Pagina 2 van"))
    assert not view.page_image(1).isNull()
    qtbot.mouseClick(dialog.zoom_in, Qt.MouseButton.LeftButton)
    assert view.pages[0].width() > fitted and dialog.fit.isEnabled()
    qtbot.waitUntil(lambda: view.page_image(1).width() == round(
        view.pages[1].width() * view.devicePixelRatioF()))
    qtbot.mouseClick(dialog.fit, Qt.MouseButton.LeftButton)
    assert view.pages[0].width() == fitted and not dialog.fit.isEnabled()
    qtbot.mouseClick(dialog.zoom_out, Qt.MouseButton.LeftButton)
    assert view.pages[0].width() < fitted
    assert dialog.zoom_label.text() == f"{round(view.zoom())} %"


def test_terug_and_esc_write_nothing(qtbot, window, dossier, melding_case, tmp_path):
    from tests.conftest import _HOME
    temp = Path(tempfile.gettempdir())
    temp_before = set(temp.iterdir())
    msgbox.shown.clear()
    dialog = open_preview(qtbot, window, melding_case)
    view = dialog.view()
    view.show_page(view.page_count() - 1)  # every page rendered once
    qtbot.mouseClick(dialog.zoom_in, Qt.MouseButton.LeftButton)
    dialog.tabs.setCurrentIndex(1)
    # No file with PDF content (or the client's name) anywhere while the preview shows.
    assert pdf_files(tmp_path, _HOME, *(set(temp.iterdir()) - temp_before)) == []
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "Geen PDF gemaakt" in window.statusBar().currentMessage()

    dialog = open_preview(qtbot, window, melding_case)
    view = dialog.view()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    # Closed is gone: no page image and no PDF kept in the dialog, which is then deleted.
    assert dialog.parts == [] and all(label.pixmap().isNull() for label in view.pages)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    assert dossier.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 0
    assert "save_file" not in [kind for kind, _t in msgbox.shown]
    assert pdf_files(tmp_path, _HOME, *(set(temp.iterdir()) - temp_before)) == []


def test_opslaan_goes_on_to_the_save_flow(qtbot, window, dossier, melding_case, tmp_path):
    dialog = open_preview(qtbot, window, melding_case)
    msgbox.shown.clear()
    msgbox.answer_next(None)  # the save dialog cancelled: back in the preview
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.note.text() == "Niet opgeslagen."
    target = tmp_path / "uit" / "melding.pdf"
    target.parent.mkdir()
    msgbox.answer_next(str(target), "", False)  # where; no password; don't open it
    with qtbot.waitSignal(window.documentWritten, timeout=20000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed, then deleted
    assert [kind for kind, _t in msgbox.shown] == ["save_file", "save_file", "pdf_password",
                                                 "question"]
    assert msgbox.shown[0][1].endswith(".pdf") and "Yvonne" not in msgbox.shown[0][1]
    apart = target.with_name(target.stem + "-niet-voor-het-gezin.pdf")
    assert target.read_bytes().startswith(b"%PDF") and apart.exists()
    pages, apart_pages = expected(dossier, melding_case)
    assert len(PdfReader(target).pages) == pages
    assert len(PdfReader(apart).pages) == apart_pages
    kinds = [d["kind"] for d in dossier.cases.documents(melding_case)]
    assert kinds == ["melding", "melding_apart"]


def test_a_failed_write_returns_to_the_preview(qtbot, window, melding_case, tmp_path):
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    preview_dialog.answer_next(preview_dialog.SAVE)
    msgbox.shown.clear()
    msgbox.answer_next(str(blocker / "melding.pdf"), "", None)  # where, no password; the error
    window.documents.make_pdf(melding_case)
    qtbot.waitUntil(lambda: any(kind == "error" for kind, _t in msgbox.shown), timeout=20000)
    qtbot.waitUntil(lambda: shown_preview(window) is not None)  # choose another place
    assert preview_dialog.shown[-1] == "Voorbeeld: Melding"


def printed_to(path: Path, seen: list[QPrinter]):
    """The print-dialog answer of a user who prints to a PDF file."""
    def answer(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        seen.append(printer)
        return True
    return answer


def test_afdrukken_prints_each_part_as_its_own_job(qtbot, window, dossier, melding_case,
                                                   tmp_path):
    pages, apart_pages = expected(dossier, melding_case)
    dialog = open_preview(qtbot, window, melding_case)
    seen: list[QPrinter] = []
    first, second = tmp_path / "afdruk.pdf", tmp_path / "afdruk-apart.pdf"
    preview_dialog.answer_print_next(printed_to(first, seen), printed_to(second, seen))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    [printer] = seen
    assert printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    assert printer.outputFileName() == str(first)
    assert printer.docName().startswith("melding-DW-") and MARKER not in printer.docName()
    reader = PdfReader(first)
    assert len(reader.pages) == pages
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2  # A4, the page on the paper
    printed = pdf_pages.open_pdf(first.read_bytes())
    try:
        assert ink(pdf_pages.render(printed, 0, 600)) > 0.01  # the page, not blank
    finally:
        printed.close()
    assert dialog.note.text() == f"Afgedrukt: Melding, {pages} pagina’s."

    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert seen[1].docName().endswith("-niet-voor-het-gezin")
    assert len(PdfReader(second).pages) == apart_pages
    assert "NIET VOOR HET GEZIN" in PdfReader(io.BytesIO(flow_apart_pdf(
        "melding", demo_melding(TODAY), DEMO_PROFILE, 1, TODAY))).pages[0].extract_text()
    assert dialog.isVisible()  # printed; saving is still possible

    # Printing is logged (NEN 7513), but is no saved PDF: nothing in the documents.
    outcomes = [e["outcome"] for e in dossier.log.entries() if e["action"] == "pdf"]
    assert outcomes == ["Melding afgedrukt", "Melding: apart deel afgedrukt"]
    assert dossier.cases.documents(melding_case) == []
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Afgedrukt; geen PDF opgeslagen."


def test_print_dialog_cancelled_prints_nothing(qtbot, window, melding_case):
    dialog = open_preview(qtbot, window, melding_case)
    preview_dialog.answer_print_next(None)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.note.text() == "Niet afgedrukt." and dialog.isVisible()


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_fails_gets_a_dutch_message(qtbot, window, dossier, melding_case,
                                                   tmp_path):
    dialog = open_preview(qtbot, window, melding_case)
    msgbox.shown.clear()
    preview_dialog.answer_print_next(str(tmp_path / "geen-map" / "afdruk.pdf"))
    msgbox.answer_next(None)  # the error's OK
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    [(kind, text)] = msgbox.shown
    assert kind == "error" and text.startswith("Het document kon niet worden afgedrukt")
    assert dialog.isVisible() and not (tmp_path / "geen-map").exists()
    assert [e for e in dossier.log.entries() if e["action"] == "pdf"] == []


def test_page_range_and_current_page(qtbot, window, melding_case, tmp_path):
    dialog = open_preview(qtbot, window, melding_case)
    dialog.view().show_page(1)

    def range_2_3(printer):
        printer.setOutputFileName(str(tmp_path / "range.pdf"))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return True

    def current(printer):
        printer.setOutputFileName(str(tmp_path / "current.pdf"))
        printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
        return True

    preview_dialog.answer_print_next(range_2_3, current)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(tmp_path / "range.pdf").pages) == 2
    assert len(PdfReader(tmp_path / "current.pdf").pages) == 1


def test_keyboard_and_accessible_names(qtbot, window, melding_case):
    dialog = open_preview(qtbot, window, melding_case)
    assert dialog.view().hasFocus()
    reached, widget = [], dialog.view()
    for _ in range(12):
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = dialog.focusWidget()
        reached.append(widget)
    assert {dialog.back_button, dialog.print_button, dialog.save_button} <= set(reached)
    assert reached.index(dialog.back_button) < reached.index(dialog.print_button) \
        < reached.index(dialog.save_button)
    names = {w.accessibleName() for w in (dialog.back_button, dialog.print_button,
                                          dialog.save_button, dialog.zoom_in, dialog.zoom_out,
                                          dialog.fit)}
    assert names == {"Terug", "Afdrukken", "Opslaan", "Inzoomen", "Uitzoomen",
                     "Passend op de breedte"}
    assert dialog.view().accessibleName() == "Pagina’s van Melding"
    assert dialog.view().pages[0].accessibleName().startswith("Pagina 1 van ")
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_case_views_document_link_opens_the_preview(qtbot, window, melding_case):
    window.select_case(melding_case)
    window.panel.browser.anchorClicked.emit(QUrl("document:0"))
    qtbot.waitUntil(lambda: shown_preview(window) is not None, timeout=20000)


def test_locking_closes_the_preview(qtbot, window, melding_case):
    dialog = open_preview(qtbot, window, melding_case)
    view = dialog.view()
    window.put_away()  # what locking does first
    assert not dialog.isVisible()
    assert dialog.parts == [] and view.pages[0].pixmap().isNull()


def test_a_document_made_while_locking_is_not_shown(qtbot, window, melding_case):
    from ui import worker
    window.documents.make_pdf(melding_case)
    window.locking.locked = True  # locked before the background work returns
    try:
        qtbot.waitUntil(lambda: not worker.busy(), timeout=20000)
        qtbot.wait(50)
        assert shown_preview(window) is None
    finally:
        window.locking.locked = False


def test_pdfium_loads_on_the_first_preview_not_with_the_main_window():
    code = ("import sys\nimport ui.main_window\n"
            "sys.exit(1 if 'pypdfium2' in sys.modules else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr


def test_the_save_dialog_opens_in_documents_then_where_the_last_pdf_went(
        qtbot, window, melding_case, tmp_path, monkeypatch):
    """It opened in the program's folder (Qt's dialog falls back to the working directory
    when the Documents folder it is given does not exist)."""
    from PySide6.QtCore import QSettings, QStandardPaths

    QSettings().remove("files")
    documents = tmp_path / "Documenten"
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _where: str(documents))
    dialog = open_preview(qtbot, window, melding_case)
    folders = []

    def save_cancelled() -> None:
        msgbox.shown.clear()
        msgbox.answer_next(None)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        folders.append(Path(msgbox.shown[0][1]).parent)

    try:
        save_cancelled()  # no Documents folder: the home folder, never the working directory
        documents.mkdir()
        save_cancelled()
        assert folders == [Path.home(), documents]
        chosen = tmp_path / "elders"
        chosen.mkdir()
        msgbox.answer_next(str(chosen / "melding.pdf"), None)  # where; the password cancelled
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        save_cancelled()
        assert folders[-1] == chosen  # remembered for the next one
    finally:
        QSettings().remove("files")


def test_every_preview_button_has_its_own_mnemonic(qtbot, window, melding_case):
    import re

    from PySide6.QtWidgets import QPushButton

    dialog = open_preview(qtbot, window, melding_case)
    for tab in range(dialog.tabs.count()):  # the print button's text follows the tab
        dialog.tabs.setCurrentIndex(tab)
        letters = [re.search(r"&(\w)", b.text()) for b in dialog.findChildren(QPushButton)
                   if b.text() not in ("−", "+")]  # zoom: Ctrl+- and Ctrl++
        assert all(letters), [b.text() for b in dialog.findChildren(QPushButton)]
        found = [m.group(1).lower() for m in letters if m]
        assert len(found) == len(set(found)) == 4, found
