"""Broken and hostile content never hangs, crashes or floods (issue #17, case 6).

Every limit is checked before the YAML is parsed into a tree and before aliases are
expanded; past it, the editor gets `path:line:col: message` and exit 1. The hostile
runs happen in a child process under resource limits (CPU seconds, address space):
on the old code they ran out of both (63 s, 3.7 GB) or segfaulted (exit 139).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from netwerkcheck.content import yamlpos
from netwerkcheck.content.loader import ContentError, default_content_dir, load_content
from netwerkcheck.content.problems import Problem

SHIPPED = default_content_dir()
POSITION = re.compile(r"^(?P<path>[^\n]+?):(?P<line>\d+):(?P<col>\d+): ", re.MULTILINE)
CPU_SECONDS = 20  # the old code needed over 60 for the alias bomb
MEMORY = 1 << 30  # 1 GiB address space; the old code needed 3.7 GB

CHILD = textwrap.dedent(
    f"""
    import resource, sys
    resource.setrlimit(resource.RLIMIT_CPU, ({CPU_SECONDS}, {CPU_SECONDS}))
    resource.setrlimit(resource.RLIMIT_AS, ({MEMORY}, {MEMORY}))
    from netwerkcheck.cli import main
    sys.exit(main(sys.argv[1:]))
    """
)


def bomb(levels: int = 9, width: int = 10) -> str:
    lines = ["a0: &a0 [" + ",".join(["x"] * width) + "]"]
    for i in range(1, levels + 1):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


HOSTILE: dict[str, str] = {
    "alias_bomb": bomb(),
    "flow_nesting": "[" * 50_000,
    "flow_nesting_closed": "s: " + "[" * 50_000 + "]" * 50_000 + "\n",
    "mapping_nesting": "{a: " * 30_000,
    "block_nesting": "".join(" " * i + "k:\n" for i in range(300)),
    "compact_nesting": "- " * 20_000 + "x\n",
    "many_items": "suggestions:\n" + "- x\n" * 260_000,
    "many_flow_items": "suggestions: [" + ",".join(["x"] * 200_000) + "]\n",
    "many_aliases": "a: &a x\nb: [" + ",".join(["*a"] * 1000) + "]\n",
    "long_string_aliases": "a: &a " + "y" * 100_000 + "\nb: [" + ",".join(["*a"] * 50) + "]\n",
    "too_big": "# " + "x" * (600 * 1024) + "\n",  # over MAX_FILE_BYTES (512 KiB)
}


def _overlay(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "overlay"
    (folder / "suggestions").mkdir(parents=True)
    (folder / "suggestions" / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


def _check(content: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NETWERKCHECK_LANG": "en"}
    return subprocess.run(
        [sys.executable, "-c", CHILD, "content", "check", "--content", str(content)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,  # a safety net only; the bounds are the resource limits above
    )


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_case6_hostile_yaml_is_a_located_problem_within_limits(tmp_path: Path, name: str) -> None:
    folder = _overlay(tmp_path, name, HOSTILE[name])
    out = _check(folder)
    assert out.returncode == 1, (out.returncode, out.stderr[-2000:])
    assert "Traceback" not in out.stdout + out.stderr
    located = [m for m in POSITION.finditer(out.stdout) if m["path"].endswith(f"{name}.yaml")]
    assert len(located) == 1, out.stdout[-2000:]


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_case6_limits_are_found_before_parsing(name: str) -> None:
    """check_limits gives the problem itself (the tree is never built)."""
    got = yamlpos.check_limits(HOSTILE[name], f"{name}.yaml", "en")
    assert isinstance(got, Problem) and got.line >= 1 and got.col >= 1


def test_case6_plain_mode_with_an_alias_bomb_says_where_and_exits(tmp_path: Path) -> None:
    folder = _overlay(tmp_path, "bomb", bomb())
    env = {**os.environ, "NETWERKCHECK_LANG": "en", "NETWERKCHECK_DATA_DIR": str(tmp_path / "d")}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, "--plain", "--no-save", "--content", str(folder)],
        input="q\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert out.returncode == 2, out.stderr[-2000:]
    assert "Traceback" not in out.stdout + out.stderr
    assert re.search(r"bomb\.yaml:\d+:\d+: ", out.stderr)


def test_shipped_content_is_well_inside_the_limits() -> None:
    for file in SHIPPED.rglob("*.yaml"):
        text = file.read_text(encoding="utf-8")
        assert len(text.encode()) < yamlpos.MAX_FILE_BYTES // 10, file
        assert yamlpos.check_limits(text, str(file), "en") is None, file


# --- folders, special files and loops where a content file belongs -----------------------


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(SHIPPED, root, ignore=shutil.ignore_patterns("examples"))
    return root


def _problem_for(root: Path, target: Path) -> str:
    with pytest.raises(ContentError) as info:
        load_content(root)
    hits = [p for p in info.value.errors if Path(p.path).name == target.name]
    assert hits, [p.format() for p in info.value.errors]
    return hits[0].message


def test_case6_a_folder_named_like_a_content_file_is_an_error(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "suggestions" / "x.yaml").mkdir()
    assert _problem_for(root, root / "suggestions" / "x.yaml") == (
        "hier hoort een bestand, maar dit is een map"
    )


def test_case6_themes_yaml_as_a_folder_is_an_error_not_an_overlay(tmp_path: Path) -> None:
    overlay = tmp_path / "full"
    shutil.copytree(SHIPPED, overlay, ignore=shutil.ignore_patterns("examples"))
    (overlay / "themes.yaml").unlink()
    (overlay / "themes.yaml").mkdir()
    with pytest.raises(ContentError) as info:
        load_content(None, "en", overlay=overlay)
    messages = [p.format() for p in info.value.errors]
    assert any("themes.yaml:1:1: a file belongs here, but this is a folder" in m for m in messages)


@pytest.mark.skipif(os.name != "posix", reason="symlinks and FIFOs")
def test_case6_a_symlink_loop_is_an_error_with_its_path(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    loop = root / "suggestions" / "loop.yaml"
    loop.symlink_to("loop.yaml")
    with pytest.raises(ContentError) as info:
        load_content(root, "en")
    assert any(p.path.endswith("loop.yaml") and "loop" in p.message for p in info.value.errors), (
        info.value.errors
    )


@pytest.mark.skipif(os.name != "posix", reason="symlinks and FIFOs")
def test_case6_a_fifo_where_a_content_file_belongs_does_not_block(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    os.mkfifo(root / "suggestions" / "pipe.yaml")
    out = _check(root)
    assert out.returncode == 1, out.stderr[-2000:]
    assert re.search(r"pipe\.yaml:1:1: an ordinary file belongs here", out.stdout)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_case6_a_symlink_to_a_device_is_not_read(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    (root / "help.yaml").unlink()
    (root / "help.yaml").symlink_to("/dev/zero")
    out = _check(root)
    assert out.returncode == 1, out.stderr[-2000:]
    assert re.search(r"help\.yaml:1:1: an ordinary file belongs here", out.stdout)


# --- the fuzz, widened: aliases, nesting, size ---------------------------------------------

FUZZ_CHILD = textwrap.dedent(
    f"""
    import resource, sys
    resource.setrlimit(resource.RLIMIT_CPU, (240, 240))
    resource.setrlimit(resource.RLIMIT_AS, ({MEMORY}, {MEMORY}))
    from hypothesis import given, settings, strategies as st, HealthCheck
    from netwerkcheck.content import yamlpos
    from netwerkcheck.content.problems import Problem

    def bomb(levels, width, closed):
        lines = ["a0: &a0 [" + ",".join(["x"] * width) + "]"]
        for i in range(1, levels + 1):
            lines.append(f"a{{i}}: &a{{i}} [" + ",".join([f"*a{{i - 1}}"] * width) + "]")
        return "\\n".join(lines) + "\\n"

    def nested(depth, style, closed):
        if style == 0:
            return "s: " + "[" * depth + ("]" * depth if closed else "") + "\\n"
        if style == 1:
            return "s: " + "{{a: " * depth + ("}}" * depth if closed else "") + "\\n"
        if style == 2:
            return "".join(" " * i + "k:\\n" for i in range(min(depth, 400)))
        return "- " * depth + "x\\n"

    def items(count, flow, closed):
        if flow:
            return "s: [" + ",".join(["x"] * count) + ("]" if closed else "") + "\\n"
        return "s:\\n" + "- x\\n" * count

    texts = st.one_of(
        st.builds(bomb, st.integers(1, 12), st.integers(1, 40), st.booleans()),
        st.builds(nested, st.integers(1, 60_000), st.integers(0, 3), st.booleans()),
        st.builds(items, st.integers(1, 300_000), st.booleans(), st.booleans()),
        st.text(alphabet="[]{{}}&*ab :,-\\n'\\"!|>#", max_size=3000),
    )

    @settings(max_examples=60, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(text=texts, fast=st.booleans())
    def fuzz(text, fast):
        if fast:
            with yamlpos.fast_parsing():
                got = yamlpos.parse_yaml(text, "f.yaml", "en")
        else:
            got = yamlpos.parse_yaml(text, "f.yaml", "en")
        assert isinstance(got, (yamlpos.Located, Problem)), type(got)
        if isinstance(got, Problem):
            assert got.line >= 1 and got.col >= 1 and got.message

    fuzz()
    print("FUZZ OK")
    """
)


def test_case6_fuzz_hostile_yaml_within_resource_limits() -> None:
    out = subprocess.run(
        [sys.executable, "-c", FUZZ_CHILD], capture_output=True, text=True, timeout=900
    )
    assert out.returncode == 0, (out.returncode, out.stdout[-1500:], out.stderr[-3000:])
    assert "FUZZ OK" in out.stdout
