"""`netwerkcheck history`, `export` and `forget` on the command line."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from netwerkcheck.cli import main
from netwerkcheck.store import CheckStore
from netwerkcheck.store.paths import data_dir
from tests.store.conftest import SMALL_CONTENT
from tests.store.helpers import record


def _save(text: str = "meer contact", **update: object) -> str:
    with CheckStore() as store:
        return store.save(record(text).model_copy(update=update)).id


def test_history_empty_and_filled(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history"]) == 0
    assert "nog geen checks" in capsys.readouterr().out
    first = _save()
    second = _save(finished=True)
    assert main(["--lang", "en", "history"]) == 0
    out = capsys.readouterr().out
    assert out.index(second) < out.index(first)  # newest first
    assert "not finished" in out and "finished" in out and "content 2026.11.0" in out
    assert "meer contact" not in out


def test_history_reports_set_aside_files(capsys: pytest.CaptureFixture[str]) -> None:
    _save()
    (data_dir() / "checks" / "kapot.json").write_bytes(b"{")
    assert main(["history"]) == 0
    captured = capsys.readouterr()
    assert "kapot.json" in captured.err and "opzij gezet" in captured.err


def test_history_while_another_instance_runs(capsys: pytest.CaptureFixture[str]) -> None:
    with CheckStore():
        assert main(["history"]) == 1
    assert "al open" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_export_to_stdout(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    check_id = _save("Vaker bellen")
    assert main(["--content", str(SMALL_CONTENT), "export", check_id, "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "Vaker bellen" in out and "Met wie woon je?" in out


def test_export_to_file_by_unique_prefix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    check_id = _save()
    target = tmp_path / "uit.html"
    assert main(["export", check_id[:-2], "--format", "html", "-o", str(target)]) == 0
    assert target.read_text("utf-8").startswith("<!DOCTYPE html>")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert str(target) in capsys.readouterr().err


def test_export_unknown_id(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "bestaat-niet"]) == 1
    assert "bestaat-niet" in capsys.readouterr().err


def test_export_to_unwritable_place_is_a_plain_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    check_id = _save()
    assert main(["export", check_id, "-o", str(tmp_path / "no" / "such" / "dir.md")]) == 1
    err = capsys.readouterr().err
    assert "Opslaan lukte niet" in err and "Traceback" not in err


def test_forget_needs_the_word(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _save()
    monkeypatch.setattr(sys, "stdin", io.StringIO("ja\n"))
    assert main(["forget"]) == 1
    assert "niets gewist" in capsys.readouterr().out
    assert main(["forget", "--confirm", "FORGET"]) == 1  # the Dutch word is VERGETEN
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal: EOF
    assert main(["forget"]) == 1
    assert len(list((data_dir() / "checks").iterdir())) == 1


def test_forget_typed_word_deletes_everything_and_says_what_it_cannot(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _save()
    monkeypatch.setattr(sys, "stdin", io.StringIO("VERGETEN\n"))
    assert main(["forget"]) == 0
    out = capsys.readouterr().out
    assert "Alles is gewist" in out and "SSD" in out and "back-ups" in out
    assert not data_dir().exists()


def test_forget_in_english_for_scripts(capsys: pytest.CaptureFixture[str]) -> None:
    _save()
    assert main(["--lang", "en", "forget", "--confirm", "FORGET"]) == 0
    assert "Everything was deleted" in capsys.readouterr().out
    assert not data_dir().exists()
    assert main(["forget", "--confirm", "VERGETEN"]) == 0  # nothing there: still fine
    assert "niets opgeslagen" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["history"], ["export", "x"], ["forget", "--confirm", "no"]])
def test_commands_do_not_import_textual(argv: list[str], tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from netwerkcheck.cli import main\n"
        f"main({argv!r})\n"
        "print('TEXTUAL' if 'textual' in sys.modules else 'CLEAN', file=sys.stderr)\n"
    )
    env = dict(os.environ, NETWERKCHECK_DATA_DIR=str(tmp_path / "d"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stderr.strip().splitlines()[-1] == "CLEAN"


@pytest.mark.parametrize(
    "module", ["netwerkcheck.store", "netwerkcheck.report.export", "netwerkcheck.commands.forget"]
)
def test_store_and_report_do_not_import_textual(module: str) -> None:
    code = f"import sys, {module}\nprint(any(m.split('.')[0] == 'textual' for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
