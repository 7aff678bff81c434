"""`netwerkcheck serve` without a browser: loopback only, the token, the page and its files."""

from __future__ import annotations

import asyncio
import re
import socket
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from netwerkcheck.cli import main
from tests.serve.helpers import LOOPBACK_ONLY, Served, listening_addresses, serving

pytestmark = LOOPBACK_ONLY

# Any absolute or protocol-relative URL with a host (a name with a dot, localhost, an
# IP address), in HTML, CSS or JS text.
ANY_URL = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]*:)?//"
    r"((?:[a-z0-9-]+\.)+[a-z][a-z0-9-]+|localhost|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])"
    r"(?::\d+)?",
    re.IGNORECASE,
)
CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+)""")


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("src", "href") and value:
                self.refs.append(value)


def outside_urls(text: str, origin_host: str) -> list[str]:
    """Every URL in `text` that is not on this server's own origin."""
    found = [m.group(0) for m in ANY_URL.finditer(text)]
    return [url for url in found if url.split("//", 1)[1] != origin_host]


def test_the_url_check_sees_outside_urls() -> None:
    """Control: the check below finds the web addresses in textual-serve's own files
    (its stock page's web font, the comments of its stylesheet), so it can fail."""
    import textual_serve

    base = Path(textual_serve.__file__).parent
    stock = (base / "templates" / "app_index.html").read_text("utf-8")
    assert "https://fonts.googleapis.com" in outside_urls(stock, "127.0.0.1:8000")
    css = (base / "static" / "css" / "xterm.css").read_text("utf-8")
    assert outside_urls(css, "127.0.0.1:8000")
    assert outside_urls("fetch('//cdn.example.org/x.js')", "127.0.0.1:1") == ["//cdn.example.org"]


def test_listens_on_loopback_only_and_refuses_without_token() -> None:
    with serving() as served:
        if Path("/proc/net/tcp").exists():
            # One listening socket, on the loopback address only (no 0.0.0.0, no IPv6).
            assert listening_addresses(served.port) == ["127.0.0.1"]
        for path in ("/", "/static/js/textual.js", "/local/netwerkcheck.css", "/download/x", "/ws"):
            status, headers, body = served.request(path)
            assert status == 403, path
            assert b"terminal" not in body and b"<script" not in body
            assert "Set-Cookie" not in headers
        status, _, _ = served.request(
            "/ws",
            headers={"Upgrade": "websocket", "Connection": "Upgrade", "Origin": served.origin},
        )
        assert status == 403
        code, out = served.stop()
    assert code == 0
    assert "Traceback" not in out


def test_the_token_works_once_and_becomes_a_session() -> None:
    with serving() as served:
        assert served.request(f"/?token={served.token}x")[0] == 403
        status, headers, _ = served.request(f"/?token={served.token}")
        assert status == 302 and headers["Location"] == "/"
        assert "HttpOnly" in headers["Set-Cookie"] and "SameSite=Strict" in headers["Set-Cookie"]
        cookie = headers["Set-Cookie"].split(";", 1)[0]
        # The same address a second time (another browser, or someone who saw it): refused.
        assert served.request(f"/?token={served.token}")[0] == 403
        status, headers, body = served.request("/", cookie=cookie)
        assert status == 200
        assert b'class="textual-terminal"' in body
        assert served.request("/", cookie=cookie + "x")[0] == 403
        # Another origin's page cannot be reached through a different host name.
        assert served.request("/", cookie=cookie, headers={"Host": "example.org"})[0] == 403
        status, _, _ = served.request(
            "/ws",
            cookie=cookie,
            headers={
                "Upgrade": "websocket",
                "Connection": "Upgrade",
                "Sec-WebSocket-Version": "13",
                "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
                "Origin": "http://evil.example",
            },
        )
        assert status == 403


def test_page_and_every_file_it_loads_stay_on_this_computer() -> None:
    with serving() as served:
        cookie = served.log_in()
        status, headers, body = served.request("/", cookie=cookie)
        assert status == 200
        host = f"127.0.0.1:{served.port}"
        csp = headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp
        assert f"connect-src 'self' ws://{host}" in csp
        assert "http" not in csp.replace(f"ws://{host}", "")
        page = body.decode("utf-8")
        assert outside_urls(page, host) == []
        assert 'lang="nl"' in page
        parser = _Refs()
        parser.feed(page)
        assert parser.refs, "the page loads its scripts and styles"
        seen = _fetch_all(served, cookie, parser.refs, host)
        assert {"/local/xterm.css", "/static/js/textual.js", "/local/netwerkcheck.js"} <= seen
        assert any(p.endswith(".ttf") for p in seen), "the bundled font is used"


