"""The one way screens and widgets reach the app, typed: `app = netwerkcheck_app()` in
the class body, then `self.app` is a NetwerkcheckApp for mypy and at run time.

It is Textual's own `textual.getters.app` with one difference: the app class is looked
up at first use instead of when the class body runs, because the app module imports the
first screens (and this module stays light to import: nothing of the content, engine
or store)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import getters

if TYPE_CHECKING:
    from textual.message_pump import MessagePump

    from netwerkcheck.tui.app import NetwerkcheckApp


class netwerkcheck_app(getters.app["NetwerkcheckApp"]):
    """`self.app` as the NetwerkcheckApp it always is (asserted, never a fallback)."""

    def __init__(self) -> None:
        """No class yet: see `__get__`."""

    def __get__(self, obj: MessagePump, obj_type: type[MessagePump]) -> NetwerkcheckApp:
        if "_app_type" not in self.__dict__:
            from netwerkcheck.tui.app import NetwerkcheckApp

            self._app_type = NetwerkcheckApp
        return super().__get__(obj, obj_type)
