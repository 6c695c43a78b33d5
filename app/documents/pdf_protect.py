"""Optional password protection of a produced PDF, for sending by e-mail.

AES-256 (PDF 2.0 security handler, revision 6) through pikepdf, imported only when used;
reportlab's own encryption defaults to RC4-40. The password is never stored.
"""

from __future__ import annotations

import io
import secrets

from app.content.i18n import _
from app.errors import DossierError

MIN_LENGTH = 10


class WeakPdfPassword(DossierError):
    def __init__(self) -> None:
        super().__init__(_("Kies voor het PDF-bestand een wachtwoord van minstens {n} tekens, "
                           "en deel het via een ander kanaal dan de e-mail (bijvoorbeeld "
                           "telefonisch).", n=MIN_LENGTH))


def protect(pdf: bytes, password: str) -> bytes:
    """The same PDF, encrypted with AES-256; opening it needs `password`."""
    if len(password) < MIN_LENGTH:
        raise WeakPdfPassword()
    import pikepdf

    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf)) as document:
        document.save(out, encryption=pikepdf.Encryption(
            user=password, owner=secrets.token_urlsafe(32), R=6, aes=True))
    return out.getvalue()
