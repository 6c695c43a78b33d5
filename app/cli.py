"""The `deelwijzer` command line: headless subcommands for scripting, support and tests.

The passphrase comes from DEELWIJZER_PASSPHRASE or a prompt, never from the arguments.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.content.i18n import _
from app.errors import DossierError
from app.vault.fsutil import atomic_write, ensure_folder
from app.vault.paths import default_dossier_path

if TYPE_CHECKING:
    import argparse
    from datetime import date

GuiLauncher = Callable[[Path], int]


class CliError(Exception):
    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def passphrase_from_env_or_prompt(prompt: str) -> str:
    """DEELWIJZER_PASSPHRASE, or an interactive prompt; never argv."""
    value = os.environ.get("DEELWIJZER_PASSPHRASE")
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(_("Geen wachtwoord: zet DEELWIJZER_PASSPHRASE of start interactief."))
    import getpass

    return getpass.getpass(prompt)


def _parser() -> argparse.ArgumentParser:
    import argparse  # here, not at the top: the usual start (the window) never needs it

    parser = argparse.ArgumentParser(
        prog="deelwijzer",
        description=_("Deelwijzer: informatie delen bij vermoedens van kindermishandeling."),
    )
    parser.add_argument("--version", action="version", version=f"Deelwijzer {__version__}")
    db_help = _("het dossierbestand (of DEELWIJZER_DB)")
    parser.add_argument("--db", help=db_help)
    # --db may also follow the subcommand; SUPPRESS keeps the top-level value when it doesn't.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help=db_help)
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", parents=[common],
                          help=_("maak een demodossier en voorbeelddocumenten"))
    demo.add_argument("--out", required=True, help=_("map voor demo.db en de PDF's"))
    demo.add_argument("--cases", metavar="N", help=_(
        "maak in plaats daarvan een dossier met N gevarieerde casussen, verspreid over "
        "twintig jaar, zonder PDF's (voor metingen aan snelheid)"))
    sub.add_parser("verify", parents=[common], help=_("controleer een dossier"))
    sub.add_parser("selftest", help=_("controleer of alle onderdelen van het programma werken"))
    backup = sub.add_parser("backup", parents=[common], help=_("maak een reservekopie"))
    backup.add_argument("--to", required=True, help=_("het bestand voor de reservekopie"))
    restore = sub.add_parser("restore", parents=[common],
                             help=_("zet een reservekopie terug (eerst een voorbeeld)"))
    restore.add_argument("--from", required=True, dest="source",
                         help=_("het reservekopiebestand"))
    restore.add_argument("--bevestig", action="store_true",
                         help=_("vervang het dossier echt (zonder: alleen het voorbeeld)"))
    restore.add_argument("--ander-dossier", action="store_true", dest="ander_dossier",
                         help=_("de reservekopie is bewust van een ander dossier"))
    lint = sub.add_parser("lint", help=_("controleer tekst van standaardinvoer op oordelen"))
    lint.add_argument("--eigen-waarneming", action="store_true", dest="own_observation",
                      help=_("de tekst is een eigen waarneming: meld ook hoorzeggen"))
    return parser


def cmd_demo(out: Path) -> int:
    """DIR/demo.db with scenarios A, B, D and E, and every document type."""
    from datetime import date  # here, not at the top: the window's start never needs it

    from app import service
    from app.demo import (
        DEMO_PROFILE,
        MELDING_BEFORE,
        demo_ander_doel,
        demo_melding,
        demo_overleg,
        demo_request,
        melding_letter_day,
    )
    from app.documents.registry import apart_filename
    from app.vault.dossier import Dossier

    ensure_folder(out)
    passphrase = passphrase_from_env_or_prompt(_("Wachtwoord voor het demodossier: "))
    if not passphrase:
        raise CliError(_("Het wachtwoord mag niet leeg zijn."))
    today = date.today()
    documents = (("melding", lambda day: demo_melding(day - MELDING_BEFORE), "melding.pdf"),
                 ("informatieverzoek", demo_request, "informatieverstrekking.pdf"),
                 ("overleg", demo_overleg, "overleg.pdf"),
                 ("ander_doel", demo_ander_doel, "ander-doel.pdf"))
    with Dossier.create(out / "demo.db", passphrase) as dossier:
        dossier.set_profile(DEMO_PROFILE)
        print(_("Demodossier gemaakt: {db}", db=out / "demo.db"))
        for kind, make, filename in documents:
            data = make(today)
            # The melding is confirmed in writing the day after it was made, as in practice.
            day = melding_letter_day(today - MELDING_BEFORE) if kind == "melding" else today
            case_id = dossier.cases.create(kind, data.to_dict(), data.client_pseudonym)
            service.finish(dossier, case_id, data, day)
            atomic_write(out / filename, service.document(dossier, case_id, day),
                         what=_("het document"))
            print(_("Document geschreven: {pdf}", pdf=out / filename))
            apart = service.apart_document(dossier, case_id, day)
            if apart is not None:
                target = out / apart_filename(filename, kind)
                atomic_write(target, apart, what=_("het document"))
                print(_("Document geschreven: {pdf} (niet voor het gezin)", pdf=target))
        _demo_follow_up(dossier, today)
        from app.documents import dossierverslag, inzage

        verslag = dossierverslag.build(service.case_history(dossier, 1), today)
        atomic_write(out / "dossierverslag.pdf",
                     dossierverslag.as_pdf(verslag, dossier.profile(), today),
                     what=_("het document"))
        print(_("Document geschreven: {pdf}", pdf=out / "dossierverslag.pdf"))
        items = inzage.items_for_client(service.client_histories(dossier, "Y."), today)
        # As the inzage dialog does: every proposal ticked with its reason (the grandmother,
        # the part given apart), and the huisarts's contact, who asked not to be named.
        screened = {i.id: i.proposal for i in items if i.proposal}
        screened.update({i.id: _("Betreft de huisarts, die anonimiteit vroeg (7.vb.3).")
                         for i in items if "huisarts" in i.text and i.id not in screened})
        service.record_inzage(dossier, "Y.", "client", items, screened)
        atomic_write(out / "inzage.pdf", inzage.inzage_pdf("Y.", "client", items, screened,
                                                           dossier.profile(), today),
                     what=_("het document"))
        print(_("Document geschreven: {pdf}", pdf=out / "inzage.pdf"))
    return 0


def cmd_demo_cases(out: Path, cases: str) -> int:
    """DIR/demo.db with N varied cases over twenty years (app/demo_bulk.py), and no PDFs."""
    try:
        n = int(cases.strip())
    except ValueError:
        n = 0
    if n < 1:
        raise CliError(_("--cases verwacht een aantal casussen: een geheel getal van 1 of "
                         "meer, niet ‘{value}’.", value=cases))
    from app.demo_bulk import make_bulk_demo
    from app.errors import DossierExists
    from app.vault.paths import envelope_path

    target = out / "demo.db"
    if target.exists() or envelope_path(target).exists():  # before asking for a passphrase
        raise DossierExists(str(target))
    ensure_folder(out)
    passphrase = passphrase_from_env_or_prompt(_("Wachtwoord voor het demodossier: "))
    if not passphrase:
        raise CliError(_("Het wachtwoord mag niet leeg zijn."))
    step = max(1000, n // 10)
    shown = [0]

    def progress(done: int, total: int) -> None:  # about every tenth, for a large N
        if done - shown[0] >= step and done < total:
            shown[0] = done
            print(_("{done} van {total} casussen gemaakt…", done=done, total=total), flush=True)

    made = make_bulk_demo(target, passphrase, n, progress=progress)
    print(_("Demodossier gemaakt: {db} ({n} casussen in {s} s).", db=target, n=n,
            s=f"{made.seconds:.0f}"))
    return 0


def _demo_follow_up(dossier: Any, today: date) -> None:
    """Case 1 (the melding, 14 days ago): the decision came in; the written rendering is overdue;
    a contact with the GP, who asked not to be named to the family."""
    from datetime import timedelta

    decision = next(f for f in dossier.followups.of_case(1) if f.kind == "decision")
    dossier.followups.complete(decision.id, (today - timedelta(days=6)).isoformat(), {
        "received_on": (today - timedelta(days=6)).isoformat(), "investigate": True,
        "note": "Veilig Thuis onderzoekt de melding; veiligheidsbeoordeling gedaan."})
    dossier.contacts.add(1, (today - timedelta(days=4)).isoformat(), "contact",
                         "Gebeld met de huisarts, dr. Koster: zag in oktober blauwe plekken bij R. "
                         "De huisarts wil niet dat het gezin weet dat dit van hem komt.")


def cmd_verify(db_path: Path) -> int:
    """Open read-only — nothing is written, not even the unlock — and run every check: is this
    the version last used here (head, anchor), SQLCipher's and SQLite's checks, the access
    log's chain. Prints a Dutch summary; 0 only when sound. A backup file is checked as one."""
    from app.vault.backup import SUFFIX
    from app.vault.dossier import Dossier

    if db_path.suffix == SUFFIX:
        return _verify_backup(db_path)
    from app.errors import LocationNotWritable
    from app.vault.anchor import Anchor, read_anchor
    from app.vault.lock import DossierLock

    try:  # while Deelwijzer writes, what it reads would be half old, half new
        lock: DossierLock | None = DossierLock(db_path).acquire()
    except LocationNotWritable:
        lock = None  # a read-only place: nobody writes there either
    try:
        journal = Path(f"{db_path}-journal")
        if journal.is_file() and not journal.is_symlink() and journal.stat().st_size > 0:
            raise CliError(_(
                "Naast het dossier staat een onafgeronde schrijfactie ({name}): Deelwijzer is "
                "tijdens het opslaan onderbroken. Dat is geen schade. Open het dossier eenmaal "
                "gewoon (start Deelwijzer); dan wordt die schrijfactie teruggedraaid en kan "
                "het daarna worden gecontroleerd. Er is niets gewijzigd.", name=journal.name), 1)
        passphrase = passphrase_from_env_or_prompt(_("Wachtwoord: "))
        with Dossier.open(db_path, passphrase, read_only=True) as dossier:
            dossier.db.execute("BEGIN")  # every check on one and the same state
            problems = list(dossier.trust_problems)
            problems += [p for p in dossier.integrity_problems() if p not in problems]
            if not problems:
                problems = dossier.log.verify()
            cases = 0 if problems else dossier.cases.count()
            anchored = isinstance(read_anchor(dossier.log.dossier_id), Anchor)
            dossier.db.execute("COMMIT")
    finally:
        if lock is not None:
            lock.release()
    if problems:
        print(_("Het dossier {db} is NIET in orde:", db=db_path))
        for line in problems[:20]:
            print(f"  - {line}")
        return 1
    print(_("Het dossier {db} is in orde: {n} casus(sen); versleuteling, structuur en "
            "toegangslog gecontroleerd.", db=db_path, n=cases))
    print(_("Het is de versie die op deze computer het laatst is gebruikt.") if anchored else _(
        "Op deze computer is voor dit dossier geen anker: of dit de nieuwste versie is, kan "
        "hier niet worden nagegaan."))
    return 0


