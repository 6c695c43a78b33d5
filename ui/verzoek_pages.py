"""The pages of "Informatieverzoek beantwoorden". Rules live in app.flows.informatieverzoek."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.checks.problems import Problem
from app.content.i18n import _
from app.content.organisations import org_types
from app.flows import informatieverzoek as flow
from app.flows.kit import case_threshold, client_label
from app.flows.openness import openness_summary
from app.flows.templates import fill, templates
from app.model import (
    CHANNEL_ORAL,
    CHANNEL_WRITTEN,
    Fact,
    Informatieverzoek,
    QuestionAnswer,
)
from ui import a11y, address_completion, colours
from ui.fields import Choice, DateField, ProblemLabel, TextArea, section_label
from ui.flow_page import FlowHost, FlowPage, chain_focus
from ui.page_parts import INFO_STYLE, FactRow, overview_label, overview_table, threshold_spin
from ui.row_list import NumberedRow, RowList, discard
from ui.translations import long_date


class RequestPage(FlowPage):
    """Intake of the request as step 5 describes it; what is missing is to ask first."""

    def __init__(self, host: FlowHost) -> None:
        super().__init__(flow.page("request"), host)
        tr = self.tr
        self.org_type = QComboBox()
        for type_id in flow.REQUESTER_TYPES:
            self.org_type.addItem(org_types()[type_id].display, type_id)
        self.add_field(tr("Wie vraagt de informatie?"), self.org_type, "request.org_type")
        self.org_name = QLineEdit()
        self.add_field(tr("Naam van de organisatie of vestiging"), self.org_name,
                       "request.org_name")
        self.gi_box = QFrame()
        gi = QVBoxLayout(self.gi_box)
        gi.setContentsMargins(0, 0, 0, 0)
        self.supervision_order = Choice([(True, tr("Ja, er is een ondertoezichtstelling")),
                                         (False, tr("Nee"))])
        self.add_field(tr("Is er een ondertoezichtstelling (OTS)?"), self.supervision_order,
                       "request.supervision_order", layout=gi)
        self.gi_duty = QLabel(flow.gi_duty_text())
        self.gi_duty.setWordWrap(True)
        colours.style(self.gi_duty, INFO_STYLE)
        self.gi_duty.setObjectName("giDuty")
        gi.addWidget(self.gi_duty)
        self.form.addWidget(self.gi_box)
        self.name = QLineEdit()
        self.add_field(tr("Naam van de aanvrager"), self.name, "request.name")
        self.function = QLineEdit()
        self.function.setPlaceholderText(tr("bv. raadsonderzoeker, jeugdbeschermer"))
        self.add_field(tr("Functie"), self.function, "request.function")
        self.expertise = QComboBox()
        self.expertise.setEditable(True)
        self.expertise.addItem("")
        self.expertise.addItems(flow.expertise_options())
        self.add_field(tr("Deskundigheid van wie de antwoorden interpreteert (5.3)"),
                       self.expertise, "request.expertise")
        self.expertise.editTextChanged.connect(self.edited)
        self.why = TextArea(tr("Waarom heeft de aanvrager de informatie nodig?"), 2)
        self.add_field(tr("Waarom is de informatie nodig? (5.1)"), self.why, "request.why")
        self.info_type = TextArea(tr("Om welk type informatie gaat het?"), 2)
        self.add_field(tr("Welk type informatie? (5.1)"), self.info_type, "request.info_type")
        self.received_on = DateField()
        self.add_field(tr("Datum van het verzoek"), self.received_on, "request.received_on")
        self.channel = Choice([(CHANNEL_WRITTEN, tr("Schriftelijk")),
                               (CHANNEL_ORAL, tr("Mondeling (telefonisch)"))])
        self.add_field(tr("Hoe antwoordt u? (5.2)"), self.channel, "request.channel")
        self.term = DateField()
        self.add_field(tr("Afgesproken termijn (5.2)"), self.term, "request.term",
                       hint=tr("Deze datum staat als termijn in de lijst van casussen."))
        self.reference = QLineEdit()
        self.add_field(tr("Kenmerk aanvrager (optioneel)"), self.reference, "request.reference")
        self.address = TextArea(tr("Postadres, voor de brief"), 2)
        self.add_field(tr("Adres (optioneel)"), self.address, "request.address")
        self.org_type.currentIndexChanged.connect(self._type_changed)
        dossier = getattr(host, "dossier", None)
        if dossier is not None:
            address_completion.attach(dossier, self.org_type, self.org_name, self.address,
                                      self.name, self.function)
        self.finish_layout()

    def _type_changed(self) -> None:
        defaults = {t.name for t in org_types().values()}
        if not self.org_name.text().strip() or self.org_name.text() in defaults:
            self.org_name.setText(org_types()[self.org_type.currentData()].name)

    def load(self, v: Informatieverzoek) -> None:
        r = v.request
        self.org_type.setCurrentIndex(max(self.org_type.findData(r.org_type), 0))
        self.org_name.setText(r.org_name)
        self.supervision_order.set_value(r.supervision_order)
        self.name.setText(r.name)
        self.function.setText(r.function)
        self.expertise.setEditText(flow.expertise_label(r.expertise))
        self.why.setText(r.why)
        self.info_type.setText(r.info_type)
        self.received_on.set_value(r.received_on)
        self.channel.set_value(r.channel or None)
        self.term.set_value(r.term)
        self.reference.setText(r.reference)
        self.address.setText(r.address)
        self._show_gi(v)

    def store(self, v: Informatieverzoek) -> None:
        r = v.request
        r.org_type = str(self.org_type.currentData())
        r.org_name = self.org_name.text().strip()
        r.supervision_order = (self.supervision_order.value()  # type: ignore[assignment]
                               if r.org_type == "gi" else None)
        r.name = self.name.text().strip()
        r.function = self.function.text().strip()
        r.expertise = flow.expertise_value(self.expertise.currentText().strip())
        r.why = self.why.text()
        r.info_type = self.info_type.text()
        r.received_on = self.received_on.value()
        r.channel = str(self.channel.value() or "")
        r.term = self.term.value()
        r.reference = self.reference.text().strip()
        r.address = self.address.text()
        self._show_gi(v)

    def _show_gi(self, v: Informatieverzoek) -> None:
        self.gi_box.setVisible(v.request.org_type == "gi")
        self.gi_duty.setVisible(flow.is_gi_under_ots(v))


class QuestionRow(NumberedRow):
    def __init__(self, page: QuestionsPage, number: int) -> None:
        super().__init__(page, "questionRow", number)
        tr = self.tr
        layout = self.body
        self.question = TextArea(tr("De vraag zoals u die kreeg"), 2, checked=True)
        layout.addWidget(self.question)
        self.problem = ProblemLabel(self).for_field(self.question)
        layout.addWidget(self.problem)
        self.note_row = QWidget()
        note = QHBoxLayout(self.note_row)
        note.setContentsMargins(0, 0, 0, 0)
        self.note_label = QLabel(tr("Wat deed u met deze vraag?"))
        note.addWidget(self.note_label)
        self.note = QLineEdit()
        self.note_label.setBuddy(self.note)
        self.note.setPlaceholderText(tr("bv. teruggelegd bij de aanvrager; gevraagd naar "
                                        "gedrag in plaats van een oordeel"))
        note.addWidget(self.note, 1)
        layout.addWidget(self.note_row)
        self.note_row.hide()
        for w in (self.question, self.note):
            page.connect_edits(w)
        page.watch_findings(self.question)
        self.set_number(number)

    def set_number(self, number: int) -> None:
        super().set_number(number)
        if not hasattr(self, "note"):
            return  # NumberedRow numbers the row before its fields exist
        row = self.caption_text(number)
        self.question.setAccessibleName(row)  # its placeholder is its description
        self.note.setAccessibleName(a11y.in_row(row, self.note_label.text()))
        self.remove.setAccessibleName(self.tr("{row} verwijderen").format(row=row))

    def caption_text(self, number: int) -> str:
        return self.tr("Vraag {n}").format(n=number)

    def first_field(self) -> QWidget:
        return self.question


class QuestionsPage(FlowPage):
    def __init__(self, host: FlowHost) -> None:
        super().__init__(flow.page("questions"), host)
        tr = self.tr
        intro = QLabel(tr("Noteer elke vraag die u kreeg. Een vraag naar een oordeel (over de "
                          "ouder als opvoeder, de veiligheid thuis of een maatregel) wordt "
                          "gemarkeerd: dat oordeel is aan de vrager. U kunt de vraag "
                          "terugleggen of beantwoorden met feiten en gedrag."))
        intro.setWordWrap(True)
        self.form.addWidget(intro)
        # A removed question takes its answer with it; the others keep theirs.
        self.rows = RowList(self, lambda n: QuestionRow(self, n), tr("Vraag toevoegen"),
                            "addQuestion", removed=self._drop_question,
                            restored=self._restore_question, changed=self._order_focus)
        self.add_button = self.rows.add_button
        self.rows.place(self.form)
        self.questions_problem = ProblemLabel(self).for_field(self.add_button)
        self.form.addWidget(self.questions_problem)
        self.finish_layout()

    def add_question(self, qa: QuestionAnswer | None = None) -> QuestionRow:
        def fill(row: QuestionRow) -> None:
            row.question.setText(qa.question if qa else "")
            row.note.setText(qa.judgement_note if qa else "")

        return self.rows.add(fill)

    def _drop_question(self, index: int) -> QuestionAnswer | None:
        questions = self.host.data.questions
        return questions.pop(index) if index < len(questions) else None

    def _restore_question(self, index: int, qa: object) -> None:
        """Undoing a removal: the question comes back with its answer and facts."""
        if isinstance(qa, QuestionAnswer):
            self.host.data.questions.insert(index, qa)

    def _order_focus(self) -> None:
        chain_focus([w for r in self.rows for w in (r.question, r.note, r.remove)]
                    + [self.add_button])

    def load(self, v: Informatieverzoek) -> None:
        self.rows.clear()
        for qa in v.questions or [QuestionAnswer()]:
            self.add_question(qa)

    def store(self, v: Informatieverzoek) -> None:
        while len(v.questions) < len(self.rows):
            v.questions.append(QuestionAnswer())
        del v.questions[len(self.rows):]
        for row, qa in zip(self.rows, v.questions, strict=True):
            qa.question = row.question.text()
            qa.judgement_note = row.note.text()

    def distribute(self, problems: list[Problem]) -> None:
        for i, row in enumerate(self.rows):
            mine = [p for p in problems if p.field == f"questions.{i}.question"]
            row.problem.set_problems(mine)
            row.note_row.setVisible(bool(mine) or bool(row.note.text()))
        self.questions_problem.set_problems([p for p in problems if p.field == "questions"])
        super().distribute([p for p in problems if not p.field.startswith("questions")])


class AnswerBox(QFrame):
    """One question with its answer: text, facts with their source, disorder and behaviour."""

    def __init__(self, page: AnswersPage, index: int, qa: QuestionAnswer) -> None:
        super().__init__(page)
        tr = self.tr
        self.page = page
        self.index = index
        self.setObjectName("answerBox")
        colours.style(self, "#answerBox { border: 1px solid $frame_border; border-radius: 3px; }")
        layout = QVBoxLayout(self)
        title = QLabel(tr("Vraag {n}: {q}").format(n=index + 1, q=qa.question.strip()))
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: 600;")
        layout.addWidget(title)
        answer_label = QLabel(tr("Uw antwoord"))
        layout.addWidget(answer_label)
        self.answer = TextArea(tr("Feiten, gedrag en symptomen; het oordeel laat u aan de "
                                  "vrager"), 3, checked=True, grow=12)
        answer_label.setBuddy(self.answer)
        # 'Vraag 2: uw antwoord', described by the question itself (ui.a11y).
        question = tr("Vraag {n}").format(n=index + 1)
        self.answer.setAccessibleName(a11y.in_row(question, answer_label.text()))
        a11y.set_hint(self.answer, qa.question.strip())
        layout.addWidget(self.answer)
        self.answer_problem = ProblemLabel(self).for_field(self.answer)
        layout.addWidget(self.answer_problem)
        self.fact_rows = RowList(page, lambda n: FactRow(page, n, question), tr("Feit toevoegen"),
                                 "addFact")
        self.fact_rows.add_button.setAccessibleName(
            a11y.in_row(question, self.fact_rows.add_button.text()))
        self.fact_rows.place(layout)
        disorder_label = QLabel(tr("Binnen uw deskundigheid: hoe kan een stoornis het gedrag "
                                   "tegenover de kinderen beïnvloeden? (6.4, optioneel)"))
        disorder_label.setWordWrap(True)
        layout.addWidget(disorder_label)
        self.disorder = TextArea(tr("bv. ‘Deze stoornis kan leiden tot apathisch gedrag …’"), 2,
                                 checked=True)
        disorder_label.setBuddy(self.disorder)
        self.disorder.setAccessibleName(a11y.in_row(question, disorder_label.text()))
        layout.addWidget(self.disorder)
        self.disorder_problem = ProblemLabel(self).for_field(self.disorder)
        layout.addWidget(self.disorder_problem)
        for w in (self.answer, self.disorder):
            page.connect_edits(w)
            page.watch_findings(w)
        self.answer.setText(qa.answer)
        self.disorder.setText(qa.disorder_effect)
        for fact in qa.facts:
            self.add_fact(fact)

    def add_fact(self, fact: Fact | None = None) -> FactRow:
        return self.fact_rows.add(lambda row: row.load(fact or Fact()))

    def store(self, qa: QuestionAnswer) -> None:
        qa.answer = self.answer.text()
        qa.disorder_effect = self.disorder.text()
        qa.facts = [row.fact() for row in self.fact_rows]

    def show_problems(self, problems: list[Problem]) -> None:
        p = f"questions.{self.index}"
        self.answer_problem.set_problems([x for x in problems if x.field == p + ".answer"])
        self.disorder_problem.set_problems([x for x in problems
                                            if x.field == p + ".disorder_effect"])
        for j, row in enumerate(self.fact_rows):
            row.show_problems([x for x in problems if x.field.startswith(f"{p}.facts.{j}.")])


class AnswersPage(FlowPage):
    def __init__(self, host: FlowHost) -> None:
        super().__init__(flow.page("answers"), host)
        intro = QLabel(self.tr(
            "Geef per vraag bij voorkeur feiten, gedrag en symptomen die u zelf waarnam; "
            "vermeld de bron als een ander ze waarnam (6.1). Laat het oordeel over de ouder als "
            "opvoeder en over een maatregel aan de vrager (6.4)."))
        intro.setWordWrap(True)
        self.form.addWidget(intro)
        self.boxes_layout = QVBoxLayout()
        self.form.addLayout(self.boxes_layout)
        self.boxes: list[AnswerBox] = []
        self.last_answer: TextArea | None = None
        self.finish_layout()

    def load(self, v: Informatieverzoek) -> None:
        for box in self.boxes:
            self.boxes_layout.removeWidget(box)
            discard(box)
        self.boxes = []
        self.last_answer = None
        for index, qa in enumerate(v.questions):
            if not qa.question.strip():
                continue
            box = AnswerBox(self, index, qa)
            box.answer.entered.connect(lambda b=box: setattr(self, "last_answer", b.answer))
            self.boxes.append(box)
            self.boxes_layout.addWidget(box)

    def store(self, v: Informatieverzoek) -> None:
        for box in self.boxes:
            if box.index < len(v.questions):
                box.store(v.questions[box.index])

    def initializePage(self) -> None:  # noqa: N802 - Qt naming
        # The questions may have changed on the previous page: rebuild from the draft.
        self.load_from_host()

    def distribute(self, problems: list[Problem]) -> None:
        for box in self.boxes:
            box.show_problems(problems)
        super().distribute([p for p in problems if not p.field.startswith("questions")])

    def insert_template(self, template_id: str) -> None:
        """Templates go into the answer the clinician is working on (or the first one)."""
        if templates()[template_id].field != "answer" or not self.boxes:
            super().insert_template(template_id)
            return
        # The answer last clicked or focused (the button took the focus by now), else the first.
        target = self.last_answer or self.boxes[0].answer
        self.store(self.host.data)
        target.insert_template(fill(template_id, self.host.data, self.host.profile,
                                    getattr(self.host, "today", None)))


class CompletenessPage(FlowPage):
    def __init__(self, host: FlowHost) -> None:
        super().__init__(flow.page("completeness"), host)
        tr = self.tr
        self.form.addWidget(section_label(tr("Volledigheid (6.2)")))
        self.confirming = TextArea(tr("Feiten die het vermoeden bevestigen, met bron"), 3,
                                   checked=True)
        self.add_field(tr("Feiten die de zorg bevestigen"), self.confirming, "confirming")
        self.contradicting = TextArea(tr("Feiten die het vermoeden ontkrachten, met bron — of "
                                         "‘geen bekend’"), 3, checked=True)
        self.add_field(tr("Feiten die de zorg ontkrachten"), self.contradicting, "contradicting")
        self.form.addWidget(section_label(tr("Actualiteit (stap 2)")))
        self.last_contact = DateField()
        self.add_field(tr("Datum van het laatste contact met de cliënt"), self.last_contact,
                       "last_contact")
        self.threshold = threshold_spin(self)
        self.add_field(tr("Niet actueel na"), self.threshold, "currency_days",
                       hint=tr("Standaard uit uw praktijkgegevens; hier aan te passen voor "
                               "deze casus."))
        self.answered_on = DateField()
        self.add_field(tr("Datum van uw antwoord"), self.answered_on, "answered_on")
        self.finish_layout()

    def load(self, v: Informatieverzoek) -> None:
        self.confirming.setText(v.confirming)
        self.contradicting.setText(v.contradicting)
        self.last_contact.set_value(v.last_contact)
        self.threshold.setValue(case_threshold(v))
        self.answered_on.set_value(v.answered_on)

    def store(self, v: Informatieverzoek) -> None:
        v.confirming = self.confirming.text()
        v.contradicting = self.contradicting.text()
        v.last_contact = self.last_contact.value()
        v.currency_days = self.threshold.value()
        v.answered_on = self.answered_on.value()

    def initializePage(self) -> None:  # noqa: N802 - Qt naming
        if not self.answered_on.text():
            self.answered_on.set_value(self.host.today.isoformat())  # type: ignore[attr-defined]


def verzoek_overview_html(v: Informatieverzoek, today: date) -> str:
    r = v.request
    rows = [(overview_label("Cliënt"), escape(client_label(v))),
            (overview_label("Aanvrager"),
             escape(", ".join(x for x in (r.name, r.function, r.org_name) if x))),
            (overview_label("Termijn"), escape(long_date(r.term) if r.term else "—")),
            (overview_label("Antwoord"), escape(f"{_(r.channel)}, {long_date(v.answered_on)}"))]
    rows += [(label, escape(text)) for label, text in openness_summary(v.openness)]
    for i, qa in enumerate((q for q in v.questions if q.question.strip()), start=1):
        rows.append((overview_label("Vraag {n}").format(n=i),
                     escape(qa.question) + "<br><i>" +
                     escape(flow.qa_text(qa)).replace("\n", "<br>") + "</i>"))
    return overview_table(rows, flow.currency_notice(v, today))
