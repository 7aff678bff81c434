"""Plain mode on a terminal wraps at whole words to its width; piped output is untouched.

At 60 columns the terminal cut words in two ('saved after eac' / 'h question', seen in a
walk), which a person reading along, or a screen reader's line review, then met."""

from __future__ import annotations

import io
import os

import pytest

from netwerkcheck.plain.console import Console


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


LONG = (
    "Je antwoorden blijven op deze computer. Ze worden na elke vraag bewaard, zodat je "
    "later verder kunt. Kijk op www.een-heel-lange-website-die-heel-moet-blijven.nl."
)


def _columns(monkeypatch: pytest.MonkeyPatch, n: int) -> None:
    monkeypatch.setattr(
        "shutil.get_terminal_size", lambda fallback=(0, 0): os.terminal_size((n, 24))
    )


def test_a_terminal_gets_whole_words_within_its_width(monkeypatch: pytest.MonkeyPatch) -> None:
    _columns(monkeypatch, 60)
    out = Tty()
    Console(io.StringIO(), out).say(LONG)
    lines = out.getvalue().splitlines()
    assert len(lines) > 1
    assert " ".join(lines) == LONG  # no word cut, none lost
    assert all(len(line) <= 59 for line in lines if "www." not in line)


def test_a_list_item_wraps_under_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    _columns(monkeypatch, 40)
    out = Tty()
    Console(io.StringIO(), out).say("  - " + LONG[:80])
    first, *rest = out.getvalue().splitlines()
    assert first.startswith("  - ") and rest and all(line.startswith("    ") for line in rest)


def test_a_long_prompt_wraps_and_keeps_its_space(monkeypatch: pytest.MonkeyPatch) -> None:
    _columns(monkeypatch, 40)
    out = Tty()
    Console(io.StringIO("ja\n"), out).ask("Wil je echt stoppen? Typ j voor ja of n voor nee: ")
    text = out.getvalue()
    # wrapped at a word, the typing after 'nee: ' (the echo, as stdin is not a terminal)
    assert text.splitlines()[-1] == "voor nee: ja"
    assert all(len(line) <= 39 for line in text.splitlines())


def test_piped_output_is_left_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    _columns(monkeypatch, 40)
    out = io.StringIO()
    Console(io.StringIO(), out).say(LONG)
    assert out.getvalue() == LONG + "\n"
