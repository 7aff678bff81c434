"""How long `content check` takes on the shipped content (run by hand).

    uv run python benchmarks/content_check.py

Prints the best and median of several in-process runs (imports excluded), and one
cold run of the command in a fresh interpreter (imports included). The aim is well
under a second, so editors can run it after every change.

Measured on 2026-11-28 (shipped content: 23 questions, 40 suggestions, 10 personas,
help and 2 scales; Linux container, Python 3.11): in process best 317 ms, median
334 ms; fresh interpreter 846 ms, of which about 220 ms is `netwerkcheck.store`,
imported by the history/export/forget command modules when the parser is built.
About three quarters of the in-process time is ruamel.yaml parsing.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time


def main() -> None:
    from netwerkcheck.content.checkall import check_all

    check_all()  # warm caches (pydantic validators, pyphen dictionary)
    times = []
    for _ in range(10):
        start = time.perf_counter()
        result = check_all()
        times.append(time.perf_counter() - start)
    assert not result.errors, result.errors
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "netwerkcheck", "content", "check"],
        check=True,
        capture_output=True,
    )
    cold = time.perf_counter() - start
    print(
        f"content check (in process): best {min(times) * 1000:.0f} ms, "
        f"median {statistics.median(times) * 1000:.0f} ms"
    )
    print(f"content check (fresh interpreter, imports included): {cold * 1000:.0f} ms")


if __name__ == "__main__":
    main()
