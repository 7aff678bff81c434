"""How fast the app answers a key: key press to the next screen painted (run by hand).

    uv run python benchmarks/steps.py [--runs 3]

Drives netwerkcheck with Textual's Pilot (headless, 80x24) through the shipped content
with every question answered (a network of 5, 40 and 200 people), and times each step
from the key press to the first frame drawn with the new view in it (a new screen, or
the next question's answer widget laid out); Pilot's own waiting for the app to go idle
is not counted. The last frame of each step (when the app has settled) is summarised too:
next question (Ctrl+N), back (Ctrl+B), the network question (the list and the map),
"why you see this" on the results, and the results screen itself.

Goals (issue #15): median under 50 ms per step; the results with 200 people under 150 ms.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, as_the_cli_does, bench_main, sample_answers

STEP_GOAL_MS = 50.0
RESULTS_200_GOAL_MS = 150.0
SIZES = (5, 40, 200)


async def _settle(pilot: object) -> None:
    """Until the app is idle with the screen drawn (Pilot's pause twice: the screen
    switch, then the refresh it schedules)."""
    await pilot.pause()  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


Sample = tuple[float, float]  # wall-clock ms, CPU ms


async def drive(people: int, samples: dict[str, list[Sample]], settled: list[float]) -> None:
    from netwerkcheck.content.loader import load_content
    from netwerkcheck.store import new_record
    from netwerkcheck.tui.app import NetwerkcheckApp
    from netwerkcheck.tui.screens.help import HelpScreen
    from netwerkcheck.tui.screens.question import QuestionScreen
    from netwerkcheck.tui.screens.results import ResultsScreen

    content = load_content()
    answers = sample_answers(people)
    as_the_cli_does()
    first = content.questions[0].id
    record = new_record(content.version, "nl").with_answers(answers, current=first)  # type: ignore[arg-type]
    frames: list[tuple[float, float, bool]] = []  # (when, CPU time then, the new view shown)
    old_parts: set[int] = set()

    def shows_new_view(screen: Any) -> bool:
        """The frame holds the step's new view: a new screen, or on the question screen a
        new answer widget with its place in the layout."""
        if not isinstance(screen, QuestionScreen):
            return id(screen) not in old_parts
        found = screen.query("#answer")
        return (
            bool(found) and id(found.first()) not in old_parts and found.first().region.height > 0
        )

    class TimedApp(NetwerkcheckApp):
        def _display(self, screen: Any, renderable: Any) -> None:
            super()._display(screen, renderable)
            frames.append((time.perf_counter(), time.process_time(), shows_new_view(screen)))

    app = TimedApp(content, lang="nl", save=False)

    async def timed(key: str) -> tuple[float, float]:
        """Key press to the first frame drawn with the new view in it, in wall-clock and
        in CPU time (the process's own, which other programs on the machine disturb
        less). Pilot's own waiting for the app to go idle is not counted; `settled`
        keeps the last frame."""
        old_parts.clear()
        old_parts.add(id(app.screen))
        old_parts.update(id(w) for w in app.screen.query("#answer"))
        frames.clear()
        start, start_cpu = time.perf_counter(), time.process_time()
        await pilot.press(key)
        await _settle(pilot)
        painted = [(at, cpu) for at, cpu, new in frames if new]
        last = (frames[-1][0], frames[-1][1]) if frames else None
        end, end_cpu = painted[0] if painted else last or (time.perf_counter(), time.process_time())
        settled.append(((last[0] if last else end) - start) * 1000)
        return (end - start) * 1000, (end_cpu - start_cpu) * 1000

    def what(screen: object) -> str:
        if type(screen).__name__ == "OverviewScreen":
            return "to the overview of answers"
        if isinstance(screen, ResultsScreen):
            return f"to the results, {people} people"
        if isinstance(screen, QuestionScreen) and getattr(screen.session.question, "type", "") == (
            "network"
        ):
            return f"to the network question (list + map), {people} people"
        return "next question"

    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        app.resumable = record
        await app.begin_check(resume=True)
        await _settle(pilot)
        went_back = False
        for _ in range(200):
            if isinstance(app.screen, HelpScreen):
                await pilot.press("escape")
                await _settle(pilot)
            if isinstance(app.screen, ResultsScreen):
                break
            assert isinstance(app.screen, QuestionScreen) or what(app.screen) == (
                "to the overview of answers"
            ), type(app.screen)
            elapsed = await timed("ctrl+n")
            samples.setdefault(what(app.screen), []).append(elapsed)
            if not went_back and isinstance(app.screen, QuestionScreen):
                samples.setdefault("back", []).append(await timed("ctrl+b"))
                samples.setdefault("next question", []).append(await timed("ctrl+n"))
                went_back = True
        assert isinstance(app.screen, ResultsScreen)
        why = app.screen.query(".why")
        if why:
            why.first().focus()
            await _settle(pilot)
            samples.setdefault("open 'why you see this'", []).append(await timed("enter"))
            await pilot.press("escape")
            await _settle(pilot)


def measure(runs: int) -> list[Row]:
    samples: dict[str, list[Sample]] = {}
    settled: list[float] = []
    for _ in range(runs):
        for people in SIZES:
            asyncio.run(drive(people, samples, settled))
    rows: list[Row] = []
    steps = [name for name in samples if "people" not in name]
    steps += sorted(
        (n for n in samples if "people" in n), key=lambda n: (n.split(",")[0], int(n.split()[-2]))
    )
    for name in steps:
        median = statistics.median(wall for wall, _cpu in samples[name])
        cpu = statistics.median(cpu for _wall, cpu in samples[name])
        goal = RESULTS_200_GOAL_MS if name == "to the results, 200 people" else STEP_GOAL_MS
        rows.append(
            Row(
                f"step: {name}",
                f"{median:.0f} ms (cpu {cpu:.0f})",
                goal=f"< {goal:g} ms (median of {len(samples[name])})",
                ok=median < goal,
            )
        )
    rows.append(
        Row(
            "steps: until the app has settled (all)",
            f"{statistics.median(settled):.0f} ms",
            goal="last frame of a step (median; information)",
        )
    )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    return bench_main(__doc__, measure, 3, argv)


if __name__ == "__main__":
    sys.exit(main())
