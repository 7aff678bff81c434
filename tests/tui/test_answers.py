"""No keystroke changes or loses what was said (issue #10): back, resume, jump and Enter
keep every kind of answer; skip asks before it removes one; keys during a question change
pick nothing; the answers overview; one key to resume."""

from __future__ import annotations

from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Button, OptionList, Static

from netwerkcheck.content.loader import Content
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.engine.network import Network, Person
from netwerkcheck.store import CheckStore, new_record
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.modals import ConfirmScreen
from netwerkcheck.tui.screens.overview import OverviewScreen
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.screens.results import ResultsScreen
from netwerkcheck.tui.screens.welcome import WelcomeScreen
from netwerkcheck.tui.widgets.questions import ChoiceAnswer, MultiAnswer, TextAnswer
from tests.plain.fixtures import fixture_content

CONTENT = fixture_content()[0]
PEOPLE = Network(
    people=(
        Person(name="Anna", relation="friend", circle="inner"),
        Person(name="Bo", relation="family", circle="middle"),
        Person(name="Cas", relation="neighbour", circle="outer"),
    )
)
FULL: dict[str, AnswerValue] = {
    "leeftijd": "vanaf_65",
    "hoe_gaat_het": "wisselend",
    "bezigheden": ("niets_vast",),
    "netwerk": PEOPLE,
    "tevreden": "eerder_niet",
    "wens_verandering": "ja",
    "wat_mis_je": "Meer mensen zien",
}
ORDER = list(FULL)
NEXT = {qid: (ORDER[i + 1] if i + 1 < len(ORDER) else None) for i, qid in enumerate(ORDER)}
# one question of every type
TYPES = ["leeftijd", "bezigheden", "netwerk", "tevreden", "wat_mis_je"]


def texts(app: NetwerkcheckApp) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query(Static))


def question(app: NetwerkcheckApp) -> QuestionScreen:
    screen = app.screen
    assert isinstance(screen, QuestionScreen)
    return screen


async def burst(app: NetwerkcheckApp, pilot: Pilot[None], *keys: str) -> None:
    """Keys as a fast typist sends them: all at once, with no wait in between."""
    for key in keys:
        event = events.Key(key, "\r" if key == "enter" else None)
        event.set_sender(app)
        app.post_message(event)
    await pilot.pause()
    await pilot.pause()


def assert_cursor_on_saved(app: NetwerkcheckApp, qid: str) -> None:
    """What the person sees: the cursor on the saved option, and a hint that says the
    answer is kept (not 'Kies met de pijltjes')."""
    screen = question(app)
    widget = screen.query_one("#answer")
    saved = FULL[qid]
    if isinstance(widget, ChoiceAnswer):
        assert widget.has_focus and widget.highlighted is not None
        assert widget.get_option_at_index(widget.highlighted).value == saved
        assert widget.selected == [saved]  # drawn with its dot
    elif isinstance(widget, MultiAnswer):
        assert widget.has_focus and widget.highlighted is not None
        assert widget.get_option_at_index(widget.highlighted).value == saved[0]  # type: ignore[index]
    elif isinstance(widget, TextAnswer):
        assert widget.has_focus and widget.value == saved
    else:  # the network question: the list of people stays
        assert screen.session.answers["netwerk"] == PEOPLE
    shown = texts(app)
    assert "Kies met de pijltjes" not in shown
    if qid != "netwerk":
        assert "bewaard" in shown


async def answer_by_keys(pilot: Pilot[None], app: NetwerkcheckApp, qid: str) -> None:
    """Give FULL[qid] with keys, as a person would (the network list is the network
    editor's own business and is given directly)."""
    screen = question(app)
    widget = screen.query_one("#answer")
    value = FULL[qid]
    if isinstance(widget, ChoiceAnswer | MultiAnswer):
        wanted = value if isinstance(value, str) else value[0]  # type: ignore[index]
        index = [o.value for o in widget.question.options].index(wanted)
        # a fresh list has no option under the cursor: the first Down is the first option
        await pilot.press(*["down"] * (index + 1), "enter")
    elif isinstance(widget, TextAnswer):
        await pilot.press(*str(value))
    else:
        screen.session.set_answer(qid, value)
        await screen.show_current()  # the editor shows the list it was given
    await pilot.pause()
    assert screen.session.answers[qid] == value


