"""Checks across files at load time: ids that exist, values a question offers, sources.

Schema validation sees one file at a time; these checks need the whole bundle. They are
static (they read the models only, never the engine), so the loader can run them and
the app can trust what it loads. Whether a condition can ever hold is editor analysis:
netwerkcheck.editor.reachability, run by `content check`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from netwerkcheck.content import models as m
from netwerkcheck.content.problems import Problem
from netwerkcheck.content.validate import did_you_mean
from netwerkcheck.content.yamlpos import Located, PathKey
from netwerkcheck.i18n import Lang, t


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
        if isinstance(leaf, m.NetworkCond | m.MentionsCond):
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
