"""Test content with the questions the shipped help rules look at, plus the shipped help."""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path

from netwerkcheck.content.help_models import HelpContent, load_help
from netwerkcheck.content.loader import Content, load_content

FIXTURE_DIR = Path(__file__).parent / "fixture_content"
SHIPPED_DIR = Path(__file__).resolve().parents[2] / "content"


def fixture_content() -> tuple[Content, HelpContent]:
    """Loaded once per worker; the content is a shallow copy each time (see
    tests/tui/helpers.small_content)."""
    content, found = _loaded()
    return copy.copy(content), found


@cache
def _loaded() -> tuple[Content, HelpContent]:
    content = load_content(FIXTURE_DIR, "nl")
    found, problems = load_help(SHIPPED_DIR, {q.id: q for q in content.questions}, "nl")
    errors = [p.format() for p in problems if p.severity == "error"]
    assert found is not None and not errors, errors
    return content, found
