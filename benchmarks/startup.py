"""Start-up speed, side by side with a bare Textual app in the same run (run by hand).

    uv run python benchmarks/startup.py [--runs 15]

What it times, interleaved round by round, each on its own 80x24 pseudo-terminal:
1. A bare Textual app showing one Static (benchmarks/bare_app.py) until its first screen.
2. netwerkcheck until its first screen (NETWERKCHECK_EXIT_AFTER_FIRST_PAINT=1 makes the
   app exit right after it, as the bare app does): the welcome screen with nothing saved,
   the welcome screen with an unfinished check to resume, and counsellor mode's first
   screen (the client picker, with a saved client).
3. `--help`, `--version`, `history` and `content check` (these never import Textual),
   `content check` next to a bare `python -c "import pydantic, ruamel.yaml"`.

Goals (issue #15): each first screen within 1.15x the bare app; content check within 3x
the import floor. Bytecode is on (PYTHONDONTWRITEBYTECODE is dropped for the runs).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from functools import partial
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    APP,
    BARE,
    EXIT_FLAG,
    PY,
    Case,
    Row,
    base_env,
    compared,
    in_pty,
    machine,
    make_checks,
    piped,
    print_table,
    rounds,
)

SCREEN_GOAL = 1.15
CONTENT_GOAL = 3.0
IMPORT_FLOOR = [PY, "-c", "import pydantic, ruamel.yaml"]


def measure(runs: int, warmup: int = 1) -> list[Row]:
    """The table's rows: each first screen against the bare app, content check against
    the import floor, and the light commands (for information)."""
    with tempfile.TemporaryDirectory() as tmp:
        empty, resume, clients = (Path(tmp, name) for name in ("empty", "resume", "clients"))
        make_checks(resume, 2, unfinished=1)
        make_checks(clients, 0, clients=["Vlinder", "Merel"])
        env = partial(base_env, **{EXIT_FLAG: "1"})
        screens = [
            Case("bare", partial(in_pty, BARE, env())),
            Case("welcome", partial(in_pty, APP, env(NETWERKCHECK_DATA_DIR=str(empty)))),
            Case("welcome + resume", partial(in_pty, APP, env(NETWERKCHECK_DATA_DIR=str(resume)))),
            Case(
                "counsellor first screen",
                partial(in_pty, [*APP, "--counsellor"], env(NETWERKCHECK_DATA_DIR=str(clients))),
            ),
        ]
        light_env = base_env(NETWERKCHECK_DATA_DIR=str(resume))
        light = [
            Case("floor", partial(piped, IMPORT_FLOOR, light_env)),
            Case("content check", partial(piped, [*APP, "content", "check"], light_env)),
            Case("--help", partial(piped, [*APP, "--help"], light_env)),
            Case("--version", partial(piped, [*APP, "--version"], light_env)),
            Case("history", partial(piped, [*APP, "history"], light_env)),
        ]
        m = rounds(screens + light, runs, warmup)
    bare, floor = m["bare"], m["floor"]
    rows = [Row("bare Textual app, first screen", f"{bare.wall * 1000:.0f} ms", goal="reference")]
    for name in ("welcome", "welcome + resume", "counsellor first screen"):
        rows.append(compared(f"first screen: {name}", m[name], bare, SCREEN_GOAL, "bare app"))
    rows.append(
        Row("import pydantic, ruamel.yaml", f"{floor.wall * 1000:.0f} ms", goal="reference")
    )
    rows.append(
        compared("content check (shipped)", m["content check"], floor, CONTENT_GOAL, "imports")
    )
    for name in ("--help", "--version", "history"):
        rows.append(compared(f"netwerkcheck {name}", m[name], bare, None, "bare app"))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=1)
    args = parser.parse_args(argv)
    print(machine())
    print(f"medians of {args.runs} interleaved runs; time to first screen / to exit:")
    print_table(measure(args.runs, args.warmup))
    return 0


if __name__ == "__main__":
    sys.exit(main())
