"""WGBO retention (BW 7:454 lid 3): medical records are kept 20 years from the last change."""

from __future__ import annotations

from datetime import date, datetime

RETENTION_YEARS = 20


def retention_until(last_change_iso: str) -> date:
    """The date until which the case must be kept; nothing is ever deleted automatically."""
    changed = datetime.fromisoformat(last_change_iso).date()
    try:
        return changed.replace(year=changed.year + RETENTION_YEARS)
    except ValueError:  # 29 February, twenty years on, is not always a date
        return date(changed.year + RETENTION_YEARS, 2, 28)