async def start_at(pilot: Pilot[None], app: NetwerkcheckApp, qid: str) -> None:
    """Begin; the answers before `qid` as if given; then answer `qid` by keys."""
    await pilot.press("enter")
    await pilot.pause()
    session = question(app).session
    for earlier in ORDER[: ORDER.index(qid)]:
        session.set_answer(earlier, FULL[earlier])
    session.current = qid
    await question(app).show_current()
    await pilot.pause()
    await answer_by_keys(pilot, app, qid)


@pytest.fixture
def content() -> Content:
    return CONTENT


# --- back, then Enter ------------------------------------------------------------------


async def test_single_answer_back_and_enter_keeps_it(content: Content) -> None:
    """The issue's own case: Q1 Down x3 Enter Enter; on Q2 Ctrl+B; Enter."""
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # Beginnen
        await pilot.pause()
        await pilot.press("down", "down", "down", "down", "enter")  # 65 of ouder
        await pilot.pause()
        await pilot.press("enter")  # Volgende (it has focus after a pick)
        await pilot.pause()
        session = question(app).session
        assert session.current == "hoe_gaat_het"
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert session.current == "leeftijd"
        assert_cursor_on_saved(app, "leeftijd")
        await pilot.press("enter")  # keeps 65 of ouder and moves on
        await pilot.pause()
        assert session.answers == {"leeftijd": "vanaf_65"}
        assert session.current == "hoe_gaat_het"
        assert "Kindertelefoon" not in texts(app)


async def test_escape_goes_back_with_the_answer_kept_and_says_so_at_the_first(
    content: Content,
) -> None:
    """Escape did nothing on a question (seen in a walk); everywhere else that is not a
    dialog it goes back. It goes back here too, keeping the answers, and at the first
    question it says so and how to stop, instead of nothing."""
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # Beginnen
        await pilot.pause()
        await pilot.press("down", "down", "down", "down", "enter", "enter")  # 65+, then on
        await pilot.pause()
        session = question(app).session
        assert session.current == "hoe_gaat_het"
        picked = session.answers["leeftijd"]
        assert picked == FULL["leeftijd"]
        await pilot.press("escape")
        await pilot.pause()
        assert session.current == "leeftijd" and session.answers == {"leeftijd": picked}
        assert_cursor_on_saved(app, "leeftijd")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen) and session.current == "leeftijd"
        said = [n.message for n in app._notifications]
        assert "Dit is de eerste vraag. Wil je stoppen? Druk dan op Ctrl+Q." in said


@pytest.mark.parametrize("qid", TYPES)
async def test_every_type_back_and_enter_keeps_the_answer(content: Content, qid: str) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_at(pilot, app, qid)
        session = question(app).session
        await pilot.press("ctrl+n")  # on to the next question (or the overview)
        await pilot.pause()
        if NEXT[qid] is None:
            assert isinstance(app.screen, OverviewScreen)
            await pilot.press("ctrl+b")  # back from the overview to the last question
        else:
            await pilot.press("ctrl+b")
        await pilot.pause()
        assert question(app).session.current == qid
        assert_cursor_on_saved(app, qid)
        before = dict(session.answers)
        await pilot.press("enter")
        await pilot.pause()
        if qid == "netwerk":
            await pilot.press("escape")  # Enter may open the person dialog; nothing is added
            await pilot.pause()
        assert session.answers == before
        assert session.answers[qid] == FULL[qid]


# --- quitting and resuming -------------------------------------------------------------


