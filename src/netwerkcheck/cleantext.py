"""The one place where text from people and files is made safe to keep and to show.

Typed names, free-text answers, pseudonyms, notes and anything read back from a
saved check pass `clean` when they enter the system (the engine's Person model, the
session's set_answer, the store's record conversion, the pseudonym) and again on
output (plain mode's lines, the app's widgets with user text, every export), so no
terminal control reaches a screen or a file:

- escape sequences go as whole sequences, not just their ESC: CSI (ESC [ ... final),
  OSC / DCS / SOS / PM / APC strings (ESC ] ... up to BEL or ST), other ESC
  sequences, and their 8-bit C1 forms (CSI U+009B, OSC U+009D ...). A clipboard
  write (OSC 52) leaves nothing behind, not even its base64 payload;
- every other control character (C0, DEL, C1, NUL) goes; a tab becomes a space;
  CR LF, CR and the Unicode line/paragraph separators become a newline;
- bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069) go: they can
  make text read differently than it is. Right-to-left letters, accents and emoji
  stay as they are.

Pure Python, no imports from the rest of the app: the engine may use it.
"""

from __future__ import annotations

import re
import unicodedata

_SEQUENCE = re.compile(
    r"""
      \x1b\[[0-?]*[ -/]*[@-~]?                           # CSI ... final byte
    | \x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?  # OSC/DCS/SOS/PM/APC ... BEL or ST
    | \x1b[ -/]*[0-~]?                                   # other ESC sequences
    | \x9b[0-?]*[ -/]*[@-~]?                             # 8-bit CSI
    | [\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?  # 8-bit strings
    """,
    re.VERBOSE,
)
_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_DROP = dict.fromkeys(map(ord, _BIDI_CONTROLS))
_NEWLINES = re.compile(r"\r\n|[\r\u2028\u2029\x85]")


def clean(text: str) -> str:
    """Text without escape sequences, control characters or bidi overrides; newlines
    are kept (as \\n) and tabs become spaces. Safe on any str; idempotent."""
    if text.isprintable():  # the common case: nothing to do (newlines are not printable)
        return text
    text = _NEWLINES.sub("\n", text).replace("\t", " ")
    text = _SEQUENCE.sub("", text).translate(_DROP)
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")


def one_line(text: str) -> str:
    """`clean`, on one line: every run of whitespace (newlines too) becomes one space."""
    return " ".join(clean(text).split())
