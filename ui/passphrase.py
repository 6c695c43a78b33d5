"""The rules a new passphrase must meet, shared by creating, recovering and changing it."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication

MIN_PASSPHRASE = 12
ERROR_STYLE = "color: $error;"  # a ui.colours template


def passphrase_problem(first: str, second: str, user_inputs: tuple[str, ...] = ()) -> str:
    """Why a new passphrase is not accepted ('' when it is)."""
    first = unicodedata.normalize("NFC", first)
    second = unicodedata.normalize("NFC", second)
    if len(first) < MIN_PASSPHRASE:
        return QCoreApplication.translate(
            "unlock", "Het wachtwoord is te kort: minstens {n} tekens. Een zin van vier woorden "
            "werkt goed.").format(n=MIN_PASSPHRASE)
    from app.checks.strength import weakness

    weak = weakness(first, user_inputs)
    if weak:
        return weak
    if not second:  # not yet typed again: not a mistake (an outside walk found it said so)
        return QCoreApplication.translate(
            "unlock", "Typ het wachtwoord nogmaals in het tweede veld.")
    if first != second:
        return QCoreApplication.translate("unlock", "De twee wachtwoorden zijn niet gelijk.")
    return ""
