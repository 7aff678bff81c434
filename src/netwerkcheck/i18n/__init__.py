"""UI strings in Dutch (first) and English.

The language is chosen once, before any front end is imported, because Textual
binding labels are fixed when a screen class is defined. Content texts carry their
own nl/en and do not pass through here.
"""

from __future__ import annotations

import os
from typing import Literal, cast

from netwerkcheck.i18n.catalog import CATALOG

Lang = Literal["nl", "en"]
_current: Lang = "nl"


def set_lang(lang: str) -> Lang:
    """Set the UI language; anything but 'en' falls back to Dutch, the default."""
    global _current
    _current = "en" if lang == "en" else "nl"
    return _current


def get_lang() -> Lang:
    return _current


def lang_from_env() -> Lang | None:
    """A language asked for by NETWERKCHECK_LANG, or None."""
    value = os.environ.get("NETWERKCHECK_LANG", "").strip().lower()
    return cast(Lang, value) if value in ("nl", "en") else None


def t(msg_id: str, lang: Lang | None = None, /, **values: object) -> str:
    """The string for `msg_id` in the current language, with {placeholders} filled in."""
    entry = CATALOG[msg_id]
    text = entry[lang or _current]
    return text.format(**values) if values else text
