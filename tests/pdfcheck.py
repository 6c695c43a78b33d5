"""Reading produced PDFs back, as a receiver's viewer would."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    """Whitespace folded, so wrapped lines compare as one."""
    return re.sub(r"\s+", " ", text)


def embedded_fonts_only(data: bytes) -> bool:
    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            if font.get("/Subtype") == "/Type1" and not str(font.get("/BaseFont")).startswith(
                    "/ZapfDingbats"):
                return False
            desc = font.get("/FontDescriptor")
            if desc is not None and not any(k in desc.get_object() for k in
                                            ("/FontFile", "/FontFile2", "/FontFile3")):
                return False
    return True
