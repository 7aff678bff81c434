"""content, engine, store and report must never import Textual (nor the CLI's light paths)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CODE = """
import sys
import {module}
bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))
print(','.join(bad))
"""


@pytest.mark.parametrize(
    "module",
    [
        "netwerkcheck.cli",
        "netwerkcheck.content.loader",
        "netwerkcheck.engine.suggest",
        "netwerkcheck.engine.flow",
        "netwerkcheck.commands.content",
        "netwerkcheck.editor.checkall",
        "netwerkcheck.editor.personas",
        "netwerkcheck.editor.preview",
        "netwerkcheck.editor.schema",
        "netwerkcheck.editor.style",
        "netwerkcheck.content.overlay",
    ],
)
def test_module_does_not_import_textual(module: str) -> None:
    out = subprocess.run(
        [sys.executable, "-c", CODE.format(module=module)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == ""


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--version"],
        ["content", "check"],
        ["content", "check", "--lang", "en"],
        ["content", "preview", "--persona", "heel_zwaar"],
    ],
)
def test_light_commands_do_not_import_textual(argv: list[str]) -> None:
    code = (
        "import sys\n"
        "from netwerkcheck.cli import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        "print('TEXTUAL' if 'textual' in sys.modules else 'CLEAN', file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stderr.strip().splitlines()[-1] == "CLEAN"


def test_help_does_not_load_pydantic_or_the_store() -> None:
    """--help and --version stay fast: building the parser imports no heavy module."""
    code = (
        "import sys\n"
        "from netwerkcheck.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('pydantic', 'ruamel.yaml', 'netwerkcheck.store', 'textual') if m in sys.modules]\n"
        "print(','.join(heavy) or 'CLEAN', file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stderr.strip().splitlines()[-1] == "CLEAN"


# --- the first screen: what is imported by the time it is painted -----------------------
#
# Start-up speed guarded without timing: the app runs on a pseudo-terminal with
# NETWERKCHECK_EXIT_AFTER_FIRST_PAINT=1 (it exits right after its first screen is drawn,
# as benchmarks/startup.py uses it) and writes sys.modules at exit. The first screen must
# not need pydantic, YAML, the content, the engine or the store: only the modules below.

FIRST_PAINT_ALLOWED = {
    "netwerkcheck",
    "netwerkcheck.cli",
    "netwerkcheck.commands",  # the parser: each command module imports its work lazily
    "netwerkcheck.commands.content",
    "netwerkcheck.commands.export",
    "netwerkcheck.commands.forget",
    "netwerkcheck.commands.history",
    "netwerkcheck.commands.serve",  # only its parser; the web server loads when it runs
    "netwerkcheck.commands.start",
    "netwerkcheck.content",  # the package and its two light modules, nothing else
    "netwerkcheck.content.problems",
    "netwerkcheck.plain",
    "netwerkcheck.privacy",
    "netwerkcheck.store",  # the package (lazy), where the data folder is, and the peek
    "netwerkcheck.store.paths",
    "netwerkcheck.store.peek",
}
FIRST_PAINT_ALLOWED_PREFIXES = ("netwerkcheck.i18n", "netwerkcheck.tui")
FIRST_PAINT_FORBIDDEN_TUI = {
    "netwerkcheck.tui.screens.question",
    "netwerkcheck.tui.screens.results",
    "netwerkcheck.tui.counsellor.session",
    "netwerkcheck.tui.widgets.network_editor",
    "netwerkcheck.tui.widgets.network_map",
}

DUMP_AT_EXIT = """
import atexit, sys
def _dump():
    with open({out!r}, "w") as f:
        f.write("\\n".join(sorted(sys.modules)))
