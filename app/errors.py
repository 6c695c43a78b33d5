"""Errors a user can act on. Each carries a Dutch message that UI and CLI show as is."""

from __future__ import annotations

from app.content.i18n import _


class DossierError(Exception):
    """Base class: `message` is for the user, `str()` stays free of case data."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WrongPassphrase(DossierError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "Het wachtwoord klopt niet. Het dossier is niet geopend en niet gewijzigd. "
                "Let op hoofdletters en de toetsenbordinstelling, en probeer het opnieuw."
            )
        )


class DossierMissing(DossierError):
    def __init__(self, path: str) -> None:
        super().__init__(_("Er is geen dossier op deze plek: {path}", path=path))


class NotADossier(DossierError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            _(
                "Dit bestand is geen Deelwijzer-dossier: {path}. {reason} "
                "Kies het juiste bestand; er is niets gewijzigd.",
                path=path,
                reason=reason,
            )
        )


class DossierDamaged(DossierError):
    def __init__(self, path: str) -> None:
        super().__init__(
            _(
                "Het dossier {path} is beschadigd: het wachtwoord klopt, maar de inhoud is "
                "niet leesbaar. Er is niets gewijzigd. Gebruik een reservekopie of neem "
                "contact op met ondersteuning.",
                path=path,
            )
        )


class DossierTooNew(DossierError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            _(
                "Dit dossier is gemaakt met een nieuwere versie van Deelwijzer "
                "(schema {found}, deze versie kent tot {known}). Werk Deelwijzer bij; "
                "het dossier is niet gewijzigd.",
                found=found,
                known=known,
            )
        )


class LocationNotWritable(DossierError):
    def __init__(self, path: str, detail: str, what: str = "") -> None:
        super().__init__(
            _(
                "Op deze plek kan {what} niet worden opgeslagen: {path} ({detail}). "
                "Kies een map waarin u mag schrijven.",
                what=what or _("het dossier"),
                path=path,
                detail=detail,
            )
        )


def os_reason(exc: OSError) -> str:
    """Why the operating system refused, in Dutch where we know the reason."""
    import errno

    reasons = {
        errno.EACCES: _("geen toestemming"),
        errno.EPERM: _("geen toestemming"),
        errno.EROFS: _("de schijf is alleen-lezen"),
        errno.ENOENT: _("de map bestaat niet"),
        errno.ENOTDIR: _("een deel van het pad is een bestand, geen map"),
        errno.EEXIST: _("een deel van het pad is een bestand, geen map"),
        errno.EISDIR: _("dit is een map"),
        errno.ENAMETOOLONG: _("de naam is te lang"),
    }
    return reasons.get(exc.errno or 0, exc.strerror or type(exc).__name__)


class DossierExists(DossierError):
    def __init__(self, path: str) -> None:
        super().__init__(
            _(
                "Er staat al een dossier op deze plek: {path}. Een bestaand dossier wordt "
                "nooit overschreven.",
                path=path,
            )
        )


class DiskFull(DossierError):
    def __init__(self) -> None:
        super().__init__(
            _(
                "Opslaan is mislukt: de schijf is vol of niet beschikbaar. De laatste wijziging "
                "is niet opgeslagen; wat eerder was opgeslagen is intact. Maak ruimte vrij of "
                "controleer de schijf, en probeer het opnieuw."
            )
        )


class PassphraseRejected(DossierError):
    """A new passphrase that does not meet the minimum (empty, or the two entries differ)."""


class DossierReadOnly(DossierError):
    """The dossier was opened read-only (it looks older than the version last used, or is
    opened for checking only): nothing may be written until the user decides."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            _(
                "Het dossier is alleen-lezen geopend; er is niets opgeslagen. {reason} "
                "Zet de nieuwste reservekopie terug, of kies bewust ‘Deze versie gebruiken’.",
                reason=reason,
            )
        )


class DossierInUse(DossierError):
    def __init__(self, path: str) -> None:
        super().__init__(
            _(
                "Het dossier {path} is al geopend, in een ander venster van Deelwijzer of door "
                "een opdracht. Sluit dat eerst en probeer het opnieuw; er is niets gewijzigd.",
                path=path,
            )
        )
