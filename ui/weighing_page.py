"""The optional first page of a melding: the meldcode's afwegingskader, recorded. The five
questions are the KNMG-meldcode's own words (`resources/afwegingskader.json`); the rules, the
outcome ('meldplicht' where the answers say so) and the record are in app.flows.weighing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.content.i18n import _
from app.content.meldcode import afwegingskader
from app.flows import weighing
from app.model import Melding
from ui import colours
from ui.fields import Choice, DateField, TextArea
from ui.flow_page import FlowHost, FlowPage
from ui.page_parts import INFO_STYLE


class WeighingPage(FlowPage):
    def __init__(self, host: FlowHost) -> None:
        super().__init__(host.spec("weighing"), host)  # type: ignore[attr-defined]
        tr = self.tr
        kader = afwegingskader()
        intro = QLabel(tr("Sinds 2019 weegt u met het afwegingskader van de meldcode of u meldt. "
                          "De handleiding begint na dat besluit. Legt u uw afweging hier vast, "
                          "dan staat zij in uw dossier en in het dossierverslag, niet in de "
                          "melding. Deze pagina mag leeg blijven."))
        intro.setWordWrap(True)
        self.form.addWidget(intro)
        source = QLabel(tr("Bron: {source}").format(source=kader.source))
        source.setWordWrap(True)
        colours.style(source, "color: $muted;")
        self.form.addWidget(source)
        # The questions are quoted, not translated: say so, as the handbook panel does.
        quoted = QLabel(tr("De vragen in de woorden van de KNMG-meldcode"))
        quoted.setWordWrap(True)
        quoted.setObjectName("weighingQuoted")
        colours.style(quoted, "color: $muted; font-style: italic;")
        self.form.addWidget(quoted)
        self.date = DateField()
        self.add_field(tr("Datum van uw afweging"), self.date, "weighing.date")
        self.answers: dict[str, Choice] = {}
        self.reasons: dict[str, TextArea] = {}
        for q in kader.questions:
            group = self.add_group(tr("Afwegingsvraag {n}: {name}").format(n=q.number,
                                                                           name=_(q.name)),
                                   f"weighing_{q.id}")
            choice = Choice([(True, tr("Ja")), (False, tr("Nee"))])
            self.add_field(q.text, choice, f"weighing.{q.id}", layout=group)
            # Not read for judgements: the weighing is the clinician's own assessment, kept in
            # the dossier; what leaves the practice (the melding) is checked.
            reason = TextArea(tr("Waarop baseert u dit antwoord?"), 2)
            self.add_field(tr("Toelichting bij afwegingsvraag {n}").format(n=q.number), reason,
                           f"weighing.{q.id}_why", layout=group)
            self.answers[q.id] = choice
            self.reasons[q.id] = reason
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setObjectName("weighingOutcome")
        colours.style(self.outcome, INFO_STYLE)
        self.form.addWidget(self.outcome)
        self.finish_layout()

    def load(self, m: Melding) -> None:
        w = m.weighing
        self.date.set_value(w.date)
        for qid, choice in self.answers.items():
            choice.set_value(getattr(w, qid))
            self.reasons[qid].setText(getattr(w, qid + "_why"))
        self._show_outcome(m)

    def store(self, m: Melding) -> None:
        w = m.weighing
        for qid, choice in self.answers.items():
            setattr(w, qid, choice.value())
            setattr(w, qid + "_why", self.reasons[qid].text())
        if weighing.started(w) and not self.date.text():
            # The weighing is made today unless the clinician says otherwise.
            self.date.blockSignals(True)
            self.date.set_value(self.host.today.isoformat())  # type: ignore[attr-defined]
            self.date.blockSignals(False)
        w.date = self.date.value()
        self._show_outcome(m)

    def _show_outcome(self, m: Melding) -> None:
        text = weighing.outcome_text(m.weighing)
        self.outcome.setText(text)
        self.outcome.setVisible(bool(text))
