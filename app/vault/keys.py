"""The key envelope: the dossier's random 256-bit key, wrapped by one or more secrets.

The dossier file is keyed with a random raw key. A small JSON file beside it holds that key
wrapped (AES-256-GCM) by a key derived with Argon2id from each unwrapping secret. Each secret
is one *slot*; today there is a passphrase slot, and a recovery-code slot can be added later
without changing the format. A wrong passphrase fails the GCM tag check here, before the
dossier file is touched, so the dossier stays byte-identical.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.content.i18n import _
from app.errors import NotADossier, WrongPassphrase
from app.vault.fsutil import atomic_write, load_json_bytes

FORMAT = "deelwijzer-key-envelope"
FORMAT_VERSION = 2  # 2: a checksum and the dossier file's salt
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost; stored per slot so it can be raised later without a format change."""

    time_cost: int
    memory_cost: int  # KiB
    parallelism: int = 1


# About half a second on the reference machine (t=5, 128 MiB): slow for guessing, fine to open.
DEFAULT_KDF = KdfParams(time_cost=5, memory_cost=131072, parallelism=1)
# What an envelope may ask for: today's default is well inside; beyond is a hostile file.
# (The bounds keep the worst unlock a hostile envelope can ask for to a few seconds.)
TIME_COST_RANGE = (1, 12)
MEMORY_COST_RANGE = (8, 262144)  # KiB: up to 256 MiB, twice today's default
PARALLELISM_RANGE = (1, 8)
MAX_SLOTS = 4  # passphrase, the previous key during a rotation, room for a recovery slot


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so that 'é' typed as one or as two code points opens the same dossier."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _checksum(doc: dict[str, Any]) -> str:
    """SHA-256 over the canonical form of everything else in the envelope."""
    canonical = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _derive(secret: bytes, salt: bytes, kdf: KdfParams) -> bytes:
    return hash_secret_raw(
        secret, salt, kdf.time_cost, kdf.memory_cost, kdf.parallelism, KEY_BYTES, Type.ID
    )


@dataclass
class Slot:
    """One way to unwrap the dossier key."""

    kind: str  # "passphrase" (later also "recovery")
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "kdf": {
                "name": "argon2id",
                "time_cost": self.kdf.time_cost,
                "memory_cost": self.kdf.memory_cost,
                "parallelism": self.kdf.parallelism,
                "salt": _b64(self.salt),
            },
            "cipher": "aes-256-gcm",
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        """A slot, with its Argon2 costs bounded: a hostile envelope must not hang the unlock
        (time_cost 10**9) or exhaust memory — ValueError, reported as a damaged envelope."""
        kdf = data["kdf"]
        if kdf["name"] != "argon2id" or data["cipher"] != "aes-256-gcm":
            raise ValueError("unknown algorithm")
        params = KdfParams(int(kdf["time_cost"]), int(kdf["memory_cost"]), int(kdf["parallelism"]))
        for value, (low, high) in zip(
                (params.time_cost, params.memory_cost, params.parallelism),
                (TIME_COST_RANGE, MEMORY_COST_RANGE, PARALLELISM_RANGE), strict=True):
            if not low <= value <= high:
                raise ValueError("kdf out of range")
        slot = cls(kind=str(data["kind"]), kdf=params, salt=_unb64(kdf["salt"]),
                   nonce=_unb64(data["nonce"]), wrapped=_unb64(data["wrapped_key"]))
        if len(slot.salt) != 16 or len(slot.nonce) != 12 or len(slot.wrapped) != KEY_BYTES + 16:
            raise ValueError("slot sizes")
        return slot


