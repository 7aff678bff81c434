"""What the person marked "hier wil ik over praten" and chose as "wat ik wil proberen".

Both live on the check record (`own_marks`, `plan`; see store/record.py). This module
changes them (each change returns the new lists; the caller puts them on the record
and saves, like an answer) and puts them in words for the results, the exports and
the counsellor's handout. No Textual here.

A mark is a question id or "suggestion:<id>" (SUGGESTION_MARK). A plan holds one to
three suggestions, in the order chosen, each with an optional step the person typed
(what, with whom, when): their own words, never a number the app sets.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from netwerkcheck.content.loader import Content
from netwerkcheck.engine.explain import answer_labels
from netwerkcheck.engine.flow import visible
from netwerkcheck.engine.network import Network
from netwerkcheck.i18n import Lang, t
from netwerkcheck.store.record import SUGGESTION_MARK, CheckRecord, PlanItem

MAX_PLAN = 3
"""How many ideas the plan holds (the record's limit)."""
MAX_STEP = 500
"""The longest step line the record keeps."""


def suggestion_mark(suggestion_id: str) -> str:
    return f"{SUGGESTION_MARK}{suggestion_id}"


def toggle_mark(record: CheckRecord, mark: str) -> bool:
    """Add or remove one of the person's own marks on the record; True when now marked."""
    marks = list(record.own_marks)
    marked = mark not in marks
    if marked:
        marks.append(mark)
    else:
        marks.remove(mark)
    record.own_marks = marks
    return marked


def in_plan(record: CheckRecord, suggestion_id: str) -> bool:
    return any(item.suggestion == suggestion_id for item in record.plan)


def plan_step(record: CheckRecord, suggestion_id: str) -> str:
    return next((i.step for i in record.plan if i.suggestion == suggestion_id), "")


def set_plan_item(record: CheckRecord, suggestion_id: str, step: str) -> bool:
    """Choose an idea (or change its step). False when the plan is already full and
    this idea is not in it: the person first takes one out."""
    step = clean_step(step)
    items = list(record.plan)
    for k, item in enumerate(items):
        if item.suggestion == suggestion_id:
            items[k] = PlanItem(suggestion=suggestion_id, step=step)
            record.plan = items
            return True
    if len(items) >= MAX_PLAN:
        return False
    items.append(PlanItem(suggestion=suggestion_id, step=step))
    record.plan = items
    return True


def clean_step(step: str) -> str:
    """A typed step as it is kept: one line, no control or format characters."""
    kept = "".join(ch for ch in step if unicodedata.category(ch) not in ("Cc", "Cf"))
    return " ".join(kept.split())[:MAX_STEP]


def remove_plan_item(record: CheckRecord, suggestion_id: str) -> None:
    record.plan = [i for i in record.plan if i.suggestion != suggestion_id]


# --- in words -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MarkLine:
    """One thing marked: a question with the answer given, or a suggestion's title."""

    mark: str
    text: str
    answer: str | None = None
    is_suggestion: bool = False


@dataclass(frozen=True)
class PlanLine:
    """One chosen idea: its title and the person's own step (may be empty)."""

    suggestion: str
    title: str
    step: str


def suggestion_title(content: Content | None, suggestion_id: str, lang: Lang) -> str:
    if content is not None:
        for s in content.suggestions:
            if s.id == suggestion_id:
                return s.title.get(lang).strip()
    return suggestion_id


def _answer(content: Content, record: CheckRecord, qid: str, lang: Lang) -> str | None:
    _, effective = visible(content, record.engine_answers())
    value = effective.get(qid)
    if value is None:
        return None
    if isinstance(value, Network):
        return t("plan.see_network", lang)
    values = (value,) if isinstance(value, str) else value
    return ", ".join(answer_labels(content.question(qid), values, lang))


def mark_lines(
    content: Content | None, marks: list[str], record: CheckRecord, lang: Lang
) -> list[MarkLine]:
    """The marks in words: questions in the order of the check, then suggestions in
    the order they were marked. A mark the content no longer knows shows its id."""
    out: list[MarkLine] = []
    wanted = set(marks)
    known: set[str] = set()
    if content is not None:
        for q in content.questions:
            if q.id in wanted:
                known.add(q.id)
                answer = _answer(content, record, q.id, lang)
                out.append(MarkLine(q.id, q.text.get(lang).strip(), answer))
    for mark in marks:
        if mark in known:
            continue
        if mark.startswith(SUGGESTION_MARK):
            sid = mark[len(SUGGESTION_MARK) :]
            out.append(MarkLine(mark, suggestion_title(content, sid, lang), is_suggestion=True))
        else:
            out.append(MarkLine(mark, mark))
    return out


def own_mark_lines(content: Content | None, record: CheckRecord, lang: Lang) -> list[MarkLine]:
    """The person's own 'hier wil ik over praten' marks in words."""
    return mark_lines(content, list(record.own_marks), record, lang)


def plan_lines(content: Content | None, record: CheckRecord, lang: Lang) -> list[PlanLine]:
    """The chosen ideas in words, in the order chosen."""
    return [
        PlanLine(i.suggestion, suggestion_title(content, i.suggestion, lang), i.step.strip())
        for i in record.plan
    ]


# --- a check in one line (history) ----------------------------------------------------------


def people_named(record: CheckRecord) -> int | None:
    """How many people the check's network holds; None when no network was filled in."""
    for value in record.answers.values():
        if isinstance(value, Network):
            return len(value.people)
    return None


def history_facts(record: CheckRecord, content: Content | None, lang: Lang) -> list[str]:
    """What a history row says besides the date and whether it is finished: how many
    people were named, and the ideas chosen to try. Facts, never a measure."""
    n = people_named(record)
    if n is None:
        people = t("row.no_people", lang)
    elif n == 1:
        people = t("row.person_one", lang)
    else:
        people = t("row.people", lang, n=n)
    out = [people]
    if record.plan:
        titles = ", ".join(line.title for line in plan_lines(content, record, lang))
        out.append(t("row.ideas", lang, ideas=titles))
    return out
