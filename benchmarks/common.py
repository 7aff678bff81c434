"""What the benchmarks share: running a command on its own pseudo-terminal, timing
rounds side by side, saved checks in a throw-away data folder, the machine's details.

Timing on a shared machine is noisy, so every benchmark measures what it compares in
the same run, interleaved round by round (a, b, c, a, b, c, ...), and reports medians
and ratios of medians, never a single time. A process run reports two times: wall
clock, and the CPU time (user + system) the process used, which other programs on
the machine disturb far less; ratios of both are printed.
"""

from __future__ import annotations

import os
import platform
import resource
import select
import statistics
import struct
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PY = sys.executable
APP = [PY, "-m", "netwerkcheck"]
BARE = [PY, str(HERE / "bare_app.py")]
EXIT_FLAG = "NETWERKCHECK_EXIT_AFTER_FIRST_PAINT"
TIMEOUT = 30.0


class Failed(Exception):
    """A run did not finish in time or ended with an error."""


def base_env(**extra: str) -> dict[str, str]:
    """The environment for a timed run: bytecode on, a real 80x24 terminal, no plain mode."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiling every import would hide differences
    env.pop("ACCESSIBLE", None)  # would route netwerkcheck to plain mode
    env.pop("NO_COLOR", None)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    env.setdefault("TERM", "xterm-256color")
    env["COLUMNS"], env["LINES"] = "80", "24"
    env.update(extra)
    return env


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def in_pty(cmd: Sequence[str], env: Mapping[str, str], size: tuple[int, int] = (80, 24)) -> Timing:
    """Seconds from start to exit of `cmd` on a fresh pseudo-terminal of `size`."""
    import fcntl
    import pty
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(cmd), stdin=slave, stdout=slave, stderr=slave, env=dict(env), close_fds=True
    )
    os.close(slave)
    cpu0 = _children_cpu()
    tail = b""
    try:
        while True:
            if time.perf_counter() - start > TIMEOUT:
                proc.kill()
                proc.wait()
                raise Failed("timeout")
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(master, 65536)  # drain, or the app blocks on a full pty
                except OSError:
                    chunk = b""
                if not chunk:
                    break
                tail = (tail + chunk)[-4096:]
            elif proc.poll() is not None:
                break
        proc.wait()
        elapsed = time.perf_counter() - start
    finally:
        os.close(master)
    if proc.returncode != 0:
        raise Failed(f"exit code {proc.returncode}: {tail[-300:].decode('utf-8', 'replace')!r}")
    return Timing(elapsed, _children_cpu() - cpu0)


def piped(cmd: Sequence[str], env: Mapping[str, str]) -> Timing:
    """Seconds from start to exit of `cmd` with its output captured (no terminal)."""
    cpu0 = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(
        list(cmd),
        env=dict(env),
        capture_output=True,
        timeout=TIMEOUT,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise Failed(f"exit code {done.returncode}: {done.stderr[-300:]!r}")
    return Timing(elapsed, _children_cpu() - cpu0)


@dataclass(frozen=True)
class Case:
    """One thing to time: `run()` returns its Timing."""

    name: str
    run: Callable[[], Timing]


def rounds(cases: Sequence[Case], runs: int, warmup: int = 1) -> dict[str, Timing]:
    """Median wall and CPU seconds per case, the cases interleaved round by round."""
    for _ in range(warmup):
        for case in cases:
            case.run()
    times: dict[str, list[Timing]] = {c.name: [] for c in cases}
    for _ in range(runs):
        for case in cases:
            times[case.name].append(case.run())
    return {
        name: Timing(
            statistics.median(t.wall for t in values), statistics.median(t.cpu for t in values)
        )
        for name, values in times.items()
    }


def machine() -> str:
    """One line about the machine the numbers come from."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = f"load {os.getloadavg()[0]:.1f}"
    except OSError:
        load = ""
    import textual

    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, {load}; "
        f"Python {platform.python_version()}, textual {textual.__version__}"
    )


