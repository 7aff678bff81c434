"""A validated scale as a conversation aid, in counsellor mode only and only on request.

Choose a scale; the client answers its statements one at a time with the scale's own
options. The outcome is the counsellor's: it appears only when the counsellor presses
'Show outcome' (the client may be watching), and the source's group label (a band,
when the scale has them) only after a second, separate choice. With it: the citation
and the statement that it is a conversation aid, not a diagnosis. The answers stay on
this screen: they are not saved and never go into the client's handout.

Off until the counsellor enables it in the settings (F7 on the client picker).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalGroup
from textual.screen import Screen
from textual.widgets import Button, Static

from netwerkcheck.content.scale_models import Scale
from netwerkcheck.engine.scales import score
from netwerkcheck.i18n import get_lang, t
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.modals import TooSmallNotice
from netwerkcheck.tui.text import prose
from netwerkcheck.tui.widgets.footer import Footer
from netwerkcheck.tui.widgets.marks import OneChoice
from netwerkcheck.tui.widgets.scroll_body import ScrollBody


class ScaleScreen(Screen[None]):
    BINDINGS = [
        # Not priority bindings: a priority key runs at once, ahead of the answer keys
        # typed before it that the focused RadioSet has not handled yet (issue 10: fast
        # input lost answers). As plain bindings they come in the order they were typed.
        Binding("ctrl+n", "next", "key.next", id="scale-next"),
        Binding("ctrl+b", "back", "key.back", id="scale-back"),
        Binding("escape", "close", "key.close"),
    ]

    def __init__(self, scales: list[Scale]) -> None:
        super().__init__()
        translate_bindings(self)
        self.scales = scales
        self.scale: Scale | None = None
        self.index = 0
        self.answers: dict[str, str] = {}
        self.done = False
        self.revealed = False
        self.band_shown = False

    # --- what is shown ------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield TooSmallNotice()
        with ScrollBody(id="scale-body"):
            yield Static(t("counsellor.key_scale"), id="scale-title", markup=False)
            yield Static(t("counsellor.not_a_diagnosis"), markup=False, classes="prose muted")
            if self.scale is None:
                yield from self._choose()
            elif self.done:
                yield from self._outcome(self.scale)
            else:
                yield from self._item(self.scale)
        with Horizontal(classes="buttons", id="nav"):
            if self.scale is not None and not self.done:
                yield Button(f"← {t('key.back')}", id="scale-back", compact=True)
                yield Button(f"{t('key.next')} →", id="scale-next", variant="primary", compact=True)
            elif self.done:
                yield Button(f"← {t('key.back')}", id="scale-back", compact=True)
                yield Button(t("counsellor.scale_again"), id="scale-again", compact=True)
            yield Button(t("key.close"), id="scale-close", compact=True)
        yield Footer()

    def _choose(self) -> ComposeResult:
        lang = get_lang()
        if not self.scales:
            yield Static(t("counsellor.scale_none"), markup=False)
            return
        yield Static(t("counsellor.scale_choose"), markup=False, classes="prose")
        for scale in self.scales:
            yield Button(
                scale.title.get(lang), id=f"pick-{scale.id}", classes="scale-pick", compact=True
            )

    def _item(self, scale: Scale) -> ComposeResult:
        lang = get_lang()
        item = scale.items[self.index]
        yield Static(scale.title.get(lang), markup=False, classes="kind-title")
        if self.index == 0:
            yield Static(prose(scale.intro.get(lang)), markup=False, classes="prose")
        yield Static(
            t("counsellor.scale_item", n=self.index + 1, count=len(scale.items)), markup=False
        )
        yield Static(item.text.get(lang).strip(), id="scale-item-text", markup=False)
        # One list, as a single-choice question has (Enter or Space picks, the option
        # picked carries a dot). It carries its statement's id: an answer that arrives
        # after a fast Next still goes to the statement it was given for.
        choice = OneChoice(
            [(option.label.get(lang), option.value) for option in scale.options],
            self.answers.get(item.id),
            id="scale-answer",
            name=item.id,
        )
        choice.start_without_cursor()  # as on a question: a stray Enter answers nothing
        yield choice

    def _outcome(self, scale: Scale) -> ComposeResult:
        lang = get_lang()
        yield Static(scale.title.get(lang), markup=False, classes="kind-title")
        if not self.revealed:
            yield Static(t("counsellor.scale_reveal_hint"), markup=False, classes="prose")
            yield Button(t("counsellor.scale_reveal"), id="scale-reveal", compact=True)
            return
        # A group (as tall as its lines): a Vertical (1fr) cut the outcome off at the
        # screen's bottom, so the source and the last line could not be scrolled to.
        with VerticalGroup(id="scale-outcome"):
            yield from self._outcome_lines(scale)

    def _outcome_lines(self, scale: Scale) -> ComposeResult:
        lang = get_lang()
        result = score(scale, self.answers)
        yield Static(t("counsellor.scale_outcome"), markup=False, classes="kind-title")
        if not result.complete:
            yield Static(
                t("counsellor.scale_incomplete", answered=result.answered, count=result.item_count),
                markup=False,
                id="scale-incomplete",
            )
        else:
            yield Static(
                t("counsellor.scale_total", total=result.total, max=result.max_total),
                markup=False,
                id="scale-total",
            )
            if result.band is not None and self.band_shown:
                yield Static(
                    t("counsellor.scale_band", band=result.band.label.get(lang)),
                    markup=False,
                    id="scale-band",
                )
        titles = {s.id: s.title.get(lang) for s in scale.subscales}
        for sub in result.subscales.values():
            if not sub.complete:
                continue
            line = t(
                "counsellor.scale_subscale",
                title=titles[sub.id],
                total=sub.total,
                max=sub.max_total,
            )
            if sub.band is not None and self.band_shown:
                line += f" ({sub.band.label.get(lang)})"
            yield Static(line, markup=False, classes="scale-subscale")
        has_bands = result.band is not None or any(
            s.band is not None for s in result.subscales.values() if s.complete
        )
        if has_bands and not self.band_shown:
            yield Button(t("counsellor.scale_band_reveal"), id="scale-band-reveal", compact=True)
        yield Static(
            prose(scale.not_a_diagnosis.get(lang)),
            markup=False,
            classes="prose contented",
            id="scale-not-diagnosis",
        )
        yield Static(t("counsellor.scale_citation"), markup=False, classes="kind-title")
        yield Static(
            prose(scale.citation.get(lang)), markup=False, classes="prose", id="scale-citation"
        )
        yield Static(t("counsellor.scale_not_for_client"), markup=False, classes="muted")

    async def on_mount(self) -> None:
        self._focus_first()

    def _focus_first(self) -> None:
        for selector in (
            "#scale-answer",
            ".scale-pick",
            "#scale-reveal",
            "#scale-band-reveal",
            "#scale-again",
            "#scale-close",
        ):
            found = self.query(selector)
            if found:
                # At once, not after the next refresh: a key typed right after Next must
                # reach the new statement's answers (issue 10: fast input lost answers).
                self.set_focus(found.first())
                return

    async def _show(self) -> None:
        await self.recompose()
        self._focus_first()

    # --- what the keys and buttons do ---------------------------------------------------

    @on(Button.Pressed, ".scale-pick")
    async def pick(self, event: Button.Pressed) -> None:
        scale_id = (event.button.id or "").removeprefix("pick-")
        self.scale = next(s for s in self.scales if s.id == scale_id)
        self.index, self.answers, self.done = 0, {}, False
        self.revealed = self.band_shown = False
        await self._show()

    @on(OneChoice.NothingUnderCursor, "#scale-answer")
    async def _say_how(self, event: OneChoice.NothingUnderCursor) -> None:
        """Enter or Space before an arrow key picks nothing (no option is under the
        cursor yet); a line under the list says how to choose, as on a question (the
        stray Enter seemed to do nothing)."""
        if self.query("#scale-how"):
            return
        how = Static(t("question.nothing_chosen"), id="scale-how", classes="muted", markup=False)
        await self.query_one("#scale-body", ScrollBody).mount(how, after=event.choices)
        how.scroll_visible(animate=False)

    @on(OneChoice.Picked, "#scale-answer")
    async def answer(self, event: OneChoice.Picked) -> None:
        await self.query("#scale-how").remove()  # chosen now
        if self.scale is None:
            return
        item_id = event.choice.name
        if item_id in {i.id for i in self.scale.items}:
            self.answers[item_id] = event.value

    def _keep_shown_answer(self) -> None:
        """Take the answer as the screen shows it now, before moving on (the list knows
        its pick at once; its message comes later)."""
        for choice in self.query("#scale-answer").results(OneChoice):
            if choice.name is not None and choice.chosen is not None:
                self.answers[choice.name] = choice.chosen

    @on(Button.Pressed, "#scale-reveal")
    async def reveal(self) -> None:
        self.revealed = True
        await self._show()

    @on(Button.Pressed, "#scale-band-reveal")
    async def reveal_band(self) -> None:
        self.band_shown = True
        await self._show()

    @on(Button.Pressed, "#scale-next")
    async def action_next(self) -> None:
        if self.scale is None or self.done:
            return
        self._keep_shown_answer()
        if self.index + 1 < len(self.scale.items):
            self.index += 1
        else:
            self.done = True
        await self._show()

    @on(Button.Pressed, "#scale-back")
    async def action_back(self) -> None:
        if self.scale is None:
            return
        self._keep_shown_answer()
        if self.done:
            self.done = False
            self.revealed = self.band_shown = False
        elif self.index > 0:
            self.index -= 1
        await self._show()

    @on(Button.Pressed, "#scale-again")
    async def again(self) -> None:
        self.scale, self.index, self.answers, self.done = None, 0, {}, False
        self.revealed = self.band_shown = False
        await self._show()

    @on(Button.Pressed, "#scale-close")
    def action_close(self) -> None:
        self.dismiss(None)
