"""Network facts in words (placeholder wording until the network map lands)."""

from __future__ import annotations

from netwerkcheck.engine.conditions import Reason
from netwerkcheck.i18n import Lang


def describe(reason: Reason, lang: Lang) -> str:
    fact = reason.fact or "?"
    detail = reason.value if reason.value is not None else reason.count
    return f"{fact} ({lang}): {detail}"
