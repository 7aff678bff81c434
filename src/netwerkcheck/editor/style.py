"""Wording lint: discouraged words and patterns, and a rough readability signal for Dutch.

The app invites and never sets norms, so words like "moet", "normaal" or "5 vrienden"
are flagged with a preferred wording. Flesch-Douma (the Dutch Flesch formula) is only a
rough signal for B1: short texts give noisy scores, so very short texts are skipped.

A warning is silenced on the question, suggestion or theme it belongs to with
`lint_ignore: [{rule: <id>, reason: <why>}]`; a silence that is no longer needed is
reported too, so silences do not pile up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import Field, StrictStr

from netwerkcheck.content.models import REQUIRED_LANGS, Id, Lang, Strict
from netwerkcheck.content.problems import Problem
from netwerkcheck.content.validate import did_you_mean
from netwerkcheck.content.yamlpos import PathKey
from netwerkcheck.i18n import LANG_CODE, t

READABILITY = "readability"
# Scales are validated instruments quoted word for word from their source ("Ik ken genoeg
# mensen ..."): their wording may not be changed, so it is not linted.
LINTED_KINDS = ("themes", "questions", "suggestions", "help")


class StyleRule(Strict):
    """Een woord of patroon dat we liever niet gebruiken, met een betere formulering."""

    id: Id
    pattern: StrictStr = Field(
        min_length=1,
        description="Een reguliere expressie (hoofdletters maken niet uit), bijvoorbeeld "
        "'\\\\bmoet(en)?\\\\b' of '\\\\d+ vrienden'.",
    )
    prefer: StrictStr = Field(min_length=1, description="Wat je beter kunt schrijven.")
    why: StrictStr | None = Field(default=None, description="Waarom dit woord niet past.")


class Readability(Strict):
    """Leesbaarheid volgens Flesch-Douma; alleen een ruwe aanwijzing voor B1."""

    min_score: float = Field(
        default=60, description="Onder deze score volgt een waarschuwing (hoger is makkelijker)."
    )
    min_words: int = Field(
        default=12, ge=1, description="Kortere teksten slaan we over: hun score zegt weinig."
    )


class StyleFile(Strict):
    """Stijlregels voor een taal: woorden en patronen die we liever niet gebruiken."""

    lang: Lang = Field(description="De taal van de teksten waar deze regels voor gelden.")
    readability: Readability | None = Field(
        default=None, description="Leesbaarheidscontrole (alleen voor Nederlandse suggesties)."
    )
    rules: list[StyleRule] = Field(default_factory=list)


@dataclass
class CompiledStyle:
    lang: Lang
    rules: list[tuple[StyleRule, re.Pattern[str]]]
    readability: Readability | None
    any_rule: re.Pattern[str] | None = None
    """All the rules as one pattern: a text it finds nothing in has no match of any rule
    (None when the rules cannot be joined, e.g. one refers back to a group)."""


@dataclass
class _Silence:
    rule: str
    path: PathKey
    used: bool = False


@dataclass
class LintTarget:
    """A file to lint: its display path, raw text, data and positions."""

    kind: str
    path: str
    text: str
    data: Any
    positions: dict[PathKey, tuple[int, int]] = field(default_factory=dict)


def compile_style(style: StyleFile) -> tuple[CompiledStyle, list[tuple[int, str]]]:
    """The rules with their compiled patterns, and (rule index, error) for bad patterns."""
    rules: list[tuple[StyleRule, re.Pattern[str]]] = []
    bad: list[tuple[int, str]] = []
    for i, rule in enumerate(style.rules):
        try:
            rules.append((rule, re.compile(rule.pattern, re.IGNORECASE)))
        except re.error as exc:
            bad.append((i, str(exc)))
    return CompiledStyle(style.lang, rules, style.readability, _joined(rules)), bad


_GROUP_REFERENCE = re.compile(r"\\[1-9]|\\g|\(\?P=|\(\?\(")


def _joined(rules: list[tuple[StyleRule, re.Pattern[str]]]) -> re.Pattern[str] | None:
    """One pattern that finds something exactly where some rule does, or None. A rule
    that refers to a group by number or name (or could) is not joined: in the joined
    pattern its groups would be others."""
    if not rules or any(_GROUP_REFERENCE.search(rule.pattern) for rule, _ in rules):
        return None
    try:
        joined = "|".join(f"(?:{_boundary_first(rule.pattern)})" for rule, _ in rules)
        return re.compile(joined, re.IGNORECASE)
    except re.error:  # e.g. a rule that starts with its own flags, (?x)
        return None


# Lookbehinds at the start of a pattern, then \b: `(?<!not )(?<!n't )\b(have|need) to`.
# Only plain ones (no parentheses or backslashes inside) and a \b with no repeat after
# it, so what is moved is certain.
_LOOKBEHINDS_THEN_BOUNDARY = re.compile(r"((?:\(\?<[!=][^()\\]*\))+)\\b(?![*+?{])")


def _boundary_first(pattern: str) -> str:
    """The same pattern with its leading lookbehinds after the \\b that follows them.
    Both only look at the place where a match starts, so together they hold in either
    order; with \\b first the search leaves every place that is no word boundary at once
    (the English rules, searched in every English text: 10 -> 5 ms)."""
    found = _LOOKBEHINDS_THEN_BOUNDARY.match(pattern)
    if found is None:
        return pattern
    return "\\b" + found.group(1) + pattern[found.end() :]


@lru_cache(maxsize=1)
def _dutch_hyphenator() -> Any:
    quick = _QuickHyphenator.dutch()
    if quick is not None:
        return quick
    import pyphen

    return pyphen.Pyphen(lang="nl", left=1, right=1)


class _QuickHyphenator:
    """Liang's hyphenation with pyphen's Dutch patterns, read lazily.

    `import pyphen` and its reader (which parses all 16,000 patterns in Python) were
    most of `content check`'s time. This maps each pattern's letters to its line with a
    few whole-text operations, and reads a pattern's digits only when a word meets it.
    It finds the same positions as pyphen.Pyphen(lang="nl", left=1, right=1) on the
    same file (pyphen's hyph_nl_NL.dic); tests/content/test_style.py checks both the
    patterns and every word of the shipped content. A file it does not handle
    (escapes, alternative hyphenations, a pattern given twice) goes to pyphen itself.
    """

    def __init__(self, lines: dict[str, str]) -> None:
        self.lines = lines  # letters -> the pattern as written, e.g. "aar" -> ".aar4"
        self.maxlen = max(map(len, lines))
        self.read: dict[str, tuple[int, tuple[int, ...]] | None] = {}
        self.cache: dict[str, list[int]] = {}

    @classmethod
    def dutch(cls) -> _QuickHyphenator | None:
        import importlib.util

        try:
            spec = importlib.util.find_spec("pyphen")
        except (ImportError, ValueError):
            return None
        for folder in (spec.submodule_search_locations or []) if spec else []:
            path = Path(folder, "dictionaries", "hyph_nl_NL.dic")
            if path.is_file():
                lines = pattern_lines(path)
                return cls(lines) if lines else None
        return None

    def pattern(self, letters: str) -> tuple[int, tuple[int, ...]] | None:
        """(offset, values) of the pattern with these letters, as pyphen holds it."""
        if letters in self.read:
            return self.read[letters]
        line = self.lines.get(letters)
        found = None if line is None else _digits_of(line)
        self.read[letters] = found
        return found

    def positions(self, word: str) -> list[int]:
        word = word.lower()
        found = self.cache.get(word)
        if found is None:
            dotted = f".{word}."
            points = [0] * (len(dotted) + 1)
            lines, maxlen = self.lines, self.maxlen
            for i in range(len(dotted) - 1):
                for j in range(i + 1, min(i + maxlen, len(dotted)) + 1):
                    if dotted[i:j] not in lines:
                        continue
                    hit = self.pattern(dotted[i:j])
                    if hit is None:
                        continue
                    offset, values = hit
                    cut = slice(i + offset, i + offset + len(values))
                    points[cut] = map(max, values, points[cut])
            found = [i - 1 for i, value in enumerate(points) if value % 2]
            self.cache[word] = found
        right = len(word) - 1
        return [i for i in found if 1 <= i <= right]

    def all_patterns(self) -> dict[str, tuple[int, tuple[int, ...]]]:
        """Every pattern read (for tests: compare with pyphen.HyphDict.patterns)."""
        out = {}
        for letters in self.lines:
            found = self.pattern(letters)
            if found is not None:
                out[letters] = found
        return out


_DIGITS = re.compile(r"[0-9]")
_PATTERN_IGNORED = (
    "%",
    "#",
    "LEFTHYPHENMIN",
    "RIGHTHYPHENMIN",
    "COMPOUNDLEFTHYPHENMIN",
    "COMPOUNDRIGHTHYPHENMIN",
)


def pattern_lines(path: Path) -> dict[str, str] | None:
    """A hyph_*.dic as letters -> pattern line, or None when it needs pyphen's reader."""
    try:
        first, _, raw = path.read_bytes().partition(b"\n")
        encoding = first.decode().strip()
        if encoding.lower() == "microsoft-cp1251":
            encoding = "cp1251"
        body = raw.decode(encoding)
    except (OSError, LookupError, ValueError):
        return None
    if "^^" in body or "/" in body or re.search(r"[0-9][0-9]", body):
        return None  # escapes, alternatives, two digits in a row: pyphen's own reader
    chars = set(body)
    if any(c.isdecimal() and c not in _ASCII_DIGITS for c in chars):
        return None  # digits outside 0-9, which pyphen reads as digits too
    quick = _plain_pattern_lines(raw, body, encoding, chars)
    if quick is not None:
        lines, keys = quick
    else:
        stripped = (line.strip() for line in body.split("\n"))
        lines = [line for line in stripped if line and not line.startswith(_PATTERN_IGNORED)]
        keys = _DIGITS.sub("", "\n".join(lines)).split("\n")
    found = dict(zip(keys, lines, strict=True))
    if len(found) != len(lines):
        return None  # a pattern given twice: pyphen's own reader decides which counts
    return found or None


_ASCII_DIGITS = frozenset("0123456789")


def _plain_pattern_lines(
    raw: bytes, body: str, encoding: str, chars: set[str]
) -> tuple[list[str], list[str]] | None:
    """(lines, letters of each line) the quick way, or None when the file needs the
    line-by-line reading above: a line with other white space than its line break, a
    comment or setting, a line of digits only, or an encoding where digits are not the
    ASCII bytes. Then each line is one token of `body.split()`, and its letters are the
    same token with the digit bytes taken out (no multibyte character holds one)."""
    if any(c.isspace() and c != "\n" for c in chars):
        return None
    if "%" in chars or "#" in chars or "HYPHENMIN" in body:
        return None
    probe = "0123456789\n"
    try:
        if probe.encode(encoding) != probe.encode("ascii"):
            return None
        keys = raw.translate(None, b"0123456789").decode(encoding).split()
    except (LookupError, ValueError):
        return None
    lines = body.split()
    return (lines, keys) if len(keys) == len(lines) else None


def _digits_of(line: str) -> tuple[int, tuple[int, ...]] | None:
    """(offset, values without leading and trailing zeros) of one pattern line, or None
    when all its values are zero (pyphen skips those). values[k] is the digit before the
    k-th letter (one digit at most: pattern_lines sends files with two to pyphen)."""
    values = [0]
    for char in line:
        if char in _ASCII_DIGITS:
            values[-1] = ord(char) - 48
        else:
            values.append(0)
    start, end = 0, len(values)
    while start < end and not values[start]:
        start += 1
    if start == end:
        return None
    while not values[end - 1]:
        end -= 1
    return start, tuple(values[start:end])


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?:;]+(?=\s|$)")


