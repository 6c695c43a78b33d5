"""Passphrase strength (zxcvbn), fed Dutch common words and the user's own names and practice.

zxcvbn's word lists are English: 'Praktijk2024!' scores 4 without Dutch input, 2 with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from app.content.i18n import _
from app.content.resources import resource

MIN_SCORE = 3  # of 4


@cache
def dutch_words() -> tuple[str, ...]:
    text = resource("lexicon", "dutch_common.txt").read_text(encoding="utf-8")
    return tuple(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def score(passphrase: str, user_inputs: Iterable[str] = ()) -> int:
    from zxcvbn import zxcvbn

    own = []
    for text in user_inputs:  # 'de Vries' also as 'devries', 'de', 'vries'
        lowered = text.lower().strip()
        if lowered:
            own += [lowered, lowered.replace(" ", ""), *lowered.split()]
    inputs = [*dutch_words(), *own]
    # zxcvbn refuses more than 72 characters; past that length the verdict would not change.
    return int(zxcvbn(passphrase[:72], user_inputs=inputs)["score"])


def weakness(passphrase: str, user_inputs: Iterable[str] = ()) -> str:
    """Advice when the passphrase is too weak ('' when it is strong enough)."""
    if score(passphrase, user_inputs) >= MIN_SCORE:
        return ""
    return _("Dit wachtwoord is te makkelijk te raden (bijvoorbeeld een bekend woord met "
             "cijfers). Kies een zin van vier of meer woorden die niet bij elkaar horen, "
             "zoals ‘paarden eten graag wortels’ (maar niet deze).")
