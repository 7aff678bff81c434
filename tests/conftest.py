"""Shared fixtures. Every test gets its own data and config folders: never the real home.

The suite runs in parallel (pytest-xdist, see [tool.pytest.ini_options] in pyproject.toml):
whatever a test writes goes under its own `tmp_path` (the home folder below), servers bind
a free port of their own, and content loaded once per worker is shared read-only.

Textual parses the app's CSS again for every app a test starts (its parse cache lives
in each app's stylesheet); here the parsed rules are shared by every app of a worker, which
takes a fifth off starting an app (see `_share_parsed_css`).

Hypothesis runs a quick profile by default and a thorough, reproducible one in CI
(`CI=true`, as `.ci/run` is run there); `HYPOTHESIS_PROFILE=thorough` picks it by hand.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from netwerkcheck.content.loader import Content, load_content
from netwerkcheck.i18n import set_lang


def _share_parsed_css() -> None:
    """One parse per CSS source (and set of theme variables) in a worker, not one per app.

    Textual's `Stylesheet._parse_rules` caches per stylesheet, keyed without the
    variables (each app has its own); the rules it returns are never changed after
    parsing (Textual hands the same list out again from that cache), so sharing them
    between apps is safe. Only the suite starts hundreds of apps in one process.
    """
    from textual.css.stylesheet import Stylesheet

    parse = Stylesheet._parse_rules
    parsed: dict[object, Any] = {}

    def shared(
        self: Stylesheet,
        css: str,
        read_from: Any,
        is_default_rules: bool = False,
        tie_breaker: int = 0,
        scope: str = "",
    ) -> Any:
        key = (
            css,
            read_from,
            is_default_rules,
            tie_breaker,
            scope,
            *sorted(self._variables.items()),
        )
        rules = parsed.get(key)
        if rules is None:
            rules = parsed[key] = parse(self, css, read_from, is_default_rules, tie_breaker, scope)
        return rules

    Stylesheet._parse_rules = shared  # type: ignore[method-assign]


_share_parsed_css()


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """After each test, what is still alive is set aside from later cycle collections.

    A worker's heap holds some 200,000 long-lived objects (modules, the content, Textual's
    and Rich's caches), and every test that starts an app makes enough short-lived cycles
    that Python runs a full collection about once per Pilot test, each one walking all of
    that heap again (100-250 ms; 9 of 64 s CPU of test_answers + test_counsellor). Once the
    test's own objects are collected, what survives it is frozen (`gc.freeze`), so the
    next full collections walk only what the next tests make. Frozen objects are never
    freed by the cycle collector (reference counting still frees them), so only what
    outlived a finished test is frozen: nothing a test makes, keeps or checks."""
    import gc

    yield
    gc.collect()
    gc.freeze()


# Deadlines and the too-slow health check measure time: on a loaded machine they fail
# without a bug, so neither profile uses them.
_UNTIMED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("quick", _UNTIMED, max_examples=20)
# CI: at least as many examples as any test asked for before the profiles, and the same
# examples on every run (derandomize), so a red CI run is a bug, never the luck of the draw.
settings.register_profile(
    "thorough", _UNTIMED, max_examples=200, derandomize=True, database=None, print_blob=True
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE")
    or ("thorough" if os.environ.get("CI", "").lower() in ("true", "1") else "quick")
)


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
    """The shipped content, loaded once per worker. Each test gets its own shallow copy,
    so a test that sets a field (e.g. `scales`) does not change it for the next one."""
    global _CONTENT
    if _CONTENT is None:
        _CONTENT = load_content()
    return copy.copy(_CONTENT)


# The Pilot walks, the browser and the wheel take the longest: started first, so that in
# parallel the last minutes are many short tests shared by both workers, not one long
# walk on one of them. (Within each part, collection order stays as it is.)
_LONG_FIRST = ("tests/tui/", "tests/serve/", "tests/test_wheel.py")
_LONGEST = ("test_forty_people_typed_without_pauses", "test_sizes.py::test_sizes")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        if any(name in item.nodeid for name in _LONGEST):
            return 0
        return 1 if item.nodeid.startswith(_LONG_FIRST) else 2

    items.sort(key=rank)  # stable: the same order on every worker
