"""Every UI string, keyed by a stable id, in Dutch and English.

One module per area keeps the lists short and lets work on different areas go on
side by side. A test checks that each entry has both languages, the same
{placeholders}, and that no id is defined twice.
"""

from __future__ import annotations

from netwerkcheck.i18n import (
    answers,
    content_errors,
    counsellor,
    help,
    network,
    plain,
    plan,
    store,
    tooling,
    tui,
)
from netwerkcheck.i18n import history as history_strings

AREAS: tuple[dict[str, dict[str, str]], ...] = (
    content_errors.CONTENT_ERRORS,
    tui.TUI,
    counsellor.COUNSELLOR,
    help.HELP,
    plain.PLAIN,
    network.NETWORK,
    store.STORE,
    tooling.TOOLING,
    history_strings.HISTORY,
    plan.PLAN,
    answers.ANSWERS,
)

CATALOG: dict[str, dict[str, str]] = {k: v for area in AREAS for k, v in area.items()}
