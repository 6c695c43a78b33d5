"""Which document each flow produces, by the flow's kind.

The builders are imported on first use, by name, so that reportlab loads only when a
document is really made; the flows themselves know nothing of documents.
"""

from __future__ import annotations

import importlib
from datetime import date
from typing import Any

# flow kind → the module in app/documents and its builder (data, profile, case id, today)
BUILDERS = {
    "melding": ("melding", "melding_pdf"),
    "informatieverzoek": ("informatieverstrekking", "informatieverstrekking_pdf"),
    "overleg": ("overleg", "overleg_pdf"),
    "ander_doel": ("ander_doel", "ander_doel_pdf"),
}


def flow_pdf(kind: str, data: Any, profile: dict[str, Any], case_id: int, today: date) -> bytes:
    """The flow's document for a case's data, as PDF bytes in memory."""
    module_name, builder_name = BUILDERS[kind]
    module = importlib.import_module(f"app.documents.{module_name}")
    pdf: bytes = getattr(module, builder_name)(data, profile, case_id, today)
    return pdf