def _verify_backup(path: Path) -> int:
    """`verify` on a .dwbackup: open it as restore's preview does and say what it holds."""
    from app.vault.backup import inspect

    passphrase = passphrase_from_env_or_prompt(_("Wachtwoord van de reservekopie: "))
    info = inspect(path, passphrase)
    print(_("De reservekopie {p} is in orde: gemaakt op {when}, {n} casus(sen); versleuteling "
            "en structuur gecontroleerd.", p=path, when=info.created_at.replace("T", " ")[:16],
            n=info.cases))
    return 0


def cmd_backup(db_path: Path, to: Path) -> int:
    from app.vault.backup import check_destination, make_backup
    from app.vault.dossier import Dossier

    check_destination(db_path, to)  # before the passphrase: a wrong --to changes nothing
    passphrase = passphrase_from_env_or_prompt(_("Wachtwoord: "))
    with Dossier.open(db_path, passphrase) as dossier:
        if dossier.read_only:
            raise CliError(dossier.trust_problems[0] + " " + _(
                "Er is geen reservekopie gemaakt: start Deelwijzer om te kiezen wat u doet."), 1)
        path = make_backup(dossier, to)
        cases = dossier.cases.count()
        dossier.log.add("backup")
    print(_("Reservekopie gemaakt en gecontroleerd: {p} ({n} casus(sen)).", p=path, n=cases))
    return 0


