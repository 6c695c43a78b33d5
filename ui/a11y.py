"""What a screen reader hears (WCAG 1.3.1, 4.1.2): names built from a field's question, a
field's problems as its description, and new problems announced.

Qt names a field after the label whose buddy it is (`QLabel.setBuddy`), a button after its
text. That is not enough for an answer ('Ja', 'mijzelf': the question is a label beside the
group) or for a field in a repeated row ('Wanneer' of which fact?): those get an accessible
name that says it ('Zorgen besproken? Ja', 'Feit 2: wanneer'). The amber or blue message
under a field becomes the field's accessible description, and a message that appears while
the clinician works in the field (or on the page, for one that belongs to no field) is
announced politely.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAccessible

# QAccessible and its events are imported where something is said: PySide6 builds the class
# with its dozen enums on first use (3 ms), and the first window announces nothing before it
# is painted.

HINT = "deelwijzer_hint"  # a widget property: the description it has without any problem


def plain(text: str) -> str:
    """A label's text as it is read out: no markup, no mnemonic '&', no trailing ':' or '*'."""
    if "<" in text:
        text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return re.sub(r"[\s:*]+$", "", " ".join(text.split()))


def answer_name(question: str, answer: str) -> str:
    """'Hebt u uw zorgen … besproken? Ja', 'Wijze van melden: Schriftelijk'."""
    question, answer = plain(question), plain(answer)
    if not question:
        return answer
    return f"{question} {answer}" if question.endswith(("?", "…", ")")) \
        else f"{question}: {answer}"


def name_answers(buttons: Iterable[QAbstractButton], question: str) -> None:
    """Each radio button or checkbox says the question it answers."""
    for button in buttons:
        button.setAccessibleName(answer_name(question, button.text()))


def in_row(row: str, what: str) -> str:
    """'Feit 2: wanneer' — a field of a numbered row, with the row in its name."""
    what = plain(what)
    if what[:1].isupper() and what[1:2].islower():
        what = what[:1].lower() + what[1:]
    return f"{plain(row)}: {what}"


def parts(widget: QWidget) -> list[QWidget]:
    """What a screen reader lands on for a field: the field, or an answer group's buttons
    (a widget with `accessible_parts()`, such as ui.fields.Choice)."""
    get = getattr(widget, "accessible_parts", None)
    return list(get()) if callable(get) else [widget]


def set_hint(widget: QWidget, hint: str) -> None:
    """A description the field keeps (the small text under its label); problems add to it."""
    for part in parts(widget):
        part.setProperty(HINT, plain(hint))
        describe(part, "")


def describe(widget: QWidget, problems: str) -> bool:
    """Make `problems` (and the field's hint) the accessible description of `widget`, and tell
    assistive technology it changed. True when it did."""
    hint = widget.property(HINT) or ""
    text = "\n".join(t for t in (problems, hint) if t)
    if widget.accessibleDescription() == text:
        return False
    widget.setAccessibleDescription(text)
    from PySide6.QtGui import QAccessible

    notify(widget, QAccessible.Event.DescriptionChanged)
    return True


def notify(widget: QWidget, kind: QAccessible.Event) -> None:
    """Best effort: without a screen reader Qt does nothing with the event."""
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    try:
        QAccessible.updateAccessibility(QAccessibleEvent(widget, kind))
    except (RuntimeError, TypeError):  # the widget is going, or no interface for it
        pass


def announce(widget: QWidget, message: str) -> None:
    """Ask the screen reader to say `message` when it is done speaking (polite)."""
    if not message:
        return
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    try:
        event = QAccessibleAnnouncementEvent(widget, message)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
    except (RuntimeError, TypeError):
        pass


def has_focus_in(widgets: Iterable[QWidget]) -> bool:
    """Whether the keyboard focus is in one of `widgets` (or a part of one)."""
    focus = QApplication.focusWidget()
    return focus is not None and any(w is focus or w.isAncestorOf(focus) for w in widgets)


def spelled_groups(code: str) -> list[str]:
    """A code to be read out: its groups ('AB3D9K-…'), each character on its own ('A B 3 D 9
    K'), so a screen reader spells it instead of reading it as a word."""
    return [" ".join(group) for group in re.split(r"[\s\-]+", code) if group]
