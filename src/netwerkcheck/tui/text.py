"""Content prose as the terminal should show it."""

from __future__ import annotations

import re

_SINGLE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")


def prose(text: str) -> str:
    """Editors wrap lines in YAML `|` blocks where it suits their editor; the terminal
    wraps to its own width. Keep blank-line paragraphs, join the rest."""
    return _SINGLE_BREAK.sub(" ", text.strip())
