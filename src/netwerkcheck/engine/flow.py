"""Which questions are asked, in what order, given the answers so far.

`show_when` may only look at earlier questions (the loader checks this), so walking
the questions in order and counting only the answers of visible ones gives one
stable answer: a later answer can never change whether an earlier question shows.
"""

from __future__ import annotations

from collections.abc import Mapping

from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.answers import Answers, AnswerValue
from netwerkcheck.engine.conditions import Evaluator


def scale_order(content: Content) -> dict[str, list[str]]:
    return {
        q.id: [o.value for o in q.options]
        for q in content.questions
        if isinstance(q, m.ScaleQuestion)
    }


def network_question_id(content: Content) -> str | None:
    return next((q.id for q in content.questions if isinstance(q, m.NetworkQuestion)), None)


def text_question_ids(content: Content) -> tuple[str, ...]:
    """The free-text questions, in order: what a `mentions` condition reads."""
    return tuple(q.id for q in content.questions if isinstance(q, m.TextQuestion))


def visible(content: Content, answers: Answers) -> tuple[list[m.Question], dict[str, AnswerValue]]:
    """The questions to ask, and the answers that count (those of visible questions)."""
    order = scale_order(content)
    net_q = network_question_id(content)
    texts = text_question_ids(content)
    shown: list[m.Question] = []
    effective: dict[str, AnswerValue] = {}
    for q in content.questions:
        if q.show_when is not None:
            ev = Evaluator(effective, order, net_q, texts)
            if not ev.holds(q.show_when):
                continue
        shown.append(q)
        if q.id in answers:
            effective[q.id] = answers[q.id]
    return shown, effective


def evaluator(content: Content, answers: Answers) -> Evaluator:
    """An evaluator over the answers that count."""
    _, effective = visible(content, answers)
    return Evaluator(
        effective, scale_order(content), network_question_id(content), text_question_ids(content)
    )


def next_question(content: Content, answers: Answers, current: str | None) -> str | None:
    """The id of the question after `current` (or the first one), or None at the end."""
    shown, _ = visible(content, answers)
    ids = [q.id for q in shown]
    if current is None:
        return ids[0] if ids else None
    all_ids = [q.id for q in content.questions]
    here = all_ids.index(current)
    for qid in ids:
        if all_ids.index(qid) > here:
            return qid
    return None


def previous_question(content: Content, answers: Answers, current: str | None) -> str | None:
    """The id of the visible question before `current` (the last one when at the end)."""
    shown, _ = visible(content, answers)
    ids = [q.id for q in shown]
    if current is None:
        return ids[-1] if ids else None
    all_ids = [q.id for q in content.questions]
    here = all_ids.index(current)
    before = [qid for qid in ids if all_ids.index(qid) < here]
    return before[-1] if before else None


def progress(content: Content, answers: Mapping[str, AnswerValue], current: str) -> tuple[int, int]:
    """(1-based position of `current` among the visible questions, how many are visible)."""
    shown, _ = visible(content, answers)
    ids = [q.id for q in shown]
    return (ids.index(current) + 1 if current in ids else len(ids)), len(ids)
