"""Start `netwerkcheck serve` as a person would (a subprocess) and talk to it over loopback.

The rest of the suite runs with sockets disabled (pytest-socket); the serve tests allow
connections to 127.0.0.1 only, with `pytestmark = LOOPBACK_ONLY`.
"""

from __future__ import annotations

import http.client
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

LOOPBACK_ONLY = pytest.mark.allow_hosts(["127.0.0.1"])
FIXTURE = Path(__file__).parent.parent / "fixtures" / "content_small"
URL = re.compile(r"http://127\.0\.0\.1:(\d+)/\?token=([A-Za-z0-9_-]+)")


@dataclass
class Served:
    proc: subprocess.Popen[str]
    port: int
    token: str
    lines: list[str] = field(default_factory=list)
    cookie: str | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/?token={self.token}"

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def request(
        self,
        path: str,
        *,
        cookie: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            sent = dict(headers or {})
            if cookie:
                sent["Cookie"] = cookie
            conn.request("GET", path, headers=sent)
            response = conn.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            conn.close()

    def log_in(self) -> str:
        """Use the single-use token as the browser does; keep the session cookie."""
        status, headers, _ = self.request(f"/?token={self.token}")
        assert status == 302, status
        self.cookie = headers["Set-Cookie"].split(";", 1)[0]
        return self.cookie

    def stop(self) -> tuple[int, str]:
        """Ctrl+C, as in the terminal; the exit code and everything it printed."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
        self.proc.wait(timeout=60)
        assert self.proc.stdout is not None
        # read() also returns what the line iteration had buffered already.
        self.lines.append(self.proc.stdout.read())
        self.proc.stdout.close()
        return self.proc.returncode, "".join(self.lines)


def serve_argv(*extra: str, before: tuple[str, ...] = (), browser: bool = False) -> list[str]:
    return [
        sys.executable,
        "-m",
        "netwerkcheck",
        "--content",
        str(FIXTURE),
        *before,
        "serve",
        *(() if browser else ("--no-browser",)),
        *extra,
    ]


@contextmanager
def serving(
    *extra: str, before: tuple[str, ...] = (), env: dict[str, str] | None = None
) -> Iterator[Served]:
    """`netwerkcheck serve --no-browser` on the small fixture content, until Ctrl+C.
    With `env` (a BROWSER to record the address), the browser is "opened"."""
    proc = subprocess.Popen(
        serve_argv(*extra, before=before, browser=env is not None),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=dict(os.environ, PYTHONUNBUFFERED="1", **(env or {})),
    )
    assert proc.stdout is not None
    lines: list[str] = []
    found = None
    for line in proc.stdout:
        lines.append(line)
        found = URL.search(line)
        if found:
            break
    if found is None:
        proc.kill()
        raise AssertionError("serve did not start:\n" + "".join(lines))
    served = Served(proc, int(found.group(1)), found.group(2), lines)
    try:
        yield served
    finally:
        if proc.poll() is None:
            served.stop()


def listening_addresses(port: int) -> list[str]:
    """Local addresses with a listening TCP socket on `port` (Linux /proc/net/tcp*)."""
    found: list[str] = []
    for name in ("tcp", "tcp6"):
        table = Path("/proc/net") / name
        if not table.exists():
            continue
        for row in table.read_text().splitlines()[1:]:
            parts = row.split()
            local, state = parts[1], parts[3]
            address, hex_port = local.rsplit(":", 1)
            if state == "0A" and int(hex_port, 16) == port:
                found.append(_address(address))
    return found


def _address(hex_address: str) -> str:
    if len(hex_address) == 8:  # IPv4, little-endian
        return ".".join(str(int(hex_address[i : i + 2], 16)) for i in (6, 4, 2, 0))
    return hex_address  # IPv6: any listener there is already wrong
