"""Find words or phrases from content in what a person typed, the way a reader would.

Used by the `mentions` condition, so words of distress typed in a free-text answer
("ik wil er niet meer zijn", "I want to die") bring up help exactly as a chosen option
does. Matching ignores case, accents (é = e, ë = e) and punctuation, and counts whole
words only: "dood" is not found in "doodmoe". A phrase ending in `*` also matches words
that begin with it, for Dutch compounds ("zelfmoord*" finds "zelfmoordgedachten").
The words of a phrase come in their order, with at most MAX_GAP other words between two
of them: people write "soms wil ik er zelf ook niet meer zijn", and one extra word must
not hide it from "wil er niet meer zijn" (seen in a walk); Dutch inversion ("wil ik
dood") is covered the same way.

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
    space, with one space before and after (' ik wil dood '); its words are what
    `first_mention` compares."""
    # compatibility forms first ('𝑨' is 'A'), then case, then once more: casefold can
    # make letters that decompose further
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = _NOT_WORD.sub(" ", bare).split()
    return f" {' '.join(words)} " if words else " "


MAX_GAP = 2
"""How many other words may stand between two words of a phrase."""


@lru_cache(maxsize=4096)
def pattern(phrase: str) -> tuple[tuple[str, ...], bool]:
    """A content phrase as folded words to look for, and whether its last word is a
    stem (the phrase ended in '*')."""
    stem = phrase.rstrip().endswith(STEM)
    return tuple(fold(phrase.rstrip().removesuffix(STEM)).split()), stem


def is_searchable(phrase: str) -> bool:
    """Whether a phrase has a letter or digit to look for (not only '*' or punctuation)."""
    return bool(pattern(phrase)[0])


def _found(words: list[str], needle: tuple[str, ...], stem: bool) -> bool:
    """Whether the needle's words occur in order, each within MAX_GAP words of the one
    before (every way is tried: the nearest next word is not always the one that fits)."""
    last = len(needle) - 1

    def fits(k: int, word: str) -> bool:
        return word.startswith(needle[k]) if stem and k == last else word == needle[k]

    def rest(k: int, at: int) -> bool:
        if k > last:
            return True
        return any(
            fits(k, words[j]) and rest(k + 1, j)
            for j in range(at + 1, min(len(words), at + 2 + MAX_GAP))
        )

    return any(fits(0, word) and rest(1, i) for i, word in enumerate(words))


def first_mention(folded_text: str, phrases: Iterable[str]) -> str | None:
    """The first phrase (as written in content, without '*') found in text that went
    through `fold`, or None."""
    words = folded_text.split()
    for phrase in phrases:
        needle, stem = pattern(phrase)
        if needle and _found(words, needle, stem):
            return phrase.rstrip().removesuffix(STEM).strip()
    return None