def make_checks(
    data_dir: Path,
    count: int,
    *,
    unfinished: int = 0,
    clients: Sequence[str] = (),
    people: int = 5,
) -> None:
    """`count` finished checks of the person's own, `unfinished` unfinished ones, and one
    finished check per client name, with realistic answers (a network of `people`).

    The first check goes through CheckStore (the folder, its modes, the exact format);
    the others are copies of its bytes under new ids, so 1000 checks take a second,
    not 1000 fsyncs."""
    import json

    from netwerkcheck.store import CheckStore, new_record

    answers = sample_answers(people)
    total = count + unfinished + len(clients)
    with CheckStore(data_dir) as store:
        first = store.save(new_record("1", "nl").with_answers(answers, current=None, finished=True))  # type: ignore[arg-type]
        template = json.loads(first.to_json_bytes())
        store.delete(first.id)
        for i in range(total):
            data = dict(template)
            data["id"] = f"{first.id[:15]}-{i:06d}"
            stamp = f"2026-01-01T00:00:00.{i:06d}+00:00"
            data["created"] = data["updated"] = stamp
            is_client = i >= count + unfinished
            data["client"] = clients[i - count - unfinished] if is_client else None
            data["finished"] = i < count or is_client
            data["current"] = None if data["finished"] else next(iter(answers))
            path = store.checks / f"{data['id']}.json"
            path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            os.chmod(path, 0o600)


def sample_answers(people: int) -> dict[str, object]:
    """Answers to the shipped questions that fill every kind of question, and a network."""
    from netwerkcheck.content.loader import load_content
    from netwerkcheck.engine.network import Network, Person

    content = load_content()
    answers: dict[str, object] = {}
    for question in content.questions:
        kind = question.type
        options = [o.value for o in getattr(question, "options", []) or []]
        if kind == "network":
            answers[question.id] = network_of(people, Network, Person)
        elif kind == "multi" and options:
            answers[question.id] = tuple(options[:2])
        elif options:
            answers[question.id] = options[0]
    return answers


def network_of(people: int, network_cls: type, person_cls: type) -> object:
    """A network of `people`, spread over every circle, relation and kind of support."""
    from netwerkcheck.engine.network import CIRCLES, RELATIONS, SUPPORTS

    members = [
        person_cls(
            name=f"Persoon {i}",
            relation=RELATIONS[i % len(RELATIONS)],
            circle=CIRCLES[i % len(CIRCLES)],
            supports=frozenset(SUPPORTS[: i % (len(SUPPORTS) + 1)]),
        )
        for i in range(people)
    ]
    return network_cls(people=tuple(members))


def as_the_cli_does() -> None:
    """After loading the content in a benchmark's own process: what `netwerkcheck` does
    then (commands/start.py keeps what is loaded out of the garbage collector's full
    passes). What earlier rounds left behind is collected first, and not kept."""
    import gc

    from netwerkcheck.commands.start import keep_out_of_gc

    gc.unfreeze()
    gc.collect()
    keep_out_of_gc()


def ratio(a: float, b: float) -> float:
    return a / b if b else float("nan")


@dataclass(frozen=True)
class Row:
    """One line of the table every benchmark prints (and run_all.py gathers)."""

    name: str
    measured: str
    ratio: float | None = None
    cpu_ratio: float | None = None
    goal: str = ""
    ok: bool | None = None


def compared(
    name: str, value: Timing, reference: Timing, limit: float | None, ref_name: str
) -> Row:
    """A row for `value` against `reference` (same run): wall and CPU ratios, and whether
    the wall ratio is within `limit`."""
    wall, cpu = value.wall / reference.wall, value.cpu / reference.cpu if reference.cpu else 0.0
    return Row(
        name,
        f"{value.wall * 1000:.0f} ms",
        wall,
        cpu,
        f"<= {limit:g}x {ref_name}" if limit is not None else f"vs {ref_name}",
        wall <= limit if limit is not None else None,
    )


def print_table(rows: Sequence[Row]) -> None:
    """The table: what, measured, ratio (wall), ratio (CPU), goal, verdict."""
    width = max([len(r.name) for r in rows] + [10])
    shown = max([len(r.measured) for r in rows] + [10])
    print(f"  {'what':{width}}  {'measured':>{shown}}  {'ratio':>6}  {'cpu':>6}  goal")
    for r in rows:
        ratio = f"{r.ratio:6.2f}" if r.ratio is not None else " " * 6
        cpu = f"{r.cpu_ratio:6.2f}" if r.cpu_ratio is not None else " " * 6
        verdict = {True: "ok", False: "NOT MET", None: ""}[r.ok]
        line = f"  {r.name:{width}}  {r.measured:>{shown}}  {ratio}  {cpu}  {r.goal} {verdict}"
        print(line.rstrip())


def bench_main(
    doc: str | None,
    measure: Callable[[int], Sequence[Row]],
    runs: int,
    argv: Sequence[str] | None = None,
) -> int:
    """A benchmark's command line: `--runs N`, then the machine and its table."""
    import argparse

    parser = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=runs)
    args = parser.parse_args(argv)
    print(machine())
    print_table(measure(args.runs))
    return 0
