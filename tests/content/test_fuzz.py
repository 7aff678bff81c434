"""Whatever the files contain, the loader and `content check` never show a traceback.

Hypothesis mutates the shipped YAML: deleted bytes and lines, truncation at any
offset, renamed keys. The loader must return Content or raise ContentError, and the
command must exit 0 or 1.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netwerkcheck.cli import main
from netwerkcheck.content.loader import Content, ContentError, default_content_dir, load_content

SHIPPED = default_content_dir()
FILES = sorted(
    p.relative_to(SHIPPED)
    for p in SHIPPED.rglob("*.yaml")
    if "examples" not in p.relative_to(SHIPPED).parts
)
KEY = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_]+):", re.MULTILINE)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz") / "content"
    shutil.copytree(SHIPPED, root, ignore=shutil.ignore_patterns("examples"))
    return root


def _mutate(data: bytes, kind: int, a: int, b: int, new_key: str) -> bytes:
    n = max(1, len(data))
    i, j = sorted((a % n, b % n))
    if kind == 0:  # delete a byte range
        return data[:i] + data[j + 1 :]
    if kind == 1:  # truncate
        return data[:i]
    if kind == 2:  # delete one line
        lines = data.split(b"\n")
        del lines[a % len(lines)]
        return b"\n".join(lines)
    if kind == 3:  # flip a byte to something odd
        return data[:i] + bytes([b % 256]) + data[i + 1 :]
    text = data.decode("utf-8")  # rename a key
    keys = list(KEY.finditer(text))
    if not keys:
        return data
    m = keys[a % len(keys)]
    return (text[: m.start(2)] + new_key + text[m.end(2) :]).encode("utf-8")


@settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    file=st.sampled_from(FILES),
    kind=st.integers(0, 4),
    a=st.integers(0, 100_000),
    b=st.integers(0, 100_000),
    new_key=st.sampled_from(["", "x", "idd", "when", "all", "is", "nl", "questions", "-", "?"]),
)
def test_mutated_content_never_crashes(
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
    file: Path,
    kind: int,
    a: int,
    b: int,
    new_key: str,
) -> None:
    path = workdir / file
    original = (SHIPPED / file).read_bytes()
    path.write_bytes(_mutate(original, kind, a, b, new_key))
    try:
        try:
            got = load_content(workdir)
            assert isinstance(got, Content)
        except ContentError as exc:
            assert exc.problems
        code = main(["content", "check", "--content", str(workdir)])
        out = capsys.readouterr()
        assert code in (0, 1), out
        assert "Traceback" not in out.out + out.err
        assert "onverwacht" not in out.err and "niet had mogen gebeuren" not in out.err
    finally:
        path.write_bytes(original)
