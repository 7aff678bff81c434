"""The first screen knows what to offer before the content and the store are loaded
(store.peek), and what the store finds later wins."""

from __future__ import annotations

import threading
from pathlib import Path

from textual.widgets import Button

from netwerkcheck.content.loader import Content
from netwerkcheck.store import CheckStore, new_record
from netwerkcheck.tui.app import NetwerkcheckApp
from netwerkcheck.tui.screens.question import QuestionScreen
from netwerkcheck.tui.screens.welcome import WelcomeScreen
from tests.tui.helpers import small_content


def _held_loader(release: threading.Event) -> tuple[object, list[Content]]:
    loaded: list[Content] = []

    def load() -> Content:
        release.wait(30)
        content = small_content()
        loaded.append(content)
        return content

    return load, loaded


def _visible_text(screen: WelcomeScreen) -> str:
    return " ".join(str(w.render()) for w in screen.query("Static"))


async def test_resume_offer_shows_before_the_content_is_loaded(tmp_path: Path) -> None:
    with CheckStore(tmp_path) as store:
        store.save(new_record("1").model_copy(update={"finished": True}))
        record = store.save(
            new_record("1").with_answers(
                {"woonsituatie": "alleen"}, current="bezigheden", finished=False
            )
        )
    release = threading.Event()
    load, loaded = _held_loader(release)
    app = NetwerkcheckApp(load, lang="nl", save=True, data_dir=tmp_path)  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not loaded and app.store is None  # nothing loaded, nothing opened yet
        assert isinstance(app.screen, WelcomeScreen)
        resume = app.screen.query_one("#resume", Button)
        assert resume.region.height > 0 and app.screen.region.contains_region(resume.region)
        assert app.screen.query("#history")  # own checks are saved: the history button
        # saved just now: said in words, not as a date such as 2026-12-01
        shown = _visible_text(app.screen)
        assert "Je was vandaag nog bezig met een check" in shown, shown
        assert record.updated[:10] not in shown
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.resumable is not None and app.resumable.id == record.id
        assert app.screen.query("#resume")
        await pilot.press("enter")  # 'Verder gaan' has focus
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert app.screen.session.answers.get("woonsituatie") == "alleen"


async def test_the_store_corrects_the_first_look(tmp_path: Path) -> None:
    """A check the quick look takes as unfinished but the store cannot use (a broken
    file) disappears from the welcome screen once the store has looked."""
    checks = tmp_path / "checks"
    with CheckStore(tmp_path):
        pass
    bad = checks / "20260101-000000-abcdef.json"
    bad.write_text(
        '{"schema_version": 3, "id": "20260101-000000-abcdef", "finished": false,'
        ' "client": null, "updated": "2026-01-01T00:00:00+00:00",'
        ' "created": "2026-01-01T00:00:00+00:00", "answers": {"x": 5}}'
    )
    release = threading.Event()
    load, _ = _held_loader(release)
    app = NetwerkcheckApp(load, lang="nl", save=True, data_dir=tmp_path)  # type: ignore[arg-type]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.query("#resume")
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert app.resumable is None
        assert not app.screen.query("#resume")
        assert app.screen.query_one("#start", Button).has_focus
