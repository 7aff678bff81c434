"""Find words or phrases from content in what a person typed, the way a reader would.

Used by the `mentions` condition, so words of distress typed in a free-text answer
("ik wil er niet meer zijn", "I want to die") bring up help exactly as a chosen option
does. Matching ignores case, accents (é = e, ë = e) and punctuation, and counts whole
words only: "dood" is not found in "doodmoe". A phrase ending in `*` also matches words
that begin with it, for Dutch compounds ("zelfmoord*" finds "zelfmoordgedachten").

Pure and small, beneath content and engine (the content model checks a phrase has
something to find; the engine finds it): no imports from the rest of the app, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_NOT_WORD = re.compile(r"[^\w]+|_+")
STEM = "*"


def fold(text: str) -> str:
    """Text as words only: lower case, accents off, every run of other characters one
    space, with one space before and after (so a word is always ' word ')."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = _NOT_WORD.sub(" ", bare).split()
    return f" {' '.join(words)} " if words else " "


@lru_cache(maxsize=4096)
def pattern(phrase: str) -> str:
    """A content phrase as the folded text to look for: ' words ' for a whole phrase,
    ' words' (no space after) for one ending in '*'."""
    stem = phrase.rstrip().endswith(STEM)
    folded = fold(phrase.rstrip().removesuffix(STEM))
    return folded.rstrip() if stem else folded


def is_searchable(phrase: str) -> bool:
    """Whether a phrase has a letter or digit to look for (not only '*' or punctuation)."""
    return pattern(phrase).strip() != ""


def first_mention(folded_text: str, phrases: Iterable[str]) -> str | None:
    """The first phrase (as written in content, without '*') found in text that went
    through `fold`, or None."""
    for phrase in phrases:
        needle = pattern(phrase)
        if needle.strip() and needle in folded_text:
            return phrase.rstrip().removesuffix(STEM).strip()
    return None
