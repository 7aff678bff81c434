"""The plain line-by-line front end: the same check, for screen readers, pipes and old terminals.

It uses the same content and engine as the app, writes nothing but plain lines (no
colours, no cursor movement) and reads one line at a time, so it can also be driven
through stdin. It never imports Textual or Rich.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from netwerkcheck.plain.runner import Saver, run_plain

__all__ = ["Saver", "run_plain", "wanted"]


def __getattr__(name: str) -> Any:
    """`wanted` is asked at every start; the runner (content, engine) loads only when
    plain mode is really used, so the app's start stays light."""
    if name in ("Saver", "run_plain"):
        from netwerkcheck.plain import runner

        return getattr(runner, name)
    raise AttributeError(name)


def wanted(args_plain: bool, stdout: TextIO | None = None) -> bool:
    """Plain mode when asked with --plain, when ACCESSIBLE is set (non-empty; the emerging
    convention of accessible CLI prompts), or when stdout is not a terminal (piped)."""
    if args_plain:
        return True
    if os.environ.get("ACCESSIBLE", "").strip():
        return True
    out = stdout if stdout is not None else sys.stdout
    try:
        return out is None or not out.isatty()
    except (AttributeError, ValueError, OSError):
        return True
