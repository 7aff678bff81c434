"""The command line: content errors stop the start with exit 2 and file:line:col lines."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from netwerkcheck.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "content_small"
LINE = re.compile(r"^.+\.yaml:\d+:\d+: .+$")


def broken_content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(FIXTURE, target)
    path = target / "suggestions" / "reflect.yaml"
    text = path.read_text(encoding="utf-8").replace("kind: reflect", "kind: reflct", 1)
    text = text.replace("{question: wens_verandering,", "{question: wens_verandring,", 1)
    path.write_text(text, encoding="utf-8")
    return target


def assert_both_errors_listed(out: str) -> None:
    """Both errors broken_content makes, each as a file:line:col line at its place: not
    only the first, and not only the fixture's own warnings, which are there either way."""
    problems = [line for line in out.splitlines() if LINE.match(line)]
    wrong_kind = [p for p in problems if "reflect.yaml:6:5: " in p and "reflect, try" in p]
    wrong_question = [p for p in problems if "reflect.yaml:28:12: " in p and "wens_verandring" in p]
    assert wrong_kind and wrong_question, out


def test_invalid_content_stops_the_start_with_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = main(["--content", str(broken_content(tmp_path))])
    err = capsys.readouterr().err
    assert rc == 2
    assert_both_errors_listed(err)
    assert "Traceback" not in err


def test_content_check_reports_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = main(["content", "check", "--content", str(broken_content(tmp_path))])
    out = capsys.readouterr().out
    assert rc == 1
    assert_both_errors_listed(out)


def test_content_check_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--lang", "en", "content", "check", "--content", str(broken_content(tmp_path))])
    out = capsys.readouterr().out
    assert "choose one of" in out or "unknown" in out


def test_shipped_content_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "check"]) == 0


def test_unexpected_error_is_a_plain_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import netwerkcheck.cli as cli

    def boom(argv: object) -> int:
        raise RuntimeError("secret answer text")

    monkeypatch.setattr(cli, "_run", boom)
    monkeypatch.delenv("NETWERKCHECK_DEBUG", raising=False)
    assert cli.main([]) == cli.EXIT_BUG
    err = capsys.readouterr().err
    assert "Traceback" not in err and "secret answer text" not in err
    assert "RuntimeError" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert "netwerkcheck" in capsys.readouterr().out


@pytest.mark.parametrize("inner", [MemoryError, RecursionError])
@pytest.mark.parametrize("outer", [RuntimeError, MemoryError, RecursionError])
def test_a_failure_inside_the_last_resort_handler_is_still_plain(
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    inner: type[BaseException],
    outer: type[BaseException],
) -> None:
    """#17: a MemoryError or RecursionError while the handler makes its message still
    ends in the plain message, never a traceback."""
    import netwerkcheck.cli as cli

    def boom(argv: object) -> int:
        raise outer("secret answer text")

    def broken_t(*args: object, **kwargs: object) -> str:
        raise inner()

    monkeypatch.setattr(cli, "_run", boom)
    monkeypatch.setattr(cli, "t", broken_t)
    monkeypatch.delenv("NETWERKCHECK_DEBUG", raising=False)
    assert cli.main([]) == cli.EXIT_BUG
    err = capfd.readouterr().err
    assert "Traceback" not in err and "secret answer text" not in err
    assert "niet had mogen gebeuren" in err


def test_a_memory_error_in_a_child_process_is_plain() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import netwerkcheck.cli as cli\n"
        "def boom(argv):\n"
        "    big = [bytearray(1 << 20) for _ in range(4)]\n"
        "    raise MemoryError\n"
        "cli._run = boom\n"
        "sys.exit(cli.main([]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 70
    assert "Traceback" not in out.stderr and "MemoryError" in out.stderr


@pytest.mark.parametrize("enabled", [True, False])
def test_content_check_runs_without_the_cycle_collector_and_restores_it(
    enabled: bool, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import gc

    from netwerkcheck.editor import checkall

    seen: list[bool] = []
    real = checkall.check_all

    def recording(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(checkall, "check_all", recording)
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert main(["content", "check"]) == 0
        assert gc.isenabled() is enabled
        assert gc.get_freeze_count() == 0  # nothing is left out of later collections
    finally:
        gc.enable() if was else gc.disable()
    assert seen == [False]
    assert "in orde" in capsys.readouterr().out


def test_only_a_content_command_run_as_the_program_skips_the_exit_collection(
    tmp_path: Path,
) -> None:
    """main() without argv is the program (`netwerkcheck`, `python -m netwerkcheck`): a
    content command ends right after, so its objects are frozen out of the collection at
    exit. A caller in the same process passes argv, and other commands (history, the
    app) keep the collection at exit: nothing is frozen for them."""
    import os
    import subprocess
    import sys

    code = (
        "import gc, sys\n"
        "from netwerkcheck.cli import main\n"
        "assert main(['content', 'check']) == 0 and gc.get_freeze_count() == 0\n"
        "sys.argv = ['netwerkcheck', 'history']\n"
        "assert main() == 0 and gc.get_freeze_count() == 0\n"
        "sys.argv = ['netwerkcheck', 'content', 'check']\n"
        "assert main() == 0 and gc.get_freeze_count() > 0\n"
        "print('ok', file=sys.stderr)\n"
    )
    env = dict(os.environ, NETWERKCHECK_DATA_DIR=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stderr.strip().splitlines()[-1] == "ok"


@pytest.mark.parametrize("argv", [["history", "--lang", "en"], ["--lang", "en", "history"]])
def test_lang_works_before_and_after_a_command(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """'netwerkcheck history --lang en' was refused as an unknown argument (seen in a
    walk); --lang now works on either side of the command."""
    assert main(argv) == 0
    assert "No checks have been saved yet." in capsys.readouterr().out


def test_without_lang_after_the_command_the_programs_lang_holds(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The command's --lang is only there when given: otherwise the program's stands."""
    assert main(["--lang", "nl", "history"]) == 0
    assert "Er zijn nog geen checks opgeslagen." in capsys.readouterr().out
