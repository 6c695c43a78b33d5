"""The anchor: the dossier's newest access-log entry, kept *outside* the dossier's folder.

Why: the head beside the dossier shows entries removed from the end of the log, but a rollback
of the whole folder — the dossier, its envelope and its head put back together, by hand or by
a sync tool restoring an old version — brings back an old head too. The anchor lives in the
user's configuration folder (on Windows the roaming profile, not the local data folder that
holds the dossier), one per dossier id, sealed with a key derived from the dossier key so that
only someone who can open the dossier can move it. A dossier whose log is behind its anchor, or
has a different entry at the anchor's number, is older than the version last used here.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs

from app.errors import DossierError
from app.vault.fsutil import atomic_write, read_json_file
from app.vault.paths import APP_NAME

ANCHOR_FILE = "ankers.json"
_HEX64 = re.compile(r"[0-9a-f]{64}")


def anchor_folder() -> Path:
    """DEELWIJZER_CONFIG, or the user's configuration folder, kept apart from the data folder:
    roaming on Windows (the data folder is local), Preferences on macOS (where platformdirs
    would give the data folder itself)."""
    explicit = os.environ.get("DEELWIJZER_CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    if sys.platform == "darwin":  # pragma: no cover - platform dependent
        return Path.home() / "Library" / "Preferences" / APP_NAME
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True))


def seal(key: bytes, kind: str, seq: int, mac: str) -> str:
    """The MAC over (seq, mac) of the head or the anchor, keyed from the dossier key."""
    sub = hmac.new(key, f"deelwijzer/{kind}/v1".encode(), hashlib.sha256).digest()
    return hmac.new(sub, f"{seq}:{mac}".encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Anchor:
    seq: int
    mac: str
    seal: str
    at: str  # when it was written, local time, for the message
    path: str

    def sound(self, key: bytes) -> bool:
        return hmac.compare_digest(seal(key, "anchor", self.seq, self.mac), self.seal)


def _valid(raw: object) -> Anchor | None:
    if not isinstance(raw, dict):
        return None
    seq, mac, sealed = raw.get("seq"), raw.get("mac"), raw.get("seal")
    at, path = raw.get("at", ""), raw.get("path", "")
    if not (isinstance(seq, int) and not isinstance(seq, bool) and seq >= 0
            and isinstance(mac, str) and _HEX64.fullmatch(mac)
            and isinstance(sealed, str) and _HEX64.fullmatch(sealed)
            and isinstance(at, str) and isinstance(path, str)):
        return None
    return Anchor(seq, mac, sealed, at[:32], path[:1000])


MALFORMED = "malformed"  # read_anchor's answer when the anchor exists but is not sound


def _file_checksum(anchors: dict[str, object]) -> str:
    canonical = json.dumps(anchors, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _read_all() -> dict[str, object] | None:
    """All anchors; {} when there is no file, None when the file is damaged. The file carries
    a checksum over all of it, so a damaged byte anywhere — also in a dossier's id, which is
    the key an anchor is found by — makes the whole file damaged rather than one anchor
    quietly missing."""
    try:
        raw = read_json_file(anchor_folder() / ANCHOR_FILE, limit=4 << 20)
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("anchors"), dict):
        return None
    anchors = raw["anchors"]
    if raw.get("checksum") != _file_checksum(anchors):
        return None
    damaged_since = raw.get("damaged_since")
    if damaged_since is not None:
        anchors = {**anchors, _DAMAGED: damaged_since}
    return anchors


_DAMAGED = "\x00damaged_since"  # not a dossier id: when an earlier anchor file was damaged


def read_anchor(dossier_id: str) -> Anchor | str | None:
    """This dossier's anchor; None when there is none, MALFORMED when the anchor (or the whole
    file) is damaged — which must be reported, not taken for 'no anchor' (never raises)."""
    if not dossier_id:
        return None
    anchors = _read_all()
    if anchors is None:
        return MALFORMED
    if dossier_id not in anchors:
        # Since the anchor file was found damaged (and set aside), every dossier that has not
        # been anchored again is reported: its anchor may have been in the damaged file.
        return MALFORMED if _DAMAGED in anchors else None
    return _valid(anchors[dossier_id]) or MALFORMED


def _save(anchors: dict[str, object]) -> None:
    anchors = dict(anchors)
    damaged_since = anchors.pop(_DAMAGED, None)
    doc: dict[str, object] = {"anchors": anchors, "checksum": _file_checksum(anchors)}
    if damaged_since is not None:
        doc["damaged_since"] = damaged_since
    try:
        atomic_write(anchor_folder() / ANCHOR_FILE, json.dumps(doc, indent=1).encode())
    except DossierError:
        pass


def _writable() -> dict[str, object]:
    """The anchors to update; a damaged file is kept aside first, never silently dropped with
    the other dossiers' anchors in it."""
    anchors = _read_all()
    if anchors is not None:
        return anchors
    damaged = anchor_folder() / ANCHOR_FILE
    with contextlib.suppress(OSError):
        os.replace(damaged, damaged.with_name(
            f"{ANCHOR_FILE}.beschadigd-{datetime.now():%Y%m%d-%H%M%S}"))
    return {_DAMAGED: datetime.now().isoformat(timespec="minutes")}


def write_anchor(dossier_id: str, key: bytes, seq: int, mac: str, at: str, path: Path) -> None:
    """Move this dossier's anchor to (seq, mac). A folder that cannot be written leaves the old
    anchor: the commit itself has succeeded and must not fail for this."""
    if not dossier_id:
        return
    anchors = _writable()
    anchors[dossier_id] = {"seq": seq, "mac": mac, "seal": seal(key, "anchor", seq, mac),
                           "at": at, "path": str(path)}
    _save(anchors)


def forget_anchor(dossier_id: str) -> None:
    """A restore through the app returns to an older version on purpose: its anchor goes (the
    first write afterwards sets a new one), so that a crash before the restored version is
    sealed does not look like a rollback."""
    anchors = _writable()
    if anchors.pop(dossier_id, None) is not None:
        _save(anchors)
