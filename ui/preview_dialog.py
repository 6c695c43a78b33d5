"""The document shown before it leaves the practice: its pages, then Opslaan, Afdrukken or Terug.

The pages are rendered with pypdfium2 (PDFium, BSD/Apache) from the PDF bytes in memory
(FPDF_LoadMemDocument): nothing is written to disk to show or print them.

Why pypdfium2 and not Qt's own QtPdf — measured for issue 12 on the Linux x86-64 dev machine,
PySide6 6.11.3, the demo's melding as it was then (4 pages A4), medians of 15 fresh processes
after QApplication, a page rendered 900 px wide (about what a 1366×768 screen shows):

    ==================  =========================  ===================================
                        pypdfium2 5.15.2           QtPdf (PySide6-Addons 6.11.3)
    ==================  =========================  ===================================
    download, win_amd64 4.2 MB                     168 MB (Addons; needs the Essentials
                                                   of exactly the same version)
    installed, win      8.4 MB                     440 MB (Addons; Qt6Pdf.dll 4.6 MB +
                                                   QtPdf.pyd 0.25 MB of it in a frozen
                                                   build that leaves the rest out)
    import              42 ms                      6 ms
    open + page 1       12 ms                      10 ms
    pages 2–4           20 ms                      14 ms
    peak memory         +24 MiB                    +15 MiB
    ==================  =========================  ===================================

Both are PDFium underneath and both cost nothing at start-up (imported on the first preview,
not before; tests/test_preview.py checks that the main window does not load pypdfium2). In
the app, the first preview of the melding and its part apart is on screen 110 ms after it is
opened, the import included. The 30 ms QtPdf saves once per session is invisible; the
430 MB it adds to every developer's and CI's install, and the lockstep with
PySide6-Essentials, are not. Printing goes through Qt (QPrinter, QPrintDialog from
QtPrintSupport, in Essentials): ui/pdf_pages.py renders each page at up to 300 dpi and paints
it on the printer, one print job per document, so the part that is not for the family always
comes out as its own stack.

Tests answer the preview with `answer_next(SAVE | BACK | callable)` and the print dialog with
`answer_print_next(path | None | callable)`, as ui/msgbox.py does for message boxes.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import colours, focus_ring, window_fit
from ui.pdf_pages import open_pdf, page_text, print_pdf, render

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

SAVE, BACK = "opslaan", "terug"
ZOOMS = (50, 67, 80, 100, 125, 150, 175, 200, 250, 300)  # percent of the page's real size
SCREEN_DPI = 96  # 100 % zoom: a page as large on screen as on paper
GAP = 14  # pixels around and between the pages

_answers: deque[str | Callable[[PreviewDialog], object]] = deque()
_print_answers: deque[str | None | Callable[[QPrinter], bool]] = deque()
shown: list[str] = []  # the window title of every preview shown, for tests


def answer_next(*answers: str | Callable[[PreviewDialog], object]) -> None:
    """Queue answers for the next previews: SAVE or BACK clicks that button once the pages
    are shown; a callable gets the shown dialog to drive itself."""
    _answers.extend(answers)


def answer_print_next(*answers: str | None | Callable[[QPrinter], bool]) -> None:
    """Queue answers for the next print dialogs: a path prints to that PDF file, None
    cancels, a callable gets the QPrinter to set up and returns whether to print."""
    _print_answers.extend(answers)


def pending_answers() -> int:
    return len(_answers) + len(_print_answers)


@dataclass(frozen=True)
class Part:
    """One PDF the preview shows: the document, or its part that the family may not read."""

    title: str  # as the tab names it: 'Melding', 'Apart deel, niet voor het gezin'
    pdf: bytes
    job: str  # the print job's name, seen in the printer's queue: a reference, never a name
    apart: bool = False


class PageView(QScrollArea):
    """The pages of one PDF under each other, rendered when they come into view."""

    currentPageChanged = Signal(int)  # noqa: N815 - Qt signal naming; 0-based
    zoomChanged = Signal()  # noqa: N815

    def __init__(self, pdf: bytes, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: Any = open_pdf(pdf)
        count = len(self._doc)
        self._sizes = [self._doc.get_page_size(i) for i in range(count)]  # points
        self._fit = True
        self._zoom = 100.0
        self._scale = [0] * count  # the width in pixels each page was rendered at
        self._current = 0
        self.setAccessibleName(self.tr("Pagina’s van {name}").format(name=name))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setWidgetResizable(True)
        container = QWidget()
        container.setObjectName("pages")
        colours.style(container, "#pages { background: $desk; }")
        layout = QVBoxLayout(container)
        layout.setContentsMargins(GAP, GAP, GAP, GAP)
        layout.setSpacing(GAP)
        self.pages: list[QLabel] = []
        for i in range(count):
            label = QLabel()
            colours.style(label, "background: $paper;")
            label.setAccessibleName(self.tr("Pagina {i} van {n}").format(i=i + 1, n=count))
            label.setAccessibleDescription(page_text(self._doc, i))
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.pages.append(label)
        self.setWidget(container)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._layout_pages()

    # zoom ---------------------------------------------------------------------------------

    def page_count(self) -> int:
        return len(self.pages)

    def current_page(self) -> int:
        return self._current

    def zoom(self) -> float:
        """The zoom in percent of the real size (fitted to the width: what that comes to)."""
        if not self._fit:
            return self._zoom
        widest = max((w for w, _h in self._sizes), default=595.0)
        room = max(200, self.viewport().width() - 2 * GAP)
        return room / (widest / 72 * SCREEN_DPI) * 100

    def fits_width(self) -> bool:
        return self._fit

    def set_zoom(self, percent: float | None) -> None:
        """A zoom in percent, or None to fit the pages to the width of the view."""
        bar = self.verticalScrollBar()
        where = bar.value() / max(1, bar.maximum())
        self._fit = percent is None
        if percent is not None:
            self._zoom = max(ZOOMS[0], min(ZOOMS[-1], percent))
        self._layout_pages()
        self.widget().adjustSize()
        bar.setValue(round(where * bar.maximum()))
        self.zoomChanged.emit()

    def zoom_in(self) -> None:
        now = round(self.zoom())
        self.set_zoom(next((z for z in ZOOMS if z > now), ZOOMS[-1]))

    def zoom_out(self) -> None:
        now = round(self.zoom())
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < now), ZOOMS[0]))

    def page_image(self, index: int) -> QImage:
        """What page `index` shows now (a null image while it is not rendered)."""
        pixmap = self.pages[index].pixmap()
        return pixmap.toImage() if pixmap is not None else QImage()

    # rendering ----------------------------------------------------------------------------

    def page_size(self, index: int) -> tuple[float, float]:
        """Page `index`'s width and height in points."""
        width, height = self._sizes[index]
        return float(width), float(height)

    def _spans(self) -> list[tuple[int, int]]:
        """Each page's top and bottom in the view, computed (the layout may not have run)."""
        spans, top = [], GAP
        for label in self.pages:
            spans.append((top, top + label.height()))
            top += label.height() + GAP
        return spans

    def _layout_pages(self) -> None:
        per_point = self.zoom() / 100 * SCREEN_DPI / 72
        for label, (w, h) in zip(self.pages, self._sizes, strict=True):
            label.setFixedSize(QSize(round(w * per_point), round(h * per_point)))
        self._render_visible()

    def _render_visible(self) -> None:
        """Render the pages within a screen of the view; let go of those further away."""
        if self._doc is None or not self.isVisible():
            return  # a hidden tab renders when it is shown
        top = self.verticalScrollBar().value()
        height = max(1, self.viewport().height())
        ratio = self.devicePixelRatioF()
        for i, (label, (start, end)) in enumerate(zip(self.pages, self._spans(), strict=True)):
            near = end >= top - height and start <= top + 2 * height
            far = end < top - 3 * height or start > top + 4 * height
            width = round(label.width() * ratio)
            if near and self._scale[i] != width:
                pixmap = QPixmap.fromImage(render(self._doc, i, width))
                pixmap.setDevicePixelRatio(ratio)
                label.setPixmap(pixmap)
                self._scale[i] = width
            elif far and self._scale[i]:
                label.clear()
                self._scale[i] = 0

    def _scrolled(self, value: int) -> None:
        self._render_visible()
        mark = value + self.viewport().height() // 3
        current = next((i for i, (_start, end) in enumerate(self._spans())
                        if end + GAP >= mark), len(self.pages) - 1)
        if current != self._current:
            self._current = current
            self.currentPageChanged.emit(current)

    def show_page(self, index: int) -> None:
        """Scroll so that page `index` (0-based) starts at the top of the view."""
        self.widget().adjustSize()
        self.verticalScrollBar().setValue(self._spans()[index][0] - GAP)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        if self._fit:
            self._layout_pages()
            self.zoomChanged.emit()
        else:
            self._render_visible()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        self._layout_pages()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt naming
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            event.accept()
            return
        super().wheelEvent(event)

    def release(self) -> None:
        """Let go of the pages and the PDF (when the preview closes)."""
        for label in self.pages:
            label.clear()
            label.setAccessibleDescription("")
        if self._doc is not None:
            self._doc.close()
            self._doc = None


