"""The pages of the "Melding doen" wizard. Rules live in app.flows.melding; these are widgets."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.checks.problems import Problem
from app.content.i18n import _
from app.content.organisations import melding_receivers, org_types
from app.flows import melding as flow
from app.flows.kit import case_threshold, children_label, client_label
from app.model import CHANNEL_ORAL, CHANNEL_WRITTEN, Fact, Melding
from ui import address_completion, colours
from ui.fields import Choice, DateField, ProblemLabel, TextArea
from ui.flow_page import FlowHost, FlowPage, chain_focus
from ui.openness_form import OpennessForm
from ui.page_parts import INFO_STYLE, FactRow, overview_label, overview_table, threshold_spin
from ui.people_page import ClientPage as ClientPage  # re-exported: its former home
from ui.row_list import RowList
from ui.translations import long_date


class OpennessPage(FlowPage):
    def __init__(self, host: FlowHost) -> None:
        super().__init__(host.spec("openness"), host)
        exchange = QCoreApplication.translate("exchange", host.exchange)  # type: ignore[attr-defined]
        self.openness = OpennessForm(self, exchange=exchange)
        self.form.addWidget(self.openness)
        self.finish_layout()

    def load(self, m: Melding) -> None:
        self.openness.load(m.openness)

    def store(self, m: Melding) -> None:
        self.openness.store(m.openness)


class FactsPage(FlowPage):
    def __init__(self, host: FlowHost) -> None:
        super().__init__(flow.page("facts"), host)
        tr = self.tr
        intro = QLabel(tr("Noem per feit wat er is gebeurd, wanneer, en of u het zelf hebt "
                          "waargenomen. Heeft een ander het waargenomen of verteld, noem dan de "
                          "bron. Noem ook feiten die uw zorg ontkrachten (6.2)."))
        intro.setWordWrap(True)
        self.form.addWidget(intro)
        self.rows = RowList(self, lambda n: FactRow(self, n), tr("Feit toevoegen"), "addFact",
                            changed=self._order_focus)
        self.add_button = self.rows.add_button
        self.rows.place(self.form)
        self.facts_problem = ProblemLabel(self).for_field(self.add_button)
        self.form.addWidget(self.facts_problem)
        self.limits = TextArea(tr("Wat hebt u niet zelf gezien, en waarover kunt u geen uitspraak "
                                  "doen?"), 3, checked=True)
        self.add_field(tr("Grenzen van uw waarneming"), self.limits, "limits")
        self.concern = TextArea(tr("Uw zorg in één of twee zinnen, zonder oordeel over de "
                                   "ouders"), 2, checked=True)
        self.add_field(tr("Uw zorg"), self.concern, "concern")
        self.finish_layout()

    def add_fact(self, fact: Fact | None = None) -> FactRow:
        return self.rows.add(lambda row: row.load(fact or Fact()))

    def _order_focus(self) -> None:
        fields = [w for r in self.rows for w in (r.what, r.when, *r.observed.buttons(), r.source,
                                                    r.received_for, r.remove)]
        chain_focus([*fields, self.add_button, self.limits, self.concern])

    def load(self, m: Melding) -> None:
        self.rows.clear()
        for fact in m.facts or [Fact()]:
            self.add_fact(fact)
        self.limits.setText(m.limits)
        self.concern.setText(m.concern)

    def store(self, m: Melding) -> None:
        m.facts = [row.fact() for row in self.rows]
        m.limits = self.limits.text()
        m.concern = self.concern.text()

    def distribute(self, problems: list[Problem]) -> None:
        for i, row in enumerate(self.rows):
            row.show_problems([p for p in problems if p.field.startswith(f"facts.{i}.")])
        self.facts_problem.set_problems([p for p in problems if p.field == "facts"])
        super().distribute([p for p in problems if not p.field.startswith("facts")])


class CurrencyPage(FlowPage):
    def __init__(self, host: FlowHost) -> None:
        super().__init__(host.spec("currency"), host)
        tr = self.tr
        self.last_contact = DateField()
        self.add_field(tr("Datum van het laatste contact met de cliënt"), self.last_contact,
                       "last_contact",
                       hint=tr("Informatie die niet op actuele contacten berust, krijgt in het "
                               "document een vermelding dat zij niet actueel is (stap 2)."))
        self.threshold = threshold_spin(self)
        self.add_field(tr("Niet actueel na"), self.threshold, "currency_days",
                       hint=tr("Standaard uit uw praktijkgegevens; hier aan te passen voor "
                               "deze casus."))
        self.finish_layout()

    def load(self, m: Melding) -> None:
        self.last_contact.set_value(m.last_contact)
        self.threshold.setValue(case_threshold(m))

    def store(self, m: Melding) -> None:
        m.last_contact = self.last_contact.value()
        m.currency_days = self.threshold.value()


class ReceiverPage(FlowPage):
    def __init__(self, host: FlowHost) -> None:
        super().__init__(flow.page("receiver"), host)
        tr = self.tr
        self.org_type = QComboBox()
        for t in melding_receivers():
            label = t.display + (tr(" — alleen in een crisis (voetnoot 3)")
                                 if t.footnote else "")
            self.org_type.addItem(label, t.id)
        self.add_field(tr("Soort organisatie"), self.org_type, "receiver.org_type")
        self.org_name = QLineEdit()
        self.add_field(tr("Naam van de organisatie of vestiging"), self.org_name,
                       "receiver.org_name")
        self.contact_person = QLineEdit()
        self.contact_person.setPlaceholderText(tr("met wie sprak u?"))
        self.add_field(tr("Contactpersoon"), self.contact_person, "receiver.contact_person")
        self.channel = Choice([(CHANNEL_ORAL, tr("Mondeling (telefonisch)")),
                               (CHANNEL_WRITTEN, tr("Schriftelijk"))])
        self.add_field(tr("Wijze van melden"), self.channel, "receiver.channel")
        self.date = DateField()
        self.add_field(tr("Datum van de melding"), self.date, "receiver.date")
        self._build_advice()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(tr("kenmerk van de ontvanger, als u dat hebt"))
        self.add_field(tr("Kenmerk ontvanger (optioneel)"), self.reference, "receiver.reference")
        self.address = TextArea(tr("Postadres, voor de brief"), 2)
        self.add_field(tr("Adres (optioneel)"), self.address, "receiver.address")
        self.org_type.currentIndexChanged.connect(self._type_changed)
        dossier = getattr(host, "dossier", None)
        if dossier is not None:
            address_completion.attach(dossier, self.org_type, self.org_name, self.address,
                                      self.contact_person)
        self.finish_layout()

    def _build_advice(self) -> None:
        """The advice consultation with Veilig Thuis before a written melding."""
        tr = self.tr
        self.advice_box = QGroupBox(tr("Adviesgesprek met Veilig Thuis"))
        self.advice_box.setObjectName("adviceBox")
        box = QVBoxLayout(self.advice_box)
        box.setContentsMargins(8, 6, 8, 8)
        box.setSpacing(4)
        self.advice_rule = QLabel()
        self.advice_rule.setWordWrap(True)
        self.advice_rule.setObjectName("adviceRule")
        box.addWidget(self.advice_rule)
        self.consulted = Choice([(True, tr("Ja")), (False, tr("Nee"))])
        self.add_field(tr("Hebt u vooraf advies gevraagd bij Veilig Thuis?"), self.consulted,
                       "advice.consulted", layout=box)
        self.advice_details = QWidget()
        details = QVBoxLayout(self.advice_details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(4)
        self.advice_date = DateField()
        self.advice_date.setAccessibleName(tr("Datum van het adviesgesprek"))
        self.add_field(tr("Datum van het adviesgesprek"), self.advice_date, "advice.date",
                       layout=details)
        self.advice_with = QLineEdit()
        self.advice_with.setPlaceholderText(tr("bijvoorbeeld ‘adviseur van Veilig Thuis "
                                               "Utrecht (telefonisch)’"))
        self.advice_with.setAccessibleName(tr("Met wie voerde u het adviesgesprek?"))
        self.add_field(tr("Met wie"), self.advice_with, "advice.with_whom", layout=details)
        self.advice_text = TextArea(tr("Wat adviseerde Veilig Thuis?"), 2)
        self.advice_text.setAccessibleName(tr("Het advies van Veilig Thuis"))
        self.add_field(tr("Het advies"), self.advice_text, "advice.advice", layout=details)
        box.addWidget(self.advice_details)
        self.form.addWidget(self.advice_box)

    def _show_advice(self, m: Melding) -> None:
        tr = self.tr
        if m.advice.required:
            self.advice_rule.setText(tr(
                "Volgens uw praktijkgegevens is een adviesgesprek met Veilig Thuis verplicht "
                "vóór een schriftelijke melding (voor artsen: de KNMG-meldcode). Die instelling "
                "staat in de praktijkgegevens."))
            colours.style(self.advice_rule, INFO_STYLE)
        else:
            self.advice_rule.setText(tr(
                "Volgens uw praktijkgegevens is een adviesgesprek vooraf niet verplicht. Hebt u "
                "advies gevraagd, leg het dan hier vast."))
            colours.style(self.advice_rule, "color: $muted;")
        self.advice_details.setVisible(m.advice.consulted is True)

    def _type_changed(self) -> None:
        # Offer the type's name when the name field still holds another type's default.
        defaults = {t.name for t in org_types().values()}
        if not self.org_name.text().strip() or self.org_name.text() in defaults:
            self.org_name.setText(org_types()[self.org_type.currentData()].name)

    def load(self, m: Melding) -> None:
        r = m.receiver
        index = self.org_type.findData(r.org_type)
        self.org_type.setCurrentIndex(max(index, 0))
        self.org_name.setText(r.org_name)
        self.contact_person.setText(r.contact_person)
        self.channel.set_value(r.channel or None)
        self.date.set_value(r.date)
        self.reference.setText(r.reference)
        self.address.setText(r.address)
        a = m.advice
        self.consulted.set_value(a.consulted)
        self.advice_date.set_value(a.date)
        self.advice_with.setText(a.with_whom)
        self.advice_text.setText(a.advice)
        self._show_advice(m)

    def store(self, m: Melding) -> None:
        r = m.receiver
        r.org_type = str(self.org_type.currentData())
        r.org_name = self.org_name.text().strip()
        r.contact_person = self.contact_person.text().strip()
        r.channel = str(self.channel.value() or "")
        r.date = self.date.value()
        r.reference = self.reference.text().strip()
        r.address = self.address.text()
        a = m.advice
        a.consulted = self.consulted.value()  # type: ignore[assignment]
        a.date = self.advice_date.value()
        a.with_whom = self.advice_with.text().strip()
        a.advice = self.advice_text.text()
        self._show_advice(m)


class ExpectationsPage(FlowPage):
    def __init__(self, host: FlowHost) -> None:
        super().__init__(flow.page("expectations"), host)
        tr = self.tr
        self.procedure_explained = Choice([(True, tr("Ja")), (False, tr("Nee, nog niet"))])
        self.add_field(tr("Heeft de ontvanger u de werkwijze en de termijn van het onderzoek "
                          "uitgelegd? (4.ontvanger.1)"), self.procedure_explained,
                       "expectations.procedure_explained")
        self.procedure_note = TextArea(tr("Wat is u verteld over werkwijze en termijn?"), 2)
        self.add_field(tr("Toelichting"), self.procedure_note, "expectations.procedure_note")
        self.term = QSpinBox()
        self.term.setRange(1, 90)
        self.term.setSuffix(tr(" dagen"))
        self.add_field(tr("Termijn voor bericht of de melding wordt onderzocht (4.ontvanger.3)"),
                       self.term, "expectations.decision_term_days",
                       hint=tr("De handleiding noemt tien dagen; pas dit aan als u regionaal "
                               "iets anders hebt afgesproken."))
        self.due = QLabel()
        colours.style(self.due, INFO_STYLE)
        self.due.setWordWrap(True)
        self.due.setObjectName("dueLabel")
        self.form.addWidget(self.due)
        self.protect = TextArea(tr("Wat kunt u binnen uw behandeling doen om de kinderen te "
                                   "beschermen? (4.ontvanger.4)"), 3)
        self.add_field(tr("Wat u intussen doet"), self.protect, "expectations.protect_meanwhile")
        self.again = QLineEdit()
        self.again.setPlaceholderText(tr("Als de melding niet wordt onderzocht: wanneer meldt u "
                                         "opnieuw?"))
        self.add_field(tr("Opnieuw melden als…"), self.again, "expectations.report_again_when")
        self.finish_layout()

    def load(self, m: Melding) -> None:
        e = m.expectations
        self.procedure_explained.set_value(e.procedure_explained)
        self.procedure_note.setText(e.procedure_note)
        self.term.setValue(int(e.decision_term_days or 10))
        self.protect.setText(e.protect_meanwhile)
        self.again.setText(e.report_again_when)
        self._show_due(m)

    def store(self, m: Melding) -> None:
        e = m.expectations
        e.procedure_explained = self.procedure_explained.value()  # type: ignore[assignment]
        e.procedure_note = self.procedure_note.text()
        e.decision_term_days = self.term.value()
        e.protect_meanwhile = self.protect.text()
        e.report_again_when = self.again.text()
        self._show_due(m)

    def initializePage(self) -> None:  # noqa: N802 - Qt naming
        self._show_due(self.host.data)

    def _show_due(self, m: Melding) -> None:
        due = flow.decision_due(m)
        lines = [self.tr("Bericht of de melding wordt onderzocht: uiterlijk <b>{date}</b>.")
                 .format(date=long_date(due) if due else "…")]
        if m.receiver.channel == CHANNEL_ORAL:
            lines.append(self.tr("U meldde mondeling: u ontvangt een schriftelijke of digitale "
                                 "weergave. Controleer die, en laat zo nodig corrigeren."))
        lines.append(self.tr("Beide worden vervolgacties in uw dossier."))
        self.due.setText("<br>".join(lines))


def melding_overview_html(m: Melding, today: date) -> str:
    """The melding read back on the summary page before it is stored."""
    from app.flows.openness import openness_summary

    receiver = f"{m.receiver.org_name}, {_(m.receiver.channel)}, {long_date(m.receiver.date)}"
    due = flow.decision_due(m)
    rows = [(overview_label("Cliënt"), escape(client_label(m))),
            (overview_label("Kinderen"), escape(children_label(m, today))),
            (overview_label("Ontvanger"), escape(receiver)),
            (overview_label("Feiten"), "<br>".join(escape(flow.fact_line(f)) for f in m.facts))]
    rows += [(label, escape(text)) for label, text in openness_summary(m.openness)]
    rows.append((overview_label("Terugkoppeling uiterlijk"),
                 escape(long_date(due) if due else "…")))
    return overview_table(rows, flow.currency_notice(m, today))
