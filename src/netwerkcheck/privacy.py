"""Keep answers from leaking through Textual's developer switches.

Textual reads these variables at import or start-up: TEXTUAL_DEBUG writes every
keystroke to ./keys.log, TEXTUAL_LOG appends every event to a file, TEXTUAL=devtools
streams them to a local socket, TEXTUAL_SCREENSHOT* saves the screen to disk. A person
doing a self-check never wants that, so they are removed before Textual is imported,
unless a developer asks for them with NETWERKCHECK_DEV=1.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

LEAKY = (
    "TEXTUAL",
    "TEXTUAL_DEBUG",
    "TEXTUAL_LOG",
    "TEXTUAL_PRESS",
    "TEXTUAL_SCREENSHOT",
    "TEXTUAL_SCREENSHOT_LOCATION",
    "TEXTUAL_SCREENSHOT_FILENAME",
    "TEXTUAL_DEVTOOLS_HOST",
    "TEXTUAL_DEVTOOLS_PORT",
)


def scrub_textual_environment(environ: MutableMapping[str, str] | None = None) -> list[str]:
    """Remove the variables that could write answers or keystrokes somewhere; return
    their names. Call before the first Textual import."""
    env = os.environ if environ is None else environ
    if env.get("NETWERKCHECK_DEV"):
        return []
    removed = [name for name in LEAKY if name in env]
    for name in removed:
        del env[name]
    return removed
