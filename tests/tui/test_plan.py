"""The person's own marks ('hier wil ik over praten') and plan ('wat ik wil proberen')
on the results: by keys, saved at once, kept over quit and resume, in every export."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, Static

from netwerkcheck.content.loader import Content, load_content
from netwerkcheck.report.export import render
from netwerkcheck.store import CheckStore
from netwerkcheck.store.record import SUGGESTION_MARK
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.overview import OverviewScreen
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.screens.results import ResultsScreen
from netwerkcheck.tui.widgets.plan import MarkableLine, PlanStepScreen, SuggestionCard
from tests.tui.helpers import FIXTURE, walk_to_results

STEP = "Zaterdag met Anna wandelen"


async def tab_to(pilot: Pilot[None], app: NetwerkcheckApp, kind: type, skip: int = 0) -> object:
    """Press Tab until a widget of `kind` has focus (the `skip`+1-th one met)."""
    seen = 0
    for _ in range(60):
        await pilot.press("tab")
        await pilot.pause()
        if isinstance(app.screen.focused, kind):
            if seen == skip:
                return app.screen.focused
            seen += 1
    raise AssertionError(f"no {kind.__name__} took focus")


def text_of(app: NetwerkcheckApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def plan_content(tmp_path: Path) -> Content:
    """The small fixture (five questions) with what this test needs from content: an
    answer shown under 'Wat je zei' (summary) and a second suggestion for the same
    answer, so two ideas can be chosen. A walk through it takes a fraction of the
    shipped check's."""
    root = tmp_path / "content"
    shutil.copytree(FIXTURE, root)
    questions = root / "questions" / "02_tevredenheid.yaml"
    text = questions.read_text(encoding="utf-8")
    wish = "  - id: wens_verandering\n    type: single\n"
    assert wish in text
    questions.write_text(text.replace(wish, wish + "    summary: true\n"), encoding="utf-8")
    with (root / "suggestions" / "reflect.yaml").open("a", encoding="utf-8") as file:
        file.write(
            "  - id: klein_beginnen\n"
            "    kind: reflect\n"
            "    title: {nl: Klein beginnen, en: Start small}\n"
            "    text: {nl: Een kleine stap is ook een stap., en: A small step is a step too.}\n"
            "    when: {question: wens_verandering, in: [ja, misschien]}\n"
        )
    return load_content(root)


async def test_mark_choose_quit_resume_and_export(tmp_path: Path) -> None:
    content = plan_content(tmp_path)
    app = NetwerkcheckApp(content, lang="nl", save=True)
    async with app.run_test(size=(100, 40)) as pilot:
        await walk_to_results(pilot, app)
        assert isinstance(app.screen, ResultsScreen)
        # a question the person answered, marked with M
        line = await tab_to(pilot, app, MarkableLine)
        assert isinstance(line, MarkableLine)
        await pilot.pause()
        footer = " ".join(str(key.render()) for key in app.screen.query("FooterKey"))
        assert "Praten" in footer and "Proberen" not in footer  # an answer is not an idea
        question_mark = line.mark_id
        await pilot.press("m")
        await pilot.pause()
        assert "★ Hier wil ik over praten" in str(line.render())
        # a suggestion, marked with M and chosen with P, with a step
        card = await tab_to(pilot, app, SuggestionCard)
        assert isinstance(card, SuggestionCard)
        await pilot.pause()
        footer = " ".join(str(key.render()) for key in app.screen.query("FooterKey"))
        assert "Praten" in footer and "Proberen" in footer
        first = card.suggestion_id
        await pilot.press("m", "p")
        await pilot.pause()
        assert isinstance(app.screen, PlanStepScreen)
        await pilot.press(*STEP, "enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        # a second idea, without a step
        card2 = await tab_to(pilot, app, SuggestionCard)
        assert isinstance(card2, SuggestionCard) and card2.suggestion_id != first
        second = card2.suggestion_id
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen.query_one("#plan-step", Input), Input)
        await pilot.press("enter")
        await pilot.pause()
        tried = text_of(app, "#plan-try")
        assert STEP in tried and "(nog geen stap opgeschreven)" in tried
        assert tried.index("1.") < tried.index("2.")
        talk = text_of(app, "#plan-talk")
        assert talk.count("★") == 2
        status = str(card.query_one(".plan-status", Static).render())
        assert "★ Hier wil ik over praten" in status and STEP in status
        # back into the questions (so the check is unfinished), then the app goes away
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
    with CheckStore() as store:
        saved = store.latest_unfinished()
        assert saved is not None
        assert saved.own_marks == [question_mark, f"{SUGGESTION_MARK}{first}"]
        assert [(i.suggestion, i.step) for i in saved.plan] == [(first, STEP), (second, "")]
    again = NetwerkcheckApp(content, lang="nl", save=True)
    async with again.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert again.resumable is not None
        await pilot.press("enter")  # 'Verder gaan'
        await pilot.pause()
        assert isinstance(again.screen, QuestionScreen)
        await pilot.press("ctrl+n")
        await pilot.pause()
        if isinstance(again.screen, OverviewScreen):  # the answers overview comes first
            await pilot.press("ctrl+n")
            await pilot.pause()
        assert isinstance(again.screen, ResultsScreen)
        tried = text_of(again, "#plan-try")
        assert STEP in tried
        assert text_of(again, "#plan-talk").count("★") == 2
        record = again.autosave.record
    titles = [s.title.get("nl").strip() for s in content.suggestions if s.id in (first, second)]
    question = content.question(question_mark).text.get("nl").strip()
    for fmt in ("md", "html", "txt"):
        out = " ".join(render(fmt, record, content, "nl").split())
        assert "Hier wil ik over praten" in out and "Wat ik wil proberen" in out, fmt
        assert STEP in out, fmt
        for title in titles:
            assert title in out or title.replace("'", "&#x27;") in out, (fmt, title)
        assert question.split("?")[0][:20] in out, fmt
