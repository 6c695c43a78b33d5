"""Organisation types (handbook name and current successor), from `resources/`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from app.content.i18n import _
from app.content.resources import load_json


@dataclass(frozen=True)
class OrgType:
    id: str
    name: str
    handbook_name: str
    source_display: str  # as in organisations.json: Dutch, and what documents use
    receives_melding: bool
    decision_term_days: int | None
    footnote: str

    @property
    def display(self) -> str:
        """The type as the interface names it ('Veilig Thuis (formerly AMK)' in English);
        Dutch inside `in_source_language()`. The id and `name` stay as stored."""
        return _(self.source_display)


@cache
def org_types() -> dict[str, OrgType]:
    """Validated once; a type without id or display name is a packaging bug."""
    result: dict[str, OrgType] = {}
    for raw in load_json("organisations.json")["types"]:
        if not raw.get("id") or not raw.get("display"):
            raise ValueError(f"organisation type incomplete: {raw!r}")
        result[raw["id"]] = OrgType(
            raw["id"], raw["name"], raw.get("handbook_name", ""), raw["display"],
            bool(raw.get("receives_melding")), raw.get("decision_term_days"),
            raw.get("footnote", ""),
        )
    return result


def melding_receivers() -> list[OrgType]:
    return [t for t in org_types().values() if t.receives_melding]


def display_name(type_id: str) -> str:
    t = org_types().get(type_id)
    return t.display if t else type_id


def current_name(type_id: str) -> str:
    """The organisation type as it is called now ('Veilig Thuis'), without the handbook's name
    ('voorheen AMK'), which only the app's own screens need to explain the handbook: what
    leaves the practice uses this one."""
    t = org_types().get(type_id)
    return t.name if t else type_id


@dataclass(frozen=True)
class LawNote:
    id: str
    article: str
    text: str
    applies_to: tuple[str, ...]
    # Shown only when the case's receiver (or requester) is of one of these types; () always.
    org_types: tuple[str, ...] = ()

    def applies(self, org_type: str) -> bool:
        """Whether the note fits a case whose receiver or requester is of `org_type`."""
        return not self.org_types or org_type in self.org_types


@cache
def law_notes() -> dict[str, LawNote]:
    notes = {}
    for raw in load_json("law.json")["notes"]:
        kinds = tuple(raw.get("org_types", ()))
        if not all(isinstance(k, str) for k in kinds):
            raise ValueError(f"law.json: org_types of {raw.get('id')!r} must be type ids")
        notes[raw["id"]] = LawNote(raw["id"], raw["article"], raw["text"],
                                   tuple(raw["applies_to"]), kinds)
    return notes


@cache
def default_settings() -> dict[str, Any]:
    """The shipped practice defaults, validated: whole numbers, a list of discipline words,
    and what the case list shows ('label' or 'name')."""
    raw = load_json("settings.json")
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key.startswith("_"):
            continue
        if key == "advice_required_disciplines":
            if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
                raise ValueError("settings.json: advice_required_disciplines must list words")
            values[key] = tuple(w.casefold() for w in value)
        elif key == "case_list_label":
            if value not in ("label", "name"):
                raise ValueError("settings.json: case_list_label must be 'label' or 'name'")
            values[key] = value
        else:
            values[key] = int(value)
    return values
