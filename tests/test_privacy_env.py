"""Textual's debug switches cannot make the app write keystrokes or events to disk."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from netwerkcheck.privacy import LEAKY, scrub_textual_environment


def test_scrub_removes_every_leaky_variable() -> None:
    env = dict.fromkeys(LEAKY, "1") | {"TEXTUAL_THEME": "ansi-dark", "HOME": "/x"}
    removed = scrub_textual_environment(env)
    assert set(removed) == set(LEAKY)
    assert env == {"TEXTUAL_THEME": "ansi-dark", "HOME": "/x"}, "harmless settings stay"


def test_developers_can_keep_them() -> None:
    env = {"TEXTUAL_DEBUG": "1", "NETWERKCHECK_DEV": "1"}
    assert scrub_textual_environment(env) == []
    assert "TEXTUAL_DEBUG" in env


def test_app_start_scrubs_before_textual_is_imported(tmp_path: Path) -> None:
    """start.run() must remove the switches before the first Textual import: a stand-in
    app module imports Textual when it is built and reports what Textual saw."""
    code = (
        "import sys, types, argparse\n"
        "fake = types.ModuleType('netwerkcheck.tui.app')\n"
        "class NetwerkcheckApp:\n"
        "    return_code = 0\n"
        "    content_problems = []\n"
        "    def __init__(self, *a, **k):\n"
        "        import textual.constants as c\n"
        "        print(c.DEBUG, c.LOG_FILE)\n"
        "    def run(self):\n"
        "        pass\n"
        "fake.NetwerkcheckApp = NetwerkcheckApp\n"
        "sys.modules['netwerkcheck.tui.app'] = fake\n"
        "import netwerkcheck.commands.start as start\n"
        "assert 'textual' not in sys.modules\n"
        "args = argparse.Namespace(content=None, no_save=True, plain=False, high_contrast=False)\n"
        "start.run(args)\n"
    )
    env = {**os.environ, "TEXTUAL_DEBUG": "1", "TEXTUAL_LOG": str(tmp_path / "t.log")}
    env.pop("NETWERKCHECK_DEV", None)
    env.pop("ACCESSIBLE", None)
    import pty

    # A terminal on stdout, so start.run picks the app and not plain mode.
    leader, follower = pty.openpty()
    out = subprocess.run(
        [sys.executable, "-c", code],
        stdout=follower,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    os.close(follower)
    printed = os.read(leader, 4096).decode()
    os.close(leader)
    assert out.returncode == 0, out.stderr
    assert printed.split() == ["False", "None"]
    assert not (tmp_path / "keys.log").exists()
