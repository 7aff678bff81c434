"""What is different between two checks of the same person: answers, network, suggestions.

Only *what changed* is described, never whether it is better or worse: there are no
scores, counts to compare against, or judgements here. The front ends put it in calm
words. Two checks made with different content versions are still compared by
question id; `Comparison.same_content` lets the front end say the questions may have
changed in between.

Pure: no store, no Textual. Answers go in as engine answers (see store.engine_answers).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.answers import Answers, AnswerValue
from netwerkcheck.engine.explain import answer_labels
from netwerkcheck.engine.flow import network_question_id, visible
from netwerkcheck.engine.network import CIRCLES, Circle, Network, Person
from netwerkcheck.engine.suggest import select
from netwerkcheck.i18n import Lang

PersonChangeKind = Literal["added", "removed", "moved"]


@dataclass(frozen=True)
class AnswerChange:
    """One question answered differently. `then`/`now` are option labels (or typed
    text, user text: never markup); an empty tuple means not answered that time.
    `known` is False for a question the current content no longer has: `question`
    is then its id and the values are shown as stored."""

    question_id: str
    question: str
    then: tuple[str, ...]
    now: tuple[str, ...]
    known: bool = True
    then_asked: bool = True
    """False when the question was not asked in the earlier check (its conditions
    did not hold then): the front end says 'not asked', not 'not answered'."""
    now_asked: bool = True


@dataclass(frozen=True)
class PersonChange:
    """Someone named only now (added), only then (removed), or in another circle (moved).

    People are matched by the name typed (ignoring case and outer spaces): the
    only thing that stays the same between two checks."""

    name: str
    kind: PersonChangeKind
    then_circle: Circle | None
    now_circle: Circle | None


@dataclass(frozen=True)
class Comparison:
    """Everything that differs; empty tuples mean 'the same as then'."""

    same_content: bool
    answers: tuple[AnswerChange, ...]
    then_network: Network | None
    now_network: Network | None
    people: tuple[PersonChange, ...]
    suggestions_still: tuple[m.Suggestion, ...]
    suggestions_new: tuple[m.Suggestion, ...]
    suggestions_gone: tuple[m.Suggestion, ...]
    circles_then: dict[Circle, int] = field(default_factory=dict)
    """People per circle then (every circle present, 0 when empty); facts, not a measure."""
    circles_now: dict[Circle, int] = field(default_factory=dict)
    ideas_then: tuple[str, ...] = ()
    """The suggestion ids chosen to try then (the plan), in the order chosen."""
    ideas_now: tuple[str, ...] = ()

    def people_of(self, kind: PersonChangeKind) -> tuple[PersonChange, ...]:
        return tuple(p for p in self.people if p.kind == kind)

    @property
    def network_changed(self) -> bool:
        return bool(self.people)

    @property
    def anything_changed(self) -> bool:
        return bool(self.answers or self.people or self.suggestions_new or self.suggestions_gone)


def _values(value: AnswerValue | None) -> tuple[str, ...]:
    if value is None or isinstance(value, Network):
        return ()
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    return tuple(value)


def _same(a: tuple[str, ...], b: tuple[str, ...], question: m.Question | None) -> bool:
    if isinstance(question, m.TextQuestion):
        return tuple(v.strip() for v in a) == tuple(v.strip() for v in b)
    return sorted(a) == sorted(b)  # a multi choice is a set of options


def _in_option_order(question: m.Question, values: tuple[str, ...]) -> tuple[str, ...]:
    if isinstance(question, m.MultiQuestion):
        order = {o.value: i for i, o in enumerate(question.options)}
        return tuple(sorted(values, key=lambda v: order.get(v, len(order))))
    return values


def answer_changes(
    content: Content, then: Answers, now: Answers, lang: Lang
) -> tuple[AnswerChange, ...]:
    """Questions answered differently, in the order of the check.

    Only answers that count are compared (those of questions that were shown, see
    flow.visible), so an answer left behind by a question that later became hidden
    does not show up as a change. Ids the content does not know come last, by id.
    The network question is left out: `people_changes` describes it.
    """
    net_q = network_question_id(content)
    then_shown, then_eff = visible(content, then)
    now_shown, now_eff = visible(content, now)
    then_asked = {q.id for q in then_shown}
    now_asked = {q.id for q in now_shown}
    out: list[AnswerChange] = []
    for q in content.questions:
        if q.id == net_q or isinstance(q, m.NetworkQuestion):
            continue
        if q.id not in then_asked and q.id not in now_asked:
            continue  # asked in neither check: nothing to say about it
        a, b = _values(then_eff.get(q.id)), _values(now_eff.get(q.id))
        if _same(a, b, q):
            continue
        out.append(
            AnswerChange(
                question_id=q.id,
                question=q.text.get(lang).strip(),
                then=tuple(answer_labels(q, _in_option_order(q, a), lang)),
                now=tuple(answer_labels(q, _in_option_order(q, b), lang)),
                then_asked=q.id in then_asked,
                now_asked=q.id in now_asked,
            )
        )
    known = {q.id for q in content.questions}
    unknown = sorted((set(then) | set(now)) - known)
    for qid in unknown:
        a, b = _values(then.get(qid)), _values(now.get(qid))
        if isinstance(then.get(qid), Network) or isinstance(now.get(qid), Network):
            continue
        if _same(a, b, None):
            continue
        out.append(AnswerChange(qid, qid, a, b, known=False))
    return tuple(out)


def network_of(content: Content, answers: Answers) -> Network | None:
    """The network in these answers: the network question's, or (for a check made
    with other content) the first network answer found."""
    net_q = network_question_id(content)
    value = answers.get(net_q) if net_q else None
    if isinstance(value, Network):
        return value
    return next((v for v in answers.values() if isinstance(v, Network)), None)


def _key(person: Person) -> str:
    return " ".join(person.name.split()).casefold()


def people_changes(then: Network | None, now: Network | None) -> tuple[PersonChange, ...]:
    """Who was added, who is no longer named, who moved to another circle.

    Two people with the same name are paired in the order they were named. Order
    of the result: moved and added in the order of `now`, then removed in the order
    of `then`.
    """
    then_people = list(then.people) if then else []
    now_people = list(now.people) if now else []
    pool: dict[str, list[Person]] = {}
    for p in then_people:
        pool.setdefault(_key(p), []).append(p)
    out: list[PersonChange] = []
    for p in now_people:
        matches = pool.get(_key(p))
        if matches:
            old = matches.pop(0)
            if old.circle != p.circle:
                out.append(PersonChange(p.name, "moved", old.circle, p.circle))
        else:
            out.append(PersonChange(p.name, "added", None, p.circle))
    for p in then_people:
        if p in pool.get(_key(p), []):
            pool[_key(p)].remove(p)
            out.append(PersonChange(p.name, "removed", p.circle, None))
    return tuple(out)


def compare(
    content: Content,
    then: Mapping[str, AnswerValue],
    now: Mapping[str, AnswerValue],
    lang: Lang,
    *,
    same_content: bool = True,
    then_plan: tuple[str, ...] = (),
    now_plan: tuple[str, ...] = (),
) -> Comparison:
    """Compare an earlier check (`then`) with a later one (`now`), both read with the
    current content. Pass `same_content=False` when they were made with different
    content versions. `then_plan`/`now_plan`: the ideas chosen to try each time
    (suggestion ids), shown as they were chosen."""
    then_net, now_net = network_of(content, then), network_of(content, now)
    then_sel = [c.suggestion for c in select(content, then).chosen]
    now_sel = [c.suggestion for c in select(content, now).chosen]
    then_ids = {s.id for s in then_sel}
    now_ids = {s.id for s in now_sel}
    return Comparison(
        same_content=same_content,
        answers=answer_changes(content, then, now, lang),
        then_network=then_net,
        now_network=now_net,
        people=people_changes(then_net, now_net),
        suggestions_still=tuple(s for s in now_sel if s.id in then_ids),
        suggestions_new=tuple(s for s in now_sel if s.id not in then_ids),
        suggestions_gone=tuple(s for s in then_sel if s.id not in now_ids),
        circles_then=per_circle(then_net),
        circles_now=per_circle(now_net),
        ideas_then=tuple(then_plan),
        ideas_now=tuple(now_plan),
    )


def per_circle(network: Network | None) -> dict[Circle, int]:
    """How many people are in each circle (0 for an empty one, all 0 without a network)."""
    people = network.people if network is not None else ()
    return {c: sum(1 for p in people if p.circle == c) for c in CIRCLES}