def save_unfinished(current: str) -> None:
    with CheckStore() as store:
        store.save(new_record(CONTENT.version).with_answers(FULL, current=current))


@pytest.mark.parametrize("qid", TYPES)
async def test_every_type_after_resume_enter_keeps_the_answer(content: Content, qid: str) -> None:
    save_unfinished(qid)
    app = NetwerkcheckApp(content, lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.press("enter")  # 'Verder gaan waar je was' has focus
        await pilot.pause()
        session = question(app).session
        assert session.current == qid
        assert_cursor_on_saved(app, qid)
        await pilot.press("enter")
        await pilot.pause()
        if qid == "netwerk":
            await pilot.press("escape")
            await pilot.pause()
        assert session.answers == FULL
    with CheckStore() as store:
        saved = store.latest_unfinished() or store.list()[0]
        assert saved.engine_answers() == FULL


async def test_resume_is_one_key_also_when_the_check_is_found_after_the_first_paint(
    content: Content,
) -> None:
    """With the content loaded after the first paint (as when really started), the
    unfinished check appears later; 'Verder gaan waar je was' still has focus."""
    save_unfinished("tevreden")
    app = NetwerkcheckApp(lambda: content, lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await app._loaded.wait()
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, WelcomeScreen)
        resume = screen.query_one("#resume", Button)
        assert resume.has_focus and "Verder gaan waar je was" in str(resume.label)
        assert "Begin opnieuw" in str(screen.query_one("#restart", Button).label)
        await pilot.press("enter")
        await pilot.pause()
        assert question(app).session.current == "tevreden"


async def test_ctrl_n_on_the_welcome_screen_continues_an_unfinished_check(
    content: Content,
) -> None:
    save_unfinished("bezigheden")
    app = NetwerkcheckApp(content, lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        footer = {b.binding.key: b.binding.description for b in app.screen.active_bindings.values()}
        assert footer["ctrl+n"] == "Verder gaan waar je was"
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert question(app).session.current == "bezigheden"


async def test_starting_afresh_asks_first(content: Content) -> None:
    save_unfinished("tevreden")
    app = NetwerkcheckApp(content, lang="nl", save=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click("#restart")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")  # 'Nee, terug' has focus
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        await pilot.click("#restart")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        session = question(app).session
        assert session.current == "leeftijd" and session.answers == {}


# --- skip on an answered question ------------------------------------------------------


@pytest.mark.parametrize("qid", TYPES)
async def test_skip_on_an_answered_question_keeps_it_unless_confirmed(
    content: Content, qid: str
) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_at(pilot, app, qid)
        session = question(app).session
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        body = str(app.screen.query_one("#confirm-body", Static).render())
        if qid == "netwerk":
            assert body == "Wil je de 3 mensen weghalen?"
        else:
            assert "Wil je dit antwoord weghalen?" in body
        await pilot.press("enter")  # 'Nee, bewaren' has focus
        await pilot.pause()
        assert session.current == qid and session.answers[qid] == FULL[qid]
        assert qid not in session.skipped
        await pilot.press("ctrl+o")
        await pilot.pause()
        await pilot.press("escape")  # Escape is no, too
        await pilot.pause()
        assert session.answers[qid] == FULL[qid]
        await pilot.press("ctrl+o")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        assert qid not in session.answers and qid in session.skipped


async def test_skip_on_an_unanswered_question_just_moves_on(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
        assert question(app).session.current == "hoe_gaat_het"


# --- Enter on a fresh question ---------------------------------------------------------


@pytest.mark.parametrize("qid", ["leeftijd", "bezigheden"])
async def test_enter_or_space_on_a_fresh_question_picks_nothing_and_says_how(
    content: Content, qid: str
) -> None:
    """Textual put the cursor on a fresh list's first option, so a stray Enter on 'Hoe
    oud ben je?' answered 'Jonger dan 18 jaar' (seen in a walk: a widow of 78 pressing
    Enter to go on got a child's helpline on her results). Now no option is under the
    cursor until an arrow is pressed; Enter and Space pick nothing and the line under
    the question says how to choose, in view also in a low window (at 60x18 that line
    sat below the fold and the Enter seemed to do nothing); the first Down is the first
    option."""
    from netwerkcheck.content.loader import load_content
    from netwerkcheck.i18n import t
    from tests.tui.helpers import in_view

    # the first question with the shipped texts (its theme intro fills a low window's
    # head); a multiple-choice question of this file's content
    shown = load_content() if qid == "leeftijd" else content
    app = NetwerkcheckApp(shown, lang="nl", save=False)
    async with app.run_test(size=(60, 18)) as pilot:
        await pilot.press("enter")  # Beginnen
        await pilot.pause()
        screen = question(app)
        if qid != screen.session.current:  # the first question is met as it opens
            for earlier in ORDER[: ORDER.index(qid)]:
                screen.session.set_answer(earlier, FULL[earlier])
            screen.session.current = qid
            await screen.show_current()
            await pilot.pause()
        widget = screen.query_one("#answer")
        assert isinstance(widget, ChoiceAnswer | MultiAnswer) and widget.has_focus
        assert widget.highlighted is None
        for key in ("enter", "space"):
            await pilot.press(key)
            await pilot.pause()
            assert screen.session.current == qid, key
            assert qid not in screen.session.answers, key
            assert widget.selected == [], key  # nothing shown as picked or ticked
            how = screen.query_one("#how", Static)
            said = str(how.render())
            assert said == t("question.nothing_chosen"), said
            assert in_view(how), key
            # and the question stays in view above it (at 60x18 it was scrolled out)
            assert in_view(screen.query_one("#question-text")), key
        await pilot.press("down", "enter")
        await pilot.pause()
        first = widget.question.options[0].value
        assert screen.session.answers[qid] in (first, (first,))
        # the line names the answer now: 'nothing chosen yet' stayed after a tick
        said = str(screen.query_one("#how", Static).render())
        assert said != t("question.nothing_chosen") and "bewaard" in said, said


async def test_enter_in_an_empty_text_field_says_to_type_not_to_use_the_arrows(
    content: Content,
) -> None:
    """Enter with nothing typed answers nothing and stays (plain mode too asks for an
    answer or a skip). The line under the question then said 'Ga met de pijltjes naar
    een antwoord', but a text field has no arrows to choose with (seen in a walk): it
    says to type, or to skip. Typed words and Enter go on, as before."""
    from netwerkcheck.i18n import t
    from netwerkcheck.tui.widgets.questions import TextAnswer

    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # Beginnen
        await pilot.pause()
        screen = question(app)
        for earlier in ORDER[: ORDER.index("wat_mis_je")]:
            screen.session.set_answer(earlier, FULL[earlier])
        screen.session.current = "wat_mis_je"
        await screen.show_current()
        await pilot.pause()
        assert isinstance(screen.query_one("#answer"), TextAnswer)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.session.current == "wat_mis_je"
        assert "wat_mis_je" not in screen.session.answers
        said = str(screen.query_one("#how", Static).render())
        assert said == t("question.nothing_typed"), said
        assert "pijltjes" not in said and "Ctrl+O" in said
        await pilot.press(*"iemand om mee te praten", "enter")
        await pilot.pause()
        assert screen.session.answers["wat_mis_je"] == "iemand om mee te praten"
        assert screen.session.current != "wat_mis_je"


# --- keys during a question change -----------------------------------------------------


async def test_fast_triple_enter_leaves_the_next_question_unanswered(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "enter")  # a pick: Volgende has focus
        await pilot.pause()
        await burst(app, pilot, "enter", "enter")  # on: and one Enter too many
        session = question(app).session
        assert session.current == "hoe_gaat_het"
        assert "hoe_gaat_het" not in session.answers
        radios = question(app).query_one("#answer", ChoiceAnswer)
        assert radios.pressed_index == -1  # nothing is shown as picked either


async def test_enter_right_after_next_picks_nothing(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        await burst(app, pilot, "ctrl+n", "enter", "enter")
        session = question(app).session
        assert session.current == "hoe_gaat_het"
        assert "hoe_gaat_het" not in session.answers
        # once the question is shown, Enter works as always
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert session.answers["hoe_gaat_het"] == "wisselend"


# --- the answers overview --------------------------------------------------------------


async def walk_to_overview(pilot: Pilot[None], app: NetwerkcheckApp) -> None:
    await start_at(pilot, app, "wat_mis_je")
    await pilot.press("ctrl+n")
    await pilot.pause()
    assert isinstance(app.screen, OverviewScreen)


async def test_overview_before_the_results_shows_every_answer(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await walk_to_overview(pilot, app)
        listed = app.screen.query_one(OptionList)
        shown = "\n".join(str(listed.get_option_at_index(i).prompt) for i in range(7))
        assert listed.option_count == 7
        for words in ("Hoe oud ben je?", "65 of ouder", "Niets vast", "3 mensen"):
            assert words in shown
        assert "Meer mensen zien" in shown
        assert "Kijk je antwoorden na" in texts(app)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)


async def test_overview_enter_opens_a_question_and_comes_back(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await walk_to_overview(pilot, app)
        await pilot.press("down", "enter")  # the second question: hoe gaat het
        await pilot.pause()
        session = question(app).session
        assert session.current == "hoe_gaat_het"
        assert_cursor_on_saved(app, "hoe_gaat_het")
        await pilot.press("up", "enter")  # change it to 'Goed' ...
        await pilot.pause()
        await pilot.press("enter")  # ... and Volgende: back to the overview
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        assert session.answers["hoe_gaat_het"] == "goed"
        listed = app.screen.query_one(OptionList)
        assert listed.highlighted == 1  # the cursor stays where the person was
        assert {k: v for k, v in session.answers.items() if k != "hoe_gaat_het"} == {
            k: v for k, v in FULL.items() if k != "hoe_gaat_het"
        }


async def test_overview_from_the_results_in_one_key(content: Content) -> None:
    app = NetwerkcheckApp(content, lang="nl", save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await walk_to_overview(pilot, app)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        footer: Any = app.screen.active_bindings
        assert any(b.binding.key == "ctrl+a" for b in footer.values())
        await pilot.press("ctrl+a")
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        await pilot.press("end", "enter")  # the last question: open it, Enter keeps it
        await pilot.pause()
        assert question(app).session.current == "wat_mis_je"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        assert question_answers(app) == FULL


def question_answers(app: NetwerkcheckApp) -> dict[str, AnswerValue]:
    screen: Any = app.screen
    return dict(screen.session.answers)


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_a_pick_can_be_corrected_with_the_arrows_before_going_on(lang: Any) -> None:
    """Enter picks and stays; Up and Enter then pick the other option (they went on
    with the first pick: the focus had jumped to Next), the line under the question
    names the new answer, and Enter on it goes on with it."""
    from netwerkcheck.i18n import t
    from tests.tui.helpers import small_content

    app = NetwerkcheckApp(small_content(), lang=lang, save=False)
    async with app.run_test(size=(60, 18)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        question = screen.session.question
        assert question is not None and question.type == "single"
        first, second = question.options[0], question.options[1]
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert screen.session.answers[question.id] == second.value
        assert screen.session.question is question
        await pilot.press("up", "enter")
        await pilot.pause()
        assert screen.session.answers[question.id] == first.value
        assert screen.session.question is question
        said = str(screen.query_one("#how", Static).render())
        assert said == t("answers.kept_choice", lang, answer=first.label.get(lang)), said
        await pilot.press("enter")
        await pilot.pause()
        assert screen.session.current != question.id
        assert screen.session.answers[question.id] == first.value
