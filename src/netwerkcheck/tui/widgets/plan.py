"""The person's own marks and plan on the results: focusable cards and lines that can
be marked "hier wil ik over praten" (M) or chosen as "wat ik wil proberen" (P), the
section that lists both, and the small dialog for a step in one's own words.

The data lives on the check record (see report/plan.py); this module only shows it
and asks for it. User text (steps) is shown with markup off.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Input, Static

from netwerkcheck.content.loader import Content
from netwerkcheck.i18n import get_lang, t
from netwerkcheck.report.plan import (
    MAX_STEP,
    in_plan,
    own_mark_lines,
    plan_lines,
    plan_step,
    suggestion_mark,
)
from netwerkcheck.store import CheckRecord
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.modals import TooSmallNotice
from netwerkcheck.tui.widgets.scroll_body import ScrollBody


class Markable:
    """Something on the results that can carry the person's mark (and, for a
    suggestion, be chosen to try). `mark_id` is a question id or 'suggestion:<id>'."""

    mark_id: str
    suggestion_id: str | None = None


def status_text(record: CheckRecord, mark_id: str, suggestion_id: str | None) -> str:
    """The line under a card or answer: marked and/or chosen, with the step."""
    parts: list[str] = []
    if mark_id in record.own_marks:
        parts.append(t("plan.marked"))
    if suggestion_id is not None and in_plan(record, suggestion_id):
        step = plan_step(record, suggestion_id)
        chosen = t("plan.chosen")
        parts.append(f"{chosen}: {step}" if step else chosen)
    return "\n".join(parts)


class SuggestionCard(Vertical, Markable):
    """One suggestion on the results. It takes focus (Tab), so M and P act on it."""

    can_focus = True

    DEFAULT_CSS = """
    SuggestionCard .plan-status { color: $text-accent; text-style: bold; }
    """

    BINDINGS = [Binding("enter", "why", "results.why", show=False)]

    def __init__(self, suggestion_id: str, *, classes: str | None = None) -> None:
        super().__init__(classes=classes, id=f"card-{suggestion_id}")
        self.suggestion_id = suggestion_id
        self.mark_id = suggestion_mark(suggestion_id)

    def action_why(self) -> None:
        """Enter on a card: 'why do I see this?', as its button."""
        buttons = self.query(".why").results(Button)
        for button in buttons:
            button.press()
            break


def show_status(widget: Static, text: str) -> None:
    """Put the status line on screen, or take it away when there is nothing to say."""
    widget.update(text)
    widget.display = bool(text)


class MarkableLine(Static, Markable):
    """One answer under 'Wat je zei'; it takes focus, so M marks it."""

    can_focus = True

    def __init__(self, text: str, mark_id: str, *, classes: str | None = None) -> None:
        super().__init__(text, markup=False, classes=classes, id=f"said-{mark_id}")
        self.mark_id = mark_id
        self.base_text = text

    def show(self, record: CheckRecord) -> None:
        status = status_text(record, self.mark_id, None)
        self.update(f"{self.base_text}\n  {status}" if status else self.base_text)


def markable_of(widget: Widget | None) -> Markable | None:
    """The card or line a focused widget belongs to (a card's Why button counts)."""
    node: object = widget
    while node is not None:
        if isinstance(node, Markable):
            return node
        node = getattr(node, "parent", None)
    return None


class PlanPart(Vertical):
    """'Wat ik wil proberen' and 'Hier wil ik over praten': what the person chose and
    marked, in their own words. `refresh_from` redraws it after a change."""

    DEFAULT_CSS = """
    PlanPart { height: auto; margin-top: 1; }
    PlanPart .plan-title { text-style: bold underline; margin-top: 1; }
    PlanPart .plan-item { margin-left: 2; }
    """

    def __init__(self, record: CheckRecord, content: Content, *, read_only: bool) -> None:
        super().__init__(id="plan-part")
        self.record = record
        self.content = content
        self.read_only = read_only

    def compose(self) -> ComposeResult:
        hint = t("plan.not_saved_view") if self.read_only else t("plan.hint")
        yield Static(hint, markup=False, classes="muted", id="plan-hint")
        yield Static(t("plan.try_title"), markup=False, classes="plan-title")
        yield Static(self._try_text(), markup=False, classes="plan-item", id="plan-try")
        yield Static(t("plan.talk_title"), markup=False, classes="plan-title")
        yield Static(self._talk_text(), markup=False, classes="plan-item", id="plan-talk")

    def _try_text(self) -> str:
        lines = plan_lines(self.content, self.record, get_lang())
        if not lines:
            return t("plan.try_none")
        out: list[str] = []
        for k, line in enumerate(lines, 1):
            step = t("plan.step", step=line.step) if line.step else t("plan.no_step")
            out.append(f"{k}. {line.title}\n   {step}")
        return "\n".join(out)

    def _talk_text(self) -> str:
        lines = own_mark_lines(self.content, self.record, get_lang())
        if not lines:
            return t("plan.talk_none")
        return "\n".join(f"★ {m.text}" for m in lines)

    def refresh_from(self, record: CheckRecord) -> None:
        self.record = record
        self.query_one("#plan-try", Static).update(self._try_text())
        self.query_one("#plan-talk", Static).update(self._talk_text())


REMOVE = "\x00remove"
"""PlanStepScreen's result when the person takes the idea out of the plan."""


class PlanStepScreen(ModalScreen[str | None]):
    """Choose an idea, with an optional small step in one's own words.

    Dismisses with the step (possibly empty) to choose it, REMOVE to take it out,
    or None to leave things as they were."""

    BINDINGS = [Binding("escape", "cancel", "plan.step_cancel")]

    def __init__(self, title: str, step: str, chosen: bool) -> None:
        super().__init__()
        translate_bindings(self)
        self.idea = title
        self.step = step
        self.chosen = chosen

    def compose(self) -> ComposeResult:
        yield TooSmallNotice()
        with Vertical(classes="dialog"):
            yield Static(t("plan.step_title"), classes="dialog-title", markup=False)
            with ScrollBody(classes="dialog-body"):
                yield Static(self.idea, markup=False, classes="suggestion-title")
                yield Static(t("plan.step_intro"), markup=False)
                yield Static(t("plan.step_label"), markup=False)
                yield Input(
                    value=self.step,
                    max_length=MAX_STEP,
                    id="plan-step",
                    placeholder=t("plan.step_label"),
                )
            with Horizontal(classes="buttons"):
                yield Button(t("plan.step_save"), id="plan-save", variant="primary")
                if self.chosen:
                    yield Button(t("plan.step_remove"), id="plan-remove")
                yield Button(t("plan.step_cancel"), id="plan-cancel")

    def on_mount(self) -> None:
        self.query_one("#plan-step", Input).focus()

    @on(Input.Submitted, "#plan-step")
    @on(Button.Pressed, "#plan-save")
    def save(self) -> None:
        self.dismiss(self.query_one("#plan-step", Input).value)

    @on(Button.Pressed, "#plan-remove")
    def take_out(self) -> None:
        self.dismiss(REMOVE)

    @on(Button.Pressed, "#plan-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
