"""content, engine, store and report must never import Textual (nor the CLI's light paths)."""

from __future__ import annotations

import subprocess
import sys

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
        "netwerkcheck.content.checkall",
        "netwerkcheck.content.personas",
        "netwerkcheck.content.preview",
        "netwerkcheck.content.schema",
        "netwerkcheck.content.style",
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
