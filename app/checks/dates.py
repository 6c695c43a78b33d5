"""Dates as clinicians type them (dd-mm-jjjj) and as the dossier stores them (ISO)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from app.content.i18n import _, current_language

_DATE = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")

MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
# The English interface's long dates; documents (in_source_language) keep the Dutch ones.
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


class DateError(ValueError):
    """A date that cannot be: the message says why, in Dutch."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def looks_like_date(text: str) -> bool:
    """True when `text` is meant as a date (digits with separators), valid or not."""
    return bool(_DATE.match(text) or _ISO.match(text))


def parse_date(text: str) -> date:
    """Parse dd-mm-jjjj (also with / or .) or ISO; raise DateError for impossible dates."""
    m = _DATE.match(text)
    if m:
        day, month, year = (int(g) for g in m.groups())
    else:
        m = _ISO.match(text)
        if not m:
            raise DateError(_("Vul een datum in als dd-mm-jjjj, bijvoorbeeld 14-10-2026."))
        year, month, day = (int(g) for g in m.groups())
    if not 1 <= month <= 12:
        raise DateError(_("Maand {month} bestaat niet.", month=month))
    if year < 1900 or year > 2200:
        raise DateError(_("Het jaar {year} is niet mogelijk.", year=year))
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(
            _("{day} {month} {year} bestaat niet.", day=day, month=MONTHS[month - 1], year=year)
        ) from None


def to_iso(text: str) -> str:
    """Normalise a typed date to ISO; empty stays empty."""
    return parse_date(text).isoformat() if text.strip() else ""


def from_iso(iso: str) -> date | None:
    return date.fromisoformat(iso) if iso else None


def format_nl(value: date | str | None) -> str:
    """'14 oktober 2026' for documents and labels ('14 October 2026' in the English
    interface)."""
    if isinstance(value, str):
        value = from_iso(value) if value else None
    if value is None:
        return ""
    months = MONTHS_EN if current_language() == "en" else MONTHS
    return f"{value.day} {months[value.month - 1]} {value.year}"


def format_short(value: date | str | None) -> str:
    """'14-10-2026' for input fields."""
    if isinstance(value, str):
        value = from_iso(value) if value else None
    return "" if value is None else value.strftime("%d-%m-%Y")


def add_days(start: date, days: int) -> date:
    """Calendar days: the handbook's 'binnen tien dagen' counts calendar days."""
    return start + timedelta(days=days)