def syllables(word: str) -> int:
    """Syllables of a Dutch word, from pyphen's hyphenation points (a good estimate)."""
    return len(_dutch_hyphenator().positions(word.lower())) + 1


def flesch_douma(text: str) -> tuple[float, int] | None:
    """(score, word count) by Flesch-Douma: 206.835 − 0.93 × words/sentence − 77 × syllables/word."""
    words = _WORD.findall(text)
    if not words:
        return None
    sentences = max(1, len([s for s in _SENTENCE_END.split(text) if _WORD.search(s)]))
    syl = sum(syllables(w) for w in words)
    score = 206.835 - 0.93 * (len(words) / sentences) - 77 * (syl / len(words))
    return score, len(words)


def _texts(
    node: Any, path: PathKey, silences: list[_Silence]
) -> Iterator[tuple[PathKey, str, str, list[_Silence]]]:
    """Every (path, lang, text, silences in force) below `node`."""
    if isinstance(node, dict):
        here = list(silences)
        ignores = node.get("lint_ignore")
        if isinstance(ignores, list):
            for i, item in enumerate(ignores):
                if isinstance(item, dict) and isinstance(item.get("rule"), str):
                    here.append(_Silence(item["rule"], (*path, "lint_ignore", i)))
        required = set(REQUIRED_LANGS)
        if set(node) >= required or (set(node) & required and set(node) <= required):
            # a text: nl, en and any other language it adds (style rules are per language)
            extra = [k for k in node if isinstance(k, str) and k not in required]
            for lang in [*REQUIRED_LANGS, *extra]:
                value = node.get(lang)
                if re.match(LANG_CODE, lang) and isinstance(value, str):
                    yield (*path, lang), lang, value, here
            return
        for key, value in node.items():
            if key in ("lint_ignore", "id", "sources", "link"):
                continue
            yield from _texts(value, (*path, key), here)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _texts(value, (*path, i), silences)


