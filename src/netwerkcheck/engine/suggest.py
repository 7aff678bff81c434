"""Choose a few suggestions, the best fit first, each with the answers behind it.

Fit comes from the content itself: how specific the answers are that make a suggestion's
condition true. A condition that holds for one answer out of many ("someone close has
died") fits better than one that holds for most people ("would like some change"). Each
leaf that holds adds `(1 - accepted / offered) ** 2` (an answer that few options satisfy
counts much more than a broad gate such as "yes or maybe"), a network fact adds NETWORK_FIT (NETWORK_ONLY_FIT for `only`: everyone
named is of one kind), `all` adds up its parts, `any` takes its best
holding branch, and `not` adds nothing. An editor may add `priority` (0-100; 50 adds 1.0,
about as much as one very specific answer).

A suggestion whose fit is below GENERIC_BELOW is generic: it is shown only when no
specific suggestion fits. A suggestion marked `always` is shown whenever its condition
holds, before the caps. A fired help rule may limit the kinds shown beside it (a crisis:
only 'talk').
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.answers import Answers
from netwerkcheck.engine.conditions import Evaluator, Reason
from netwerkcheck.engine.flow import evaluator

KIND_ORDER: tuple[m.SuggestionKind, ...] = ("reflect", "try", "find", "talk")
NETWORK_FIT = 0.2
NETWORK_ONLY_FIT = 0.6
MENTIONS_FIT = 0.8
"""Words the person typed themselves are as specific as a rare option."""
GENERIC_BELOW = 0.25
PRIORITY_SCALE = 50.0


@dataclass(frozen=True)
class Chosen:
    suggestion: m.Suggestion
    reasons: tuple[Reason, ...]
    fit: float = 0.0

    @property
    def generic(self) -> bool:
        """Fits almost anyone (an editor's priority counts: it is a deliberate choice)."""
        return self.score < GENERIC_BELOW

    @property
    def score(self) -> float:
        return self.fit + self.suggestion.priority / PRIORITY_SCALE


@dataclass(frozen=True)
class Selection:
    """The chosen suggestions, and whether the person said they are content."""

    chosen: tuple[Chosen, ...]
    contented: bool
    limited_to: frozenset[str] | None = None

    @property
    def none_text_id(self) -> str:
        """The message id to show when no idea fits. Beside help that limits the ideas
        (a crisis) it points to that help: 'That is fine too' read wrong to a
        15-year-old whose typed words had just brought up 113 (seen in a walk)."""
        return "results.none_beside_help" if self.limited_to is not None else "results.none"

    def by_kind(self) -> list[tuple[m.SuggestionKind, list[Chosen]]]:
        groups = [(k, [c for c in self.chosen if c.suggestion.kind == k]) for k in KIND_ORDER]
        return [(k, items) for k, items in groups if items]


def _unique(reasons: list[Reason]) -> tuple[Reason, ...]:
    seen: list[Reason] = []
    for r in reasons:
        if r not in seen:
            seen.append(r)
    return tuple(seen)


def _accepted(cond: Any, offered: list[str]) -> int | None:
    """How many of a question's options make this leaf true (None: not an option leaf)."""
    n = len(offered)
    if isinstance(cond, m.IsCond):
        return 1
    if isinstance(cond, m.InCond):
        return len(set(cond.in_) & set(offered))
    if isinstance(cond, m.IsNotCond):
        return n - 1
    if isinstance(cond, m.NotInCond):
        return n - len(set(cond.not_in) & set(offered))
    if isinstance(cond, m.AtLeastCond) and cond.at_least in offered:
        return n - offered.index(cond.at_least)
    if isinstance(cond, m.AtMostCond) and cond.at_most in offered:
        return offered.index(cond.at_most) + 1
    return None


def leaf_fit(content: Content, cond: Any) -> float:
    """How specific one leaf condition is: 0 (everyone) to nearly 1 (one answer of many)."""
    if isinstance(cond, m.NetworkCond):
        return NETWORK_ONLY_FIT if cond.only is not None else NETWORK_FIT
    if isinstance(cond, m.MentionsCond):
        return MENTIONS_FIT
    if isinstance(cond, m.AnsweredCond):
        return 0.0
    try:
        q = content.question(cond.question)
    except KeyError:
        return 0.0
    if not isinstance(q, m.SingleQuestion | m.MultiQuestion | m.ScaleQuestion):
        return 0.0
    offered = [o.value for o in q.options]
    accepted = _accepted(cond, offered)
    if accepted is None or not offered:
        return 0.0
    return max(0.0, 1.0 - accepted / len(offered)) ** 2


def fit(content: Content, ev: Evaluator, cond: Any) -> float | None:
    """The fit of a condition for these answers, or None when it does not hold."""
    if isinstance(cond, m.AllCond):
        total = 0.0
        for c in cond.all:
            part = fit(content, ev, c)
            if part is None:
                return None
            total += part
        return total
    if isinstance(cond, m.AnyCond):
        parts = [p for c in cond.any if (p := fit(content, ev, c)) is not None]
        return max(parts) if parts else None
    if isinstance(cond, m.NotCond):
        return None if ev.holds(cond.not_) else 0.0
    return leaf_fit(content, cond) if ev.holds(cond) else None


def _allowed_kinds(content: Content, ev: Evaluator) -> frozenset[str] | None:
    """The kinds a fired help rule allows (the intersection), or None for all kinds."""
    help_content = content.help
    if help_content is None:
        return None
    allowed: frozenset[str] | None = None
    for rule in help_content.rules:
        if rule.suggestion_kinds is None or not ev.holds(rule.when):
            continue
        kinds = frozenset(rule.suggestion_kinds)
        allowed = kinds if allowed is None else allowed & kinds
    return allowed


def candidates(
    content: Content, answers: Answers
) -> tuple[list[Chosen], bool, frozenset[str] | None]:
    """Every suggestion that may be shown (condition true, contentment and a fired help
    rule respected), best fit first; then whether the person is content, and the kinds
    a help rule limits the results to."""
    ev = evaluator(content, answers)
    settings = content.settings
    contented = settings.contented_when is not None and ev.holds(settings.contented_when)
    allowed = _allowed_kinds(content, ev)
    found: list[tuple[float, int, Chosen]] = []
    for index, s in enumerate(content.suggestions):
        if contented and s.contented == "hide":
            continue
        if allowed is not None and s.kind not in allowed:
            continue
        reasons = ev.explain(s.when)
        if reasons is None:
            continue
        c = Chosen(s, _unique(reasons), fit(content, ev, s.when) or 0.0)
        found.append((-c.score, index, c))
    found.sort(key=lambda x: x[:2])
    return [c for *_, c in found], contented, allowed


def select(content: Content, answers: Answers) -> Selection:
    """The suggestions to show: `always` ones first, then the best fits, at most
    `max_per_kind` of a kind and `max_suggestions` in all; generic ones only when no
    specific suggestion fits. A handful of invitations, not a wall of tips."""
    found, contented, allowed = candidates(content, answers)
    settings = content.settings
    if any(not c.generic for c in found):
        found = [c for c in found if not c.generic or c.suggestion.always]
    chosen = [c for c in found if c.suggestion.always]
    per_kind: dict[str, int] = {}
    for c in chosen:
        per_kind[c.suggestion.kind] = per_kind.get(c.suggestion.kind, 0) + 1
    for c in found:
        if len(chosen) >= settings.max_suggestions:
            break
        if c.suggestion.always:
            continue
        kind = c.suggestion.kind
        if per_kind.get(kind, 0) >= settings.max_per_kind:
            continue
        per_kind[kind] = per_kind.get(kind, 0) + 1
        chosen.append(c)
    # in the order they are shown: by kind, best fit first within a kind
    order = {id(c): i for i, c in enumerate(found)}
    chosen.sort(key=lambda c: (KIND_ORDER.index(c.suggestion.kind), order[id(c)]))
    return Selection(tuple(chosen), contented, allowed)