class PreviewDialog(QDialog):
    """The pages of a document (and of its part apart, in a second tab), with Opslaan,
    Afdrukken and Terug. Opslaan only asks to be saved (saveRequested): whoever opened the
    preview asks where, and accepts the dialog once it knows; Terug and Esc write nothing."""

    saveRequested = Signal()  # noqa: N815 - Qt signal naming
    printed = Signal(int, int)  # noqa: N815 - the part's index, the sheets printed

    def __init__(self, parts: list[Part], document: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts = parts
        self.setObjectName("previewDialog")
        self.setWindowTitle(self.tr("Voorbeeld: {doc}").format(doc=document))
        self.setAccessibleName(self.windowTitle())
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumSize(640, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Zo ziet het document eruit. Lees het na voordat het de praktijk verlaat. Met "
            "Terug wordt niets opgeslagen of afgedrukt."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.banner = QLabel(self.tr(
            "NIET VOOR HET GEZIN. Dit aparte deel is alleen voor de ontvanger van de melding. "
            "Het wordt als eigen bestand opgeslagen en apart afgedrukt; geef het nooit aan het "
            "gezin."))
        self.banner.setWordWrap(True)
        colours.style(self.banner, "background: $banner_bg; color: $banner_text; "
                                   "border: 1px solid $banner_text; padding: 6px; "
                                   "font-weight: 600;")
        self.banner.setAccessibleName(self.banner.text())
        self.banner.hide()
        if len(parts) > 1:
            two = QLabel(self.tr(
                "Er zijn twee documenten: de melding en, in het tweede tabblad, het aparte deel "
                "dat niet voor het gezin is. Opslaan bewaart ze als twee bestanden; afdrukken "
                "gaat per document."))
            two.setWordWrap(True)
            layout.addWidget(two)
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.tabs.setTabBarAutoHide(True)
        self.tabs.setDocumentMode(True)
        self.views: list[PageView] = []
        for i, part in enumerate(parts):
            view = PageView(part.pdf, part.title)
            n = view.page_count()
            self.tabs.addTab(view, self.tr("{title} ({n} pagina’s)").format(title=part.title, n=n)
                             if n != 1 else self.tr("{title} (1 pagina)").format(title=part.title))
            if part.apart:
                self.tabs.tabBar().setTabTextColor(i, colours.qcolor("apart"))
                colours.follow(self.tabs, lambda tabs, i=i: tabs.tabBar().setTabTextColor(
                    i, colours.qcolor("apart")), key=f"tab{i}")
            view.currentPageChanged.connect(self._show_position)
            view.zoomChanged.connect(self._show_position)
            self.views.append(view)
        layout.addWidget(self.tabs, 1)

        row = QHBoxLayout()
        self.zoom_out = self._button("−", self.tr("Uitzoomen"), self.tr("Uitzoomen (Ctrl+-)"))
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in = self._button("+", self.tr("Inzoomen"), self.tr("Inzoomen (Ctrl++)"))
        self.fit = self._button(self.tr("&Passend"), self.tr("Passend op de breedte"),
                                self.tr("De pagina zo breed als het venster (Ctrl+0)"))
        for small in (self.zoom_out, self.zoom_in):
            small.setFixedWidth(max(36, small.sizeHint().height() + 8))
        self.position = QLabel()
        self.position.setObjectName("position")
        self.position.setMinimumWidth(110)
        self.note = QLabel()
        self.note.setObjectName("note")
        colours.style(self.note, "color: $ok;")
        self.back_button = self._button(self.tr("&Terug"), self.tr("Terug"), self.tr(
            "Terug zonder op te slaan of af te drukken (Esc)"))
        self.print_button = self._button(self.tr("&Afdrukken…"), self.tr("Afdrukken"), "")
        self.save_button = self._button(self.tr("&Opslaan…"), self.tr("Opslaan"), self.tr(
            "Kies waar het document komt en of het een wachtwoord krijgt")
            if len(parts) == 1 else self.tr(
            "Kies waar de documenten komen en of ze een wachtwoord krijgen (twee bestanden)"))
        self.save_button.setDefault(True)
        for widget in (self.zoom_out, self.zoom_label, self.zoom_in, self.fit):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.position)
        row.addWidget(self.note, 1)
        for widget in (self.back_button, self.print_button, self.save_button):
            row.addWidget(widget)
        layout.addLayout(row)
        # Tab from the pages to the zoom buttons, then Terug, Afdrukken, Opslaan.
        chain = [self.tabs.tabBar(), *self.views, self.zoom_out, self.zoom_in, self.fit,
                 self.back_button, self.print_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.zoom_out.clicked.connect(lambda: self.view().zoom_out())
        self.zoom_in.clicked.connect(lambda: self.view().zoom_in())
        self.fit.clicked.connect(lambda: self.view().set_zoom(None))
        self.back_button.clicked.connect(self.reject)
        self.print_button.clicked.connect(self.print_current)
        self.save_button.clicked.connect(self.saveRequested)
        self.tabs.currentChanged.connect(self._tab_changed)
        for keys, action in ((QKeySequence.StandardKey.ZoomIn, self.zoom_in.click),
                             (QKeySequence.StandardKey.ZoomOut, self.zoom_out.click),
                             (QKeySequence("Ctrl+0"), self.fit.click)):
            QShortcut(keys, self, action)
        self.finished.connect(self._release)
        self._size_to_screen()
        self._tab_changed(0)

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        if tip:
            button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    def _size_to_screen(self) -> None:
        """As large as fits on a small laptop screen (1366×768), a page readable without
        zooming: about 1000 pixels wide, the text as large as on paper or larger."""
        # As tall as the screen allows (the frame included); as the clinician left it after.
        window_fit.fit(self, 1100, 10_000, key="voorbeeld")

    def view(self) -> PageView:
        return self.views[self.tabs.currentIndex()]

    def current_part(self) -> Part:
        return self.parts[self.tabs.currentIndex()]

    def _tab_changed(self, index: int) -> None:
        part = self.parts[index]
        self.banner.setVisible(part.apart)
        text = self.tr("&Apart deel afdrukken…") if part.apart else self.tr("&Afdrukken…")
        self.print_button.setText(text)
        self.print_button.setAccessibleName(text.replace("&", "").rstrip("…"))
        self.print_button.setToolTip(self.tr(
            "Alleen het aparte deel, niet voor het gezin, als eigen afdruk") if part.apart
            else self.tr("Het getoonde document afdrukken"))
        self._show_position()

    def _show_position(self, *_args: object) -> None:
        view = self.view()
        self.position.setText(self.tr("Pagina {i} van {n}").format(
            i=view.current_page() + 1, n=view.page_count()))
        self.zoom_label.setText(f"{round(view.zoom())} %")
        self.zoom_label.setAccessibleName(self.tr("Zoom {z} procent").format(
            z=round(view.zoom())))
        self.fit.setEnabled(not view.fits_width())

    def say(self, text: str) -> None:
        """A short line beside the buttons: what was just done (or not)."""
        self.note.setText(text)

    # printing -----------------------------------------------------------------------------

    def print_current(self) -> bool:
        """Print the document of the shown tab, as its own job. True when it was sent."""
        from PySide6.QtPrintSupport import QPrinter

        part, view = self.current_part(), self.view()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(part.job)
        printer.setCreator("Deelwijzer")
        width, height = view.page_size(0)
        printer.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Point))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait if height >= width
                                   else QPageLayout.Orientation.Landscape)
        printer.setFullPage(True)
        count = view.page_count()
        printer.setFromTo(1, count)
        if not self._ask_print(printer, count):
            self.say(self.tr("Niet afgedrukt."))
            return False
        pages = self._chosen_pages(printer, count, view.current_page())
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheets = print_pdf(part.pdf, printer, pages)
        except Exception as exc:  # any failure of the printer or PDFium: say so, go on
            QApplication.restoreOverrideCursor()
            from ui import msgbox

            msgbox.error(self, self.tr("Niet afgedrukt"), self.tr(
                "Het document kon niet worden afgedrukt ({kind}). Controleer de printer en "
                "probeer het opnieuw.").format(kind=type(exc).__name__))
            return False
        QApplication.restoreOverrideCursor()
        self.say(self.tr("Afgedrukt: {title}, {n} pagina’s.").format(title=part.title, n=sheets)
                 if sheets != 1 else self.tr("Afgedrukt: {title}, 1 pagina.").format(
                     title=part.title))
        self.printed.emit(self.tabs.currentIndex(), sheets)
        return True

    def _ask_print(self, printer: QPrinter, count: int) -> bool:
        if _print_answers:
            answer = _print_answers.popleft()
            if answer is None:
                return False
            if isinstance(answer, str):
                printer.setOutputFormat(printer.OutputFormat.PdfFormat)
                printer.setOutputFileName(answer)
                return True
            return bool(answer(printer))
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("{title} afdrukken").format(
            title=self.current_part().title))
        dialog.setMinMax(1, count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        return dialog.exec() == QDialog.DialogCode.Accepted

    @staticmethod
    def _chosen_pages(printer: QPrinter, count: int, current: int) -> list[int]:
        mode = printer.printRange()
        if mode == printer.PrintRange.CurrentPage:
            return [current]
        if mode == printer.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(1, printer.fromPage())
            last = min(count, printer.toPage() or count)
            return list(range(first - 1, last))
        return list(range(count))

    # closing ------------------------------------------------------------------------------

    def _release(self, _result: int) -> None:
        """Closed (saved, Terug, or locked away): no page of the document stays in memory."""
        for view in self.views:
            view.release()
        self.parts = []
        self.deleteLater()


def present(dialog: PreviewDialog) -> None:
    """Show the preview (window-modal, not blocking); a queued test answer is given then."""
    shown.append(dialog.windowTitle())
    dialog.open()
    dialog.view().setFocus()
    focus_ring.show_keyboard_focus(dialog)  # where the keys go: the pages (arrows scroll)
    if _answers:
        answer = _answers.popleft()
        if callable(answer):
            answer(dialog)
        elif answer == SAVE:
            dialog.save_button.click()
        elif answer == BACK:
            dialog.back_button.click()
        else:
            raise ValueError(f"unknown preview answer {answer!r}")
