"""'Over Deelwijzer' (Help menu): the version, what the app does, where the handbook comes from,
and the licences of what it is made with (the fonts, the lexicon, the libraries)."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from html import escape
from importlib import metadata

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.content.resources import load_json, resource
from ui import app_icon, colours, window_fit

DIST = "deelwijzer"


@dataclass(frozen=True)
class Component:
    name: str
    dist: str  # the installed distribution whose version is shown ('' Python, '-' none)
    licence: str
    use: str  # what Deelwijzer uses it for (translated where shown)


COMPONENTS = (
    Component("Qt 6 / PySide6", "PySide6-Essentials", "LGPL-3.0 / GPL-2.0 / GPL-3.0",
              QT_TRANSLATE_NOOP("AboutDialog", "het venster en alles wat u ziet")),
    Component("SQLCipher / sqlcipher3", "sqlcipher3", "BSD-3-Clause (SQLCipher); zlib (sqlcipher3)",
              QT_TRANSLATE_NOOP("AboutDialog", "het versleutelde dossier")),
    Component("argon2-cffi", "argon2-cffi", "MIT",
              QT_TRANSLATE_NOOP("AboutDialog", "de sleutel uit uw wachtwoord")),
    Component("cryptography", "cryptography", "Apache-2.0 / BSD-3-Clause",
              QT_TRANSLATE_NOOP("AboutDialog", "het sleutelbestand")),
    Component("ReportLab", "reportlab", "BSD",
              QT_TRANSLATE_NOOP("AboutDialog", "de brieven en verslagen (PDF)")),
    Component("pypdfium2 / PDFium", "pypdfium2", "Apache-2.0 / BSD-3-Clause",
              QT_TRANSLATE_NOOP("AboutDialog", "het voorbeeld van een PDF")),
    Component("pikepdf / qpdf", "pikepdf", "MPL-2.0 (pikepdf); Apache-2.0 (qpdf)",
              QT_TRANSLATE_NOOP("AboutDialog", "een PDF met een wachtwoord")),
    Component("python-bidi", "python-bidi", "LGPL-3.0",
              QT_TRANSLATE_NOOP("AboutDialog", "Arabisch en Hebreeuws in een PDF")),
    Component("uharfbuzz / HarfBuzz", "uharfbuzz", "Apache-2.0 (uharfbuzz); MIT (HarfBuzz)",
              QT_TRANSLATE_NOOP("AboutDialog", "Arabisch en Hebreeuws in een PDF")),
    Component("Pyphen", "pyphen", "GPL-2.0+ / LGPL-2.1+ / MPL-1.1",
              QT_TRANSLATE_NOOP("AboutDialog", "afbreken van lange woorden in een PDF")),
    Component("zxcvbn", "zxcvbn", "MIT",
              QT_TRANSLATE_NOOP("AboutDialog", "de sterkte van een wachtwoord")),
    Component("platformdirs", "platformdirs", "MIT",
              QT_TRANSLATE_NOOP("AboutDialog", "de map van uw dossier")),
    Component("Pillow", "pillow", "MIT-CMU (HPND)",
              QT_TRANSLATE_NOOP("AboutDialog", "afbeeldingen in een PDF (ReportLab gebruikt het)")),
    # Carried inside the components above (their wheels bundle them), listed because the
    # installers ship them too (an outside walk of the .deb asked where they were).
    Component("ICU (in Qt)", "-", "Unicode-3.0",
              QT_TRANSLATE_NOOP("AboutDialog", "tekst in elke taal: sorteren, woordgrenzen")),
    Component("OpenSSL (in SQLCipher, cryptography)", "-", "Apache-2.0",
              QT_TRANSLATE_NOOP("AboutDialog", "de versleuteling")),
    Component("libjpeg-turbo, libpng, libtiff, libwebp, OpenJPEG, lcms2, zlib (in Pillow)", "-",
              "IJG / BSD-3-Clause / libtiff / BSD-3-Clause / BSD-2-Clause / MIT / zlib",
              QT_TRANSLATE_NOOP("AboutDialog", "beeldformaten")),
    Component("Python", "", "PSF-2.0", QT_TRANSLATE_NOOP("AboutDialog", "de programmeertaal")),
)


def version(dist: str = DIST) -> str:
    """The installed version of `dist` from its package metadata ('' when not installed; for
    Deelwijzer itself the version in the code)."""
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return __version__ if dist == DIST else ""


def own_licence() -> str:
    """Deelwijzer's own licence as its package metadata states it ('' when it states none)."""
    try:
        meta = metadata.metadata(DIST)
    except metadata.PackageNotFoundError:
        return ""
    return str(meta.get("License-Expression") or meta.get("License") or "").strip()


def font_licence_text() -> str:
    return resource("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")


