"""The quick positioned YAML reader gives exactly what the round-trip reader gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from netwerkcheck.content import yamlpos
from netwerkcheck.content.yamlpos import Located, parse_yaml

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted([*ROOT.joinpath("content").rglob("*.yaml"), *ROOT.joinpath("tests").rglob("*.yaml")])


def _round_trip(text: str, monkeypatch: pytest.MonkeyPatch) -> object:
    with monkeypatch.context() as m:
        m.setattr(yamlpos, "_quick_located", lambda text, display: None)
        return parse_yaml(text, "f.yaml", "nl")


@pytest.mark.parametrize("file", FILES, ids=lambda f: str(f.relative_to(ROOT)))
def test_same_data_and_positions(file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = file.read_text(encoding="utf-8", errors="replace")
    slow = _round_trip(text, monkeypatch)
    fast = parse_yaml(text, "f.yaml", "nl")
    assert fast == slow


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\na: 2\n",  # duplicate key
        "a: [1, 2\n",  # syntax error
        "x: &a {b: 1}\ny: *a\n",  # anchors
        "base: {a: 1}\nmore:\n  <<: {a: 2}\n",  # merge key
        "a: !!binary aGVsbG8=\n",
        "? [1, 2]\n: x\n",  # a list as key
        "",
        "# only a comment\n",
        "- a\n- {b: c}\n- - d\n",
        "a: yes\nb: on\nc: 0o17\nd: 1_000\ne: 2020-01-01\nf: ~\ng: 'x'\n",
        "a: |\n  line\n  two\nb: >\n  folded\n",
        "a: &x 1\n",  # an anchor without an alias
        "--- 5\n",
        "a: 1\n---\nb: 2\n",  # two documents
        "k: v\n...\n",
        "hello\n",  # a scalar as the whole document
        "[1, 2, {a: b}]\n",
        "1: a\n2.5: b\nnull: c\ntrue: d\n2020-01-01: e\n",  # keys that are not text
        "{a: 1, a: 2}\n",
        "a: !!set {x, y}\n",
        "a:\n  - - - [[[]]]\n  - {}\n",
        "[" * 45 + "]" * 45 + "\n",  # deeper than MAX_DEPTH
        "- x\n" * 6000,  # more than MAX_NODES
    ],
)
def test_odd_documents_read_as_before(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert parse_yaml(text, "f.yaml", "nl") == _round_trip(text, monkeypatch)


def test_quick_reader_is_used_for_plain_documents() -> None:
    assert isinstance(yamlpos._quick_located("a:\n  - b: 1\n", "f.yaml"), Located)


@pytest.mark.parametrize(
    "text", ["x: &a {b: 1}\ny: *a\n", "a: &v 1\nb: *v\n", "m: {a: 1}\nn:\n  <<: {a: 2}\n"]
)
def test_aliases_and_merge_keys_go_to_the_round_trip_reader(text: str) -> None:
    assert yamlpos._quick_located(text, "f.yaml") is None


def test_text_with_ampersand_and_percent_is_read_quickly() -> None:
    found = yamlpos._quick_located("a: R&D voor 50%\n", "f.yaml")
    assert isinstance(found, Located) and found.data == {"a": "R&D voor 50%"}