def _fetch_all(served: Served, cookie: str, refs: list[str], host: str) -> set[str]:
    todo = list(refs)
    seen: set[str] = set()
    while todo:
        ref = todo.pop()
        assert ref.startswith("/") and not ref.startswith("//"), ref
        if ref in seen:
            continue
        seen.add(ref)
        status, headers, body = served.request(ref, cookie=cookie)
        assert status == 200, ref
        assert "Content-Security-Policy" in headers
        if ref.endswith((".css", ".js")):
            text = body.decode("utf-8")
            assert outside_urls(text, host) == [], ref
            if ref.endswith(".css"):
                todo += [u for u in CSS_URL.findall(text) if not u.startswith("data:")]
    return seen


def test_the_default_browser_is_opened_at_the_address_with_the_token(tmp_path: Path) -> None:
    seen = tmp_path / "opened.txt"
    browser = tmp_path / "browser"
    browser.write_text(f'#!/bin/sh\nprintf "%s" "$1" > "{seen}"\n')
    browser.chmod(0o700)
    with serving(env={"BROWSER": str(browser)}) as served:
        for _ in range(1200):  # the browser is started in a thread, right after listening
            if seen.exists() and seen.read_text():
                break
            served.proc.poll()
            time.sleep(0.05)
        assert seen.read_text() == served.url
        assert served.request(f"/?token={served.token}")[0] == 302


def test_page_follows_lang_after_the_subcommand() -> None:
    with serving("--lang", "en") as served:
        body = served.request("/", cookie=served.log_in())[2].decode("utf-8")
        assert '<html lang="en">' in body
        assert "<title>Netwerkcheck: a calm check of your social network</title>" in body
        assert "Stop with Ctrl+C" in served.stop()[1]


def test_a_given_port_is_used_and_a_busy_one_is_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    holder.listen(1)
    port = holder.getsockname()[1]
    try:
        assert main(["serve", "--no-browser", "--port", str(port)]) == 1
    finally:
        holder.close()
    assert "--port" in capsys.readouterr().err
    with serving("--port", str(port)) as served:
        assert served.port == port


def test_help_tells_about_the_one_loopback_socket(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    out = capsys.readouterr().out
    assert "127.0.0.1" in out and "geen enkele netwerkverbinding" in out
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    out = capsys.readouterr().out
    assert "opens no network connection" in out and "serve" in out


def test_other_commands_do_not_load_the_web_server() -> None:
    import subprocess

    code = (
        "import sys; from netwerkcheck.cli import build_parser; build_parser('nl');"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('aiohttp', 'textual_serve', 'textual', 'jinja2') or m == 'netwerkcheck.web.server'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


async def test_one_browser_session_at_a_time_and_ctrl_c_ends_it_calmly() -> None:
    import aiohttp

    with serving() as served:
        cookie = served.log_in()
        name, value = cookie.split("=", 1)
        jar = aiohttp.CookieJar(unsafe=True)
        jar.update_cookies({name: value})
        headers = {"Origin": served.origin}
        async with aiohttp.ClientSession(cookie_jar=jar) as client:
            ws = await client.ws_connect(f"ws://127.0.0.1:{served.port}/ws", headers=headers)
            # The app starts behind it and sends its first screen.
            first = await ws.receive()
            assert first.type in (aiohttp.WSMsgType.BINARY, aiohttp.WSMsgType.TEXT)
            async with client.get(f"{served.origin}/") as page:
                text = await page.text()
            assert "al open in een ander venster" in text
            assert "textual.js" not in text
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await client.ws_connect(f"ws://127.0.0.1:{served.port}/ws", headers=headers)
            assert refused.value.status == 409
            # Ctrl+C while the page is open; the browser side keeps answering meanwhile.
            stopping = asyncio.create_task(asyncio.to_thread(served.stop))
            async for _message in ws:
                pass  # until the server closes the connection
            code, out = await stopping
    assert code == 0
    assert "De check in de browser is gestopt." in out
    assert "Traceback" not in out


def test_invalid_content_stops_serve_before_it_listens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_cli import LINE, broken_content

    rc = main(["--content", str(broken_content(tmp_path)), "serve", "--no-browser"])
    captured = capsys.readouterr()
    assert rc == 2
    assert [line for line in captured.err.splitlines() if LINE.match(line)]
    assert "127.0.0.1" not in captured.out and "Traceback" not in captured.err
