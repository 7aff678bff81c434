"""The shipped content is part of the package: a wheel installed outside the checkout
finds its bundled content and runs the check."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("uv") is None, reason="needs uv, as in the README")
def test_wheel_runs_outside_the_checkout(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        ["uv", "build", "--wheel", "--out-dir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("netwerkcheck-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run(
        ["uv", "venv", "--python", sys.executable, str(venv)], check=True, capture_output=True
    )
    env = {**os.environ, "VIRTUAL_ENV": str(venv)}
    subprocess.run(
        ["uv", "pip", "install", "--python", str(venv / "bin" / "python"), str(wheel)],
        check=True,
        capture_output=True,
        env=env,
        # not in the checkout: the venv made here is the wheel's own, nothing of ours
        cwd=tmp_path,
    )
    exe = venv / "bin" / "netwerkcheck"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-c",
            "from netwerkcheck.content.loader import default_content_dir as d; print(d())",
        ],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "_content" in where.stdout and str(ROOT) not in where.stdout
    check = subprocess.run(
        [str(exe), "content", "check"], cwd=elsewhere, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
    # The check itself runs from the installed package (piped, so in plain mode):
    # skip every question and reach the results with the calm closing help line (no help
    # rule fired, so no crisis line: issue #11).
    run = subprocess.run(
        [str(exe), "--no-save"],
        cwd=elsewhere,
        input="o\n" * 60,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Jouw uitkomst" in run.stdout
    assert "Bij Hulp staat wie er naar je luistert." in run.stdout
    assert "113" not in run.stdout[run.stdout.index("Jouw uitkomst") :]
    # The report templates ship in the wheel: the installed package renders every export.
    code = (
        "from netwerkcheck.report.handout import to_handout\n"
        "from netwerkcheck.report.export import render\n"
        "from netwerkcheck.store import new_record\n"
        "r = new_record('x', 'nl')\n"
        "for fmt in ('md', 'html', 'txt'):\n"
        "    print(len(render(fmt, r, None, 'nl')) > 100, len(to_handout(fmt, 'nl')) > 100)\n"
    )
    exports = subprocess.run(
        [str(venv / "bin" / "python"), "-c", code],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    )
    assert exports.stdout.split() == ["True"] * 6, exports.stderr[-2000:]
    # The compiled catalogs are in the wheel, and the installed app speaks from them.
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in ("nl", "en"):
        assert f"netwerkcheck/locale/{lang}/LC_MESSAGES/netwerkcheck.mo" in names
    assert "netwerkcheck/locale/nl/LC_MESSAGES/argparse.mo" in names
    helped = subprocess.run(
        [str(exe), "--help"], cwd=elsewhere, capture_output=True, text=True, check=True
    )
    assert helped.stdout.startswith("gebruik: netwerkcheck") and "{nl,en}" in helped.stdout
