"""Helpers for content tests: copy a content folder and run the CLI in-process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from netwerkcheck.cli import main

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
