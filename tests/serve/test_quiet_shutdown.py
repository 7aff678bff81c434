"""After Ctrl+C, a subprocess transport collected after the loop closed must not print a
traceback (seen once in CI: 'Exception ignored in ... RuntimeError: Event loop is closed')."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import pytest

from netwerkcheck.web.server import _quiet_closed_loop


def test_closed_loop_after_stop_is_said_nothing_about(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []
    monkeypatch.setattr(sys, "__unraisablehook__", seen.append)
    _quiet_closed_loop(SimpleNamespace(exc_value=RuntimeError("Event loop is closed")))
    assert seen == []


def test_any_other_unraisable_goes_to_pythons_own_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []
    monkeypatch.setattr(sys, "__unraisablehook__", seen.append)
    other = SimpleNamespace(exc_value=ValueError("something else"))
    _quiet_closed_loop(other)
    assert seen == [other]
