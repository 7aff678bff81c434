"""The one text-cleaning function (issue #17, case 8): escape sequences go whole."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from netwerkcheck.cleantext import clean, one_line

BAD = {chr(c) for c in range(0x20) if c != 0x0A} | {chr(c) for c in range(0x7F, 0xA0)}
BAD |= set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029")


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("a\x1b]52;c;ZXZpbA==\x07b", "ab"),  # OSC 52 clipboard write, BEL-terminated
        ("a\x1b]52;c;ZXZpbA==\x1b\\b", "ab"),  # ... ST-terminated
        ("a\x9d52;c;ZXZpbA==\x9cb", "ab"),  # 8-bit OSC
        ("x\x1b[31mred\x1b[0m", "xred"),  # CSI
        ("\x9b31mC1", "C1"),  # 8-bit CSI
        ("\x1bPq#0;2\x1b\\end", "end"),  # DCS (sixel)
        ("\x1b(Bx", "x"),  # charset designation
        ("nul\x00x", "nulx"),
        ("abc\u202edef\u2066g\u2069", "abcdefg"),
        ("ok\ttab\r\nline\rmore\u2028end", "ok tab\nline\nmore\nend"),
        ("lone\x1b", "lone"),
        ("é مرحبا 🙂 [b]x[/b]", "é مرحبا 🙂 [b]x[/b]"),
    ],
)
def test_clean(raw: str, want: str) -> None:
    assert clean(raw) == want


def test_one_line() -> None:
    assert one_line("  a\n\x1b[1m b \t c ") == "a b c"


@given(st.text())
def test_clean_leaves_nothing_a_terminal_acts_on(text: str) -> None:
    out = clean(text)
    assert not BAD & set(out)
    assert clean(out) == out


@given(st.text(alphabet=st.characters(blacklist_categories=["Cc", "Cf", "Cs", "Zl", "Zp"])))
def test_clean_keeps_ordinary_text(text: str) -> None:
    assert clean(text) == text
