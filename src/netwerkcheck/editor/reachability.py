"""Editor analysis: conditions that can never hold, and offers that are always capped.

The reachability check enumerates every combination of answers to the (few) questions a
condition looks at, and treats each distinct network condition as a free yes/no. That
over-approximates what can happen, so "can never be true" is only said when it is
certain; when there are too many combinations we say nothing rather than guess. It runs
the engine's Evaluator, so it lives here (editor) and not in the loader (content).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from netwerkcheck.content import models as m
from netwerkcheck.content.crosscheck import leaves
from netwerkcheck.content.loader import Content
from netwerkcheck.content.problems import Problem
from netwerkcheck.content.yamlpos import Located, PathKey
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.engine.conditions import Evaluator, Reason
from netwerkcheck.engine.network import Network
from netwerkcheck.i18n import Lang, t

MAX_WORLDS = 20_000
MAX_MULTI_OPTIONS = 11


FreeLeaf = m.NetworkCond | m.MentionsCond
"""A leaf whose truth is not a choice among options: a network fact, or words typed."""


class _WorldEvaluator(Evaluator):
    """An evaluator where each network condition, and each `mentions` condition, is a
    given yes/no instead of a fact (typed words can be anything)."""

    def __init__(
        self,
        answers: dict[str, AnswerValue],
        order: dict[str, list[str]],
        network_question: str | None,
        truth: dict[FreeLeaf, bool],
    ) -> None:
        super().__init__(answers, order, network_question)
        self.truth = truth

    def _network(self, cond: m.NetworkCond) -> list[Reason] | None:
        if not self.network_answered:
            return None
        return [] if self.truth.get(cond, False) else None

    def _mentions(self, cond: m.MentionsCond) -> list[Reason] | None:
        return [] if self.truth.get(cond, False) else None


class Reachability:
    """Answers "can this condition ever be true?" and "does A always make B true?"."""

    def __init__(self, questions: list[m.Question]) -> None:
        self.questions = {q.id: q for q in questions}
        self.order_index = {q.id: i for i, q in enumerate(questions)}
        self.scale = {
            q.id: [o.value for o in q.options] for q in questions if isinstance(q, m.ScaleQuestion)
        }
        self.network_question = next(
            (q.id for q in questions if isinstance(q, m.NetworkQuestion)), None
        )
        self.has_text = any(isinstance(q, m.TextQuestion) for q in questions)

    def _domain(self, q: m.Question) -> list[AnswerValue | None] | None:
        if isinstance(q, m.SingleQuestion | m.ScaleQuestion):
            return [None, *(o.value for o in q.options)]
        if isinstance(q, m.MultiQuestion):
            values = [o.value for o in q.options]
            if len(values) > MAX_MULTI_OPTIONS:
                return None
            plain = [v for v in values if v not in q.exclusive]
            out: list[AnswerValue | None] = [None, ()]
            out += [(v,) for v in values if v in q.exclusive]
            for r in range(1, len(plain) + 1):
                out += [tuple(c) for c in itertools.combinations(plain, r)]
            return out
        if isinstance(q, m.NetworkQuestion):
            return [None, Network()]
        return [None, "x"]

    def _questions_of(self, conds: list[Any]) -> list[str] | None:
        todo = [leaf.question for c in conds for leaf, _ in leaves(c) if hasattr(leaf, "question")]
        has_network = any(isinstance(leaf, m.NetworkCond) for c in conds for leaf, _ in leaves(c))
        if has_network and self.network_question is not None:
            todo.append(self.network_question)
        seen: set[str] = set()
        while todo:
            qid = todo.pop()
            if qid in seen:
                continue
            if qid not in self.questions:
                return None
            seen.add(qid)
            q = self.questions[qid]
            if q.show_when is not None:
                todo += [
                    leaf.question for leaf, _ in leaves(q.show_when) if hasattr(leaf, "question")
                ]
        return sorted(seen, key=self.order_index.__getitem__)

    def _worlds(self, conds: list[Any]) -> Iterator[_WorldEvaluator] | None:
        qids = self._questions_of(conds)
        if qids is None:
            return None
        domains: list[list[AnswerValue | None]] = []
        for qid in qids:
            dom = self._domain(self.questions[qid])
            if dom is None:
                return None
            domains.append(dom)
        net_leaves: list[FreeLeaf] = []
        for c in [*conds, *(self.questions[q].show_when for q in qids)]:
            for leaf, _ in leaves(c):
                free = isinstance(leaf, m.NetworkCond) or (
                    isinstance(leaf, m.MentionsCond) and self.has_text
                )
                if free and leaf not in net_leaves:
                    net_leaves.append(leaf)
        size = 2 ** len(net_leaves)
        for dom in domains:
            size *= len(dom)
        if size > MAX_WORLDS:
            return None
        return self._generate(qids, domains, net_leaves)

    def _generate(
        self,
        qids: list[str],
        domains: list[list[AnswerValue | None]],
        net_leaves: list[FreeLeaf],
    ) -> Iterator[_WorldEvaluator]:
        """Every distinct set of answers a person can give to `qids`, once each: question
        by question (in the order asked), a question whose show_when does not hold adds
        no answer (one world, not one per value). show_when only reads earlier questions."""
        scale, network_question = self.scale, self.network_question
        shows = [self.questions[qid].show_when for qid in qids]

        def grow(
            i: int, answers: dict[str, AnswerValue], truth: dict[FreeLeaf, bool]
        ) -> Iterator[_WorldEvaluator]:
            if i == len(qids):
                yield _WorldEvaluator(answers, scale, network_question, truth)
                return
            show_when = shows[i]
            if show_when is not None and not _WorldEvaluator(
                answers, scale, network_question, truth
            ).holds(show_when):
                yield from grow(i + 1, answers, truth)
                return
            for value in domains[i]:
                more = answers if value is None else {**answers, qids[i]: value}
                yield from grow(i + 1, more, truth)

        for bits in itertools.product((False, True), repeat=len(net_leaves)):
            yield from grow(0, {}, dict(zip(net_leaves, bits, strict=True)))

    def can_hold(self, cond: Any) -> bool | None:
        """False only when no answers at all make `cond` true; None when too big to tell."""
        worlds = self._worlds([cond])
        if worlds is None:
            return None
        return any(ev.holds(cond) for ev in worlds)

    def implies(self, a: Any, b: Any) -> bool | None:
        """True only when every answer set that makes `a` true also makes `b` true."""
        worlds = self._worlds([a, b])
        if worlds is None:
            return None
        seen_a = False
        for ev in worlds:
            if ev.holds(a):
                seen_a = True
                if not ev.holds(b):
                    return False
        return seen_a


def reachability_problems(
    questions: list[m.Question],
    question_places: dict[str, tuple[Located, PathKey]],
    suggestions: list[tuple[m.Suggestion, Located, PathKey]],
    contented_when: Any,
    themes_loc: Located | None,
    lang: Lang,
) -> list[Problem]:
    """Questions that are never asked and suggestions that are never shown."""
    r = Reachability(questions)
    problems: list[Problem] = []
    for q in questions:
        if q.show_when is None or q.id not in question_places:
            continue
        if r.can_hold(q.show_when) is False:
            located, path = question_places[q.id]
            line, col = located.where((*path, "show_when"))
            problems.append(Problem(located.path, line, col, t("tool.never_shown", lang, id=q.id)))
    if (
        contented_when is not None
        and themes_loc is not None
        and r.can_hold(contented_when) is False
    ):
        line, col = themes_loc.where(("contented_when",))
        problems.append(
            Problem(themes_loc.path, line, col, t("tool.never_contented", lang), "warning")
        )
    for s, located, path in suggestions:
        if r.can_hold(s.when) is False:
            line, col = located.where((*path, "when"))
            problems.append(Problem(located.path, line, col, t("tool.never_true", lang, id=s.id)))
        elif (
            s.contented == "hide"
            and contented_when is not None
            and r.implies(s.when, contented_when) is True
        ):
            line, col = located.where((*path, "when"))
            problems.append(
                Problem(located.path, line, col, t("tool.always_contented", lang, id=s.id))
            )
    return problems


def content_reachability(content: Content, lang: Lang) -> list[Problem]:
    """Reachability over loaded content, at the places the loader kept; nothing when a
    show_when is unsound (a missing question or value is reported by the loader)."""
    places = content.places
    if places is None or not places.sound:
        return []
    return reachability_problems(
        content.questions,
        places.questions,
        places.suggestions,
        places.contented_when,
        places.themes,
        lang,
    )
