"""Strings of the terminal app."""

from __future__ import annotations

TUI: dict[str, dict[str, str]] = {}