@dataclass
class KeyEnvelope:
    """The wrapped dossier key and the dossier it belongs to."""

    dossier_id: str
    slots: list[Slot] = field(default_factory=list)
    file_salt: str = ""  # see to_bytes

    @staticmethod
    def new_key() -> bytes:
        """A fresh random dossier key."""
        return os.urandom(KEY_BYTES)

    @classmethod
    def create(cls, passphrase: str, key: bytes, kdf: KdfParams = DEFAULT_KDF) -> KeyEnvelope:
        """An envelope for a new dossier, with one passphrase slot."""
        env = cls(dossier_id=str(uuid.uuid4()))
        env.add_slot("passphrase", normalise_passphrase(passphrase), key, kdf)
        return env

    def _aad(self, kind: str) -> bytes:
        # Binds a wrapped key to its dossier and slot kind: slots cannot be swapped around.
        return f"{FORMAT}:{self.dossier_id}:{kind}".encode()

    def add_slot(self, kind: str, secret: bytes, key: bytes, kdf: KdfParams) -> None:
        """Wrap `key` under `secret` as a new slot."""
        salt, nonce = os.urandom(16), os.urandom(12)
        wrapped = AESGCM(_derive(secret, salt, kdf)).encrypt(nonce, key, self._aad(kind))
        self.slots.append(Slot(kind, kdf, salt, nonce, wrapped))

    def unwrap(self, passphrase: str, kind: str = "passphrase") -> bytes:
        """The dossier key, or WrongPassphrase when no slot of `kind` opens."""
        secret = normalise_passphrase(passphrase)
        for slot in self.slots:
            if slot.kind != kind:
                continue
            kek = _derive(secret, slot.salt, slot.kdf)
            try:
                return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad(kind))
            except InvalidTag:
                continue
        raise WrongPassphrase()

    def to_bytes(self, file_salt: str = "") -> bytes:
        """The envelope as stored. `file_salt` (the first 16 bytes of the dossier file it
        belongs to, in hex) tells a wrong envelope from a wrong passphrase; the checksum tells
        a damaged envelope from both."""
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "dossier_id": self.dossier_id,
            "file_salt": file_salt or self.file_salt,
            "slots": [s.to_json() for s in self.slots],
        }
        doc["checksum"] = _checksum(doc)
        return (json.dumps(doc, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, path: str) -> KeyEnvelope:
        try:
            doc = load_json_bytes(data, 1 << 20)
            if not isinstance(doc, dict) or doc.get("format") != FORMAT:
                raise ValueError("format")
            version = int(doc["version"])
            if version > FORMAT_VERSION:
                raise ValueError("version")
            if version >= 2 or "checksum" in doc or "file_salt" in doc:
                # Version 2 on: the checksum is required, so damage to its own name or to
                # the version cannot switch it off and pass for a wrong passphrase.
                given = doc.pop("checksum", None)
                if given != _checksum(doc):
                    raise ValueError("checksum")
            env = cls(dossier_id=str(doc["dossier_id"]), file_salt=str(doc.get("file_salt", "")))
            if not isinstance(doc["slots"], list) or not 1 <= len(doc["slots"]) <= MAX_SLOTS:
                raise ValueError("slots")  # each costs an Argon2 run at unlock: a few, no more
            env.slots = [Slot.from_json(s) for s in doc["slots"]]
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError,
                OverflowError):
            raise NotADossier(
                path, _("Het sleutelbestand naast het dossier is onleesbaar of beschadigd.")
            ) from None
        return env

    def belongs_to(self, dossier_head: bytes) -> bool:
        """False when the envelope records another dossier file (older envelopes record none)."""
        return not self.file_salt or self.file_salt == dossier_head[:16].hex()

    def write(self, path: Path) -> None:
        """Store atomically, owner-only, recording the dossier file beside it."""
        dossier = path.with_name(path.name.removesuffix(".keys"))
        try:
            with open(dossier, "rb") as fh:
                head = fh.read(16)
        except OSError:
            head = b""
        if len(head) == 16:
            self.file_salt = head.hex()
        atomic_write(path, self.to_bytes())

    @classmethod
    def read(cls, path: Path) -> KeyEnvelope:
        with open(path, "rb") as fh:  # at most 1 MiB + 1 is read: a huge file is damage
            return cls.from_bytes(fh.read((1 << 20) + 1), str(path))
