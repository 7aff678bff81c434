"""Choose a few suggestions, most relevant first, each with the answers behind it."""

from __future__ import annotations

from dataclasses import dataclass

from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.answers import Answers
from netwerkcheck.engine.conditions import Reason
from netwerkcheck.engine.flow import evaluator

KIND_ORDER: tuple[m.SuggestionKind, ...] = ("reflect", "try", "find", "talk")


@dataclass(frozen=True)
class Chosen:
    suggestion: m.Suggestion
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Selection:
    """The chosen suggestions, and whether the person said they are content."""

    chosen: tuple[Chosen, ...]
    contented: bool

    def by_kind(self) -> list[tuple[m.SuggestionKind, list[Chosen]]]:
        groups = [(k, [c for c in self.chosen if c.suggestion.kind == k]) for k in KIND_ORDER]
        return [(k, items) for k, items in groups if items]


def _unique(reasons: list[Reason]) -> tuple[Reason, ...]:
    seen: list[Reason] = []
    for r in reasons:
        if r not in seen:
            seen.append(r)
    return tuple(seen)


def select(content: Content, answers: Answers) -> Selection:
    """Suggestions whose conditions hold, contentment respected, ordered and capped.

    Order: priority (from content), then how many answers support it (more specific
    first), then file order. At most `max_per_kind` of a kind and `max_suggestions`
    in all, so the result is a handful of invitations, not a wall of tips.
    """
    ev = evaluator(content, answers)
    settings = content.settings
    contented = settings.contented_when is not None and ev.holds(settings.contented_when)
    candidates: list[tuple[int, int, int, Chosen]] = []
    for index, s in enumerate(content.suggestions):
        if contented and s.contented == "hide":
            continue
        reasons = ev.explain(s.when)
        if reasons is None:
            continue
        unique = _unique(reasons)
        candidates.append((-s.priority, -len(unique), index, Chosen(s, unique)))
    candidates.sort(key=lambda c: c[:3])
    per_kind: dict[str, int] = {}
    chosen: list[Chosen] = []
    for *_, c in candidates:
        kind = c.suggestion.kind
        if per_kind.get(kind, 0) >= settings.max_per_kind:
            continue
        per_kind[kind] = per_kind.get(kind, 0) + 1
        chosen.append(c)
        if len(chosen) >= settings.max_suggestions:
            break
    return Selection(tuple(chosen), contented)