def _locate(target: LintTarget, path: PathKey, value: str, start: int) -> tuple[int, int]:
    """1-based line and column of character `start` of `value`, found in the raw text."""
    key_line, key_col = target.positions.get(path, (0, 0))
    before = value[:start]
    k = before.count("\n")
    col_in_segment = start - (before.rfind("\n") + 1)
    segment = value.split("\n")[k]
    lines = target.text.splitlines()
    for ln in range(key_line, min(len(lines), key_line + 400)):
        offset = key_col if ln == key_line else 0
        idx = lines[ln].find(segment, offset) if segment else -1
        if idx >= 0:
            return ln + 1, idx + col_in_segment + 1
    return key_line + 1, key_col + 1


def lint(
    target: LintTarget, styles: dict[str, CompiledStyle], known_rules: set[str], lang: Lang
) -> list[Problem]:
    """Style warnings for one file, with silenced ones left out and stale silences reported."""
    problems: list[Problem] = []
    all_silences: dict[PathKey, _Silence] = {}
    for path, text_lang, value, silences in _texts(target.data, (), []):
        for s in silences:
            all_silences.setdefault(s.path, s)
        style = styles.get(text_lang)
        if style is None:
            continue

        def silenced(rule_id: str, silences: list[_Silence] = silences) -> bool:
            for s in silences:
                if s.rule == rule_id:
                    s.used = True
                    return True
            return False

        any_rule = style.any_rule
        for rule, pattern in style.rules if any_rule is None or any_rule.search(value) else ():
            for match in pattern.finditer(value):
                if silenced(rule.id):
                    break
                line, col = _locate(target, path, value, match.start())
                message = t(
                    "tool.style", lang, found=match.group(0), rule=rule.id, prefer=rule.prefer
                )
                problems.append(Problem(target.path, line, col, message, "warning"))
        if (
            style.readability is not None
            and text_lang == "nl"
            and target.kind == "suggestions"
            and len(path) >= 2
            and path[-2] == "text"
        ):
            got = flesch_douma(value)
            if got is not None:
                score, words = got
                if words >= style.readability.min_words and score < style.readability.min_score:
                    if silenced(READABILITY):
                        continue
                    line, col = target.positions.get(path, (0, 0))
                    message = t(
                        "tool.readability",
                        lang,
                        score=f"{score:.0f}",
                        threshold=f"{style.readability.min_score:g}",
                    )
                    problems.append(Problem(target.path, line + 1, col + 1, message, "warning"))
    for s in all_silences.values():
        line, col = target.positions.get(s.path, (0, 0))
        if s.rule not in known_rules:
            hint = did_you_mean(s.rule, known_rules, lang)
            message = t("tool.ignore_unknown_rule", lang, rule=s.rule, hint=hint)
            problems.append(Problem(target.path, line + 1, col + 1, message, "warning"))
        elif not s.used:
            message = t("tool.ignore_unused", lang, rule=s.rule)
            problems.append(Problem(target.path, line + 1, col + 1, message, "warning"))
    return problems
