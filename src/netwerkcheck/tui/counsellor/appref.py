"""The app, typed, for counsellor screens; light to import (no content, engine or store),
so the counsellor's first screen (the client picker) starts as fast as a bare app."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.dom import DOMNode

if TYPE_CHECKING:
    from netwerkcheck.tui.app import NetwerkcheckApp


def napp(node: DOMNode) -> NetwerkcheckApp:
    """The app, typed (screens only ever run inside NetwerkcheckApp)."""
    from netwerkcheck.tui.app import NetwerkcheckApp

    app = node.app
    assert isinstance(app, NetwerkcheckApp)
    return app
