"""Encrypted backups: consistent while the dossier is open, verified, written atomically.

A backup is one file (a ZIP, stored uncompressed) holding the encrypted copy, its key envelope
(so the passphrase opens it) and a manifest without case data. The copy is made with SQLite's
backup API through a second connection, never by copying the file (committed pages still in
the WAL would be missing), reopened and checked, and only then moved into place.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3

from app.content.i18n import _
from app.errors import DossierError, LocationNotWritable
from app.vault.dossier import Dossier
from app.vault.fsutil import _fsync_dir, ensure_folder
from app.vault.paths import envelope_path
from app.vault.sql import key_connection

FORMAT = "deelwijzer-backup"
SUFFIX = ".dwbackup"
DEFAULT_KEEP = 10


class BackupError(DossierError):
    """A backup could not be made or read; the message says why, in Dutch."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: str
    schema_version: int
    cases: int
    last_change: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def make_backup(dossier: Dossier, destination: Path) -> Path:
    """Write a verified backup of the open dossier to `destination` (a file path)."""
    destination = Path(destination)
    ensure_folder(destination.parent, _("de reservekopie"))
    _remove_leftovers(destination.parent)
    with tempfile.TemporaryDirectory(prefix=".dw-backup-", dir=destination.parent) as work:
        copy = Path(work) / "dossier.db"
        # Its own reader beside the app's connection: safe off the GUI thread, and it sees
        # exactly the committed state (WAL included) at the moment the copy starts.
        source = key_connection(dossier.path, dossier._key)
        target = key_connection(copy, dossier._key)
        try:
            source.execute("BEGIN")
            expected = int(source.execute("SELECT count(*) FROM cases").fetchone()[0])
            schema = int(source.execute("PRAGMA user_version").fetchone()[0])
            source.backup(target)
            source.execute("COMMIT")
        except sqlcipher3.Error as exc:
            raise BackupError(_("De reservekopie kon niet worden gemaakt ({e}).", e=exc)) from None
        finally:
            target.close()
            source.close()
        if _verify(copy, dossier._key) != expected:
            raise BackupError(_("De reservekopie is onvolledig en is niet bewaard."))
        manifest = {"format": FORMAT, "version": 1, "created_at": _now(),
                    "schema_version": schema}
        temp = destination.with_name(f".{destination.name}.tmp")
        try:
            with zipfile.ZipFile(temp, "w", zipfile.ZIP_STORED) as zf:
                zf.writestr("manifest.json", json.dumps(manifest))
                zf.write(copy, "dossier.db")
                zf.writestr("dossier.db.keys", dossier.envelope.to_bytes())
            with open(temp, "rb+") as fh:
                os.fsync(fh.fileno())
            with zipfile.ZipFile(temp) as zf:  # read it back before it counts
                if zf.testzip() is not None:
                    raise BackupError(_("De reservekopie is bij het schrijven beschadigd."))
            if os.name == "posix":
                os.chmod(temp, 0o600)
            os.replace(temp, destination)
            _fsync_dir(destination.parent)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise LocationNotWritable(str(destination), exc.strerror or "",
                                      _("de reservekopie")) from None
    return destination


