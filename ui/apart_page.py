"""The melding's page "Apart van de melding": what the family may not read, the melder's
anonymity towards the family, and the enclosures. Rules live in app.flows.melding."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.flows import melding as flow
from app.model import Attachment, Melding
from ui import colours
from ui.fields import Choice, ProblemLabel, TextArea
from ui.flow_page import FlowHost, FlowPage, chain_focus
from ui.page_parts import INFO_STYLE
from ui.people_rows import HINT_STYLE, AttachmentRow
from ui.row_list import RowList


class ApartPage(FlowPage):
    def __init__(self, host: FlowHost) -> None:
        super().__init__(flow.page("apart"), host)
        tr = self.tr
        intro = QLabel(tr(
            "Alles in een melding is in te zien voor de ouders en voor kinderen vanaf 12 jaar. "
            "Wat Veilig Thuis moet weten maar het gezin niet mag lezen, zet u niet in de "
            "melding: u geeft het apart, nadat u met Veilig Thuis hebt afgesproken hoe zij dat "
            "deel buiten de inzage houden."))
        intro.setWordWrap(True)
        colours.style(intro, INFO_STYLE)
        intro.setObjectName("apartIntro")
        self.form.addWidget(intro)

        box = self.add_group(tr("Niet voor het gezin"), "withheldBox")
        self.withheld = TextArea(tr("Bijvoorbeeld wat een ander u in vertrouwen vertelde en "
                                    "wie dat was. Leeg laten als er niets apart hoeft."), 3,
                                 checked=True, grow=12)
        self._field(box, tr("Wat Veilig Thuis moet weten, maar het gezin niet mag lezen"),
                    self.withheld, "withheld.text")
        self.reason = TextArea(tr("Bijvoorbeeld de veiligheid van een ander, of uw eigen "
                                  "veiligheid"), 2)
        self._field(box, tr("Waarom mag het gezin dit niet lezen?"), self.reason,
                    "withheld.reason")
        self.agreed = Choice([(True, tr("Ja")), (False, tr("Nee, nog niet"))])
        self._field(box, tr("Hebt u met Veilig Thuis afgesproken dat dit apart blijft?"),
                    self.agreed, "withheld.agreed")
        self.agreed_note = QLineEdit()
        self.agreed_note.setPlaceholderText(tr("met wie en wanneer"))
        self._field(box, tr("Afspraak"), self.agreed_note, "withheld.agreed_note")

        box = self.add_group(tr("Anonimiteit tegenover het gezin"), "anonymityBox")
        hint = QLabel(tr("Veilig Thuis kan u toezeggen uw naam niet aan het gezin te noemen, "
                         "bijvoorbeeld voor uw veiligheid; dan schermt Veilig Thuis bij inzage "
                         "af wat naar u leidt. Vraag het bij de melding."))
        hint.setWordWrap(True)
        colours.style(hint, HINT_STYLE)
        box.addWidget(hint)
        self.anonymous = QCheckBox(tr("Ik vraag Veilig Thuis mijn naam niet aan het gezin te "
                                      "noemen (anonimiteit)"))
        self.anonymous.setAccessibleName(self.anonymous.text())
        box.addWidget(self.anonymous)
        anonymous_problem = ProblemLabel(self)
        box.addWidget(anonymous_problem)
        self.register("anonymous", self.anonymous, anonymous_problem)
        self.anonymous_box = QWidget()
        inner = QVBoxLayout(self.anonymous_box)
        inner.setContentsMargins(0, 0, 0, 0)
        self.anonymous_reason = TextArea(tr("Waarom wilt u anoniem blijven tegenover het "
                                            "gezin?"), 2)
        self._field(inner, tr("Reden"), self.anonymous_reason, "anonymous_reason")
        box.addWidget(self.anonymous_box)

        box = self.add_group(tr("Bijlagen"), "attachmentsBox")
        self.attachments = RowList(self, lambda n: AttachmentRow(self, n),
                                   tr("Bijlage toevoegen"), "addAttachment",
                                   changed=self._rows_changed)
        self.attachments.place(box)
        hint = QLabel(tr("Wat u met de melding meestuurt, met de datum van elk stuk."))
        colours.style(hint, HINT_STYLE)
        self.attachments.button_line.takeAt(1)  # the stretch: the hint takes the line
        self.attachments.button_line.addWidget(hint, 1)
        self.attachments_problem = ProblemLabel(self).for_field(self.attachments.add_button)
        box.addWidget(self.attachments_problem)
        self.problem_labels["attachments"] = self.attachments_problem
        self.finish_layout()
        self._order_focus()


    def _field(self, layout: QVBoxLayout, label: str, widget: QWidget, path: str) -> None:
        self.add_field(label, widget, path, layout=layout)  # a Choice's answers: named there
        if not isinstance(widget, Choice):
            widget.setAccessibleName(label)

    def _rows_changed(self) -> None:
        for old in [p for p in self.problem_labels if p.startswith("attachments.")]:
            del self.problem_labels[old]
        for i, row in enumerate(self.attachments):
            for key, label in row.problems.items():
                self.problem_labels[f"attachments.{i}.{key}"] = label
        self._order_focus()

    def _order_focus(self) -> None:
        rows = [w for row in self.attachments for w in row.focus_chain()]
        chain_focus([self.withheld, self.reason, *self.agreed.buttons(), self.agreed_note,
                     self.anonymous, self.anonymous_reason, *rows, self.attachments.add_button])

    def load(self, m: Melding) -> None:
        w = m.withheld
        self.withheld.setText(w.text)
        self.reason.setText(w.reason)
        self.agreed.set_value(w.agreed)
        self.agreed_note.setText(w.agreed_note)
        self.anonymous.setChecked(m.anonymous)
        self.anonymous_reason.setText(m.anonymous_reason)
        self.attachments.clear()
        for attachment in m.attachments:
            self.attachments.add(lambda row, a=attachment: row.load(a))
        self._rows_changed()
        self.anonymous_box.setVisible(m.anonymous)

    def store(self, m: Melding) -> None:
        w = m.withheld
        w.text = self.withheld.text()
        w.reason = self.reason.text()
        w.agreed = self.agreed.value()  # type: ignore[assignment]
        w.agreed_note = self.agreed_note.text().strip()
        m.anonymous = self.anonymous.isChecked()
        m.anonymous_reason = self.anonymous_reason.text()
        m.attachments = [row.attachment() for row in self.attachments]
        self.anonymous_box.setVisible(m.anonymous)

    def add_attachment(self, attachment: Attachment | None = None) -> AttachmentRow:
        return self.attachments.add(lambda row: row.load(attachment or Attachment()))
