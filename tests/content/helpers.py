"""Helpers for content tests: copy a content folder, run the CLI in-process, check the
shipped content once."""

from __future__ import annotations

import shutil
from functools import cache
from pathlib import Path

import pytest

from netwerkcheck.cli import main
from netwerkcheck.editor.checkall import CheckResult, check_all

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini"


def copy_mini(tmp_path: Path, name: str = "c") -> Path:
    dest = tmp_path / name
    shutil.copytree(MINI, dest)
    return dest


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out + out.err


@cache
def shipped_check() -> CheckResult:
    """`check_all()` of the shipped content (problems, personas), run once per worker and
    shared read-only: the tests that look at it only read it."""
    return check_all()
