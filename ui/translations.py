"""The interface language: which one, Qt's and Deelwijzer's strings in it, dates in it.

Chosen once at start-up (a change in the profile dialog takes effect at the next start):
DEELWIJZER_LANG for this run, else the setting saved here, else the system's languages
(Dutch for a Dutch system, English for any other). Deelwijzer's own strings come from
`ui/i18n/deelwijzer_<lang>.qm`, built from the `.ts` by `make` (pyside6-lrelease); the core's
`_()` from `resources/i18n/<lang>.json`. Dutch is the source, so Dutch needs no file of ours.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from app.content.i18n import (
    SOURCE_LANGUAGE,
    choose_language,
    current_language,
    set_language,
    supported,
)

if TYPE_CHECKING:
    from datetime import date
    from importlib.resources.abc import Traversable

# datetime and importlib.resources are imported where they are used: the Dutch first window
# needs neither, and they cost 6 ms before it.

LANGUAGE_KEY = "interface/language"  # 'nl', 'en', or '' to follow the system

_installed: list[QTranslator] = []


def language_setting() -> str:
    """The language saved in the app's settings ('' when it follows the system)."""
    value = QSettings().value(LANGUAGE_KEY, "")
    return supported(str(value or "")) or ""


def save_language_setting(language: str) -> None:
    """'' to follow the system again. Read at the next start."""
    QSettings().setValue(LANGUAGE_KEY, supported(language) or "")


def chosen_language() -> str:
    return choose_language(language_setting(), QLocale.system().uiLanguages())


def display_locale(language: str) -> QLocale:
    """Dates and numbers: the system's own conventions when it speaks `language`; otherwise
    Dutch as in the Netherlands, or British English (day before month, as a Dutch reader
    expects)."""
    system = QLocale.system()
    if supported(system.name()) == language:
        return system
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


class _Translator(QTranslator):
    """Deelwijzer's catalogue. A string lupdate found outside a class body (after
    `tr = self.tr`, or in a helper function) sits in the .ts without a context; looked up
    under the caller's class it would be missed, so a miss tries the context-free entry.
    A miss must return None (a null string): '' would stop Qt asking the next translator
    and blank the text (Qt's own 'F%1' key names, say)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        return found or None


def catalogue(language: str) -> Traversable:
    """The compiled catalogue of the interface in `language`, inside the `ui` package."""
    from importlib.resources import files

    return files("ui").joinpath("i18n", f"deelwijzer_{language}.qm")


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Put the interface in `language` (None: the chosen one) and return it: the core's
    `_()`, Deelwijzer's strings, Qt's own dialogs (qtbase, Dutch too) and QLocale's
    default."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = supported(language) or chosen_language()
    set_language(language)
    QLocale.setDefault(_locale(language))
    if language != SOURCE_LANGUAGE:
        from importlib.resources import as_file

        own = _Translator(app)
        with as_file(catalogue(language)) as path:
            if own.load(str(path)):
                _installed.append(own)
            else:  # a source checkout where `make` has not built it yet
                print(f"Deelwijzer: {path} ontbreekt; run 'make' (pyside6-lrelease)",
                      file=sys.stderr)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    return language


@cache
def _locale(language: str) -> QLocale:
    return display_locale(language)


def ui_locale() -> QLocale:
    """The locale dates are shown in: the interface language's (also Qt's default once
    install_translators ran; tests that never install get the same)."""
    return _locale(current_language())


def short_datetime(iso: str) -> str:
    """An ISO timestamp as local date and time, '29-11-2026 14:05': day-month-year as every
    date field takes it (dd-mm-jjjj), in both languages, beside the list's deadlines."""
    from datetime import datetime  # under a microsecond: the module is loaded by then

    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    # Digits only, the same in every interface language: formatted here, not by QLocale, since
    # the cases list asks for it once per row of every page (a fifth of the time to paint it).
    return f"{moment.day:02d}-{moment.month:02d}-{moment.year:04d} {moment.hour:02d}:" \
           f"{moment.minute:02d}"


def long_date(value: date | str | None) -> str:
    """'29 november 2026' / '29 November 2026' in the interface's language ('' for none)."""
    from datetime import date

    if isinstance(value, str):
        try:
            value = date.fromisoformat(value) if value else None
        except ValueError:
            return value
    if value is None:
        return ""
    return ui_locale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


# Where a finding sits, as app/flows/*.open_findings name it: Dutch words that are also the
# key a set-aside finding is stored under, so they are translated only where they are shown.
_WHERE = (
    QT_TRANSLATE_NOOP("where", "vraag"), QT_TRANSLATE_NOOP("where", "antwoord"),
    QT_TRANSLATE_NOOP("where", "stoornis en gedrag"), QT_TRANSLATE_NOOP("where", "feit"),
    QT_TRANSLATE_NOOP("where", "bevestigende feiten"),
    QT_TRANSLATE_NOOP("where", "ontkrachtende feiten"),
    QT_TRANSLATE_NOOP("where", "toelichting"), QT_TRANSLATE_NOOP("where", "relatie"),
    QT_TRANSLATE_NOOP("where", "grenzen"), QT_TRANSLATE_NOOP("where", "zorg"),
    QT_TRANSLATE_NOOP("where", "inhoud"), QT_TRANSLATE_NOOP("where", "aanleiding"),
    QT_TRANSLATE_NOOP("where", "afspraken"), QT_TRANSLATE_NOOP("where", "besproken"),
    QT_TRANSLATE_NOOP("where", "openingszin"), QT_TRANSLATE_NOOP("where", "reden"),
)


def where_label(where: str) -> str:
    """'vraag 3' → 'question 3', 'feit 1.2' → 'fact 1.2' in the interface's language."""
    name, number = re.fullmatch(r"(.*?)((?: \d[\d.]*)?)", where).groups()  # type: ignore[union-attr]
    return QCoreApplication.translate("where", name) + number


def in_running_text(name: str) -> str:
    """A document's name inside an English sentence, in sentence case ('Report' → 'Make report
    PDF'); Dutch keeps its capital in a compound ('Melding-PDF maken')."""
    if current_language() == SOURCE_LANGUAGE:
        return name
    return name[:1].lower() + name[1:] if name[1:2].islower() else name
