"""Evaluate structured conditions against answers, and say which answers made them true.

A question that was not answered (or was skipped) makes every leaf about it false,
except `answered: false`. So `not` over an unanswered question is true: content
editors combine `answered` with `not` when that matters.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from netwerkcheck.content import models as m
from netwerkcheck.engine.answers import Answers
from netwerkcheck.engine.network import Network, NetworkFacts, facts
from netwerkcheck.wordmatch import first_mention, fold


@dataclass(frozen=True)
class Reason:
    """One answer (or network fact) that helped a condition become true.

    For a question: `question` and the chosen `values`. For a network fact: `fact`,
    and `value` for set facts (a relation kind or support) with the operator in `op`
    (includes/excludes/only, so the reason can be said in words), or the count in `count`.
    """

    question: str | None = None
    values: tuple[str, ...] = ()
    fact: str | None = None
    value: str | None = None
    count: int | None = None
    op: str | None = None


class Evaluator:
    """Evaluates conditions for one set of answers (caches the network facts)."""

    def __init__(
        self,
        answers: Answers,
        scale_order: dict[str, list[str]] | None = None,
        network_question: str | None = None,
        text_questions: tuple[str, ...] = (),
    ) -> None:
        self.answers = answers
        self.scale_order = scale_order or {}
        self.network_question = network_question
        self.text_questions = text_questions
        self._facts: NetworkFacts | None = None
        self._folded: list[tuple[str, str]] | None = None

    @property
    def facts(self) -> NetworkFacts:
        if self._facts is None:
            net = self.answers.get(self.network_question) if self.network_question else None
            self._facts = facts(net if isinstance(net, Network) else Network())
        return self._facts

    @property
    def network_answered(self) -> bool:
        return bool(self.network_question and self.network_question in self.answers)

    def holds(self, cond: Any) -> bool:
        """Whether `cond` is true: explain(cond) is not None, without gathering reasons."""
        if isinstance(cond, m.AllCond):
            return all(self.holds(c) for c in cond.all)
        if isinstance(cond, m.AnyCond):
            return any(self.holds(c) for c in cond.any)
        if isinstance(cond, m.NotCond):
            return not self.holds(cond.not_)
        if isinstance(cond, m.NetworkCond):
            return self._network(cond) is not None
        if isinstance(cond, m.MentionsCond):
            return self._mentions(cond) is not None
        return self._question(cond) is not None

    def explain(self, cond: Any) -> list[Reason] | None:
        """None when false; otherwise the reasons (possibly empty, e.g. for `not`)."""
        if isinstance(cond, m.AllCond):
            out: list[Reason] = []
            for c in cond.all:
                got = self.explain(c)
                if got is None:
                    return None
                out += got
            return out
        if isinstance(cond, m.AnyCond):
            found: list[Reason] | None = None
            for c in cond.any:
                got = self.explain(c)
                if got is not None:
                    found = (found or []) + got
            return found
        if isinstance(cond, m.NotCond):
            return None if self.holds(cond.not_) else []
        if isinstance(cond, m.NetworkCond):
            return self._network(cond)
        if isinstance(cond, m.MentionsCond):
            return self._mentions(cond)
        return self._question(cond)

    def _mentions(self, cond: m.MentionsCond) -> list[Reason] | None:
        """The first free-text answer (in question order) that names one of the phrases:
        the reason holds that question and the phrase found, never the whole text."""
        if self._folded is None:
            self._folded = [
                (qid, fold(value))
                for qid in self.text_questions
                if isinstance(value := self.answers.get(qid), str) and value
            ]
        for qid, text in self._folded:
            if (found := first_mention(text, cond.mentions)) is not None:
                return [Reason(question=qid, values=(found,))]
        return None

    def _chosen(self, qid: str) -> tuple[str, ...] | None:
        value = self.answers.get(qid)
        if value is None or isinstance(value, Network):
            return None
        if isinstance(value, str):
            return (value,) if value else None
        return value

    def _question(self, cond: Any) -> list[Reason] | None:
        qid: str = cond.question
        chosen = self._chosen(qid)
        if isinstance(cond, m.AnsweredCond):
            answered = qid in self.answers and (
                chosen is not None or isinstance(self.answers.get(qid), Network)
            )
            if answered != cond.answered:
                return None
            return [Reason(question=qid, values=chosen or ())] if answered else []
        if chosen is None:
            return None
        hit: tuple[str, ...]
        if isinstance(cond, m.IsCond):
            hit = tuple(v for v in chosen if v == cond.is_)
            ok = bool(hit)
        elif isinstance(cond, m.InCond):
            hit = tuple(v for v in chosen if v in cond.in_)
            ok = bool(hit)
        elif isinstance(cond, m.IsNotCond):
            hit = chosen
            ok = cond.is_not not in chosen
        elif isinstance(cond, m.NotInCond):
            hit = chosen
            ok = not any(v in cond.not_in for v in chosen)
        elif isinstance(cond, m.AtLeastCond | m.AtMostCond):
            order = self.scale_order.get(qid, [])
            bound = cond.at_least if isinstance(cond, m.AtLeastCond) else cond.at_most
            if chosen[0] not in order or bound not in order:
                return None
            here, edge = order.index(chosen[0]), order.index(bound)
            ok = here >= edge if isinstance(cond, m.AtLeastCond) else here <= edge
            hit = chosen
        else:  # pragma: no cover - the model union is closed
            return None
        return [Reason(question=qid, values=hit)] if ok else None

    def _network(self, cond: m.NetworkCond) -> list[Reason] | None:
        if not self.network_answered:
            return None
        f = self.facts
        value = getattr(f, cond.network)
        if cond.at_least is not None or cond.at_most is not None:
            n = f.count(cond.network)
            ok = (cond.at_least is None or n >= cond.at_least) and (
                cond.at_most is None or n <= cond.at_most
            )
            return [Reason(fact=cond.network, count=n)] if ok else None
        members: frozenset[str] = value if isinstance(value, frozenset) else frozenset()
        if cond.includes is not None:
            ok = cond.includes in members
            return [Reason(fact=cond.network, value=cond.includes, op="includes")] if ok else None
        if cond.excludes is not None:
            ok = cond.excludes not in members
            return [Reason(fact=cond.network, value=cond.excludes, op="excludes")] if ok else None
        if cond.only is not None:
            ok = f.people > 0 and members == frozenset({cond.only})
            return [Reason(fact=cond.network, value=cond.only, op="only")] if ok else None
        return None  # pragma: no cover - the model requires one operator
