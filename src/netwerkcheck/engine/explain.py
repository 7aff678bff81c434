"""Say in words why a suggestion is shown: the answers (or network facts) behind it.

Shared by every front end and the exports, so a reason reads the same everywhere.
"""

from __future__ import annotations

from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.answers import Answers
from netwerkcheck.engine.conditions import Reason
from netwerkcheck.engine.flow import visible
from netwerkcheck.engine.network import Network
from netwerkcheck.i18n import Lang, t


def answer_labels(question: m.Question, values: tuple[str, ...], lang: Lang) -> list[str]:
    """Option labels for chosen values; typed text is returned as typed."""
    if isinstance(question, m.SingleQuestion | m.MultiQuestion | m.ScaleQuestion):
        labels = {o.value: o.label.get(lang) for o in question.options}
        return [labels.get(v, v) for v in values]
    return list(values)


def reason_text(content: Content, reason: Reason, lang: Lang) -> str:
    if reason.question is not None:
        question = content.question(reason.question)
        labels = answer_labels(question, reason.values, lang)
        answer = ", ".join(f"'{label}'" for label in labels) if labels else "-"
        return t("why.answered", lang, question=question.text.get(lang).strip(), answer=answer)
    from netwerkcheck.engine import reasons as network_reasons

    return network_reasons.describe(reason, lang)


def reason_lines(content: Content, reasons: tuple[Reason, ...], lang: Lang) -> list[str]:
    lines = [reason_text(content, r, lang) for r in reasons]
    return lines or [t("why.always", lang)]


def summary_lines(content: Content, answers: Answers, lang: Lang) -> list[tuple[str, str]]:
    """(question, answer) for answered questions marked `summary: true`, in check order:
    what the person said matters to them, in their own words or chosen labels."""
    _, effective = visible(content, answers)
    out: list[tuple[str, str]] = []
    for q in content.questions:
        if not q.summary or q.id not in effective:
            continue
        value = effective[q.id]
        if isinstance(value, Network):
            continue
        values = (value,) if isinstance(value, str) else value
        out.append((q.text.get(lang).strip(), ", ".join(answer_labels(q, values, lang))))
    return out
