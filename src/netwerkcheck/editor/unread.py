"""Editor analysis: answer options that no condition reads (something said that nothing hears)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from netwerkcheck.content import models as m
from netwerkcheck.content.crosscheck import condition_values, leaves


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
