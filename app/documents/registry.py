"""Which document each flow produces, by the flow's kind.

The builders are imported on first use, by name, so that reportlab loads only when a
document is really made; the flows themselves know nothing of documents.
"""

from __future__ import annotations

import importlib
from datetime import date
from typing import Any

from app.content.i18n import in_source_language

# flow kind → the module in app/documents and its builder (data, profile, case id, today)
BUILDERS = {
    "melding": ("melding", "melding_pdf"),
    "informatieverzoek": ("informatieverstrekking", "informatieverstrekking_pdf"),
    "overleg": ("overleg", "overleg_pdf"),
    "ander_doel": ("ander_doel", "ander_doel_pdf"),
}


# flow kind → a part that goes apart from the flow's document, to the same receiver: its module
# and builder (data, profile, case id, today → bytes, or None when there is nothing apart), the
# kind it is recorded under, and what its file name ends with
APART = {
    "melding": ("melding", "melding_withheld_pdf", "melding_apart", "niet-voor-het-gezin"),
}


@in_source_language()  # a document is Dutch whatever the interface speaks
def flow_pdf(kind: str, data: Any, profile: dict[str, Any], case_id: int, today: date) -> bytes:
    """The flow's document for a case's data, as PDF bytes in memory."""
    module_name, builder_name = BUILDERS[kind]
    module = importlib.import_module(f"app.documents.{module_name}")
    pdf: bytes = getattr(module, builder_name)(data, profile, case_id, today)
    return pdf


@in_source_language()
def flow_apart_pdf(kind: str, data: Any, profile: dict[str, Any], case_id: int,
                   today: date) -> bytes | None:
    """The part of the flow's document that the family may not read, as its own PDF; None
    when the flow has no such part or this case has nothing in it."""
    if kind not in APART:
        return None
    module_name, builder_name, _kind, _suffix = APART[kind]
    module = importlib.import_module(f"app.documents.{module_name}")
    pdf: bytes | None = getattr(module, builder_name)(data, profile, case_id, today)
    return pdf


def apart_kind(kind: str) -> str:
    """The kind the apart part of a `kind` document is recorded under."""
    return APART[kind][2]


def apart_filename(filename: str, kind: str) -> str:
    """'melding-DW-00007-20261126.pdf' → 'melding-DW-00007-20261126-niet-voor-het-gezin.pdf'."""
    stem = filename[:-4] if filename.lower().endswith(".pdf") else filename
    return f"{stem}-{APART[kind][3]}.pdf"
