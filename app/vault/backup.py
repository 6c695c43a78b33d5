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
from app.vault.access_log import log_head_path
from app.vault.anchor import forget_anchor
from app.vault.dossier import Dossier
from app.vault.fsutil import _fsync_dir, ensure_folder, load_json_bytes
from app.vault.integrity import confirmed_page_problems, structure_problems
from app.vault.lock import DossierLock
from app.vault.paths import envelope_path
from app.vault.restore_journal import finish_restore, write_journal
from app.vault.sql import Connection, is_damage, key_connection

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
    dossier_id: str = ""
    log_seq: int = 0  # the backup's newest access-log entry


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def check_destination(dossier_path: Path, destination: Path) -> None:
    """Refuse a destination that would destroy something: the dossier or one of its sidecar
    files (by name and by identity), a folder or other non-regular file, or an existing file
    that is not a Deelwijzer backup."""
    destination = Path(destination)
    dossier_path = Path(dossier_path)
    sidecars = [dossier_path, envelope_path(dossier_path), log_head_path(dossier_path),
                *(Path(f"{dossier_path}{s}") for s in ("-wal", "-shm", "-journal"))]
    for own in sidecars:
        same = destination.resolve() == own.resolve()
        with contextlib.suppress(OSError):
            same = same or (destination.exists() and own.exists()
                            and os.path.samefile(destination, own))
        if same:
            raise BackupError(_("De reservekopie kan niet op het dossier zelf of zijn "
                                "sleutel- of logbestand worden geschreven: {p}. Kies een "
                                "ander bestand; er is niets gewijzigd.", p=destination))
    if destination.exists() or destination.is_symlink():
        if not destination.is_file():
            raise BackupError(_("{p} is geen gewoon bestand (een map of iets anders). Kies "
                                "een bestandsnaam voor de reservekopie; er is niets gewijzigd.",
                                p=destination))
        if not _is_backup(destination):
            raise BackupError(_("{p} bestaat al en is geen Deelwijzer-reservekopie; het wordt "
                                "niet overschreven. Kies een andere naam.", p=destination))


