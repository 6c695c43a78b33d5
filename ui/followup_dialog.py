"""Registering what came back on a follow-up, and adding a further contact."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.checks.problems import Problem, check_past_date, require_text
from app.content.handbook import handbook
from app.content.i18n import _
from app.flows import followup
from ui import a11y, colours, window_fit
from ui.fields import Choice, DateField, ProblemLabel, TextArea


class _FormDialog(QDialog):
    """Fields with a problem label each; Opslaan is enabled when nothing blocks."""

    def __init__(self, title: str, intro: str, today: date, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.today = today
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        window_fit.fit(self)
        self.layout_ = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            colours.style(label, "color: $muted;")
            self.layout_.addWidget(label)
        self.widgets: dict[str, QWidget] = {}
        self.problems: dict[str, ProblemLabel] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def add(self, key: str, label: str, widget: QWidget) -> None:
        caption = QLabel(label)
        caption.setWordWrap(True)
        caption.setBuddy(widget)
        if isinstance(widget, Choice):  # 'Ja' alone does not say what was asked
            widget.set_question(label)
        else:  # the label without its '*' (the problem under the field says what is needed)
            widget.setAccessibleName(a11y.plain(label))
        self.layout_.addWidget(caption)
        self.layout_.addWidget(widget)
        problem = ProblemLabel(self).for_field(widget)
        self.layout_.addWidget(problem)
        self.widgets[key] = widget
        self.problems[key] = problem
        for signal in ("textChanged", "changed"):
            if hasattr(widget, signal):
                getattr(widget, signal).connect(self.validate)

    def finish(self) -> None:
        self.layout_.addWidget(self.buttons)
        self.validate()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, DateField):
                out[key] = widget.value()
            elif isinstance(widget, Choice):
                out[key] = widget.value()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            else:
                out[key] = widget.text()  # type: ignore[attr-defined]
        return out

    def check(self) -> list[Problem]:
        raise NotImplementedError

    def validate(self) -> None:
        problems = self.check()
        for key, label in self.problems.items():
            label.set_problems([p for p in problems if p.field == key])
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            not any(p.blocking for p in problems))


class FollowUpDialog(_FormDialog):
    def __init__(self, kind: str, today: date, parent: QWidget | None = None,
                 note: str = "") -> None:
        title, ref, fields = followup.form(kind)
        intro = f"{note}\n\n{ref}: {handbook().text(ref)}" if note else handbook().text(ref)
        super().__init__(_(title), intro, today, parent)
        self.kind = kind
        for f in fields:
            if f.kind == "date":
                widget: QWidget = DateField()
            elif f.kind == "yesno":
                widget = Choice([(True, self.tr("Ja")), (False, self.tr("Nee"))])
            else:
                widget = TextArea("", 4 if f.kind == "longtext" else 1)
            self.add(f.key, _(f.label) + (" *" if f.required else ""), widget)
        date_field = self.widgets.get("received_on")
        if isinstance(date_field, DateField):
            date_field.set_value(today.isoformat())
        self.finish()

    def check(self) -> list[Problem]:
        return followup.check_result(self.kind, self.values(), self.today)

    def result(self) -> dict[str, Any]:  # type: ignore[override]
        return followup.normalise(self.kind, self.values())


class ContactDialog(_FormDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Contact toevoegen"), self.tr(
            "Leg de contacten vast die er naar aanleiding van de melding of de "
            "informatieverstrekking zijn geweest (7.melder.5)."), today, parent)
        self.date = DateField()
        self.date.set_value(today.isoformat())
        self.add("date", self.tr("Datum *"), self.date)
        self.kind = QComboBox()
        for key, label in followup.CONTACT_KINDS.items():
            self.kind.addItem(_(label), key)
        self.add("kind", self.tr("Soort"), self.kind)
        self.text = TextArea(self.tr("Met wie, en wat is besproken of afgesproken?"), 4,
                             checked=True)
        self.add("text", self.tr("Inhoud *"), self.text)
        self.finish()

    def check(self) -> list[Problem]:
        v = self.values()
        return (check_past_date(v["date"], "date", self.today, required=True,
                                what=_("de datum"), ref="7.melder.5")
                + require_text(v["text"], "text", _("Vul in wat er is besproken."), "7.melder.5"))
