"""Shared fixtures. Every test gets its own data and config folders: never the real home."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from netwerkcheck.content.loader import Content, load_content
from netwerkcheck.i18n import set_lang


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.delenv("NETWERKCHECK_LANG", raising=False)
    for var in ("TEXTUAL", "TEXTUAL_LOG", "TEXTUAL_DEBUG"):
        monkeypatch.delenv(var, raising=False)
    set_lang("nl")
    yield
    set_lang("nl")


_CONTENT: Content | None = None


@pytest.fixture
def content() -> Content:
    """The shipped content, loaded once (it is read-only)."""
    global _CONTENT
    if _CONTENT is None:
        _CONTENT = load_content()
    return _CONTENT
