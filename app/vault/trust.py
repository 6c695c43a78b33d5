"""Is this the dossier last used here? Checked on open, before anything is written.

Why before: every open writes an unlock entry and moves the head, so a check made afterwards
compares the dossier with itself. Three witnesses are compared with the access log inside the
dossier: the head beside it (entries removed from the end, a file put back on its own), the
anchor outside its folder (the whole folder put back), and a WAL that was present before the
open (committed work that SQLite dropped while replaying a damaged WAL shows as a log behind
its head).
"""

from __future__ import annotations

from app.content.i18n import _
from app.vault.access_log import AccessLog
from app.vault.anchor import ANCHOR_FILE, MALFORMED, Anchor, anchor_folder, read_anchor


def _when(at: str) -> str:
    """'1-12-2026 om 10:41' from the anchor's local ISO time."""
    try:
        year, month, day = (int(x) for x in at[:10].split("-"))
    except ValueError:
        return at
    text = f"{day}-{month}-{year}"
    return _("{day} om {time}", day=text, time=at[11:16]) if len(at) >= 16 else text


def problems_before_writing(log: AccessLog) -> list[str]:
    """Dutch descriptions of every sign that the dossier is not the version last used here;
    `log` is its access log (whose key seals the head and the anchor)."""
    key = log.key
    if not log.exists():
        return []  # a dossier from before the access log: nothing to compare
    last, _mac = log.last()
    found = log.head_problems()
    if log.anchored:
        anchor = read_anchor(log.dossier_id)
        if anchor == MALFORMED or (isinstance(anchor, Anchor) and not anchor.sound(key)):
            found.append(_("Het anker van dit dossier in {file} is gewijzigd of beschadigd.",
                           file=anchor_folder() / ANCHOR_FILE))
        elif isinstance(anchor, Anchor) and anchor.seq > last:
            found.append(_("Dit dossier is ouder dan de versie die u op {when} gebruikte: het "
                           "toegangslog loopt tot regel {last}, toen tot regel {seq}. Een "
                           "verwijderde casus kan zo terug zijn.",
                           when=_when(anchor.at), last=last, seq=anchor.seq))
        elif isinstance(anchor, Anchor) and anchor.seq > 0 and \
                log.mac_of(anchor.seq) != anchor.mac:
            found.append(_("Dit dossier is een andere versie dan die u op {when} gebruikte "
                           "(regel {seq} van het toegangslog verschilt).",
                           when=_when(anchor.at), seq=anchor.seq))
    return found