def cmd_restore(db_path: Path, source: Path, confirmed: bool, other_dossier: bool = False) -> int:
    """Preview what the backup holds; replace the dossier only when confirmed."""
    from app.checks.dates import format_nl
    from app.vault.backup import inspect, restore
    from app.vault.paths import data_folder

    passphrase = passphrase_from_env_or_prompt(_("Wachtwoord van de reservekopie: "))
    info = inspect(source, passphrase)
    print(_("Reservekopie van {when}: {n} casus(sen), laatste wijziging {last}.",
            when=info.created_at.replace("T", " ")[:16], n=info.cases,
            last=format_nl(info.last_change[:10]) if info.last_change else "—"))
    if not confirmed:
        if sys.stdin and sys.stdin.isatty():
            confirmed = input(_("Het dossier {db} vervangen? [j/N] ", db=db_path)).strip().lower() \
                in ("j", "ja", "y", "yes")  # the English prompt says [y/N]
        if not confirmed:
            print(_("Niets vervangen. Gebruik --bevestig om het dossier te vervangen."))
            return 0
    kept = restore(source, db_path, passphrase, data_folder() / "vervangen", other_dossier)
    from app.vault.dossier import Dossier

    with Dossier.open(db_path, passphrase) as restored:
        restored.log.add("restore")
    print(_("Teruggezet in {db}.", db=db_path))
    if kept:
        print(_("Het vervangen dossier is bewaard in {k}.", k=kept))
    return 0


