"""Every speed measurement of netwerkcheck in one run, as one table (issue #15).

    uv run python benchmarks/run_all.py [--quick]

Runs, in this order: start-up (startup.py: each first screen against a bare Textual
app, the light commands, content check against the import floor), content growth
(content_check.py: 1x, 4x, 10x content), steps in the app (steps.py: key press to the
next screen drawn) and the history (history.py: 1, 100, 1000 saved checks).

Each part compares within itself, measured in the same run and interleaved, so the
ratios hold on a busy machine better than the times do; the machine's details and load
are printed with the table. `--quick` uses fewer runs (a rough look, not for the README).
No timed assertions live in the test suite; this is where time is measured.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent))

import content_check
import history
import startup
import steps
from common import Row, machine, print_table


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs: a rough look")
    args = parser.parse_args(argv)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode on, for this process too
    runs = {"startup": 5, "content": 2, "steps": 1, "history": 2} if args.quick else {}
    rows: list[Row] = []
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    before = machine()
    rows += startup.measure(runs.get("startup", 15))
    rows += content_check.measure(runs.get("content", 5))[2:]  # shipped check: in startup
    rows += steps.measure(runs.get("steps", 3))
    rows += history.measure(runs.get("history", 5))
    print(f"netwerkcheck speed, {when}")
    print(f"machine: {before}")
    print(f"after:   {machine()}")
    print("ratio: wall-clock ratio against the reference in the same part; cpu: the same")
    print("for CPU time (user + system), which other programs disturb less.")
    print_table(rows)
    met = sum(1 for r in rows if r.ok)
    goals = sum(1 for r in rows if r.ok is not None)
    print(f"\n{met} of {goals} goals met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