def _remove_leftovers(folder: Path) -> None:
    """What a backup interrupted by a crash or power cut left (encrypted, but clutter)."""
    for leftover in folder.glob(".dw-backup-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    for leftover in folder.glob(f".*{SUFFIX}.tmp"):
        leftover.unlink(missing_ok=True)


def _verify(path: Path, key: bytes) -> int:
    """Both integrity checks on a copy; the number of cases in it."""
    db = key_connection(path, key)
    try:
        problems = [r[0] for r in db.execute("PRAGMA cipher_integrity_check")]
        problems += [r[0] for r in db.execute("PRAGMA integrity_check") if r[0] != "ok"]
        if problems:
            raise BackupError(_("De reservekopie is niet in orde en is niet bewaard."))
        return int(db.execute("SELECT count(*) FROM cases").fetchone()[0])
    except sqlcipher3.DatabaseError:
        raise BackupError(_("De reservekopie is niet leesbaar en is niet bewaard.")) from None
    finally:
        db.close()


def keep_setting(dossier: Dossier) -> int:
    """How many automatic backups the practice keeps (a setting; default 10)."""
    try:
        value = int(dossier.profile().get("backups_keep") or DEFAULT_KEEP)
    except (TypeError, ValueError):
        value = DEFAULT_KEEP
    return min(max(value, 1), 100)


def automatic_backup(dossier: Dossier, folder: Path, keep: int | None = None) -> Path:
    """A rolling backup (when the app closes or locks): the newest `keep` are kept."""
    keep = keep_setting(dossier) if keep is None else keep
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = make_backup(dossier, Path(folder) / f"deelwijzer-{stamp}{SUFFIX}")
    backups = sorted(Path(folder).glob(f"deelwijzer-*{SUFFIX}"))
    for old in backups[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return path


def backups_in(folder: Path) -> list[Path]:
    """Newest first."""
    return sorted(Path(folder).glob(f"*{SUFFIX}"), reverse=True)


def _extract(backup: Path, work: Path) -> tuple[Path, dict[str, object]]:
    try:
        with zipfile.ZipFile(backup) as zf:
            manifest = json.loads(zf.read("manifest.json"))
            if manifest.get("format") != FORMAT:
                raise ValueError("format")
            zf.extract("dossier.db", work)
            zf.extract("dossier.db.keys", work)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        raise BackupError(_("Dit is geen leesbare Deelwijzer-reservekopie: {p}",
                            p=backup)) from None
    return work / "dossier.db", manifest


def _open_copy(db_path: Path, secret: str) -> Dossier:
    """A backup opens with the passphrase it was made under, or with the recovery code (the
    backup is keyed with the dossier's own key, which the code encodes)."""
    from app.errors import WrongPassphrase
    from app.vault.recovery import RecoveryCodeInvalid, open_with_code

    try:
        return Dossier.open(db_path, secret)
    except WrongPassphrase:
        try:
            return open_with_code(db_path, secret)
        except RecoveryCodeInvalid:
            raise WrongPassphrase() from None


def inspect(backup: Path, passphrase: str) -> BackupInfo:
    """Open a backup (passphrase or recovery code) and say what it holds; nothing replaced."""
    with tempfile.TemporaryDirectory(prefix=".dw-inspect-") as work:
        db_path, manifest = _extract(Path(backup), Path(work))
        with _open_copy(db_path, passphrase) as copy:
            problems = copy.integrity_problems()
            if problems:
                raise BackupError(_("De reservekopie is niet in orde."))
            rows = copy.cases.summaries(0, 1)
            return BackupInfo(Path(backup), str(manifest.get("created_at", "")),
                              int(str(manifest.get("schema_version", 0))), copy.cases.count(),
                              rows[0].updated_at if rows else "")


def restore(backup: Path, target: Path, passphrase: str, keep_folder: Path) -> Path | None:
    """Replace the dossier at `target` by a verified backup. The replaced dossier is kept in
    `keep_folder` (moved, not deleted); returns where it went. The dossier must be closed."""
    target = Path(target)
    inspect(backup, passphrase)  # opens and checks it first: a bad backup replaces nothing
    ensure_folder(target.parent)
    work = Path(tempfile.mkdtemp(prefix=".dw-restore-", dir=target.parent))
    try:
        db_path, _manifest = _extract(Path(backup), work)
        kept = None
        if target.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = Path(keep_folder) / f"vervangen-{stamp}"
            ensure_folder(kept)
            for suffix in ("", "-wal", "-shm"):
                old = Path(f"{target}{suffix}")
                if old.exists():
                    shutil.move(str(old), kept / f"dossier.db{suffix}")
            if envelope_path(target).exists():
                shutil.move(str(envelope_path(target)), kept / "dossier.db.keys")
        os.replace(envelope_path(db_path), envelope_path(target))
        os.replace(db_path, target)
        _fsync_dir(target.parent)
        return kept
    finally:
        shutil.rmtree(work, ignore_errors=True)
