"""The Textual app: holds the check in progress and moves between screens.

Start-up speed: the welcome screen needs neither the content nor the store, so this
module imports only Textual and light screens. When the app is given a content loader,
the content (pydantic, YAML), the engine and the store are loaded in a thread right
after the first paint, while the person reads the welcome text.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events
from textual.binding import Binding
from textual.events import Resize
from textual.notifications import SeverityLevel
from textual.screen import Screen

from netwerkcheck.i18n import Lang, available_langs, set_lang, t
from netwerkcheck.tui.bindings import key_display, translate_bindings
from netwerkcheck.tui.keyorder import KeyOrder
from netwerkcheck.tui.screens.modals import QuitScreen
from netwerkcheck.tui.screens.welcome import WelcomeScreen
from netwerkcheck.tui.themes import HIGH_CONTRAST

if TYPE_CHECKING:
    from netwerkcheck.content.loader import Content
    from netwerkcheck.content.problems import Problem
    from netwerkcheck.engine.network import Network
    from netwerkcheck.engine.session import CheckSession
    from netwerkcheck.store import AutoSave, CheckRecord, CheckStore, StoreError
    from netwerkcheck.store.peek import Peek, Unfinished
    from netwerkcheck.store.vault import CounsellorSettings, Vault
    from netwerkcheck.tui.screens.question import QuestionScreen
    from netwerkcheck.tui.screens.results import ResultsScreen

MIN_WIDTH = 60
# Said when even the plain message cannot be made (prepared at import; every language).
_LAST_WORDS = "\n".join(t("cli.unexpected", code, kind="?") for code in available_langs())
MIN_HEIGHT = 18


@cache
def _own_actions(widget_class: type) -> frozenset[str]:
    """The actions a widget class of ours binds itself (not those it inherits from a
    Textual widget, whose words are English: 'Cursor up', 'Page Down')."""
    return frozenset(
        binding.action
        for cls in widget_class.__mro__
        if cls.__module__.startswith("netwerkcheck.")
        for binding in cls.__dict__.get("BINDINGS", ())
        if isinstance(binding, Binding)
    )


class NetwerkcheckApp(KeyOrder[None]):
    # Only the first screens' looks are parsed before the first paint; the rest
    # (FULL_CSS) is read right after it, and before any other screen (_load_screen_css).
    CSS_PATH = Path(__file__).with_name("first.tcss")
    FULL_CSS = Path(__file__).with_name("app.tcss")
    TITLE = "netwerkcheck"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("ctrl+q", "request_quit", "key.quit", id="quit", priority=True),
        Binding("f1", "show_help", "key.help", id="help", priority=True),
        # F2 works everywhere, dialogs too (priority). The question and results screens
        # leave it out of their footers (no room at 80 columns; F1 help says it).
        Binding("f2", "toggle_contrast", "key.contrast", id="contrast", priority=True),
        Binding("f3", "show_history", "hist.key.open", id="history"),
        # counsellor mode only (check_action hides them otherwise)
        Binding("f9", "lock", "counsellor.lock", id="lock", priority=True),
        Binding("f6", "switch_client", "counsellor.switch_client", id="switch-client", show=False),
    ]

    def __init__(
        self,
        content: Content | Callable[[], Content],
        lang: Lang = "nl",
        save: bool = True,
        high_contrast: bool = False,
        data_dir: Path | None = None,
        counsellor: bool = False,
    ) -> None:
        super().__init__()
        self.register_theme(HIGH_CONTRAST)
        self._normal_theme = self.theme
        if high_contrast:
            self.theme = HIGH_CONTRAST.name
        self._loader = content if callable(content) else None
        self._content: Content | None = None if callable(content) else content
        self._loaded = asyncio.Event()
        # Problems found when the content was loaded after start: start.py prints them.
        self.content_problems: list[Problem] = []
        self.lang: Lang = set_lang(lang)
        translate_bindings(self)  # after set_lang: the footer speaks the chosen language
        # `save_allowed` is False with --no-save or when the data folder cannot be used;
        # `saving` is the person's choice on the welcome screen.
        self.save_allowed = save
        self.saving = save
        self.data_dir = data_dir
        self.store: CheckStore | None = None
        self.resumable: CheckRecord | None = None
        # Before the store is open (it needs pydantic), the first screen asks store.peek.
        self.peeked: Peek | None = None
        self._own_saved = False  # the open store holds at least one of the person's checks
        self._autosave: AutoSave | None = None
        self._session: CheckSession | None = None
        self.help_shown: set[str] = set()
        # The network of the last earlier check (same person, or same client), offered
        # once on the network question of a new check; None when there is none.
        self.earlier_network: Network | None = None
        self.animation_level = "none"
        self.counsellor = counsellor
        self.client: str | None = None  # counsellor mode: the pseudonym of this session
        # Counsellor mode: the vault's key (after the passphrase), the settings, the lock.
        self.vault: Vault | None = None
        self._settings: CounsellorSettings | None = None
        self.locked = False
        self._idle_timer_on = False
        self._last_input = time.monotonic()
        self._error_kind = "Error"  # the kind of the exception that ended the app
        # For start-up benchmarks and import guards: show the first screen, then leave
        # (nothing planned for after the first paint is started).
        self.exit_after_first_paint = bool(os.environ.get("NETWERKCHECK_EXIT_AFTER_FIRST_PAINT"))

    # Content, session and autosave exist once the content is loaded; every path to
    # them (begin_check, help, history) waits for that.

    @property
    def content(self) -> Content:
        assert self._content is not None, "content is used only after it is loaded"
        return self._content

    @property
    def content_if_loaded(self) -> Content | None:
        return self._content

    @property
    def autosave_if_loaded(self) -> AutoSave | None:
        return self._autosave

    @property
    def session(self) -> CheckSession:
        assert self._session is not None, "the session exists once content is loaded"
        return self._session

    @session.setter
    def session(self, value: CheckSession) -> None:
        self._session = value

    @property
    def autosave(self) -> AutoSave:
        assert self._autosave is not None, "autosave exists once content is loaded"
        return self._autosave

    @autosave.setter
    def autosave(self, value: AutoSave) -> None:
        self._autosave = value

    def get_key_display(self, binding: Binding) -> str:
        """Footer keys written for people: 'Ctrl+N Volgende', 'F1 Hulp' (not '^n')."""
        return binding.key_display or key_display(binding.key)

    def on_mount(self) -> None:
        self.title = t("app.title")
        if self._content is not None:
            self._content_ready(self._content)
        elif not self.exit_after_first_paint:
            self.call_after_refresh(self._load_after_first_paint)
        if self.counsellor:
            from netwerkcheck.tui.counsellor.lock import passphrase_screen

            self.push_screen(passphrase_screen(self))
        else:
            self._peek()
            self.push_screen(WelcomeScreen())
        self._guard_size(self.size.width, self.size.height)
        if self.exit_after_first_paint:
            self.call_after_refresh(self.exit)
        else:
            self.call_after_refresh(self.load_full_css)

    # --- looks ----------------------------------------------------------------------------

    def load_full_css(self) -> None:
        """Read app.tcss (the looks of every screen after the first) once. Textual
        parses only the new file (earlier sources stay parsed) and restyles what is
        mounted; none of its rules match a first screen, so nothing there changes."""
        path = str(self.FULL_CSS.resolve())
        if self.stylesheet.has_source(path):
            return
        self.stylesheet.read(path)
        self.stylesheet.update(self)

    def _load_screen_css(self, screen: Screen[Any]) -> None:
        """Textual's hook before a screen is installed, pushed or switched to: every
        screen but the first ones gets the full looks first (whatever the person pressed
        before they were read after the first paint)."""
        if not (getattr(screen, "FIRST_SCREEN", False) or screen.id == "_default"):
            self.load_full_css()
        super()._load_screen_css(screen)

    # --- loading --------------------------------------------------------------------------

    def _peek(self) -> None:
        """What the welcome screen shows before the store is open: a quick, read-only
        look at the data folder with the standard library (no pydantic, no lock)."""
        from netwerkcheck.store import paths
        from netwerkcheck.store.peek import peek

        if self.save_allowed and self._content is None:
            self.peeked = peek(self.data_dir or paths.data_dir())

    @property
    def resume_offer(self) -> CheckRecord | Unfinished | None:
        """The unfinished check the welcome screen offers: the store's once it is open."""
        if self.store is not None:
            return self.resumable
        return self.peeked.unfinished if self.peeked is not None else None

    @property
    def has_own_checks(self) -> bool:
        """Whether the welcome screen offers the person's earlier checks."""
        if self.store is not None:
            return self._own_saved
        return self.peeked is not None and self.peeked.own_checks

    def _welcome_facts(self) -> tuple[str | None, bool]:
        offer = self.resume_offer
        return (offer.updated[:10] if offer is not None else None, self.has_own_checks)

    def _load_after_first_paint(self) -> None:
        self.run_worker(self._load, thread=True, exit_on_error=False, name="load-content")

    def _load(self) -> None:
        """In a thread: load the content and warm the modules the check needs."""
        from netwerkcheck.content.problems import ContentError

        assert self._loader is not None
        try:
            content = self._loader()
        except ContentError as exc:
            self.call_from_thread(self._content_failed, exc.problems)
            return
        import netwerkcheck.tui.screens.question
        import netwerkcheck.tui.screens.results  # noqa: F401

        self.call_from_thread(self._content_ready, content)

    def _content_failed(self, problems: list[Problem]) -> None:
        """Invalid content blocks new checks: leave, and let the CLI list every problem."""
        self.content_problems = problems
        self.exit(return_code=2)

    def _content_ready(self, content: Content) -> None:
        from netwerkcheck.engine.session import CheckSession
        from netwerkcheck.store import AutoSave, new_record, paths

        shown = self._welcome_facts()
        self._content = content
        self.autosave = AutoSave(None, new_record(content.version, self.lang))
        self.session = CheckSession(content)
        if self.save_allowed and (self.data_dir or paths.data_dir()).exists():
            # Only when something was saved before: a first run writes nothing until
            # the person starts a check with saving on.
            self.open_store()
        self._loaded.set()
        screen = self.screen_stack[-1] if self.screen_stack else None
        if isinstance(screen, WelcomeScreen) and self._welcome_facts() != shown:
            # The store knows better than the first screen's quick look.
            screen.call_later(screen.show_store_findings)

    # --- navigation ---------------------------------------------------------------------

    def open_store(self) -> bool:
        """Open the data folder; on any problem, say so and go on without saving."""
        from netwerkcheck.store import CheckStore, StoreError

        if self.store is not None:
            return True
        if self.counsellor:
            return self._open_client_store()
        try:
            self.store = CheckStore(self.data_dir)
        except StoreError as exc:
            self.save_allowed = self.saving = False
            self.notify(exc.message(self.lang), severity="warning", timeout=15, markup=False)
            return False
        # A person's own check never offers to continue a counsellor's client check.
        own = [r for r in self.store.list() if r.client is None]
        self._own_saved = bool(own)
        self.resumable = next((r for r in own if not r.finished), None)
        # After the listing: it is what sets unreadable files aside, and the person is told.
        for notice in self.store.take_notices():
            self.notify(notice.message(self.lang), severity="warning", timeout=20, markup=False)
        return True

    def set_saving(self, on: bool) -> None:
        """The welcome screen's choice. Turning saving off releases the data folder."""
        self.saving = on and self.save_allowed
        if not self.saving and self.store is not None:
            self.store.close()
            self.store = None
            self.resumable = None

    def _save_failed(self, error: StoreError) -> None:
        self.notify(
            t("save.failed", reason=error.message(self.lang)),
            severity="error",
            timeout=20,
            markup=False,
        )

    async def begin_check(self, resume: bool = False) -> None:
        from netwerkcheck.engine.session import CheckSession
        from netwerkcheck.store import AutoSave, new_record

        await self._loaded.wait()
        if self.saving and not self.open_store():
            self.saving = False
        record = self.resumable if (resume and self.resumable is not None) else None
        self.earlier_network = None
        if record is None:
            record = new_record(self.content.version, self.lang, client=self.client)
            self.session = CheckSession(self.content)
            self.earlier_network = self._last_network(record.id)
        else:
            self.session = CheckSession(
                self.content,
                answers=record.engine_answers(),
                skipped=set(record.skipped),
                current=record.current,
            )
        self.autosave = AutoSave(self.store if self.saving else None, record, self._save_failed)
        self.session.on_change = self.autosave
        self.help_shown = set()
        await self.switch_screen(self.question_screen())
        self.offer_help_after_answer()

    def _last_network(self, new_id: str) -> Network | None:
        """The people named in the person's most recent earlier check that has any:
        offered on the network question, never copied unasked. (Counsellor mode starts
        from a client's last network by its own choice on the client's timeline.)"""
        from netwerkcheck.engine.flow import network_question_id
        from netwerkcheck.engine.network import Network

        net_q = network_question_id(self.content)
        if self.store is None or not self.saving or self.counsellor or net_q is None:
            return None
        for earlier in self.store.list():  # newest first
            if earlier.id == new_id or earlier.client is not None:
                continue
            value = earlier.answers.get(net_q)
            if isinstance(value, Network) and value.people:
                return value
        return None

    def question_screen(self) -> QuestionScreen:
        """The session's current question: the person's screen, or in counsellor mode
        the counsellor's (tui/counsellor/screens.py), which adds what a conversation needs."""
        if self.counsellor:
            from netwerkcheck.tui.counsellor.screens import CounsellorQuestionScreen

            return CounsellorQuestionScreen(self.session)
        from netwerkcheck.tui.screens.question import QuestionScreen

        return QuestionScreen(self.session)

    def results_screen(self) -> ResultsScreen:
        """The results of the check in hand, the person's or (counsellor mode) the counsellor's."""
        if self.counsellor:
            from netwerkcheck.tui.counsellor.screens import CounsellorResultsScreen

            return CounsellorResultsScreen(self.session)
        from netwerkcheck.tui.screens.results import ResultsScreen

        return ResultsScreen(self.session)

    async def show_results(self) -> None:
        await self.switch_screen(self.results_screen())

    async def show_overview(self) -> None:
        """Kijk je antwoorden na: after the last question, and from the results."""
        from netwerkcheck.tui.screens.overview import OverviewScreen

        await self.switch_screen(OverviewScreen(self.session, start=self.session.last_jump))

    async def show_question(self) -> None:
        """The session's current question (opened from the overview)."""
        await self.switch_screen(self.question_screen())

    async def back_to_questions(self) -> None:
        self.session.back()
        await self.switch_screen(self.question_screen())

    async def open_saved(self, record: CheckRecord) -> None:
        """Show an earlier check's results, read-only: nothing is saved from it."""
        from netwerkcheck.engine.session import CheckSession
        from netwerkcheck.tui.screens.results import ResultsScreen

        session = CheckSession(
            self.content,
            answers=record.engine_answers(),
            skipped=set(record.skipped),
            current=record.current,
        )
        await self.push_screen(ResultsScreen(session, saved=record))

    async def action_show_history(self) -> None:
        from netwerkcheck.tui.screens.history import HistoryScreen

        await self._loaded.wait()  # the welcome screen's button can come before the store
        if self.store is None:
            return
        self.push_screen(HistoryScreen())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "show_history":
            # From the welcome screen and the results of the check in hand, not mid-check.
            # (Asked by the footer at every paint: it must not import anything.)
            here = bool(getattr(self.screen, "offers_history", False))
            # Counsellor mode lists checks per client in its picker, never all together.
            return here and self.saving and self.store is not None and not self.counsellor
        if action in ("lock", "switch_client"):
            return self._counsellor_action()
        if self.locked:
            return action in ("request_quit", "toggle_contrast")
        return True

    def _handle_exception(self, error: Exception) -> None:
        self._error_kind = type(error).__name__
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        """A bug must not show a traceback, and Textual's shows local variables, which
        can hold answers. Say what happened in plain words; NETWERKCHECK_DEBUG=1 keeps
        Textual's own report for developers."""
        if os.environ.get("NETWERKCHECK_DEBUG"):
            super()._fatal_error()
            return
        try:
            self.bell()
            self._exit_renderables.append(t("cli.unexpected", kind=self._error_kind))
        except BaseException:
            try:
                self._exit_renderables[:] = [_LAST_WORDS]
            except BaseException:
                pass
        self._return_code = 70
        self._close_messages_no_wait()

    def on_unmount(self) -> None:
        if self.store is not None:
            self.store.close()

    def action_request_quit(self) -> None:
        if isinstance(self.screen, QuitScreen):
            return

        def done(stop: bool | None) -> None:
            if stop:
                self.exit()

        autosave = self._autosave  # None while the content is still loading
        saved = autosave is not None and autosave.saving and autosave.error is None
        finished = self._session is not None and self._session.finished
        self.push_screen(QuitScreen(saved, finished), done)

    async def action_show_help(self) -> None:
        from netwerkcheck.engine.help import always_for
        from netwerkcheck.tui.screens.help import HelpScreen

        await self._loaded.wait()
        if self.locked or self.content.help is None or isinstance(self.screen, HelpScreen):
            return
        answers = self.session.answers if self._session is not None else {}
        self.push_screen(
            HelpScreen(
                self.content.help,
                always=always_for(self.content, self.content.help, answers),
                keys=self.keys_here(),
            )
        )

    def keys_here(self) -> list[tuple[str, str]]:
        """(key, what it does) for the keys that work now, once per action: those our own
        widgets bind (the network list's a, n, e, x, u), then the screen's, then the
        app's, the ones the footer has no room for included. So F1 says how to go back,
        skip or stop, and the counsellor's F4 and F9, where a narrow footer cannot (seen
        in a walk). Textual's own keys (Tab, the arrows in a list) are left out: they
        have no Dutch."""
        from textual.app import App

        seen: set[str] = set()
        widget_keys: list[tuple[str, str]] = []
        screen_keys: list[tuple[str, str]] = []
        app_keys: list[tuple[str, str]] = []
        for node, binding, enabled, _tip in self.screen.active_bindings.values():
            if isinstance(node, Screen | App):
                # Ours all have an id; Textual's own (Tab, Ctrl+C) have none and no Dutch.
                if binding.id is None:
                    continue
                keys = screen_keys if isinstance(node, Screen) else app_keys
            elif binding.description and binding.action in _own_actions(type(node)):
                keys = widget_keys  # e.g. the network list's a, n, e, x and u
            else:
                continue  # a Textual widget's own keys (the arrows in a table)
            action = f"{id(node)}.{binding.action.removeprefix('app.')}"
            if (
                not enabled
                or action in seen
                or binding.action.endswith(("show_help", "toggle_contrast"))
            ):
                continue  # F1 is where they are; the help says F2 in a sentence of its own
            seen.add(action)
            keys.append((self.get_key_display(binding), binding.tooltip or binding.description))
        return [*widget_keys, *screen_keys, *app_keys]

    def offer_help_after_answer(self) -> None:
        """Show help at once (calmly, once per rule) when answers point to distress."""
        from netwerkcheck.engine.help import help_for, new_hits
        from netwerkcheck.tui.screens.help import HelpScreen

        if self.content.help is None or self._session is None:
            return
        hits = help_for(self.content, self.content.help, self.session.answers)
        fresh = new_hits(hits, self.help_shown)
        if not fresh or isinstance(self.screen, HelpScreen):
            return
        self.help_shown.update(h.id for h in fresh)
        self.push_screen(HelpScreen(self.content.help, fresh))

    # --- counsellor mode ------------------------------------------------------------------

    @property
    def settings(self) -> CounsellorSettings:
        """The counsellor's settings (defaults until the vault is open)."""
        if self._settings is None:
            from netwerkcheck.store.vault import CounsellorSettings

            self._settings = CounsellorSettings()
        return self._settings

    @settings.setter
    def settings(self, value: CounsellorSettings) -> None:
        self._settings = value

    def _open_client_store(self) -> bool:
        """Counsellor mode: open the vault's folder with the key in hand (this writes
        the header on first use), and move in client checks an older version left in
        plain JSON in the person's folder."""
        from netwerkcheck.store import CheckStore, StoreError, paths
        from netwerkcheck.store.clients import move_client_checks
        from netwerkcheck.store.vault import VaultStore

        if self.vault is None:
            return False
        try:
            store = VaultStore(self.data_dir, self.vault)
        except StoreError as exc:
            self.save_allowed = self.saving = False
            self.notify(exc.message(self.lang), severity="warning", timeout=15, markup=False)
            return False
        self.store = store
        self.resumable = None
        for notice in store.take_notices():
            self.notify(notice.message(self.lang), severity="warning", timeout=20, markup=False)
        moved = 0
        own_checks = paths.checks_dir(self.data_dir or paths.data_dir())
        if own_checks.is_dir():
            try:
                with CheckStore(self.data_dir) as own:
                    moved = move_client_checks(own, store)
                    own.take_notices()
            except StoreError:
                moved = 0
        if moved:
            self.notify(t("vault.moved", count=moved), timeout=10, markup=False)
        return True

    async def counsellor_ready(self) -> None:
        """The passphrase was given: load the settings, start the idle lock, and show
        the client picker."""
        from netwerkcheck.store import paths
        from netwerkcheck.store.vault import VaultStore, vault_exists
        from netwerkcheck.tui.counsellor.picker import ClientPickerScreen

        root = self.data_dir or paths.data_dir()
        if self.save_allowed and vault_exists(root) and self.open_store():
            assert isinstance(self.store, VaultStore)
            self.settings = self.store.load_settings()
        self.touch()
        if not self._idle_timer_on:
            self._idle_timer_on = True
            self.set_interval(0.5, self._idle_tick, name="idle-lock")
        await self.switch_screen(ClientPickerScreen())

    async def leave_counsellor(self) -> None:
        """Back to the person's own welcome screen; the key is dropped."""
        self.counsellor = False
        self.vault = None
        self._settings = None
        self.client = None
        if self.store is not None:
            self.store.close()
            self.store = None
        self.saving = self.save_allowed
        if self.save_allowed and self._content is not None:
            self._content_ready(self._content)
        self.refresh_bindings()
        await self.switch_screen(WelcomeScreen())

    def touch(self) -> None:
        """Someone used the keyboard or mouse: the idle time starts again."""
        self._last_input = time.monotonic()

    def _idle_tick(self) -> None:
        if not self.counsellor or self.vault is None or self.locked:
            return
        if time.monotonic() - self._last_input >= self.settings.idle_minutes * 60:
            self.action_lock()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key | events.MouseDown | events.MouseScrollDown):
            self.touch()
        elif isinstance(event, events.MouseScrollUp):
            self.touch()
        await super().on_event(event)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """No toast is shown over the lock (they can hold a pseudonym or a path)."""
        if self.locked:
            return
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def _counsellor_action(self) -> bool:
        # While locked, only the passphrase does anything.
        return self.counsellor and self.vault is not None and not self.locked

    def action_lock(self) -> None:
        """F9 (or the idle time) covers the screen; only the passphrase uncovers it."""
        from netwerkcheck.tui.counsellor.lock import LockScreen

        if not self.counsellor or self.vault is None or self.locked:
            return
        self.locked = True
        self.clear_notifications()
        self.push_screen(LockScreen())

    async def action_switch_client(self) -> None:
        from netwerkcheck.tui.counsellor.picker import ClientPickerScreen

        if not self._counsellor_action() or isinstance(self.screen, ClientPickerScreen):
            return
        while len(self.screen_stack) > 2 and self.screen.is_modal:
            self.pop_screen()
        await self.switch_screen(ClientPickerScreen())

    def action_toggle_contrast(self) -> None:
        self.theme = self._normal_theme if self.theme == HIGH_CONTRAST.name else HIGH_CONTRAST.name

    # --- size guard ---------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        self._guard_size(event.size.width, event.size.height)

    def _guard_size(self, width: int, height: int) -> None:
        self.set_class(width < MIN_WIDTH or height < MIN_HEIGHT, "-too-small")