def cmd_selftest() -> int:
    """Use every part of the program once (app/selftest.py); 1 when one fails."""
    from app import selftest

    outcomes = selftest.run()
    for outcome in outcomes:
        mark = _("goed") if outcome.ok else _("FOUT")
        print(f"{mark:5} {outcome.name}: {outcome.detail}")
    return 0 if all(o.ok for o in outcomes) else 1


def cmd_lint(own_observation: bool) -> int:
    """One JSON object per finding on stdout; exit 1 when something was found, 0 when not,
    2 when the text could not be checked."""
    import json

    from app.checks.judgement import check
    from app.checks.sources import hearsay

    try:
        # Bytes, not text: a file in another encoding must not crash the check (exit 2 means
        # "could not check"; 1 keeps meaning "findings").
        text = sys.stdin.buffer.read().decode("utf-8", errors="replace")
        findings = check(text)
    except Exception as exc:  # noqa: BLE001 - any failure is reported, never a traceback
        print(_("Kon de tekst niet controleren: {e}", e=exc), file=sys.stderr)
        return 2
    if own_observation:
        findings = sorted(findings + hearsay(text), key=lambda f: (f.start, f.end))
    for finding in findings:
        print(json.dumps(finding.to_json(), ensure_ascii=False))
    return 1 if findings else 0


def main(argv: Sequence[str] | None = None, gui: GuiLauncher | None = None) -> int:
    """Run a subcommand, or hand the dossier path to the GUI launcher when none is given.
    (`deelwijzer` without arguments does not come here: ui/entry.py opens the window.)"""
    args = _parser().parse_args(argv)
    try:
        if args.command == "demo":
            if args.cases is not None:
                return cmd_demo_cases(Path(args.out), args.cases)
            return cmd_demo(Path(args.out))
        if args.command == "lint":
            return cmd_lint(args.own_observation)
        if args.command == "selftest":
            return cmd_selftest()
        db_path = default_dossier_path(args.db)
        if args.command == "verify":
            return cmd_verify(db_path)
        if args.command == "backup":
            return cmd_backup(db_path, Path(args.to))
        if args.command == "restore":
            return cmd_restore(db_path, Path(args.source), args.bevestig, args.ander_dossier)
        if gui is None:
            raise CliError(_("Geen opdracht gegeven."))
        return gui(db_path)
    except DossierError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except CliError as exc:
        print(exc.message, file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
