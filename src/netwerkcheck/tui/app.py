"""The Textual app: holds the check in progress and moves between screens.

Start-up speed: the welcome screen needs neither the content nor the store, so this
module imports only Textual and light screens. When the app is given a content loader,
the content (pydantic, YAML), the engine and the store are loaded in a thread right
after the first paint, while the person reads the welcome text.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.events import Resize

from netwerkcheck.i18n import Lang, set_lang, t
from netwerkcheck.tui.bindings import translate_bindings
from netwerkcheck.tui.screens.modals import QuitScreen
from netwerkcheck.tui.screens.welcome import WelcomeScreen
from netwerkcheck.tui.themes import HIGH_CONTRAST

if TYPE_CHECKING:
    from netwerkcheck.content.loader import Content
    from netwerkcheck.content.problems import Problem
    from netwerkcheck.engine.session import CheckSession
    from netwerkcheck.store import AutoSave, CheckRecord, CheckStore, StoreError

MIN_WIDTH = 60
MIN_HEIGHT = 18


class NetwerkcheckApp(App[None]):
    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "netwerkcheck"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("ctrl+q", "request_quit", "key.quit", id="quit", priority=True),
        Binding("f1", "show_help", "key.help", id="help", priority=True),
        Binding("f2", "toggle_contrast", "key.contrast", id="contrast"),
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
        translate_bindings(self)
        self._loader = content if callable(content) else None
        self._content: Content | None = None if callable(content) else content
        self._loaded = asyncio.Event()
        # Problems found when the content was loaded after start: start.py prints them.
        self.content_problems: list[Problem] = []
        self.lang: Lang = set_lang(lang)
        # `save_allowed` is False with --no-save or when the data folder cannot be used;
        # `saving` is the person's choice on the welcome screen.
        self.save_allowed = save
        self.saving = save
        self.data_dir = data_dir
        self.store: CheckStore | None = None
        self.resumable: CheckRecord | None = None
        self._autosave: AutoSave | None = None
        self._session: CheckSession | None = None
        self.help_shown: set[str] = set()
        self.animation_level = "none"
        self.counsellor = counsellor
        self.client: str | None = None  # counsellor mode: the pseudonym of this session

    # Content, session and autosave exist once the content is loaded; every path to
    # them (begin_check, help, history) waits for that.

    @property
    def content(self) -> Content:
        assert self._content is not None, "content is used only after it is loaded"
        return self._content

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

    def on_mount(self) -> None:
        self.title = t("app.title")
        if self._content is not None:
            self._content_ready(self._content)
        elif not os.environ.get("NETWERKCHECK_EXIT_AFTER_FIRST_PAINT"):
            self.call_after_refresh(self._load_after_first_paint)
        if self.counsellor:
            from netwerkcheck.tui.counsellor.picker import ClientPickerScreen

            self.push_screen(ClientPickerScreen())
        else:
            self.push_screen(WelcomeScreen())
        self._guard_size(self.size.width, self.size.height)
        if os.environ.get("NETWERKCHECK_EXIT_AFTER_FIRST_PAINT"):
            self.call_after_refresh(self.exit)

    # --- loading --------------------------------------------------------------------------

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

        self._content = content
        self.autosave = AutoSave(None, new_record(content.version, self.lang))
        self.session = CheckSession(content)
        if self.save_allowed and (self.data_dir or paths.data_dir()).exists():
            # Only when something was saved before: a first run writes nothing until
            # the person starts a check with saving on.
            self.open_store()
        self._loaded.set()
        screen = self.screen_stack[-1] if self.screen_stack else None
        if isinstance(screen, WelcomeScreen) and self.resumable is not None:
            screen.call_later(screen.recompose)

    # --- navigation ---------------------------------------------------------------------

    def open_store(self) -> bool:
        """Open the data folder; on any problem, say so and go on without saving."""
        from netwerkcheck.store import CheckStore, StoreError

        if self.store is not None:
            return True
        try:
            self.store = CheckStore(self.data_dir)
        except StoreError as exc:
            self.save_allowed = self.saving = False
            self.notify(exc.message(self.lang), severity="warning", timeout=15, markup=False)
            return False
        for notice in self.store.take_notices():
            self.notify(notice.message(self.lang), severity="warning", timeout=20, markup=False)
        # A person's own check never offers to continue a counsellor's client check.
        self.resumable = next(
            (r for r in self.store.list() if not r.finished and r.client is None), None
        )
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
        from netwerkcheck.tui.screens.question import QuestionScreen

        await self._loaded.wait()
        if self.saving and not self.open_store():
            self.saving = False
        record = self.resumable if (resume and self.resumable is not None) else None
        if record is None:
            record = new_record(self.content.version, self.lang, client=self.client)
            self.session = CheckSession(self.content)
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
        await self.switch_screen(QuestionScreen(self.session))
        self.offer_help_after_answer()

    async def show_results(self) -> None:
        from netwerkcheck.tui.screens.results import ResultsScreen

        await self.switch_screen(ResultsScreen(self.session))

    async def back_to_questions(self) -> None:
        from netwerkcheck.tui.screens.question import QuestionScreen

        self.session.back()
        await self.switch_screen(QuestionScreen(self.session))

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

    def action_show_history(self) -> None:
        from netwerkcheck.tui.screens.history import HistoryScreen

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
        self.bell()
        kind = getattr(self, "_error_kind", "Error")
        self._exit_renderables.append(t("cli.unexpected", kind=kind))
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

        saved = self.autosave is not None and self.autosave.saving and self.autosave.error is None
        self.push_screen(QuitScreen(saved), done)

    async def action_show_help(self) -> None:
        from netwerkcheck.engine.help import always_for
        from netwerkcheck.tui.screens.help import HelpScreen

        await self._loaded.wait()
        if self.content.help is None or isinstance(self.screen, HelpScreen):
            return
        answers = self.session.answers if self._session is not None else {}
        self.push_screen(
            HelpScreen(
                self.content.help, always=always_for(self.content, self.content.help, answers)
            )
        )

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

    def _counsellor_action(self) -> bool:
        from netwerkcheck.tui.counsellor.lock import LockScreen

        # On the lock screen itself, F9 is its own 'unlock'.
        return self.counsellor and not isinstance(self.screen, LockScreen)

    def action_lock(self) -> None:
        """F9 covers the screen (and uncovers it) when the counsellor steps away."""
        from netwerkcheck.tui.counsellor.lock import LockScreen

        if not self.counsellor:
            return
        if not isinstance(self.screen, LockScreen):
            self.push_screen(LockScreen())

    async def action_switch_client(self) -> None:
        from netwerkcheck.tui.counsellor.lock import LockScreen
        from netwerkcheck.tui.counsellor.picker import ClientPickerScreen

        if not self.counsellor or isinstance(self.screen, LockScreen | ClientPickerScreen):
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
