"""The web server behind `netwerkcheck serve`, built on Textualize's textual-serve.

textual-serve runs the app as a subprocess (with Textual's web driver) per browser
websocket and relays its screen and keys. This subclass configures it for one person
on this computer:

- it listens on 127.0.0.1 only, on a socket it binds itself (a free port unless asked);
- every request needs a secret: the address opened in the browser holds a random token
  that works once and is swapped for an HttpOnly, SameSite=Strict cookie; anything
  without it (page, websocket, static files, downloads) gets 403 and nothing else;
- the Host header must be 127.0.0.1:PORT and a websocket's Origin this origin, so no
  other web page can reach the check;
- one browser session at a time; another tab is told the check is already open;
- our own page (web/templates), with a Content-Security-Policy that allows only this
  origin, bundled fonts and scripts only, title and lang attribute in the chosen language.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import re
import secrets
import shlex
import signal
import socket
import sys
import threading
import webbrowser
from pathlib import Path
from typing import Any

import aiohttp_jinja2
import jinja2
import textual_serve
from aiohttp import web
from aiohttp.web_runner import GracefulExit
from textual_serve.server import Server

from netwerkcheck.i18n import Lang, get_lang, t

HOST = "127.0.0.1"
COOKIE = "netwerkcheck_session"
HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
OWN_STATIC = HERE / "static"
SERVE_STATIC = Path(textual_serve.__file__).resolve().parent / "static"
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
EXIT_PORT = 1
SETTLE_SECONDS = 3.0

log = logging.getLogger("netwerkcheck.serve")


def bind_loopback(port: int = 0) -> socket.socket:
    """A listening TCP socket on 127.0.0.1 (never another address); port 0 picks a free one."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((HOST, port))
        sock.listen(16)
    except OSError:
        sock.close()
        raise
    sock.setblocking(False)
    return sock


def child_argv(args: argparse.Namespace) -> list[str]:
    """The options the app in the browser runs with: the same as in the terminal."""
    argv = ["--lang", get_lang()]
    if getattr(args, "counsellor", False):
        argv.append("--counsellor")
    content = getattr(args, "content", None)
    if content is not None:
        argv += ["--content", str(Path(content).expanduser().resolve())]
    if getattr(args, "no_save", False):
        argv.append("--no-save")
    if getattr(args, "high_contrast", False):
        argv.append("--high-contrast")
    return argv


