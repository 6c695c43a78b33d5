"""What a page or a document still lacks, as findings with a Dutch message and a handbook id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.checks.dates import DateError, looks_like_date, parse_date
from app.content.i18n import _

ERROR = "error"  # blocks "Volgende" / "Voltooien"
WARNING = "warning"  # shown beside the field; the clinician decides


@dataclass(frozen=True)
class Problem:
    """One finding on one field. `field` is a dotted path into the flow's data."""

    field: str
    message: str
    ref: str = ""
    severity: str = ERROR

    @property
    def blocking(self) -> bool:
        return self.severity == ERROR


def blocking(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.blocking]


def require_text(value: str, field: str, message: str, ref: str = "") -> list[Problem]:
    return [] if value.strip() else [Problem(field, message, ref)]


def require_answer(value: object, field: str, message: str, ref: str = "") -> list[Problem]:
    return [] if value is not None and value != "" else [Problem(field, message, ref)]


def check_past_date(
    iso_or_text: str, field: str, today: date, *, required: bool, what: str, ref: str = ""
) -> list[Problem]:
    """A date that must exist and may not lie in the future."""
    if not iso_or_text.strip():
        if required:
            return [Problem(field, _("Vul {what} in.", what=what), ref)]
        return []
    try:
        value = parse_date(iso_or_text)
    except DateError as exc:
        return [Problem(field, exc.message, ref)]
    if value > today:
        # Only the first letter up: str.capitalize() would lower a name ('anouk verbeek').
        return [Problem(field, _("{what} ligt in de toekomst.", what=what[:1].upper() + what[1:]),
                        ref)]
    return []


def check_when(text: str, field: str, today: date, ref: str = "") -> list[Problem]:
    """'When' of a fact: a period in words is fine; something that looks like a date must be one."""
    if not text.strip():
        return [Problem(field, _("Vermeld wanneer dit was (datum of periode)."), ref)]
    if looks_like_date(text):
        return check_past_date(text, field, today, required=True, what=_("de datum"), ref=ref)
    return []
