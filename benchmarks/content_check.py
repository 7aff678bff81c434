"""How long `content check` takes, and how it grows with the content (run by hand).

    uv run python benchmarks/content_check.py [--runs 5]

1. `netwerkcheck content check` on the shipped content, in a fresh interpreter, next to
   a bare `python -c "import pydantic, ruamel.yaml"` (the import floor), interleaved.
   Goal (issue #15): at most 3x the floor.
2. Growth: content made 1x, 4x and 10x as large (every theme, question file and
   suggestion file copied with its ids renamed; help, scales, style and the personas
   stay as they are, so persona runs grow with the questions, not with their square).
   The work above the import floor is check_all() in a warm process (imports done).
   Goal: 10x content takes at most 11x the work of 1x.
"""

from __future__ import annotations

import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import APP, PY, ROOT, Case, Row, base_env, bench_main, compared, piped, rounds

CONTENT = ROOT / "content"
FLOOR = [PY, "-c", "import pydantic, ruamel.yaml"]
RATIO_GOAL = 3.0
GROWTH_GOAL = 11.0


def scaled_content(factor: int, target: Path) -> Path:
    """A copy of the shipped content with `factor` copies of every theme, question and
    suggestion (copy k renames each id X to X_xk, everywhere in its files)."""
    from ruamel.yaml import YAML

    shutil.copytree(CONTENT, target, ignore=shutil.ignore_patterns("examples"))
    yaml = YAML(typ="safe", pure=False)
    ids: set[str] = set()
    for kind in ("questions", "suggestions"):
        for file in (CONTENT / kind).glob("*.yaml"):
            data = yaml.load(file.read_text(encoding="utf-8"))
            ids |= {item["id"] for item in data.get(kind, [])}
    themes_text = (CONTENT / "themes.yaml").read_text(encoding="utf-8")
    themes = yaml.load(themes_text)
    ids |= {theme["id"] for theme in themes["themes"]}
    word = re.compile(
        r"(?<![\w-])(" + "|".join(sorted(map(re.escape, ids), key=len)[::-1]) + r")(?![\w-])"
    )

    def renamed(text: str, k: int) -> str:
        return word.sub(lambda m: f"{m.group(1)}_x{k}", text)

    # Only one question may give ages (`years`, read by the help's age filter), and the
    # settings' contented_when reads the originals only: in the copies those options are
    # marked `quiet`, so the copies are as clean as the shipped content.
    years = re.compile(r"^(\s+)years: \{[^}]*\}$", re.MULTILINE)
    settings_only = _read_only_by_settings()
    for k in range(1, factor):
        for kind in ("questions", "suggestions"):
            for file in sorted((CONTENT / kind).glob("*.yaml")):
                copy = target / kind / f"{file.stem}_x{k}.yaml"
                text = years.sub(r"\1quiet: true", file.read_text(encoding="utf-8"))
                text = renamed(_quiet(text, settings_only), k)
                copy.write_text(text, encoding="utf-8")
    # themes.yaml: the same settings, every theme entry once per copy (text-level, so
    # the file keeps its layout and schema line).
    head, sep, body = themes_text.partition("\nthemes:\n")
    copies = [body.rstrip("\n")] + [renamed(body.rstrip("\n"), k) for k in range(1, factor)]
    (target / "themes.yaml").write_text(head + sep + "\n".join(copies) + "\n", encoding="utf-8")
    return target


def _read_only_by_settings() -> set[tuple[str, str]]:
    """(question, value) pairs that only the settings' contented_when reads."""
    from netwerkcheck.content.loader import load_content
    from netwerkcheck.editor.unread import unread_options

    content = load_content(CONTENT)
    conditions: list[object] = [s.when for s in content.suggestions]
    conditions += [q.show_when for q in content.questions]
    if content.help is not None:
        conditions += [r.when for r in content.help.rules]
    with_settings = set(
        unread_options(content.questions, [*conditions, content.settings.contented_when])
    )
    return set(unread_options(content.questions, conditions)) - with_settings


def _quiet(text: str, pairs: set[tuple[str, str]]) -> str:
    """The question file with `quiet: true` added to the options named in `pairs`."""
    out: list[str] = []
    question = None
    for line in text.splitlines(keepends=True):
        out.append(line)
        if found := re.match(r"^  - id: ([\w-]+)\s*$", line):
            question = found.group(1)
        elif (found := re.match(r"^(\s*)- value: \"?([\w-]+)\"?\s*$", line)) and (
            question,
            found.group(2),
        ) in pairs:
            out.append(f"{found.group(1)}  quiet: true\n")
    return "".join(out)


def work(base: Path, runs: int) -> float:
    """Median seconds of check_all() on `base` in this (warm) process."""
    from netwerkcheck.editor.checkall import check_all

    result = check_all(base=base)
    errors = [p for p in result.problems if p.severity == "error"]
    if errors:  # the generated content must be valid, or later stages would be skipped
        raise SystemExit(f"generated content has errors: {errors[:3]}")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        check_all(base=base)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(runs: int) -> list[Row]:
    env = base_env()
    cold = rounds(
        [
            Case("floor", partial(piped, FLOOR, env)),
            Case("content check", partial(piped, [*APP, "content", "check"], env)),
        ],
        runs * 2,
    )
    rows = [
        Row(
            "import pydantic, ruamel.yaml", f"{cold['floor'].wall * 1000:.0f} ms", goal="reference"
        ),
        compared(
            "content check, shipped", cold["content check"], cold["floor"], RATIO_GOAL, "imports"
        ),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        bases = {f: scaled_content(f, Path(tmp, f"x{f}")) for f in (1, 4, 10)}
        # interleave the sizes over the runs, so load on the machine hits them alike
        samples: dict[int, list[float]] = {f: [] for f in bases}
        for base in bases.values():
            work(base, 1)  # warm: validators, patterns, the YAML reader
        for _ in range(runs):
            for f, base in bases.items():
                samples[f].append(work(base, 1))
    one = statistics.median(samples[1])
    rows.append(Row("content check work, 1x content", f"{one * 1000:.0f} ms", goal="reference"))
    for f in (4, 10):
        value = statistics.median(samples[f])
        limit = GROWTH_GOAL if f == 10 else None
        rows.append(
            Row(
                f"content check work, {f}x content",
                f"{value * 1000:.0f} ms",
                value / one,
                None,
                f"<= {limit:g}x the 1x work" if limit else "vs 1x work (linear: 4)",
                value / one <= limit if limit else None,
            )
        )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    return bench_main(__doc__, measure, 5, argv)


if __name__ == "__main__":
    sys.exit(main())
