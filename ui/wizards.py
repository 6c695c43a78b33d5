"""The wizard of each flow: which page widgets it is made of."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.flows.melding import advice_required
from app.flows.registry import flow_for
from ui.apart_page import ApartPage
from ui.flow_page import FlowPage
from ui.flow_wizard import FlowWizard
from ui.melding_pages import (
    CurrencyPage,
    ExpectationsPage,
    FactsPage,
    OpennessPage,
    ReceiverPage,
)
from ui.other_pages import (
    AnderDoelRequestPage,
    ConsultPage,
    DecisionPage,
    DiscussionPage,
    StatementPage,
)
from ui.people_page import ClientPage
from ui.summary_page import SummaryPage
from ui.verzoek_pages import (
    AnswersPage,
    CompletenessPage,
    QuestionsPage,
    RequestPage,
)
from ui.weighing_page import WeighingPage


class MeldingWizard(FlowWizard):
    exchange = QT_TRANSLATE_NOOP("exchange", "de melding")

    def prepare(self) -> None:
        # Whether an advice consultation is required follows the practice's current setting
        # while the melding is a draft; a finished one keeps what applied when it was made.
        if self.is_concept():
            self.data.advice.required = advice_required(self.profile)

    def build_pages(self) -> list[FlowPage]:
        # The meldcode's weighing comes first and may stay empty; a new melding opens on it
        # (MainWindow.new_case opens every new case on its flow's first page).
        return [WeighingPage(self), ClientPage(self), OpennessPage(self), FactsPage(self),
                CurrencyPage(self), ReceiverPage(self), ApartPage(self), ExpectationsPage(self),
                SummaryPage(self)]


class VerzoekWizard(FlowWizard):
    exchange = QT_TRANSLATE_NOOP("exchange", "dit verzoek en uw antwoord")

    def build_pages(self) -> list[FlowPage]:
        return [ClientPage(self), RequestPage(self), OpennessPage(self), QuestionsPage(self),
                AnswersPage(self), CompletenessPage(self), SummaryPage(self)]


class OverlegWizard(FlowWizard):
    exchange = QT_TRANSLATE_NOOP("exchange", "dit overleg")

    def build_pages(self) -> list[FlowPage]:
        return [ClientPage(self), ConsultPage(self), OpennessPage(self), StatementPage(self),
                DiscussionPage(self), SummaryPage(self)]


class AnderDoelWizard(FlowWizard):
    exchange = QT_TRANSLATE_NOOP("exchange",
                                 "het gebruik van de informatie voor het nieuwe doel")

    def build_pages(self) -> list[FlowPage]:
        return [ClientPage(self), AnderDoelRequestPage(self), OpennessPage(self),
                DecisionPage(self), SummaryPage(self)]


WIZARDS: dict[str, type[FlowWizard]] = {"melding": MeldingWizard,
                                        "informatieverzoek": VerzoekWizard,
                                        "overleg": OverlegWizard,
                                        "ander_doel": AnderDoelWizard}


def wizard_for(data: Any) -> type[FlowWizard]:
    return WIZARDS[flow_for(data).kind]
