"""How the history scales with the number of saved checks (run by hand).

    uv run python benchmarks/history.py [--runs 5]

Saved checks (1, 100 and 1000, each with a network of 5) are made in throw-away data
folders (NETWERKCHECK_DATA_DIR). Timed, interleaved:
1. `netwerkcheck history` in a fresh process, above process start (a bare
   `python -c pass` in the same rounds).
2. The app's history screen (Pilot, headless, 80x24): F3 on the welcome screen to the
   last frame of the list, in a warm process (the store already open).

Goal (issue #15): 1000 checks list in at most 3x the time of 1 check.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    APP,
    PY,
    Case,
    Row,
    as_the_cli_does,
    base_env,
    bench_main,
    make_checks,
    piped,
    rounds,
)

SIZES = (1, 100, 1000)
GOAL = 3.0


async def screen_time(data_dir: Path) -> float:
    """Seconds from F3 on the welcome screen to the history list drawn."""
    from netwerkcheck.content.loader import load_content
    from netwerkcheck.tui.app import NetwerkcheckApp
    from netwerkcheck.tui.screens.history import HistoryScreen

    frames: list[tuple[float, object]] = []

    class TimedApp(NetwerkcheckApp):
        def _display(self, screen: Any, renderable: Any) -> None:
            super()._display(screen, renderable)
            frames.append((time.perf_counter(), screen))

    content = load_content()
    as_the_cli_does()
    app = TimedApp(content, lang="nl", save=True, data_dir=data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        frames.clear()
        start = time.perf_counter()
        await pilot.press("f3")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen), type(app.screen)
        drawn = [at for at, screen in frames if isinstance(screen, HistoryScreen)]
        return (drawn[-1] if drawn else time.perf_counter()) - start


def measure(runs: int) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        dirs = {n: Path(tmp, f"checks{n}") for n in SIZES}
        for n, folder in dirs.items():
            make_checks(folder, n)
        cases = [Case("start", partial(piped, [PY, "-c", "pass"], base_env()))]
        cases += [
            Case(
                f"cli {n}",
                partial(piped, [*APP, "history"], base_env(NETWERKCHECK_DATA_DIR=str(d))),
            )
            for n, d in dirs.items()
        ]
        cli = rounds(cases, runs)
        screen: dict[int, list[float]] = {n: [] for n in SIZES}
        for d in dirs.values():
            asyncio.run(screen_time(d))  # warm: imports, validators
        for _ in range(runs):
            for n, d in dirs.items():
                screen[n].append(asyncio.run(screen_time(d)))
    start = cli["start"].wall
    above = {n: cli[f"cli {n}"].wall - start for n in SIZES}
    rows = [Row("process start (python -c pass)", f"{start * 1000:.0f} ms", goal="reference")]
    for n in SIZES:
        rows.append(
            Row(
                f"netwerkcheck history, {n} checks",
                f"{above[n] * 1000:.0f} ms",
                above[n] / above[1],
                None,
                f"<= {GOAL:g}x 1 check" if n == 1000 else "above process start",
                above[n] / above[1] <= GOAL if n == 1000 else None,
            )
        )
    one = statistics.median(screen[1])
    for n in SIZES:
        value = statistics.median(screen[n])
        rows.append(
            Row(
                f"history screen, {n} checks",
                f"{value * 1000:.0f} ms",
                value / one,
                None,
                f"<= {GOAL:g}x 1 check" if n == 1000 else "F3 to list drawn",
                value / one <= GOAL if n == 1000 else None,
            )
        )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    return bench_main(__doc__, measure, 5, argv)


if __name__ == "__main__":
    sys.exit(main())