atexit.register(_dump)
from netwerkcheck.cli import main
sys.exit(main({argv!r}))
"""


def _modules_at_first_paint(argv: list[str], data_dir: Path, tmp: Path) -> set[str]:
    import fcntl
    import pty
    import select
    import struct
    import termios
    import time

    out = tmp / "modules.txt"
    env = dict(os.environ)
    for name in ("ACCESSIBLE", "NO_COLOR", "PYTHONPROFILEIMPORTTIME"):
        env.pop(name, None)
    env.update(
        NETWERKCHECK_EXIT_AFTER_FIRST_PAINT="1",
        NETWERKCHECK_DATA_DIR=str(data_dir),
        TERM="xterm-256color",
    )
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    code = DUMP_AT_EXIT.format(out=str(out), argv=argv)
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=slave, stdout=slave, stderr=slave, env=env
    )
    os.close(slave)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    if not os.read(master, 65536):
                        break
                except OSError:
                    break
            elif proc.poll() is not None:
                break
        else:
            proc.kill()
    finally:
        proc.wait()
        os.close(master)
    assert proc.returncode == 0, "the app did not exit by itself after its first screen"
    return set(out.read_text().split())


def _not_allowed(modules: set[str]) -> list[str]:
    ours = {m for m in modules if m == "netwerkcheck" or m.startswith("netwerkcheck.")}
    bad = {
        m
        for m in ours
        if m not in FIRST_PAINT_ALLOWED and not m.startswith(FIRST_PAINT_ALLOWED_PREFIXES)
    }
    bad |= ours & FIRST_PAINT_FORBIDDEN_TUI
    heavy = ("pydantic", "pydantic_core", "ruamel", "yaml", "pyphen", "filelock")
    bad |= {m for m in modules if m.split(".")[0] in heavy}
    return sorted(bad)


def _saved_checks(data_dir: Path, unfinished: bool, client: str | None = None) -> None:
    from netwerkcheck.store import CheckStore, new_record

    with CheckStore(data_dir) as store:
        store.save(new_record("1", client=client).model_copy(update={"finished": True}))
        if unfinished:
            store.save(new_record("1", client=client))


@pytest.mark.parametrize(
    ("argv", "saved"),
    [
        ([], None),
        ([], "unfinished"),
        (["--counsellor"], "client"),
        (["--lang", "en"], "unfinished"),
    ],
    ids=["welcome", "welcome-resume", "counsellor", "welcome-en-resume"],
)
def test_first_screen_imports_no_pydantic_content_engine_or_store(
    argv: list[str], saved: str | None, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    if saved is not None:
        _saved_checks(data_dir, unfinished=saved == "unfinished", client=None)
    if saved == "client":
        _saved_checks(data_dir, unfinished=True, client="Vlinder")
    modules = _modules_at_first_paint(argv, data_dir, tmp_path)
    assert "netwerkcheck.tui.app" in modules  # it really was the app's first screen
    assert _not_allowed(modules) == []


PARSER_PREFIXES = ("netwerkcheck.cli", "netwerkcheck.commands", "netwerkcheck.i18n")
PARSER_LIGHT = {"netwerkcheck", "netwerkcheck.content", "netwerkcheck.content.problems"}


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["--version"], ["history"], ["history", "--clients"], ["content", "check"]],
)
def test_light_commands_import_only_what_they_need(argv: list[str], tmp_path: Path) -> None:
    """No Textual for any of them; --help and --version load no pydantic, no YAML and
    none of the content, engine or store; history loads no content or YAML."""
    code = (
        "import sys\n"
        "from netwerkcheck.cli import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    env = dict(os.environ, NETWERKCHECK_DATA_DIR=str(tmp_path / "data"))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    modules = set(out.stderr.strip().splitlines()[-1].split())
    assert "netwerkcheck.cli" in modules
    assert not {m for m in modules if m == "textual" or m.startswith("textual.")}
    assert not {m for m in modules if m.startswith("netwerkcheck.tui")}
    ours = {m for m in modules if m.startswith("netwerkcheck.")}
    if argv[0] in ("--help", "--version"):
        assert sorted(m for m in ours - PARSER_LIGHT if not m.startswith(PARSER_PREFIXES)) == []
        assert not {m for m in modules if m.split(".")[0] in ("pydantic", "ruamel")}
    if argv[0] == "history":
        assert not {m for m in modules if m.split(".")[0] == "ruamel"}
        heavy_ours: tuple[str, ...] = ("netwerkcheck.content.", "netwerkcheck.report")
        assert not {m for m in ours - PARSER_LIGHT if m.startswith(heavy_ours)}
    if argv[0] == "content":
        # hyphenation reads pyphen's Dutch file itself (pyphen's reader parses every
        # pattern); saved checks, reports and the web server are not needed
        assert not {m for m in modules if m.split(".")[0] in ("pyphen", "filelock", "aiohttp")}
        heavy_ours = ("netwerkcheck.store", "netwerkcheck.report", "netwerkcheck.web")
        assert not {m for m in ours if m.startswith(heavy_ours)}
        # clean content needs no 'did you mean' (difflib) and writes no schema (json)
        assert not {m for m in modules if m.split(".")[0] in ("difflib", "json")}
