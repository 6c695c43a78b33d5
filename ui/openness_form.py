"""Step 1a, openness towards the client, as one form that every flow embeds."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from app.content.i18n import _
from app.flows.openness import SAFETY_GROUND_LABELS, needs_reason_without_consent
from app.model import CONSENT_GIVEN, CONSENT_NOT_ASKED, CONSENT_REFUSED, SAFETY_GROUNDS, Openness
from ui import a11y
from ui.fields import Choice, DateField, ProblemLabel, TextArea
from ui.flow_page import FlowPage


class OpennessForm(QWidget):
    """Fields for one Openness record; registers its fields with the hosting page."""

    def __init__(self, page: FlowPage, prefix: str = "openness",
                 exchange: str = "de melding") -> None:
        super().__init__(page)
        self.page = page
        self.prefix = prefix
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        p = prefix + "."

        self.concerns_discussed = Choice([(True, tr("Ja")), (False, tr("Nee"))])
        page.add_field(tr("Hebt u uw zorgen en de signalen feitelijk met de cliënt besproken?"),
                       self.concerns_discussed, p + "concerns_discussed", layout=layout)
        # Checked like every text that describes: facts, without judgement (1a.1).
        self.concerns_note = TextArea(tr("Wanneer en hoe; wat zei de cliënt? Niet besproken: "
                                         "waarom niet?"), 2, checked=True)
        page.add_field(tr("Toelichting"), self.concerns_note, p + "concerns_note",
                       layout=layout)

        self.deviates = QCheckBox(tr("Ik wijk af van openheid in verband met de veiligheid "
                                     "(1a.3)"))
        layout.addWidget(self.deviates)
        page.register(p + "deviates", self.deviates, ProblemLabel(page))
        self.deviation_box = QGroupBox(tr("Afwijken van openheid"))
        dev = QVBoxLayout(self.deviation_box)
        grounds_widget = QWidget()
        # One ground a line: four side by side were wider than the form beside the handbook,
        # and the fourth was cut off under it.
        grounds_row = QVBoxLayout(grounds_widget)
        grounds_row.setContentsMargins(0, 0, 0, 0)
        self.grounds: dict[str, QCheckBox] = {}
        for ground in SAFETY_GROUNDS:
            box = QCheckBox(_(SAFETY_GROUND_LABELS[ground]))
            self.grounds[ground] = box
            grounds_row.addWidget(box)
            page.connect_edits(box)
        a11y.name_answers(self.grounds.values(), self.deviation_box.title())
        dev.addWidget(grounds_widget)
        grounds_problem = ProblemLabel(page).for_field(*self.grounds.values())
        dev.addWidget(grounds_problem)
        page.problem_labels[p + "safety_grounds"] = grounds_problem
        self.deviation_explanation = TextArea(
            tr("Waarom is openheid niet mogelijk? Waarop baseert u die inschatting?"), 3)
        page.add_field(tr("Toelichting"), self.deviation_explanation,
                       p + "deviation_explanation", layout=dev)
        layout.addWidget(self.deviation_box)

        self.open_box = QWidget()
        ob = QVBoxLayout(self.open_box)
        ob.setContentsMargins(0, 0, 0, 0)
        self.client_informed = Choice([(True, tr("Ja")), (False, tr("Nee"))])
        page.add_field(tr("Weet de cliënt van {exchange}?").format(exchange=exchange),
                       self.client_informed, p + "client_informed", layout=ob)
        self.informed_box = QWidget()
        ib = QVBoxLayout(self.informed_box)
        ib.setContentsMargins(0, 0, 0, 0)
        self.informed_on = DateField()
        page.add_field(tr("Datum waarop u de cliënt informeerde"), self.informed_on,
                       p + "informed_on", layout=ib)
        self.informed_explanation = TextArea(
            tr("Waarom u informatie wilt delen, met wie, en om welke informatie het gaat"), 3)
        page.add_field(tr("Wat hebt u uitgelegd? (1a.2)"), self.informed_explanation,
                       p + "informed_explanation", layout=ib)
        self.client_reaction = TextArea(tr("‘Wat vindt u daarvan?’"), 2)
        page.add_field(tr("Reactie van de cliënt"), self.client_reaction,
                       p + "client_reaction", layout=ib)
        self.client_questions = TextArea(tr("Welke vragen of bezwaren had de cliënt, en wat "
                                            "hebt u daarover besproken? (1a.2)"), 2)
        page.add_field(tr("Vragen en bezwaren van de cliënt"), self.client_questions,
                       p + "client_questions", layout=ib)
        self.consent = Choice([(CONSENT_GIVEN, tr("Toestemming gegeven")),
                               (CONSENT_REFUSED, tr("Geweigerd")),
                               (CONSENT_NOT_ASKED, tr("Niet gevraagd"))])
        page.add_field(tr("Toestemming (‘Dus u bent het er (niet) mee eens dat ik…’)"),
                       self.consent, p + "consent", layout=ib)
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(tr("Uw besluit over de informatie-uitwisseling"))
        page.add_field(tr("Besluit"), self.decision, p + "decision", layout=ib)
        self.decision_told = Choice([(True, tr("Ja")), (False, tr("Nee"))])
        page.add_field(tr("Hebt u de cliënt over dit besluit geïnformeerd?"),
                       self.decision_told, p + "decision_told", layout=ib)
        self.presence_considered = QLineEdit()
        self.presence_considered.setPlaceholderText(
            tr("Is het mogelijk en gewenst dat de cliënt aanwezig is? (1a.2)"))
        page.add_field(tr("Aanwezigheid van de cliënt"), self.presence_considered,
                       p + "presence_considered", layout=ib)
        ob.addWidget(self.informed_box)
        self.reason_box = QWidget()
        rb = QVBoxLayout(self.reason_box)
        rb.setContentsMargins(0, 0, 0, 0)
        self.reason_without_consent = TextArea(
            tr("Waarom is de uitwisseling toch nodig? (stap 7)"), 3)
        page.add_field(tr("Waarom u toch doorgaat zonder toestemming"),
                       self.reason_without_consent, p + "reason_without_consent", layout=rb)
        ob.addWidget(self.reason_box)
        layout.addWidget(self.open_box)
        self.update_visibility(Openness())

    def load(self, o: Openness) -> None:
        self.concerns_discussed.set_value(o.concerns_discussed)
        self.concerns_note.setText(o.concerns_note)
        self.deviates.setChecked(o.deviates)
        for ground, box in self.grounds.items():
            box.setChecked(ground in o.safety_grounds)
        self.deviation_explanation.setText(o.deviation_explanation)
        self.client_informed.set_value(o.client_informed)
        self.informed_on.set_value(o.informed_on)
        self.informed_explanation.setText(o.informed_explanation)
        self.client_reaction.setText(o.client_reaction)
        self.client_questions.setText(o.client_questions)
        self.consent.set_value(o.consent or None)
        self.decision.setText(o.decision)
        self.decision_told.set_value(o.decision_told)
        self.presence_considered.setText(o.presence_considered)
        self.reason_without_consent.setText(o.reason_without_consent)
        self.update_visibility(o)

    def store(self, o: Openness) -> None:
        o.concerns_discussed = self.concerns_discussed.value()  # type: ignore[assignment]
        o.concerns_note = self.concerns_note.text()
        o.deviates = self.deviates.isChecked()
        o.safety_grounds = [g for g, box in self.grounds.items() if box.isChecked()]
        o.deviation_explanation = self.deviation_explanation.text()
        o.client_informed = self.client_informed.value()  # type: ignore[assignment]
        o.informed_on = self.informed_on.value()
        o.informed_explanation = self.informed_explanation.text()
        o.client_reaction = self.client_reaction.text()
        o.client_questions = self.client_questions.text()
        o.consent = str(self.consent.value() or "")
        o.decision = self.decision.text()
        o.decision_told = self.decision_told.value()  # type: ignore[assignment]
        o.presence_considered = self.presence_considered.text()
        o.reason_without_consent = self.reason_without_consent.text()
        self.update_visibility(o)

    def update_visibility(self, o: Openness) -> None:
        self.deviation_box.setVisible(o.deviates)
        self.open_box.setVisible(not o.deviates)
        self.informed_box.setVisible(bool(o.client_informed))
        self.reason_box.setVisible(needs_reason_without_consent(o)
                                   and o.client_informed is not False)
