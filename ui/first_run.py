"""A short tour, shown once: at the first start, and after a new dossier is made; again from
Help > Rondleiding. Four panels: what Deelwijzer does and does not do, that nothing leaves the
computer unless the clinician sends it, where the handbook is, and that the dossier is
encrypted and the recovery code matters.

Keys: Enter or Alt+V (or the right arrow) goes on, Alt+R (or the left arrow) back, Esc closes.
Remembered in QSettings; no case data.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import app_icon, colours, window_fit

SEEN_KEY = "tour/shown"  # the version of the tour last shown
VERSION = 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("TourDialog", text)


def panels() -> list[tuple[str, str]]:
    """(heading, rich text) of each panel, in the interface's language."""
    return [
        (_tr("Wat Deelwijzer doet, en wat niet"), _tr(
            "Deelwijzer leidt u stap voor stap door de handleiding informatie-uitwisseling bij "
            "(vermoedens van) kindermishandeling: bij een melding, een informatieverzoek, een "
            "overleg en een verzoek voor een ander doel. Het wijst u op wat de handleiding "
            "vraagt en wat nog ontbreekt, legt vast wat stap 7 voor uw dossier vraagt en maakt "
            "de brief als PDF.<br><br><b>Deelwijzer beslist niets voor u.</b> Of u meldt of "
            "informatie verstrekt, besluit u zelf, met de meldcode. Deelwijzer helpt u het "
            "zorgvuldig te doen en vast te leggen.")),
        (_tr("Niets verlaat deze computer vanzelf"), _tr(
            "Deelwijzer werkt altijd offline. Het verstuurt niets: geen gegevens, geen "
            "statistieken, geen updates.<br><br>Een brief of een dossierverslag verlaat deze "
            "computer alleen als <b>u</b> de PDF verstuurt, afdrukt of kopieert. Wat u naar het "
            "klembord kopieert, wordt na twee minuten weer leeggemaakt.")),
        (_tr("De handleiding bij de hand"), _tr(
            "Naast elke stap staat de regel uit de handleiding die erbij hoort, met de "
            "voorbeeldformuleringen; die kunt u als opzet invoegen.<br><br>De hele handleiding "
            "opent u met <b>F1</b> of via <b>Help &gt; Handleiding</b>. Vanuit een stap opent "
            "hij op de plaats van die stap. U kunt erin zoeken, en naast de stappen staat wat "
            "er sinds de handleiding in de wet veranderde.")),
        (_tr("Uw dossier is versleuteld"), _tr(
            "Alles staat versleuteld op deze computer; alleen uw wachtwoord opent het. Na een "
            "paar minuten zonder gebruik vergrendelt Deelwijzer zich; een minuut ervoor ziet u "
            "een waarschuwing.<br><br><b>Bewaar uw herstelcode goed</b>, op papier en op een "
            "veilige plek. Bent u uw wachtwoord vergeten, dan is de herstelcode de enige weg "
            "terug naar uw dossier: niemand anders kan het openen, ook ondersteuning niet. "
            "Maak daarnaast af en toe een reservekopie op een externe schijf (Dossier &gt; "
            "Reservekopie).")),
    ]


def seen() -> bool:
    try:
        return int(QSettings().value(SEEN_KEY, 0) or 0) >= VERSION  # type: ignore[call-overload]
    except (TypeError, ValueError):  # a setting written by hand: show the tour again
        return False


def mark_seen() -> None:
    QSettings().setValue(SEEN_KEY, VERSION)


def should_show(new_dossier: bool) -> bool:
    """At the first start, and after a new dossier has been made (a new start there)."""
    return new_dossier or not seen()


class TourDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tourDialog")
        self.setWindowTitle(self.tr("Welkom bij Deelwijzer"))
        self.setMinimumWidth(660)
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        for number, (heading, text) in enumerate(panels(), start=1):
            self.stack.addWidget(self._panel(number, heading, text))
        layout.addWidget(self.stack, 1)
        row = QHBoxLayout()
        self.where = QLabel()
        self.where.setObjectName("tourStep")
        colours.style(self.where, "color: $muted;")
        row.addWidget(self.where, 1)
        self.back = QPushButton(self.tr("< Vo&rige"))
        self.forward = QPushButton(self.tr("&Volgende >"))
        self.close_button = QPushButton(self.tr("&Sluiten"))
        self.close_button.setToolTip(self.tr("De rondleiding sluiten (Esc); u vindt haar terug "
                                             "onder Help > Rondleiding"))
        for button in (self.back, self.forward, self.close_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        self.forward.setDefault(True)
        layout.addLayout(row)
        self.back.clicked.connect(lambda: self.go(-1))
        self.forward.clicked.connect(self._forward)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence(Qt.Key.Key_Right), self, activated=lambda: self.go(1))
        QShortcut(QKeySequence(Qt.Key.Key_Left), self, activated=lambda: self.go(-1))
        self.go(0)
        window_fit.fit(self)
        self.forward.setFocus()

    def _panel(self, number: int, heading: str, text: str) -> QWidget:
        panel = QWidget()
        panel.setObjectName(f"tourPanel{number}")
        box = QHBoxLayout(panel)
        icon = QLabel()
        icon.setPixmap(app_icon.pixmap(64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        box.addWidget(icon)
        words = QVBoxLayout()
        title = QLabel(heading)
        title.setObjectName("tourHeading")
        colours.style(title, "font-size: 17px; font-weight: 600; color: $accent;")
        title.setWordWrap(True)
        body = QLabel(text)
        body.setObjectName("tourText")
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setWordWrap(True)
        body.setMinimumHeight(body.heightForWidth(540))
        words.addWidget(title)
        words.addSpacing(6)
        words.addWidget(body)
        words.addStretch(1)
        box.addLayout(words, 1)
        return panel

    def current(self) -> int:
        return self.stack.currentIndex()

    def go(self, step: int) -> None:
        index = max(0, min(self.stack.count() - 1, self.stack.currentIndex() + step))
        self.stack.setCurrentIndex(index)
        last = index == self.stack.count() - 1
        self.back.setEnabled(index > 0)
        self.forward.setText(self.tr("&Aan de slag") if last else self.tr("&Volgende >"))
        self.where.setText(self.tr("{i} van {n}").format(i=index + 1, n=self.stack.count()))
        heading = panels()[index][0]
        self.stack.setAccessibleName(heading)
        self.setAccessibleDescription(self.where.text())
        if not self.forward.hasFocus() and not self.back.hasFocus():
            self.forward.setFocus()

    def _forward(self) -> None:
        if self.current() == self.stack.count() - 1:
            self.accept()
        else:
            self.go(1)


def show_tour(parent: QWidget | None) -> TourDialog:
    """The tour, not blocking what is behind it until it is shown (window-modal)."""
    dialog = TourDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    mark_seen()
    return dialog


def offer(window: QWidget, new_dossier: bool) -> bool:
    """At start-up, once the main window shows: the tour, if it is due. True when shown."""
    if not should_show(new_dossier):
        return False
    QTimer.singleShot(0, lambda: show_tour(window))
    return True