def lexicon_source() -> tuple[str, str]:
    """Where the evaluative adjectives of the judgement check come from, and their licence
    (resources/lexicon/evaluative.json says so itself)."""
    lexicon = load_json("lexicon/evaluative.json")
    return str(lexicon.get("_source", "")), str(lexicon.get("_licence", ""))


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Over Deelwijzer"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon.pixmap(64))
        icon.setAccessibleName(self.tr("Het pictogram van Deelwijzer"))
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(self.tr("<b>Deelwijzer</b> versie {version}").format(
            version=escape(version())))
        self.title.setObjectName("aboutTitle")
        colours.style(self.title, "font-size: 17px; color: $accent;")
        subtitle = QLabel(self.tr("Informatie delen bij zorgen over kindermishandeling, "
                                  "stap voor stap volgens de handleiding."))
        subtitle.setWordWrap(True)
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(subtitle)
        words.addStretch(1)
        head.addLayout(words, 1)
        layout.addLayout(head)

        self.tabs = QTabWidget()
        self.about = self._browser("aboutText", self.about_html())
        self.licences = self._browser("licencesText", self.licences_html())
        self.font_licence = QPlainTextEdit(font_licence_text())
        self.font_licence.setObjectName("fontLicence")
        self.font_licence.setReadOnly(True)
        self.font_licence.setAccessibleName(self.tr("Licentie van het lettertype DejaVu"))
        self.tabs.addTab(self.about, self.tr("&Over"))
        self.tabs.addTab(self.licences, self.tr("&Licenties en bronnen"))
        self.tabs.addTab(self.font_licence, self.tr("Licentie &lettertype"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        window_fit.fit(self, 720, 560)
        colours.follow(self, AboutDialog._recolour)

    def _browser(self, name: str, html: str) -> QTextBrowser:
        browser = QTextBrowser()
        browser.setObjectName(name)
        browser.setOpenExternalLinks(False)
        browser.setOpenLinks(False)
        browser.setHtml(html)
        return browser

    def _recolour(self) -> None:
        self.about.setHtml(self.about_html())
        self.licences.setHtml(self.licences_html())

    def about_html(self) -> str:
        hb = load_json("handbook/handbook.json")
        return "".join((
            "<p>" + escape(self.tr(
                "Deelwijzer leidt u als behandelaar stap voor stap door de handleiding "
                "informatie-uitwisseling bij (vermoedens van) kindermishandeling: bij een "
                "melding, een informatieverzoek, een overleg en een verzoek voor een ander "
                "doel. Het legt vast wat stap 7 voor uw dossier vraagt en maakt de brief als "
                "PDF.")) + "</p>",
            "<p><b>" + escape(self.tr("Het besluit blijft bij u.")) + "</b> " + escape(self.tr(
                "Deelwijzer wijst op wat de handleiding vraagt en wat nog ontbreekt; of u meldt "
                "of informatie verstrekt, besluit u zelf.")) + "</p>",
            "<p>" + escape(self.tr(
                "Deelwijzer werkt altijd offline en verstuurt niets. Het dossier staat "
                "versleuteld op deze computer; het verlaat die alleen als u zelf een PDF "
                "verstuurt, afdrukt of kopieert.")) + "</p>",
            "<h4>" + escape(self.tr("De handleiding")) + "</h4>",
            "<p><i>" + escape(str(hb.get("title", ""))) + "</i>. " + escape(self.tr(
                "De tekst wordt woordelijk aangehaald, in het Nederlands, uit het bronbestand "
                "{file} dat met Deelwijzer wordt meegeleverd. Wat sinds de handleiding in de "
                "wet veranderde (Veilig Thuis, de meldcode, de Jeugdwet) staat er als "
                "‘Sinds de handleiding’ naast; dat is informatie, geen juridisch advies.")
                .format(file=str(hb.get("source", "")))) + "</p>",
            "<p style='color: " + colours.colour("muted") + ";'>" + escape(self.tr(
                "Versie {version}. Python-pakketten: zie ‘Licenties en bronnen’.").format(
                version=version())) + "</p>",
        ))

    def licences_html(self) -> str:
        muted = colours.colour("muted")
        own = own_licence() or self.tr("nog niet vastgelegd")
        source, licence = lexicon_source()
        rows = [(f"Deelwijzer {version()}", own, self.tr("dit programma"))]
        for part in COMPONENTS:
            shown = "" if part.dist == "-" else \
                version(part.dist) if part.dist else platform.python_version()
            rows.append((f"{part.name} {shown}".strip(), part.licence, self.tr(part.use)))
        # Outside the f-strings, where lupdate sees them.
        part_heading, licence_heading = self.tr("Onderdeel"), self.tr("Licentie")
        use_heading = self.tr("Waarvoor")
        table = "".join(
            f"<tr><td><b>{escape(name)}</b></td><td>{escape(lic)}</td>"
            f"<td style='color: {muted};'>{escape(use)}</td></tr>" for name, lic, use in rows)
        return "".join((
            "<h4>" + escape(self.tr("Gebouwd met")) + "</h4>",
            "<table cellpadding='3' cellspacing='0'><tr>"
            f"<th align='left'>{escape(part_heading)}</th>"
            f"<th align='left'>{escape(licence_heading)}</th>"
            f"<th align='left'>{escape(use_heading)}</th></tr>{table}</table>",
            "<p>" + escape(self.tr(
                "Qt en PySide6 worden gebruikt onder de LGPL-3.0: u mag ze vervangen door een "
                "eigen versie.")) + "</p>",
            "<h4>" + escape(self.tr("Lettertype")) + "</h4>",
            "<p>" + escape(self.tr(
                "DejaVu Sans (in de PDF's): Bitstream Vera-licentie; de wijzigingen van DejaVu "
                "zijn publiek domein. De volledige tekst staat onder ‘Licentie lettertype’."))
            + "</p>",
            "<h4>" + escape(self.tr("Woordenlijst van de oordeelcontrole")) + "</h4>",
            f"<p>{escape(source)}<br>" + escape(self.tr("Licentie: {licence}").format(
                licence=licence)) + "</p>",
            "<h4>" + escape(self.tr("De handleiding")) + "</h4>",
            "<p><i>" + escape(str(load_json("handbook/handbook.json").get("title", "")))
            + "</i></p>",
        ))