class CheckServer(Server):
    """textual-serve's Server, locked to one person on this computer."""

    def __init__(self, sock: socket.socket, argv: list[str], lang: Lang) -> None:
        port = int(sock.getsockname()[1])
        command = shlex.join([sys.executable, "-m", "netwerkcheck.web.child", *argv])
        super().__init__(
            command,
            host=HOST,
            port=port,
            title="Netwerkcheck",
            statics_path=SERVE_STATIC,
            templates_path=TEMPLATES,
        )
        self.sock = sock
        self.lang: Lang = lang
        # What the browser sends as Host (no ":80" on port 80) and as Origin.
        self.authority = HOST if port == 80 else f"{HOST}:{port}"
        self.origin = f"http://{self.authority}"
        self.token = secrets.token_urlsafe(32)
        self._token_used = False
        self._session = secrets.token_urlsafe(32)
        self._sessions: set[asyncio.Task[Any]] = set()
        self._idle: asyncio.Event | None = None  # made on the server's own loop
        self.csp = (
            "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; "
            f"img-src 'self'; connect-src 'self' ws://{self.authority}; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'"
        )

    @property
    def url(self) -> str:
        """The address to open once: it carries the single-use token."""
        return f"{self.origin}/?token={self.token}"

    @property
    def busy(self) -> bool:
        return bool(self._sessions)

    async def _settle(self) -> bool:
        """Busy after a short wait? A tab that was just closed or reloaded ends its
        session (the app quits, its answers saved) within a moment: wait for that rather
        than telling the same person the check is already open elsewhere."""
        if self.busy and self._idle is not None:
            try:
                await asyncio.wait_for(self._idle.wait(), SETTLE_SECONDS)
            except TimeoutError:
                pass
        return self.busy

    # --- the aiohttp application ---------------------------------------------------------

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self._guard])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path))
        app.add_routes(
            [
                web.get("/", self.handle_index, name="index"),
                web.get("/ws", self.handle_websocket, name="websocket"),
                web.get("/download/{key}", self.handle_download, name="download"),
                web.get("/local/xterm.css", self.handle_xterm_css, name="xterm_css"),
                web.get("/favicon.ico", self.handle_favicon, name="favicon"),
                web.static("/local", OWN_STATIC, name="local"),
                web.static("/static", self.statics_path, name="static"),
            ]
        )
        app.on_startup.append(self.on_startup)
        app.on_shutdown.append(self.on_shutdown)
        return app

    def _headers(self, response: web.StreamResponse) -> None:
        if response.prepared:
            return
        response.headers["Content-Security-Policy"] = self.csp
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Cache-Control"] = "no-store"

    def _forbidden(self) -> web.Response:
        response = web.Response(status=403, text=t("serve.forbidden", self.lang))
        self._headers(response)
        return response

    @web.middleware
    async def _guard(self, request: web.Request, handler: Any) -> web.StreamResponse:
        """Let through only this origin's own browser session."""
        if request.host != self.authority:
            return self._forbidden()
        if "token" in request.query:
            # The address opened once: swap the token for the session cookie.
            given = request.query.get("token", "")
            if (
                request.path != "/"
                or self._token_used
                or not secrets.compare_digest(given.encode(), self.token.encode())
            ):
                return self._forbidden()
            self._token_used = True
            found = web.Response(status=302, headers={"Location": "/"})
            found.set_cookie(COOKIE, self._session, httponly=True, samesite="Strict", path="/")
            self._headers(found)
            return found
        cookie = request.cookies.get(COOKIE, "")
        if not secrets.compare_digest(cookie.encode(), self._session.encode()):
            return self._forbidden()
        try:
            response: web.StreamResponse = await handler(request)
        except web.HTTPException as exc:
            self._headers(exc)
            raise
        self._headers(response)
        return response

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        context = {
            "lang": self.lang,
            "title": t("serve.page_title", self.lang),
            "busy": await self._settle(),
            "websocket_url": f"ws://{self.authority}/ws",
            "static_url": "/static/",
            "local_url": "/local/",
            "text": {
                key: t(f"serve.page_{key}", self.lang)
                for key in ("loading", "noscript", "closed", "reopen", "busy", "retry")
            },
        }
        response: web.StreamResponse = aiohttp_jinja2.render_template(
            "app_index.html", request, context
        )
        return response

    async def handle_xterm_css(self, request: web.Request) -> web.StreamResponse:
        """textual-serve's terminal stylesheet, without its comments (they name web sites)."""
        css = (self.statics_path / "css" / "xterm.css").read_text("utf-8")
        return web.Response(text=CSS_COMMENT.sub("", css), content_type="text/css")

    async def handle_favicon(self, request: web.Request) -> web.StreamResponse:
        """No icon (and no 404 in the browser's console)."""
        return web.Response(status=204)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        if request.headers.get("Origin") != self.origin:
            raise web.HTTPForbidden(text=t("serve.forbidden", self.lang))
        if await self._settle():
            raise web.HTTPConflict(text=t("serve.busy_ws", self.lang))
        # Keep track of the session's task: on Ctrl+C it is cancelled, and textual-serve
        # then tells the app to quit calmly (every answer is saved already).
        task = asyncio.current_task()
        assert task is not None
        self._sessions.add(task)
        if self._idle is None:
            self._idle = asyncio.Event()
        self._idle.clear()
        try:
            response = await super().handle_websocket(request)
        finally:
            self._sessions.discard(task)
            if not self._sessions:
                self._idle.set()
        return response

    # --- life cycle ------------------------------------------------------------------------

    def initialize_logging(self) -> None:
        logging.basicConfig(level=logging.WARNING, format="%(message)s")

    async def on_startup(self, app: web.Application) -> None:
        print(t("serve.started", self.lang, url=self.url), flush=True)

    async def on_shutdown(self, app: web.Application) -> None:
        for task in list(self._sessions):
            task.cancel()

    def serve(self, debug: bool = False, *, open_browser: bool = True) -> None:
        """Serve until Ctrl+C (or SIGTERM)."""
        self.initialize_logging()
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            loop.add_signal_handler(signal.SIGINT, self.request_exit)
            loop.add_signal_handler(signal.SIGTERM, self.request_exit)
        except NotImplementedError:  # pragma: no cover - Windows
            pass
        if open_browser:
            loop.call_soon(self._open_browser)
        try:
            web.run_app(
                self._make_app(),
                sock=self.sock,
                handle_signals=False,
                loop=loop,
                print=None,
                access_log=None,
                shutdown_timeout=5,
            )
        except GracefulExit:  # pragma: no cover - run_app normally swallows it
            pass

    def _open_browser(self) -> None:
        # In a thread: some browsers keep webbrowser.open waiting until they close.
        threading.Thread(target=webbrowser.open, args=(self.url,), daemon=True).start()


def _quiet_closed_loop(unraisable: Any) -> None:
    """After Ctrl+C the event loop is closed while an app's subprocess transport may still
    wait for the garbage collector; its __del__ then raises 'Event loop is closed', which
    Python would print as a traceback. That one case is said nothing about (the child has
    already ended); anything else goes to Python's own hook."""
    exc = unraisable.exc_value
    if isinstance(exc, RuntimeError) and str(exc) == "Event loop is closed":
        return
    sys.__unraisablehook__(unraisable)


def serve(args: argparse.Namespace) -> int:
    """`netwerkcheck serve` once the content is known to load (commands/serve.py checks
    it first): bind, open the browser, serve until Ctrl+C."""
    lang = get_lang()
    port = int(getattr(args, "port", 0) or 0)
    try:
        sock = bind_loopback(port)
    except OSError:
        print(t("serve.port_in_use", lang, port=port), file=sys.stderr)
        return EXIT_PORT
    server = CheckServer(sock, child_argv(args), lang)
    sys.unraisablehook = _quiet_closed_loop
    try:
        server.serve(open_browser=not getattr(args, "no_browser", False))
    finally:
        sock.close()
        gc.collect()  # let closed-loop transports go now, under the quiet hook
    print(t("serve.stopped", lang), flush=True)
    return 0
