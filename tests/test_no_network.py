"""No connection is ever attempted: a full save, history and export cycle runs in a
subprocess under an audit hook that records every socket event.

(pytest itself runs with sockets disabled; this subprocess proves the real code
paths, outside pytest-socket, do not even try.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CYCLE = r"""
import json, sys
events = []

def hook(event, args):
    if event.startswith("socket.") or event in ("urllib.Request", "http.client.connect"):
        events.append(event)

sys.addaudithook(hook)

from pathlib import Path
from netwerkcheck.cli import main
from netwerkcheck.engine.network import Network, Person
from netwerkcheck.store import CheckStore, new_record

out = Path(sys.argv[1])
with CheckStore() as store:
    rec = new_record("2026.11.0").with_answers(
        {"woonsituatie": "alleen", "wens_verandering": "ja", "wat_mis_je": "iets",
         "netwerk": Network(people=(Person(name="A", relation="friend", circle="inner"),))},
        current=None, finished=True)
    saved = store.save(rec)
    store.save(saved)
    store.list()
codes = [main(["history"])]
for fmt in ("md", "html", "txt"):
    codes.append(main(["export", saved.id, "--format", fmt, "-o", str(out / f"c.{fmt}")]))
if sys.argv[2] == "control":
    import socket
    try:
        socket.getaddrinfo("localhost", 80)
    except OSError:
        pass
print(json.dumps({"events": events, "codes": codes}), file=sys.stderr)
"""


def _run(tmp_path: Path, mode: str) -> dict[str, list[object]]:
    env = dict(os.environ, NETWERKCHECK_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.run(
        [sys.executable, "-c", CYCLE, str(tmp_path), mode],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    last = proc.stderr.strip().splitlines()[-1]
    result: dict[str, list[object]] = json.loads(last)
    return result


def test_full_cycle_makes_no_network_calls(tmp_path: Path) -> None:
    result = _run(tmp_path, "real")
    assert result["codes"] == [0, 0, 0, 0]
    assert result["events"] == []
    html = (tmp_path / "c.html").read_text("utf-8")
    assert "http://" not in html and "https://" not in html and 'src="//' not in html


def test_the_hook_would_see_a_lookup(tmp_path: Path) -> None:
    """Control: the same harness does notice a name lookup, so the test above can fail."""
    result = _run(tmp_path, "control")
    assert "socket.getaddrinfo" in result["events"]
