"""Start-up speed, measured side by side on the same machine in the same run (run by hand).

    uv run python benchmarks/startup.py [--runs 20] [--warmup 2] [--no-hyperfine]

What it times:
1. A bare Textual app showing one Static (benchmarks/bare_app.py) until its first screen.
2. `netwerkcheck` until its first screen. The app supports NETWERKCHECK_EXIT_AFTER_FIRST_PAINT=1:
   it exits right after its first screen is shown, as the bare app does.
3. `netwerkcheck --help`, `--version` and `content check` (these never import Textual).

It prints each median, and the ratio app / bare app; the goal is at most 1.3.

Both apps get a real pseudo-terminal (80x24) of their own, so Textual draws exactly as in a
terminal window and netwerkcheck does not switch to plain mode (it does that when stdout is
not a terminal). With hyperfine installed (`apt install hyperfine`) and this script run in a
terminal, hyperfine does the timing (`--output=inherit`, so the apps draw in your terminal);
otherwise a Python loop times N runs with time.perf_counter. If the app does not exit by
itself after its first screen (an older build without the variable), that is reported and
the other figures are still printed.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
BARE = [sys.executable, str(HERE / "bare_app.py")]
APP = [sys.executable, "-m", "netwerkcheck"]
ENV_FLAG = "NETWERKCHECK_EXIT_AFTER_FIRST_PAINT"
GOAL = 1.3
TIMEOUT = 15.0


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env[ENV_FLAG] = "1"
    env.pop("ACCESSIBLE", None)  # would route netwerkcheck to plain mode
    env.pop("NO_COLOR", None)
    env.setdefault("TERM", "xterm-256color")
    env["COLUMNS"], env["LINES"] = "80", "24"
    return env


class Failed(Exception):
    """A run did not finish in time or ended with an error."""


def _in_pty(cmd: Sequence[str], env: dict[str, str]) -> float:
    """Seconds from start to exit of `cmd` on a fresh 80x24 pseudo-terminal."""
    import fcntl
    import pty
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(cmd), stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True
    )
    os.close(slave)
    output = b""
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
                output += chunk[-4096:]
            elif proc.poll() is not None:
                break
        proc.wait()
        elapsed = time.perf_counter() - start
    finally:
        os.close(master)
    if proc.returncode != 0:
        tail = output[-300:].decode("utf-8", "replace")
        raise Failed(f"exit code {proc.returncode}: {tail!r}")
    return elapsed


def _piped(cmd: Sequence[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        list(cmd), env=env, capture_output=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise Failed(f"exit code {done.returncode}")
    return elapsed


def loop(cmd: Sequence[str], runs: int, warmup: int, tty: bool) -> float:
    """Median seconds over `runs` runs after `warmup` untimed ones."""
    env = _env()
    run = _in_pty if tty else _piped
    for _ in range(warmup):
        run(cmd, env)
    return statistics.median(run(cmd, env) for _ in range(runs))


def hyperfine(
    cmds: dict[str, Sequence[str]], runs: int, warmup: int, inherit: bool
) -> dict[str, float]:
    """Medians from hyperfine. `inherit`: the commands draw in this terminal (the apps)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "hf.json"
        args = ["hyperfine", "--runs", str(runs), "--warmup", str(warmup)]
        args += ["--output=inherit"] if inherit else []
        args += ["--export-json", str(out)]
        for name, cmd in cmds.items():
            args += ["--command-name", name, " ".join(_quote(c) for c in cmd)]
        subprocess.run(args, env=_env(), check=True)
        data = json.loads(out.read_text())
    return {r["command"]: float(r["median"]) for r in data["results"]}


def _quote(arg: str) -> str:
    import shlex

    return shlex.quote(arg)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--no-hyperfine", action="store_true", help="always use the Python loop")
    args = parser.parse_args(argv)

    print(f"python {sys.version.split()[0]} on {sys.platform}, {args.runs} runs each")
    app_ok = True
    try:
        _in_pty(APP, _env())  # does the app exit by itself after its first screen?
    except Failed as exc:
        app_ok = False
        print(
            f"netwerkcheck app: not measured ({exc}). Does this build support "
            f"{ENV_FLAG}=1 (exit right after the first screen)?"
        )

    in_terminal = sys.stdin.isatty() and sys.stdout.isatty()
    use_hf = bool(shutil.which("hyperfine")) and in_terminal and not args.no_hyperfine
    print("timing with:", "hyperfine" if use_hf else "a Python loop (time.perf_counter)")

    light = {
        "netwerkcheck --help": [*APP, "--help"],
        "netwerkcheck --version": [*APP, "--version"],
        "netwerkcheck content check": [*APP, "content", "check"],
    }
    screens: dict[str, Sequence[str]] = {"bare Textual app": BARE}
    if app_ok:
        screens["netwerkcheck app"] = APP

    medians: dict[str, float] = {}
    failures: dict[str, str] = {}
    if use_hf:
        try:
            medians.update(hyperfine(screens, args.runs, args.warmup, inherit=True))
            medians.update(hyperfine(light, args.runs, args.warmup, inherit=False))
        except (subprocess.CalledProcessError, OSError, ValueError, KeyError) as exc:
            print(f"hyperfine failed ({exc}); falling back to the Python loop")
            use_hf = False
    if not use_hf:
        for name, cmd in screens.items():
            try:
                medians[name] = loop(cmd, args.runs, args.warmup, tty=True)
            except Failed as exc:
                failures[name] = str(exc)
        for name, cmd in light.items():
            try:
                medians[name] = loop(cmd, args.runs, args.warmup, tty=False)
            except (Failed, subprocess.TimeoutExpired) as exc:
                failures[name] = str(exc)

    print()
    print("median time to first screen / to exit:")
    for name in [*screens, *light]:
        if name in medians:
            print(f"  {name:28} {_ms(medians[name])}")
        else:
            print(f"  {name:28} failed: {failures.get(name, 'not run')}")
    bare, app = medians.get("bare Textual app"), medians.get("netwerkcheck app")
    if bare and app:
        ratio = app / bare
        verdict = "within" if ratio <= GOAL else "ABOVE"
        print(f"\nratio netwerkcheck / bare app: {ratio:.2f} ({verdict} the goal of {GOAL})")
        return 0
    print("\nratio: not available (see above)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
