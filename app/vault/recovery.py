"""The recovery code: opens the dossier when the passphrase is lost — even without the envelope.

It is the dossier's 256-bit key itself, written in Crockford base32 (no I, L, O, U: nothing to
misread) with a two-character checksum, in groups of six. Shown once when the dossier is made and
printable as a one-page 'herstelcode'. With it the clinician sets a new passphrase.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from app.content.i18n import _
from app.errors import DossierError, NotADossier
from app.vault import keys
from app.vault.dossier import Dossier
from app.vault.paths import envelope_path

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {c: i for i, c in enumerate(ALPHABET)} | {"I": 1, "L": 1, "O": 0}
KEY_CHARS = 52  # 256 bits in 5-bit digits
CODE_CHARS = KEY_CHARS + 2


class RecoveryCodeInvalid(DossierError):
    def __init__(self, reason: str) -> None:
        super().__init__(_("Deze herstelcode klopt niet: {reason} Controleer de code op uw "
                           "herstelblad; er is niets gewijzigd.", reason=reason))


def _checksum(key: bytes) -> str:
    value = int.from_bytes(hashlib.sha256(key).digest()[:2], "big") % 1024
    return ALPHABET[value >> 5] + ALPHABET[value & 31]


def encode(key: bytes) -> str:
    """'ABC123-…' in nine groups of six characters."""
    number = int.from_bytes(key, "big")
    digits = "".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(KEY_CHARS)))
    code = digits + _checksum(key)
    return "-".join(code[i:i + 6] for i in range(0, CODE_CHARS, 6))


def decode(code: str) -> bytes:
    """The key, or RecoveryCodeInvalid with a Dutch reason (typos are caught by the checksum)."""
    cleaned = re.sub(r"[\s\-.]", "", code.upper())
    if len(cleaned) != CODE_CHARS:
        raise RecoveryCodeInvalid(_("hij moet {n} tekens hebben, zonder streepjes; dit zijn er "
                                    "{m}.", n=CODE_CHARS, m=len(cleaned)))
    bad = sorted({c for c in cleaned if c not in _VALUE})
    if bad:
        raise RecoveryCodeInvalid(_("de tekens {chars} komen in een herstelcode niet voor.",
                                    chars=" ".join(bad)))
    number = 0
    for c in cleaned[:KEY_CHARS]:
        number = (number << 5) | _VALUE[c]
    if number >> 256:
        raise RecoveryCodeInvalid(_("hij is te groot."))
    key = number.to_bytes(32, "big")
    expected = _checksum(key)
    given = "".join(ALPHABET[_VALUE[c]] for c in cleaned[KEY_CHARS:])
    if given != expected:
        raise RecoveryCodeInvalid(_("het controlegetal past niet (een tikfout?)."))
    return key


def code_for(dossier: Dossier) -> str:
    return encode(dossier._key)


def open_with_code(path: Path, code: str, *, anchored: bool = True) -> Dossier:
    """Open with the recovery code; works when the envelope is missing or unreadable. The
    unlock is logged as one with the recovery code."""
    key = decode(code)
    path = Path(path)
    if not path.exists():
        from app.errors import DossierMissing

        raise DossierMissing(str(path))
    try:
        envelope = keys.KeyEnvelope.read(envelope_path(path))
    except (OSError, NotADossier):
        envelope = None  # lost or damaged: rebuilt from the dossier's own id below
    placeholder = envelope or keys.KeyEnvelope(dossier_id="")
    try:
        dossier = Dossier.open_with_key(path, key, placeholder, anchored=anchored)
    except DossierError as exc:
        if "beschadigd" in exc.message:  # with a valid code, unreadable means: wrong dossier
            raise RecoveryCodeInvalid(_("hij hoort niet bij dit dossier.")) from None
        raise
    if envelope is None:
        dossier.envelope = keys.KeyEnvelope(dossier_id=dossier.meta("dossier_id") or "")
    if not dossier.read_only:
        try:
            dossier.log.unlock("met herstelcode")
        except BaseException:
            dossier._discard()
            raise
    return dossier


def set_passphrase(dossier: Dossier, passphrase: str) -> None:
    """Wrap the same key under a new passphrase (after opening with the recovery code: the
    forgotten passphrase did not leak). The envelope file is replaced atomically, so an
    interruption leaves either the old envelope (old passphrase opens) or the new one."""
    envelope = keys.KeyEnvelope(dossier_id=dossier.envelope.dossier_id or
                                (dossier.meta("dossier_id") or ""))
    envelope.slots = [s for s in dossier.envelope.slots if s.kind != "passphrase"]
    envelope.add_slot("passphrase", keys.normalise_passphrase(passphrase), dossier._key,
                      keys.DEFAULT_KDF)
    envelope.write(envelope_path(dossier.path))
    dossier.envelope = envelope
    dossier.log.add("passphrase")


def change_passphrase(dossier: Dossier, old: str, new: str) -> str:
    """The old passphrase must still open the envelope; then the dossier gets a new key under
    the new passphrase, so that neither the old passphrase nor any copy of the old envelope
    (every older backup carries one) opens the live dossier again. Returns the new recovery
    code: the old one stops working too."""
    dossier.envelope.unwrap(old)  # WrongPassphrase when it does not
    return rotate_key(dossier, new)


def rotate_key(dossier: Dossier, passphrase: str) -> str:
    """A new random dossier key, the file re-encrypted with it, the envelope rewritten.

    Kill-safe in three steps: (1) an envelope that opens both states — the new key as the
    passphrase slot, the old key as a 'previous' slot, both under the new passphrase; (2) the
    re-encryption, one journaled transaction (a kill leaves the old key throughout); (3) the
    envelope with only the new key. `Dossier.open` finishes a rotation interrupted after (1)."""
    if dossier.read_only:
        from app.errors import DossierReadOnly

        raise DossierReadOnly(" ".join(dossier.trust_problems))
    secret = keys.normalise_passphrase(passphrase)
    if dossier.meta("log_key") is None:
        # The log keeps its key: old entries were MACed with it (committed before step 1).
        dossier.set_meta("log_key", dossier.log.key.hex())
    ident = dossier.envelope.dossier_id or (dossier.meta("dossier_id") or "")
    new_key = keys.KeyEnvelope.new_key()
    transitional = keys.KeyEnvelope(dossier_id=ident)
    transitional.add_slot("passphrase", secret, new_key, keys.DEFAULT_KDF)
    transitional.add_slot("previous", secret, dossier._key, keys.DEFAULT_KDF)
    transitional.write(envelope_path(dossier.path))
    dossier.envelope = transitional
    dossier.rekey(new_key, passphrase)
    dossier.log.add("passphrase", None, "nieuw wachtwoord, nieuwe sleutel en herstelcode")
    return encode(new_key)
