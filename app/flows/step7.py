"""The step-7 items (handbook 7.melder.1-6) as the record, the case view, the inzage copy and
the summary page's findings name them, per flow. Plain Dutch strings: `_()` shows them in the
interface's language where they are shown; a record built in `in_source_language()` keeps
them Dutch."""

from __future__ import annotations

from typing import Any

from app.content.i18n import _

# The step-7 items as the record labels them, per flow: the handbook's items (7.melder.1-6)
# in words that fit the exchange, with the organisations as they are called now (the handbook
# of 2013 says 'AMK, Bureau Jeugdzorg of Raad'). The inzage copy shows the same labels.
ITEM_LABELS: dict[str, dict[str, str]] = {
    "melding": {
        "7.melder.1": "De inhoud van de melding",
        "7.melder.2": "De feiten en omstandigheden die aanleiding gaven tot de melding",
        "7.melder.3": "Of de cliënt van de melding op de hoogte is gesteld, en of de cliënt "
                      "toestemming gaf",
        "7.melder.4": "Als de cliënt niet op de hoogte is of geen toestemming gaf: waarom toch "
                      "is gemeld",
        "7.melder.5": "De contacten naar aanleiding van de melding",
        "7.melder.6": "Het vervolg op de melding, voor zover Veilig Thuis of de Raad mij "
                      "daarover informeerde",
    },
    "informatieverzoek": {
        "7.melder.1": "De inhoud van de informatieverstrekking",
        "7.melder.2": "De feiten en omstandigheden die aanleiding gaven tot de "
                      "informatieverstrekking",
        "7.melder.3": "Of de cliënt van de informatieverstrekking op de hoogte is gesteld, en "
                      "of de cliënt toestemming gaf",
        "7.melder.4": "Als de cliënt niet op de hoogte is of geen toestemming gaf: waarom toch "
                      "informatie is gegeven",
        "7.melder.5": "De contacten naar aanleiding van het verzoek",
        "7.melder.6": "Het vervolg op de informatieverstrekking, voor zover Veilig Thuis, de "
                      "gecertificeerde instelling of de Raad mij daarover informeerde",
    },
    "overleg": {
        "7.melder.1": "De inhoud van het overleg",
        "7.melder.2": "De aanleiding voor het overleg",
        "7.melder.3": "Of de cliënt van het overleg op de hoogte is gesteld, en of de cliënt "
                      "toestemming gaf",
        "7.melder.4": "Als de cliënt niet op de hoogte is of geen toestemming gaf: waarom het "
                      "overleg toch nodig was",
        "7.melder.5": "Met wie en hoe is overlegd",
        "7.melder.6": "Afspraken en vervolg",
    },
    "ander_doel": {
        "7.melder.1": "Het verzoek en het besluit",
        "7.melder.3": "Of de cliënt van het verzoek op de hoogte is gesteld, en of de cliënt "
                      "instemde",
        "7.melder.4": "Waarom de informatie toch voor het nieuwe doel wordt gebruikt",
        "7.melder.5": "De contacten over het verzoek",
    },
}
_OLD_NAMES = (("AMK, Bureau Jeugdzorg of Raad", "Veilig Thuis, de gecertificeerde instelling "
               "of de Raad"), ("het AMK", "Veilig Thuis"), ("AMK", "Veilig Thuis"),
              ("Bureau Jeugdzorg", "de gecertificeerde instelling"))


def item_label(item: dict[str, Any], flow: str) -> str:
    """A step-7 item's label for the record, the case view and the inzage copy: the flow's
    own wording, else the handbook's text with the organisations' current names."""
    label = ITEM_LABELS.get(flow, {}).get(str(item.get("ref", "")))
    if label:
        return _(label)
    label = str(item.get("label", "")).rstrip(";.")
    for old, new in _OLD_NAMES:
        label = label.replace(old, new)
    return label[:1].upper() + label[1:]