def _is_backup(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = load_json_bytes(zf.read("manifest.json"), 65536)
            return isinstance(manifest, dict) and manifest.get("format") == FORMAT
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        return False


def make_backup(dossier: Dossier, destination: Path) -> Path:
    """Write a verified backup of the open dossier to `destination` (a file path).

    Of `dossier` it reads only its path, key, envelope and log id, never its connection: it
    may run on a worker thread (at lock) as long as nothing closes the dossier meanwhile."""
    destination = Path(destination)
    check_destination(dossier.path, destination)
    ensure_folder(destination.parent, _("de reservekopie"))
    _remove_leftovers(destination.parent)
    with tempfile.TemporaryDirectory(prefix=".dw-backup-", dir=destination.parent) as work:
        copy = Path(work) / "dossier.db"
        # Its own reader beside the app's connection: safe off the GUI thread, and it sees
        # exactly the committed state (WAL included) at the moment the copy starts.
        source = key_connection(dossier.path, dossier._key)
        try:
            # Every page's MAC first (no lock taken: integrity.py; what it finds is read again
            # with the writer kept out). A damaged dossier gets no backup — it would fail the
            # check below anyway — and is named as what it is, so that no good backup is
            # rotated away by a bad one.
            _refuse_if_damaged(confirmed_page_problems(source))
        except sqlcipher3.Error as exc:  # the second look reads page 1 and the schema
            source.close()
            if is_damage(exc):
                _refuse_if_damaged([_("Het begin van het bestand is beschadigd: de controle kon "
                                      "niet worden uitgevoerd.")])
            raise BackupError(_("De reservekopie kon niet worden gemaakt ({e}).", e=exc)) from None
        except BaseException:
            source.close()
            raise
        target = key_connection(copy, dossier._key)
        try:
            source.execute("BEGIN")
            expected = int(source.execute("SELECT count(*) FROM cases").fetchone()[0])
            schema = int(source.execute("PRAGMA user_version").fetchone()[0])
            seq, mac = _log_head(source)
            source.backup(target)
            source.execute("COMMIT")
        except sqlcipher3.Error as exc:
            raise BackupError(_("De reservekopie kon niet worden gemaakt ({e}).", e=exc)) from None
        finally:
            target.close()
            source.close()
        try:
            copied = _verify(copy, dossier._key)
        except BackupError:
            # The copy holds what the dossier holds: is it the dossier's own structure?
            _refuse_if_damaged(_structure_of(dossier))
            raise
        if copied != expected:
            raise BackupError(_("De reservekopie is onvolledig en is niet bewaard."))
        # The anchor travels with the backup: which version of which dossier this is.
        manifest = {"format": FORMAT, "version": 1, "created_at": _now(),
                    "schema_version": schema, "dossier_id": dossier.log.dossier_id,
                    "log_head": {"seq": seq, "mac": mac}}
        temp = destination.with_name(f".{destination.name}.tmp")
        try:
            temp.unlink(missing_ok=True)
            # Owner-only from the first byte: a backup killed before its rename stays private.
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as raw, \
                    zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as zf:
                zf.writestr("manifest.json", json.dumps(manifest))
                zf.write(copy, "dossier.db")
                with open(copy, "rb") as fh:  # the copy is its own file: its own salt
                    salt = fh.read(16).hex()
                zf.writestr("dossier.db.keys", dossier.envelope.to_bytes(file_salt=salt))
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


class DossierDamagedBackup(BackupError):
    """The dossier itself is damaged, so it is not backed up (and no older backup goes)."""


def _refuse_if_damaged(problems: list[str]) -> None:
    if problems:
        raise DossierDamagedBackup(_(
            "Het dossier zelf is beschadigd ({detail}). Er is geen reservekopie van gemaakt, "
            "zodat de eerdere, goede reservekopieën alle bewaard blijven. Zet de nieuwste "
            "reservekopie terug: start Deelwijzer opnieuw en kies bij het openen ‘Andere "
            "reservekopie terugzetten…’. Het beschadigde dossier wordt daarbij bewaard.",
            detail=problems[0].rstrip(".")))


def _log_head(source: Connection) -> tuple[int, str]:
    """The newest access-log entry of what is being copied, read in the copy's own transaction:
    the manifest names exactly the version in the backup, and the dossier's own connection
    (the GUI thread's, when the backup runs on a worker at lock) is not touched."""
    if source.execute("SELECT 1 FROM sqlite_master WHERE name = 'access_log'").fetchone() is None:
        return 0, ""  # a dossier from before the access log
    row = source.execute("SELECT seq, mac FROM access_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, "")


def _structure_of(dossier: Dossier) -> list[str]:
    db = key_connection(dossier.path, dossier._key, read_only=True)
    try:
        return structure_problems(db)
    finally:
        db.close()


def _private_temp() -> Path:
    """Where a backup is unpacked to be checked: the data folder's own `tmp` (owner-only),
    never the system's temporary folder; what a crash left there an hour ago is removed."""
    from app.vault.paths import data_folder

    folder = data_folder() / "tmp"
    ensure_folder(folder)
    cutoff = datetime.now().timestamp() - 3600
    for leftover in folder.glob(".dw-inspect-*"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                shutil.rmtree(leftover, ignore_errors=True)
    return folder


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
    """A rolling backup (when the app closes or locks): the newest `keep` are kept. Without
    `keep` the setting is read through the dossier's own connection: off the GUI thread, pass
    it (read on the GUI thread first)."""
    keep = keep_setting(dossier) if keep is None else keep
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = make_backup(dossier, Path(folder) / f"deelwijzer-{stamp}{SUFFIX}")
    for old in to_prune(sorted(Path(folder).glob(f"deelwijzer-*{SUFFIX}")), keep):
        old.unlink(missing_ok=True)
    return path


def to_prune(backups: list[Path], keep: int) -> list[Path]:
    """Which rolling backups go: all but the newest `keep`, the newest of each of the last 7
    days and the newest of each of the last 12 months. Why generations: a loss that went
    unnoticed would otherwise be copied into every backup within a day of auto-locks."""
    stamped = [(b, b.name[len("deelwijzer-"):len("deelwijzer-") + 15]) for b in backups]
    keepers = {b for b, _s in stamped[-keep:]} if keep > 0 else set()
    days: dict[str, Path] = {}
    months: dict[str, Path] = {}
    for b, stamp in stamped:  # oldest first: the last one seen per day or month is the newest
        days[stamp[:8]] = b
        months[stamp[:6]] = b
    keepers |= {days[d] for d in sorted(days)[-7:]}
    keepers |= {months[m] for m in sorted(months)[-12:]}
    return [b for b in backups if b not in keepers]


def backups_in(folder: Path) -> list[Path]:
    """Newest first."""
    return sorted(Path(folder).glob(f"*{SUFFIX}"), reverse=True)


def _extract(backup: Path, work: Path) -> tuple[Path, dict[str, object]]:
    try:
        with zipfile.ZipFile(backup) as zf:
            manifest = load_json_bytes(zf.read("manifest.json"), 65536)
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise ValueError("format")
            if not isinstance(manifest.get("created_at", ""), str) or \
                    type(manifest.get("schema_version", 0)) is not int:
                raise ValueError("manifest fields")
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
        return Dossier.open(db_path, secret, anchored=False)
    except WrongPassphrase:
        try:
            return open_with_code(db_path, secret, anchored=False)
        except RecoveryCodeInvalid:
            raise WrongPassphrase() from None


def inspect(backup: Path, passphrase: str) -> BackupInfo:
    """Open a backup (passphrase or recovery code) and say what it holds; nothing replaced."""
    with tempfile.TemporaryDirectory(prefix=".dw-inspect-", dir=_private_temp()) as work:
        db_path, manifest = _extract(Path(backup), Path(work))
        with _open_copy(db_path, passphrase) as copy:
            problems = copy.integrity_problems()
            if problems:
                raise BackupError(_("De reservekopie is niet in orde."))
            rows = copy.cases.summaries(0, 1)
            return BackupInfo(Path(backup), str(manifest.get("created_at", "")),
                              int(str(manifest.get("schema_version", 0))), copy.cases.count(),
                              rows[0].updated_at if rows else "",
                              copy.meta("dossier_id") or copy.envelope.dossier_id,
                              copy.log.last()[0] - 1)  # less the unlock of this inspection


def restore(backup: Path, target: Path, passphrase: str, keep_folder: Path,
            other_dossier: bool = False) -> Path | None:
    """Replace the dossier at `target` by a verified backup. The replaced dossier is kept in
    `keep_folder` (moved, not deleted); returns where it went. The dossier must be closed.

    A backup of *another* dossier replaces nothing unless `other_dossier` (the user confirmed
    a second time, naming both). Afterwards the head beside the dossier and the anchor outside
    its folder follow the restored version: a restore through the app is a deliberate return
    to an older version, a copy put back by hand is not."""
    target = Path(target)
    info = inspect(backup, passphrase)  # opens and checks it first: a bad backup replaces nothing
    current = _dossier_id_of(target)
    if target.exists() and not current and not other_dossier:
        # Its envelope is missing or unreadable: whether the backup belongs to this dossier
        # cannot be seen, so it needs the same second confirmation as another dossier's.
        raise OtherDossier("?", info.dossier_id)
    if current and info.dossier_id and current != info.dossier_id and not other_dossier:
        raise OtherDossier(current, info.dossier_id)
    ensure_folder(target.parent)
    lock = DossierLock(target).acquire()  # not while the app (or a command) has it open
    work = Path(tempfile.mkdtemp(prefix=".dw-restore-", dir=target.parent))
    try:
        db_path, _manifest = _extract(Path(backup), work)
        for part in (db_path, envelope_path(db_path)):
            if os.name == "posix":
                os.chmod(part, 0o600)
        old_files = [Path(f"{target}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")]
        old_files += [envelope_path(target), log_head_path(target)]
        kept = None
        if target.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            kept = Path(keep_folder) / f"vervangen-{stamp}"
            ensure_folder(kept)
            for old in old_files:  # copied, not moved: until the journal is done it stays
                if old.exists():
                    shutil.copy2(old, kept / f"dossier.db{old.name[len(target.name):]}")
                    if os.name == "posix":
                        os.chmod(kept / f"dossier.db{old.name[len(target.name):]}", 0o600)
            _fsync_dir(kept)
        # The old dossier's own journal, WAL and head must go (a hot journal would be
        # replayed onto the restored file); envelope and dossier are replaced by rename.
        removals = [p for p in old_files if p not in (target, envelope_path(target))]
        moves = [(envelope_path(db_path), envelope_path(target)), (db_path, target)]
        write_journal(target, moves, removals, work)
        # The restored version is older on purpose: its anchor goes now, and is set again
        # below (or at the first write, should a crash come first).
        for ident in {current, info.dossier_id} - {""}:
            forget_anchor(ident)
        finish_restore(target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        lock.release()
    with _open_copy(target, passphrase) as restored:  # the head and the anchor follow it
        restored.log.anchored = True
        restored.log.seal_head(*restored.log.last())
    return kept


class OtherDossier(BackupError):
    """The backup is of another dossier, or of one that cannot be told (`current` is '?')."""

    def __init__(self, current: str, other: str) -> None:
        if current == "?":
            super().__init__(_(
                "Het sleutelbestand van het dossier dat u zou vervangen ontbreekt of is "
                "onleesbaar: of deze reservekopie (kenmerk {other}) bij dit dossier hoort, is "
                "niet na te gaan. Er is niets vervangen. Bevestig apart dat u het wilt "
                "vervangen.", other=other[:8]))
            return
        super().__init__(_(
            "Deze reservekopie is van een ander dossier (kenmerk {other}) dan het dossier dat "
            "u zou vervangen (kenmerk {current}). Er is niets vervangen. Bevestig apart dat u "
            "dit dossier door het andere wilt vervangen.", other=other[:8], current=current[:8]))


def _dossier_id_of(target: Path) -> str:
    """The id in the envelope beside `target`, '' when there is none (or it is unreadable)."""
    from app.vault.keys import KeyEnvelope

    try:
        return KeyEnvelope.read(envelope_path(target)).dossier_id if target.exists() else ""
    except (OSError, DossierError):
        return ""
