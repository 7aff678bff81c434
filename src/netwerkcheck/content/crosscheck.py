"""Checks across files: ids that exist, values a question offers, and conditions that can hold.

Schema validation sees one file at a time; these checks need the whole bundle. The
reachability check enumerates every combination of answers to the (few) questions a
condition looks at, and treats each distinct network condition as a free yes/no. That
over-approximates what can happen, so "can never be true" is only said when it is
certain; when there are too many combinations we say nothing rather than guess.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any

from netwerkcheck.content import models as m
from netwerkcheck.content.problems import Problem
from netwerkcheck.content.validate import did_you_mean
from netwerkcheck.content.yamlpos import Located, PathKey
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.engine.conditions import Evaluator, Reason
from netwerkcheck.engine.network import Network
from netwerkcheck.i18n import Lang, t

MAX_WORLDS = 20_000
MAX_MULTI_OPTIONS = 11


def leaves(cond: Any, path: PathKey = ()) -> Iterator[tuple[Any, PathKey]]:
    """Every leaf condition with its path inside the file."""
    if isinstance(cond, m.AllCond):
        for i, c in enumerate(cond.all):
            yield from leaves(c, (*path, "all", i))
    elif isinstance(cond, m.AnyCond):
        for i, c in enumerate(cond.any):
            yield from leaves(c, (*path, "any", i))
    elif isinstance(cond, m.NotCond):
        yield from leaves(cond.not_, (*path, "not"))
    else:
        yield cond, path


def condition_values(cond: Any) -> list[tuple[str, str]]:
    """The (field name, value) pairs a leaf condition compares an answer with."""
    if isinstance(cond, m.IsCond):
        return [("is", cond.is_)]
    if isinstance(cond, m.IsNotCond):
        return [("is_not", cond.is_not)]
    if isinstance(cond, m.InCond):
        return [("in", v) for v in cond.in_]
    if isinstance(cond, m.NotInCond):
        return [("not_in", v) for v in cond.not_in]
    if isinstance(cond, m.AtLeastCond):
        return [("at_least", cond.at_least)]
    if isinstance(cond, m.AtMostCond):
        return [("at_most", cond.at_most)]
    return []


def check_condition(
    cond: Any,
    located: Located,
    path: PathKey,
    questions: dict[str, m.Question],
    lang: Lang,
    problems: list[Problem],
    before: int | None = None,
    position: dict[str, int] | None = None,
) -> bool:
    """Questions named must exist (and come earlier for show_when); values must be offered.

    Returns True when the condition is sound enough to reason about further.
    """
    sound = True
    for leaf, leaf_path in leaves(cond, path):
        if isinstance(leaf, m.NetworkCond):
            continue
        qid = leaf.question
        if qid not in questions:
            line, col = located.where((*leaf_path, "question"))
            hint = did_you_mean(qid, questions, lang)
            problems.append(
                Problem(
                    located.path,
                    line,
                    col,
                    t("err.unknown_id", lang, what=t("what.question", lang), id=qid, hint=hint),
                )
            )
            sound = False
            continue
        if before is not None and position is not None and position[qid] >= before:
            line, col = located.where((*leaf_path, "question"))
            problems.append(
                Problem(located.path, line, col, t("err.later_question", lang, question=qid))
            )
            sound = False
        question = questions[qid]
        if isinstance(leaf, m.AtLeastCond | m.AtMostCond) and not isinstance(
            question, m.ScaleQuestion
        ):
            line, col = located.where(leaf_path)
            problems.append(
                Problem(
                    located.path,
                    line,
                    col,
                    t("err.scale_only", lang, question=qid, qtype=question.type),
                )
            )
            sound = False
            continue
        if not isinstance(question, m.SingleQuestion | m.MultiQuestion | m.ScaleQuestion):
            if condition_values(leaf):
                line, col = located.where(leaf_path)
                problems.append(
                    Problem(
                        located.path,
                        line,
                        col,
                        t("tool.no_options", lang, question=qid, qtype=question.type),
                    )
                )
                sound = False
            continue
        offered = [o.value for o in question.options]
        for i, (name, value) in enumerate(condition_values(leaf)):
            if value in offered:
                continue
            key: PathKey = (
                (*leaf_path, name) if name not in ("in", "not_in") else (*leaf_path, name, i)
            )
            line, col = located.where(key)
            problems.append(
                Problem(
                    located.path,
                    line,
                    col,
                    t(
                        "err.unknown_value",
                        lang,
                        question=qid,
                        value=value,
                        hint=did_you_mean(value, offered, lang),
                    ),
                )
            )
            sound = False
    return sound


# --- Answers nothing responds to ---------------------------------------------------------


def read_values(cond: Any, questions: dict[str, m.Question]) -> Iterator[tuple[str, str]]:
    """(question, option value) pairs a condition responds to; a scale bound reads every
    option on its side."""
    for leaf, _ in leaves(cond):
        qid = getattr(leaf, "question", None)
        if qid is None or qid not in questions:
            continue
        q = questions[qid]
        offered = (
            [o.value for o in q.options]
            if isinstance(q, m.SingleQuestion | m.MultiQuestion | m.ScaleQuestion)
            else []
        )
        if isinstance(leaf, m.AtLeastCond) and leaf.at_least in offered:
            yield from ((qid, v) for v in offered[offered.index(leaf.at_least) :])
        elif isinstance(leaf, m.AtMostCond) and leaf.at_most in offered:
            yield from ((qid, v) for v in offered[: offered.index(leaf.at_most) + 1])
        else:
            yield from ((qid, v) for _, v in condition_values(leaf))


def unread_options(questions: list[m.Question], conditions: list[Any]) -> list[tuple[str, str]]:
    """(question, value) of every answer option no condition reads. Not reported: the age
    question's options (with `years`, read by the help's age filter), options marked
    `quiet`, a multi question's exclusive 'none' options, and the options of a scale that
    some condition reads (a bound splits the whole scale)."""
    by_id = {q.id: q for q in questions}
    read: set[tuple[str, str]] = set()
    for cond in conditions:
        if cond is not None:
            read.update(read_values(cond, by_id))
    out: list[tuple[str, str]] = []
    for q in questions:
        if not isinstance(q, m.SingleQuestion | m.MultiQuestion | m.ScaleQuestion):
            continue
        if isinstance(q, m.ScaleQuestion) and any(qid == q.id for qid, _ in read):
            continue
        exclusive = q.exclusive if isinstance(q, m.MultiQuestion) else []
        for o in q.options:
            quiet = o.years is not None or o.quiet or o.value in exclusive
            if not quiet and (q.id, o.value) not in read:
                out.append((q.id, o.value))
    return out


# --- Sources of offers ---------------------------------------------------------------------

SOURCE_STALE_AFTER_DAYS = 365


def source_problems(
    s: m.Suggestion, located: Located, path: PathKey, lang: Lang, today: dt.date | None = None
) -> list[Problem]:
    """An offer with a link (a number or a website) names its public source, and that
    source was read within the last year. Warnings: an overlay's own offers may be local."""
    out: list[Problem] = []
    if s.link is not None and s.source is None:
        line, col = located.where((*path, "link"))
        out.append(
            Problem(located.path, line, col, t("err.offer_no_source", lang, id=s.id), "warning")
        )
    if s.source is not None:
        age = ((today or dt.date.today()) - s.source.last_checked).days
        if age > SOURCE_STALE_AFTER_DAYS:
            line, col = located.where((*path, "source", "last_checked"))
            date = s.source.last_checked.isoformat()
            out.append(
                Problem(
                    located.path,
                    line,
                    col,
                    t("err.offer_stale", lang, id=s.id, date=date),
                    "warning",
                )
            )
    return out


