"""Plain mode against hostile input (issue #17, cases 7 and 8).

7: the export prompt takes the same command words as every other prompt, asks before
   writing, and never writes a file from a one-letter answer.
8: names and free text, typed or from a saved (hand-edited) check, reach the terminal
   without control, escape or bidi characters.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from netwerkcheck.content.help_models import HelpContent
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.network import Network, Person
from netwerkcheck.plain import run_plain
from tests.plain.fixtures import FIXTURE_DIR, fixture_content
from tests.plain.test_plain import FULL_RUN

NASTY = "A\x1b]52;c;ZXZpbA==\x07B\x1b[31mC\x9b1mD\x00E\u202eF\u2066G"
FORBIDDEN = ("\x1b", "\x9b", "\x9d", "\x00", "\x07", "\u202e", "\u2066")


@pytest.fixture(scope="module")
def bundle() -> tuple[Content, HelpContent]:
    return fixture_content()


def _run(bundle: tuple[Content, HelpContent], lines: list[str], **kwargs: Any) -> str:
    content, help_content = bundle
    out = io.StringIO()
    run_plain(
        content,
        help_content,
        "nl",
        save=False,
        stdin=io.StringIO("\n".join(lines) + "\n"),
        stdout=out,
        **kwargs,
    )
    return out.getvalue()


# --- case 7 ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word", ["s", "skip", "q", "o", "b", "n", "no", "h", "t", "terug", "stop", "nee", "x", "?"]
)
def test_case7_command_words_and_single_letters_write_no_file(
    bundle: tuple[Content, HelpContent], word: str
) -> None:
    called: list[str] = []
    out = _run(
        bundle,
        [*FULL_RUN, word, "", ""],  # the word; an Enter when it asks again
        exporter=lambda a, s, p: called.append(p),
    )
    assert called == [], out[-500:]


def test_case7_help_word_explains_and_asks_again(bundle: tuple[Content, HelpContent]) -> None:
    out = _run(bundle, [*FULL_RUN, "h", ""], exporter=lambda a, s, p: p)
    assert "als bestand bewaren, bijvoorbeeld" in out
    assert out.count("Wil je je uitkomst als bestand bewaren?") == 2


def test_case7_a_file_is_written_only_after_yes(bundle: tuple[Content, HelpContent]) -> None:
    called: list[str] = []
    _run(bundle, [*FULL_RUN, "uitkomst", "n"], exporter=lambda a, s, p: called.append(p))
    assert called == []
    out = _run(bundle, [*FULL_RUN, "uitkomst", "j"], exporter=lambda a, s, p: called.append(p))
    assert called == ["uitkomst.html"]
    assert "uitkomst.html? (j/n)" in out


def test_case7_an_existing_file_is_never_replaced(
    bundle: tuple[Content, HelpContent], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mijn.html").write_text("van mij")
    called: list[str] = []
    out = _run(bundle, [*FULL_RUN, "mijn.html", ""], exporter=lambda a, s, p: called.append(p))
    assert called == [] and "Er staat al een bestand mijn.html" in out
    assert (tmp_path / "mijn.html").read_text() == "van mij"


@pytest.mark.parametrize("word", ["s", "skip", "q", "o", "b", "n", "no", "h"])
def test_case7_the_real_command_writes_nothing_into_the_folder(tmp_path: Path, word: str) -> None:
    env = {**os.environ, "NETWERKCHECK_DATA_DIR": str(tmp_path / "data")}
    work = tmp_path / "work"
    work.mkdir()
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "netwerkcheck",
            "--plain",
            "--no-save",
            "--content",
            str(FIXTURE_DIR),
        ],
        input="\n".join([*FULL_RUN, word, "", ""]) + "\n",
        capture_output=True,
        text=True,
        cwd=work,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert sorted(p.name for p in work.iterdir()) == []


# --- case 8 ---------------------------------------------------------------------------------


def test_case8_typed_names_and_text_are_printed_clean(bundle: tuple[Content, HelpContent]) -> None:
    lines = list(FULL_RUN)
    lines[3] = NASTY[:30]  # the person's name, typed with escapes
    lines[-1] = NASTY  # the free-text answer
    out = _run(bundle, lines)
    for ch in FORBIDDEN:
        assert ch not in out, repr(ch)
    assert "ZXZpbA" not in out  # the clipboard payload went with its sequence
    assert "ABCDE" in out


def test_case8_a_resumed_check_with_raw_text_is_printed_clean(
    bundle: tuple[Content, HelpContent],
) -> None:
    # model_construct: text that did not pass the model's cleaning (a hand-edited file)
    raw_person = Person.model_construct(
        name=NASTY, relation="friend", circle="inner", supports=frozenset(), reciprocity=None
    )
    answers: dict[str, Any] = {
        "leeftijd": "van_18_tot_30",
        "hoe_gaat_het": "goed",
        "bezigheden": ("niets_vast",),
        "netwerk": Network.model_construct(people=(raw_person,)),
        "tevreden": "eerder_niet",
        "wens_verandering": "ja",
        "wat_mis_je": NASTY,
    }
    out = _run(bundle, ["", "", "", "", "", "", "", ""], answers=answers, current="wat_mis_je")
    for ch in FORBIDDEN:
        assert ch not in out, repr(ch)
    assert "ZXZpbA" not in out


def test_case8_a_hand_edited_saved_check_is_shown_clean_and_saved_clean(tmp_path: Path) -> None:
    """Through the real command: a saved check with escapes in a name and an answer."""
    from netwerkcheck.store import CheckStore, new_record

    data = tmp_path / "data"
    with CheckStore(data) as store:
        record = new_record("x", "nl").with_answers(
            {"leeftijd": "van_18_tot_30", "wat_mis_je": "tekst"}, current="wat_mis_je"
        )
        store.save(record)
    path = data / "checks" / f"{record.id}.json"
    raw = json.loads(path.read_text("utf-8"))
    raw["answers"]["wat_mis_je"] = NASTY
    raw["answers"]["netwerk"] = {
        "people": [{"name": NASTY[:30], "relation": "friend", "circle": "inner", "supports": []}]
    }
    path.write_text(json.dumps(raw), "utf-8")
    env = {**os.environ, "NETWERKCHECK_DATA_DIR": str(data)}
    out = subprocess.run(
        [sys.executable, "-m", "netwerkcheck", "--plain", "--content", str(FIXTURE_DIR)],
        input="j\n\n\n\n\n\n\n\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    for ch in FORBIDDEN:
        assert ch not in out.stdout + out.stderr, repr(ch)
    stored = "".join(p.read_text("utf-8") for p in (data / "checks").glob("*.json"))
    for ch in FORBIDDEN:
        assert ch not in stored and json.dumps(ch)[1:-1] not in stored, repr(ch)
