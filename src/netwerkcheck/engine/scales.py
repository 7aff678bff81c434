"""Score a validated scale from its content data (no scoring rules in code).

Every rule comes from the Scale: which answers count 1 on a positive or a negative item,
which items form a subscale, and which band a total falls in. A band is only given when
every item of that (sub)scale is answered: a half-filled list must never read as an
outcome. The result is for the counsellor's screen only; the client's own check and
handout never show it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from netwerkcheck.content.scale_models import Band, Scale, ScaleItem


@dataclass(frozen=True)
class SubscaleResult:
    """The score of one subscale; `band` is None unless all its items are answered
    and the subscale has bands in the content (11-item subscales deliberately have none)."""

    id: str
    total: int
    max_total: int
    answered: int
    item_count: int
    complete: bool
    band: Band | None


@dataclass(frozen=True)
class ScaleResult:
    """`total` counts the answered items only; `band` is None unless `complete`."""

    scale_id: str
    total: int
    max_total: int
    answered: int
    item_count: int
    complete: bool
    band: Band | None
    subscales: Mapping[str, SubscaleResult] = field(default_factory=dict)
    item_scores: Mapping[str, int] = field(default_factory=dict)


def item_score(scale: Scale, item: ScaleItem, value: str) -> int:
    """1 when `value` is one of the answers that count for this item's direction, else 0."""
    return 1 if value in scale.scoring.counts(item.direction) else 0


def _valid_answer(scale: Scale, answers: Mapping[str, str | None], item_id: str) -> str | None:
    """The answer to one item, or None when missing, skipped or not one of the options
    (an answer saved under older content is treated as not given, never guessed)."""
    value = answers.get(item_id)
    if value is None or value not in {o.value for o in scale.options}:
        return None
    return value


def _band(bands: Sequence[Band], total: int, complete: bool) -> Band | None:
    if not complete:
        return None
    return next((b for b in bands if b.contains(total)), None)


def score(scale: Scale, answers: Mapping[str, str | None]) -> ScaleResult:
    """Score `answers` (item id -> option value) against `scale`.

    Unknown item ids in `answers` are ignored. Subscales get their own band when all
    of their items are answered, even if the scale as a whole is not complete.
    """
    item_scores: dict[str, int] = {}
    for item in scale.items:
        value = _valid_answer(scale, answers, item.id)
        if value is not None:
            item_scores[item.id] = item_score(scale, item, value)

    subscales: dict[str, SubscaleResult] = {}
    for sub in scale.subscales:
        answered = [item_scores[i] for i in sub.items if i in item_scores]
        complete = len(answered) == len(sub.items)
        subscales[sub.id] = SubscaleResult(
            id=sub.id,
            total=sum(answered),
            max_total=len(sub.items),
            answered=len(answered),
            item_count=len(sub.items),
            complete=complete,
            band=_band(sub.bands, sum(answered), complete),
        )

    total = sum(item_scores.values())
    complete = len(item_scores) == len(scale.items)
    return ScaleResult(
        scale_id=scale.id,
        total=total,
        max_total=scale.max_total,
        answered=len(item_scores),
        item_count=len(scale.items),
        complete=complete,
        band=_band(scale.bands, total, complete),
        item_scores=item_scores,
        subscales=subscales,
    )