# --- Reachability -------------------------------------------------------------------------


class _WorldEvaluator(Evaluator):
    """An evaluator where each network condition is a given yes/no instead of a fact."""

    def __init__(
        self,
        answers: dict[str, AnswerValue],
        order: dict[str, list[str]],
        network_question: str | None,
        truth: dict[m.NetworkCond, bool],
    ) -> None:
        super().__init__(answers, order, network_question)
        self.truth = truth

    def _network(self, cond: m.NetworkCond) -> list[Reason] | None:
        if not self.network_answered:
            return None
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
        net_leaves: list[m.NetworkCond] = []
        for c in [*conds, *(self.questions[q].show_when for q in qids)]:
            for leaf, _ in leaves(c):
                if isinstance(leaf, m.NetworkCond) and leaf not in net_leaves:
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
        net_leaves: list[m.NetworkCond],
    ) -> Iterator[_WorldEvaluator]:
        for bits in itertools.product((False, True), repeat=len(net_leaves)):
            truth = dict(zip(net_leaves, bits, strict=True))
            for combo in itertools.product(*domains):
                effective: dict[str, AnswerValue] = {}
                for qid, value in zip(qids, combo, strict=True):
                    q = self.questions[qid]
                    if q.show_when is not None:
                        ev = _WorldEvaluator(effective, self.scale, self.network_question, truth)
                        if not ev.holds(q.show_when):
                            continue
                    if value is not None:
                        effective[qid] = value
                yield _WorldEvaluator(effective, self.scale, self.network_question, truth)

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
