"""A wizard page of a flow: the form on the left, the handbook beside it.

Pages read and write one shared draft object held by the wizard (the host). After every edit
the page re-runs the flow's checks from `app/` and shows each finding next to its field;
`isComplete()` is false while a blocking finding remains, so "Volgende" stays disabled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.checks.problems import Problem
from app.content.i18n import _
from app.flows.kit import PageSpec, page_law
from app.flows.registry import template_applies
from app.flows.templates import fill, templates
from ui import a11y, colours, focus_ring
from ui.fields import Choice, DateField, ProblemLabel, TextArea
from ui.handbook_panel import HandbookPanel


class RemovalUndo(Protocol):
    """A list of rows that can put back the row it removed last (ui.row_list.RowList)."""

    def undo_remove(self) -> object: ...

    def forget_undo(self) -> None: ...


class FlowHost(Protocol):
    """What a page needs from its wizard."""

    data: Any
    profile: dict[str, Any]

    def check(self, page_id: str) -> list[Problem]: ...

    def page_edited(self, page: FlowPage) -> None: ...


class FlowPage(QWizardPage):
    def __init__(self, spec: PageSpec, host: FlowHost) -> None:
        super().__init__()
        self.spec = spec
        self.host = host
        self.setTitle(_(spec.title))
        self.setSubTitle(_(spec.subtitle))
        self.setObjectName(f"page_{spec.id}")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Forms scroll down, never sideways: long labels wrap to the width instead.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a Tab stop itself (it showed no focus and held none of the form): Tab goes to
        # the fields, and the area scrolls to each field that gets the focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll = scroll
        self.body = QWidget()
        self.form = QVBoxLayout(self.body)
        self.form.setContentsMargins(2, 2, 12, 2)
        self.form.setSpacing(4)
        scroll.setWidget(self.body)
        outer.addWidget(scroll, 3)
        self.panel = HandbookPanel(spec, self)
        self.panel.insertRequested.connect(self.insert_template)
        self.panel.setMinimumWidth(330)
        outer.addWidget(self.panel, 2)
        self.problem_labels: dict[str, ProblemLabel] = {}
        self.template_targets: dict[str, TextArea] = {}
        self.problems: list[Problem] = []
        self.page_problems = ProblemLabel(self)
        self._loading = False
        # Ctrl+Z puts back the row removed last (a text field with the focus undoes its own
        # typing instead: it takes the keys first).
        self._undo_rows: RemovalUndo | None = None
        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self.undo_removal)
        self.undo_shortcut.setEnabled(False)

    # building ---------------------------------------------------------------------------------

    def add_field(self, label: str, widget: QWidget, path: str, *,
                  layout: QLayout | None = None, hint: str = "") -> QWidget:
        """A labelled field with its own problem label underneath."""
        target = layout if layout is not None else self.form
        caption = QLabel(label)
        caption.setWordWrap(True)
        caption.setBuddy(widget)
        if isinstance(widget, Choice):  # the answers say their question (ui.a11y)
            widget.set_question(label)
        target.addWidget(caption)
        if hint:
            a11y.set_hint(widget, hint)
            small = QLabel(hint)
            small.setWordWrap(True)
            colours.style(small, "color: $muted;")
            target.addWidget(small)
        target.addWidget(widget)
        problem = ProblemLabel(self)
        target.addWidget(problem)
        self.register(path, widget, problem)
        return widget

    def register(self, path: str, widget: QWidget, problem: ProblemLabel) -> None:
        self.problem_labels[path] = problem
        problem.for_field(widget)  # its problems are the field's accessible description
        self.connect_edits(widget)
        if isinstance(widget, TextArea):
            self.template_targets[path] = widget
            self.watch_findings(widget)

    def watch_findings(self, area: TextArea) -> None:
        """Show the explanation of the finding under the cursor in the handbook panel."""
        if area.highlighter is not None:
            area.findingAtCursor.connect(self.show_finding)

    def show_finding(self, finding: object) -> None:
        from ui.highlight import finding_html

        self.panel.show_extra(finding_html(finding) if finding is not None else "")  # type: ignore[arg-type]

    def connect_edits(self, widget: QWidget) -> None:
        signal = _change_signal(widget)
        if signal is not None:
            signal.connect(self.edited)

    def offer_undo(self, rows: RemovalUndo) -> None:
        """`rows` just removed a row that can be put back; only the last removal can."""
        if self._undo_rows is not None and self._undo_rows is not rows:
            self._undo_rows.forget_undo()
        self._undo_rows = rows
        self.undo_shortcut.setEnabled(True)

    def undo_removal(self) -> None:
        rows, self._undo_rows = self._undo_rows, None
        self.undo_shortcut.setEnabled(False)
        if rows is not None:
            rows.undo_remove()

    def order_focus(self) -> None:
        """Tab order: the form's fields as the page ordered them, then 'Volgende' (or
        'Voltooien'), '< Vorige' and 'Sluiten', then the handbook text and its template
        buttons. Without this the handbook, made before the fields, came first."""
        chain = self.form_focus_chain()
        wizard = self.wizard()
        if wizard is not None:
            chain += [wizard.button(which) for which in (
                QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton,
                QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                QWizard.WizardButton.CancelButton)]
        chain += [self.panel.browser, *self.panel.template_buttons.values()]
        chain_focus(chain)

    def form_focus_chain(self) -> list[QWidget]:
        """The form's widgets that take focus, in their present tab order (a radio group's
        other answers too, which Tab skips until one of them is chosen)."""
        found: list[QWidget] = []
        widget = self.body.nextInFocusChain()
        while widget is not None and widget is not self.body and len(found) < 5000:
            if self.body.isAncestorOf(widget) \
                    and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                found.append(widget)
            widget = widget.nextInFocusChain()
        return found

    def focus_first_field(self) -> None:
        """Put the cursor in the page's first input (tab order), if nothing in it has focus,
        and show it as after a Tab: the styles (and the focus ring) draw the focus only after
        a keyboard focus change, which a page opening is not, so the cursor was invisible."""
        focus = self.focusWidget()
        if focus is not None and self.body.isAncestorOf(focus) and focus.hasFocus():
            focus_ring.show_keyboard_focus(self)
            return
        widget = self.body.nextInFocusChain()
        for _step in range(500):  # the tab order the page set, from its top
            if widget is None or widget is self.body:
                return
            if self.body.isAncestorOf(widget) and widget.isVisibleTo(self) \
                    and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                    and not isinstance(widget, QPushButton):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                focus_ring.show_keyboard_focus(self)
                return
            widget = widget.nextInFocusChain()

    def add_group(self, title: str, name: str) -> QVBoxLayout:
        """A titled group on the form (the Betrokkenen and apart pages are made of these)."""
        box = QGroupBox(title)
        box.setObjectName(name)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        self.form.addWidget(box)
        return layout

    def finish_layout(self) -> None:
        self.form.addWidget(self.page_problems)
        self.form.addStretch(1)

    # data -------------------------------------------------------------------------------------

    def load(self, data: Any) -> None:
        """Fill the widgets from the draft."""

    def store(self, data: Any) -> None:
        """Write the widgets into the draft."""

    def load_from_host(self) -> None:
        self._loading = True
        try:
            self.load(self.host.data)
        finally:
            self._loading = False
        self.refresh()

    def edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.store(self.host.data)
        self.host.page_edited(self)
        self.refresh()

    def refresh(self) -> None:
        """Re-run the checks and put every finding beside its field."""
        self.problems = self.host.check(self.spec.id)
        self.distribute(self.problems)
        self.offer_templates()
        self.panel.set_law(page_law(self.spec, self.host.data))
        self.completeChanged.emit()

    def offer_templates(self) -> None:
        """Offer only the templates that fit what is recorded: a deviation text only when the
        clinician deviates from openness, the OTS text only during an OTS."""
        for template_id, button in self.panel.template_buttons.items():
            fits = template_applies(template_id, self.spec.id, self.host.data)
            button.setEnabled(fits)
            button.setToolTip(self.tr("Voegt de voorbeeldformulering in bij het veld; [ … ] vult "
                                      "u zelf aan.") if fits else self.tr(
                "Past niet bij wat u hebt vastgelegd (bijvoorbeeld over openheid of "
                "toestemming)."))

    def distribute(self, problems: list[Problem]) -> None:
        by_label: dict[str, list[Problem]] = {path: [] for path in self.problem_labels}
        rest: list[Problem] = []
        for problem in problems:
            path = _best_match(problem.field, self.problem_labels)
            (by_label[path] if path else rest).append(problem)
        for path, label in self.problem_labels.items():
            label.set_problems(by_label[path])
        self.page_problems.set_problems(rest)

    def isComplete(self) -> bool:  # noqa: N802 - Qt naming
        return not any(p.blocking for p in self.problems)

    def insert_template(self, template_id: str) -> None:
        template = templates()[template_id]
        target = self.template_targets.get(template.field)
        if target is None:
            return
        self.store(self.host.data)
        target.insert_template(fill(template_id, self.host.data, self.host.profile,
                                    getattr(self.host, "today", None)))


def chain_focus(widgets: list[QWidget]) -> None:
    """Tab through `widgets` in this order (rows added later would otherwise come last)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def _best_match(field: str, paths: dict[str, ProblemLabel]) -> str | None:
    if field in paths:
        return field
    candidates = [p for p in paths if field.startswith(p + ".")]
    return max(candidates, key=len) if candidates else None


def _change_signal(widget: QWidget) -> Callable[..., Any] | None:
    if isinstance(widget, (TextArea,)):
        return widget.textChanged  # type: ignore[return-value]
    if isinstance(widget, (QLineEdit, DateField)):
        return widget.textChanged  # type: ignore[return-value]
    if isinstance(widget, Choice):
        return widget.changed  # type: ignore[return-value]
    if isinstance(widget, QCheckBox):
        return widget.toggled  # type: ignore[return-value]
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged  # type: ignore[return-value]
    if isinstance(widget, QSpinBox):
        return widget.valueChanged  # type: ignore[return-value]
    return None
