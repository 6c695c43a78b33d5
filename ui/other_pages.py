"""Pages of "Overleg" (1b) and "Ander doel" (3).

Rules live in app.flows.overleg and app.flows.ander_doel; these are widgets.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.content.i18n import _
from app.content.organisations import org_types
from app.flows import ander_doel, overleg
from app.model import (
    CHANNEL_ORAL,
    CHANNEL_WRITTEN,
    DIRECTION_OWN,
    DIRECTION_RECEIVED,
    AnderDoel,
    Counterpart,
    Overleg,
)
from ui import address_completion, msgbox
from ui.fields import Choice, DateField, TextArea
from ui.flow_page import FlowHost, FlowPage


class CounterpartFields:
    """Organisation type, organisation, person and function of the other professional; with
    `letter`, also the postal address and their reference, which a letter to them needs."""

    def __init__(self, page: FlowPage, letter: bool = False) -> None:
        tr = page.tr
        self.org_type = QComboBox()
        for t in org_types().values():
            self.org_type.addItem(t.display, t.id)
        page.add_field(tr("Soort organisatie"), self.org_type, "counterpart.org_type")
        self.org_name = QLineEdit()
        page.add_field(tr("Organisatie"), self.org_name, "counterpart.org_name")
        self.person = QLineEdit()
        page.add_field(tr("Naam"), self.person, "counterpart.person")
        self.function = QLineEdit()
        page.add_field(tr("Functie"), self.function, "counterpart.function")
        self.address: TextArea | None = None
        self.reference: QLineEdit | None = None
        if letter:
            self.address = TextArea(tr("Postadres, voor de brief"), 2)
            page.add_field(tr("Adres (optioneel)"), self.address, "counterpart.address")
            self.reference = QLineEdit()
            self.reference.setPlaceholderText(tr("kenmerk van de ontvanger, als u dat hebt"))
            page.add_field(tr("Kenmerk ontvanger (optioneel)"), self.reference,
                           "counterpart.reference")
        dossier = getattr(page.host, "dossier", None)
        if dossier is not None:
            address_completion.attach(dossier, self.org_type, self.org_name, self.address,
                                      self.person, self.function)

    def load(self, c: Counterpart) -> None:
        self.org_type.setCurrentIndex(max(self.org_type.findData(c.org_type), 0))
        self.org_name.setText(c.org_name)
        self.person.setText(c.person)
        self.function.setText(c.function)
        if self.address is not None and self.reference is not None:
            self.address.setText(c.address)
            self.reference.setText(c.reference)

    def store(self, c: Counterpart) -> None:
        c.org_type = str(self.org_type.currentData())
        c.org_name = self.org_name.text().strip()
        c.person = self.person.text().strip()
        c.function = self.function.text().strip()
        if self.address is not None and self.reference is not None:
            c.address = self.address.text()
            c.reference = self.reference.text().strip()


class ConsultPage(FlowPage):
    def __init__(self, host: FlowHost) -> None:
        super().__init__(overleg.page("consult"), host)
        tr = self.tr
        self.counterpart = CounterpartFields(self)
        self.initiative = Choice([(True, tr("Ja, ik nam het initiatief")),
                                  (False, tr("Nee, de ander"))])
        self.add_field(tr("Nam u het initiatief voor dit overleg?"), self.initiative,
                       "initiative")
        self.date = DateField()
        self.add_field(tr("Datum"), self.date, "date")
        self.channel = Choice([(CHANNEL_ORAL, tr("Mondeling of telefonisch")),
                               (CHANNEL_WRITTEN, tr("Schriftelijk"))])
        self.add_field(tr("Hoe"), self.channel, "channel")
        self.concern = TextArea(tr("bv. ‘ik me zorgen maak over haar driejarige dochter’"), 2,
                                checked=True)
        self.add_field(tr("Waarom overlegt u? (‘Ik wil met jou overleggen omdat …’)"),
                       self.concern, "concern")
        self.asks = TextArea(tr("bv. ‘iets over haar stoornis en haar behandeling vertelt’"), 2)
        self.add_field(tr("Wat wilt u weten of delen? (‘… en dat jij mij …’)"), self.asks,
                       "asks")
        self.finish_layout()

    def load(self, o: Overleg) -> None:
        self.counterpart.load(o.counterpart)
        self.initiative.set_value(o.initiative)
        self.date.set_value(o.date)
        self.channel.set_value(o.channel or None)
        self.concern.setText(o.concern)
        self.asks.setText(o.asks)

    def store(self, o: Overleg) -> None:
        self.counterpart.store(o.counterpart)
        o.initiative = self.initiative.value()  # type: ignore[assignment]
        o.date = self.date.value()
        o.channel = str(self.channel.value() or "")
        o.concern = self.concern.text()
        o.asks = self.asks.text()


class StatementPage(FlowPage):
    """The opening statement (1b), composed from what was recorded and editable."""

    def __init__(self, host: FlowHost) -> None:
        super().__init__(overleg.page("statement"), host)
        tr = self.tr
        intro = QLabel(tr("Vertel uw gesprekspartner meteen bij het begin of uw cliënt van dit "
                          "overleg weet en of hij of zij toestemming gaf; zo niet, waarom u het "
                          "toch noodzakelijk vindt (1b). Deelwijzer stelt die zin op uit wat u "
                          "vastlegde; pas hem gerust aan."))
        intro.setWordWrap(True)
        self.form.addWidget(intro)
        row = QHBoxLayout()
        self.compose = QPushButton(tr("Openingszin opstellen"))
        self.compose.setObjectName("compose")
        self.compose.clicked.connect(self.compose_statement)
        row.addWidget(self.compose)
        row.addStretch(1)
        self.form.addLayout(row)
        self.statement = TextArea(tr("De zin die u voorleest of plakt"), 6, checked=True)
        self.add_field(tr("Openingszin"), self.statement, "opening_statement")
        self.finish_layout()

    def initializePage(self) -> None:  # noqa: N802 - Qt naming
        if not self.statement.text().strip():
            self.statement.setText(overleg.compose_opening(self.host.data))

    def compose_statement(self) -> None:
        self.store(self.host.data)
        text = overleg.compose_opening(self.host.data)
        current = self.statement.text().strip()
        if current and current != text and not msgbox.question(
                self, self.tr("Openingszin vervangen?"),
                self.tr("U hebt de openingszin aangepast. Vervangen door een nieuwe opzet?"),
                destructive=True):
            return
        self.statement.setText(text)

    def load(self, o: Overleg) -> None:
        self.statement.setText(o.opening_statement)

    def store(self, o: Overleg) -> None:
        o.opening_statement = self.statement.text()


class DiscussionPage(FlowPage):
    def __init__(self, host: FlowHost) -> None:
        super().__init__(overleg.page("discussion"), host)
        tr = self.tr
        self.discussed = TextArea(tr("Wat is besproken? Feiten, met wie ze waarnam."), 6,
                                  checked=True)
        self.add_field(tr("Besproken"), self.discussed, "discussed")
        self.agreements = TextArea(tr("Wie doet wat, en wanneer?"), 3, checked=True)
        self.add_field(tr("Afspraken"), self.agreements, "agreements")
        self.last_contact = DateField()
        self.add_field(tr("Datum van uw laatste contact met de cliënt"), self.last_contact,
                       "last_contact",
                       hint=tr("Waarop berust wat u deelde? Is dat contact oud, dan vermeldt het "
                               "verslag dat de informatie niet actueel is (stap 2)."))
        self.finish_layout()

    def load(self, o: Overleg) -> None:
        self.discussed.setText(o.discussed)
        self.agreements.setText(o.agreements)
        self.last_contact.set_value(o.last_contact)

    def store(self, o: Overleg) -> None:
        o.discussed = self.discussed.text()
        o.agreements = self.agreements.text()
        o.last_contact = self.last_contact.value()


class AnderDoelRequestPage(FlowPage):
    def __init__(self, host: FlowHost) -> None:
        super().__init__(ander_doel.page("request"), host)
        tr = self.tr
        self.direction = Choice([
            (DIRECTION_RECEIVED, tr("Een ontvanger vraagt mijn informatie voor een ander doel "
                                    "te gebruiken")),
            (DIRECTION_OWN, tr("Ik wil informatie van een ander voor een ander doel "
                               "gebruiken"))])
        self.direction.layout().setDirection(self.direction.layout().Direction.TopToBottom)
        self.add_field(tr("Wie wil de informatie anders gebruiken?"), self.direction,
                       "direction")
        self.counterpart = CounterpartFields(self, letter=True)
        self.received_on = DateField()
        self.add_field(tr("Datum van het verzoek"), self.received_on, "received_on")
        self.information = TextArea(tr("Welke informatie precies?"), 2)
        self.add_field(tr("Welke informatie"), self.information, "information")
        self.original_date = DateField()
        self.add_field(tr("Wanneer gegeven (optioneel)"), self.original_date, "original_date")
        self.original_purpose = TextArea(tr("Waarvoor is de informatie destijds gegeven?"), 2)
        self.add_field(tr("Oorspronkelijk doel"), self.original_purpose, "original_purpose")
        self.new_purpose = TextArea(tr("Waarvoor wil men haar nu gebruiken?"), 2)
        self.add_field(tr("Nieuw doel"), self.new_purpose, "new_purpose")
        self.finish_layout()

    def load(self, v: AnderDoel) -> None:
        self.direction.set_value(v.direction or None)
        self.counterpart.load(v.counterpart)
        self.received_on.set_value(v.received_on)
        self.information.setText(v.information)
        self.original_date.set_value(v.original_date)
        self.original_purpose.setText(v.original_purpose)
        self.new_purpose.setText(v.new_purpose)

    def store(self, v: AnderDoel) -> None:
        v.direction = str(self.direction.value() or "")
        self.counterpart.store(v.counterpart)
        v.received_on = self.received_on.value()
        v.information = self.information.text()
        v.original_date = self.original_date.value()
        v.original_purpose = self.original_purpose.text()
        v.new_purpose = self.new_purpose.text()


class DecisionPage(FlowPage):
    def __init__(self, host: FlowHost) -> None:
        super().__init__(ander_doel.page("decision"), host)
        tr = self.tr
        # Direction 'own' (3.2): the provider decides after contacting their client; this page
        # then records the provider's answer, if it came.
        self.own_hint = QLabel(tr(
            "U vroeg de ander om de informatie voor een ander doel te gebruiken. Die neemt "
            "contact op met zijn of haar cliënt en beslist (3.2). Noteer hier het antwoord; "
            "is het er nog niet, laat dan leeg: een vervolgactie wacht erop."))
        self.own_hint.setWordWrap(True)
        self.form.addWidget(self.own_hint)
        self.decision = Choice([(k, _(v)) for k, v in ander_doel.DECISIONS.items()])
        self.decision.layout().setDirection(self.decision.layout().Direction.TopToBottom)
        self.add_field(tr("Het besluit (bij uw eigen vraag: het antwoord van de ander)"),
                       self.decision, "decision")
        self.own_box = QWidget()
        own = QVBoxLayout(self.own_box)
        own.setContentsMargins(0, 0, 0, 0)
        self.provider_client = TextArea(tr("Wat vertelde de ander over het contact met zijn "
                                           "of haar cliënt?"), 2)
        self.add_field(tr("Contact van de ander met de cliënt"), self.provider_client,
                       "provider_client", layout=own)
        self.form.addWidget(self.own_box)
        self.reason = TextArea(tr("Waarom? Noem ook wat de cliënt ervan vond."), 4, checked=True)
        self.add_field(tr("Reden"), self.reason, "decision_reason")
        self.decided_on = DateField()
        self.add_field(tr("Datum van het besluit of het antwoord"), self.decided_on,
                       "decided_on")
        self.finish_layout()

    def initializePage(self) -> None:  # noqa: N802 - Qt naming
        own = ander_doel.is_own(self.host.data)
        if not self.decided_on.text() and not own:
            self.decided_on.set_value(self.host.today.isoformat())  # type: ignore[attr-defined]
        self._show_direction(own)

    def _show_direction(self, own: bool) -> None:
        self.own_hint.setVisible(own)
        self.own_box.setVisible(own)

    def load(self, v: AnderDoel) -> None:
        self.decision.set_value(v.decision or None)
        self.provider_client.setText(v.provider_client)
        self.reason.setText(v.decision_reason)
        self.decided_on.set_value(v.decided_on)
        self._show_direction(ander_doel.is_own(v))

    def store(self, v: AnderDoel) -> None:
        v.decision = str(self.decision.value() or "")
        v.provider_client = self.provider_client.text()
        v.decision_reason = self.reason.text()
        v.decided_on = self.decided_on.value()

