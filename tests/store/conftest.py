"""A small content folder of our own, so store tests do not follow edits of the shipped content."""

from __future__ import annotations

from pathlib import Path

import pytest

from netwerkcheck.content.loader import Content, load_content

SMALL_CONTENT = Path(__file__).parent / "fixtures" / "content"
_SMALL: Content | None = None


@pytest.fixture
def small() -> Content:
    global _SMALL
    if _SMALL is None:
        _SMALL = load_content(SMALL_CONTENT)
    return _SMALL
