"""Say in words why a suggestion is shown: the answers (or network facts) behind it.

Shared by every front end and the exports, so a reason reads the same everywhere.
"""

from __future__ import annotations

from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content
from netwerkcheck.engine import reasons as network_reasons
from netwerkcheck.engine.answers import Answers, AnswerValue
from netwerkcheck.engine.conditions import Reason
from netwerkcheck.engine.flow import visible
from netwerkcheck.engine.network import Network
from netwerkcheck.i18n import Lang, t, tn


def option_label(question: m.Question, value: str, lang: Lang) -> str:
    """The label of an option value; typed text (or an unknown value) as it is."""
    if isinstance(question, m.SingleQuestion | m.MultiQuestion | m.ScaleQuestion):
        for o in question.options:
            if o.value == value:
                return o.label.get(lang)
    return value


def answer_labels(question: m.Question, values: tuple[str, ...], lang: Lang) -> list[str]:
    """Option labels for chosen values; typed text is returned as typed."""
    return [option_label(question, v, lang) for v in values]


def reason_text(content: Content, reason: Reason, lang: Lang) -> str | None:
    """One answer or network fact in words; None when there is nothing to say
    (an 'answered: false' leaf, or a question the content no longer has)."""
    if reason.question is not None:
        try:
            question = content.question(reason.question)
        except KeyError:
            return None
        if not reason.values:
            return None
        answer = ", ".join(answer_labels(question, reason.values, lang))
        return t("why.answered", lang, question=question.text.get(lang).strip(), answer=answer)
    if reason.fact is None:
        return None
    return network_reasons.describe(reason, lang)


def reason_lines(content: Content, reasons: tuple[Reason, ...], lang: Lang) -> list[str]:
    """Every reason in words; a suggestion shown to everyone says so."""
    lines = [line for r in reasons if (line := reason_text(content, r, lang))]
    return lines or [t("why.always", lang)]


def summary_lines(content: Content, answers: Answers, lang: Lang) -> list[tuple[str, str]]:
    """(question, answer) for answered questions marked `summary: true`, in check order:
    what the person said matters to them, in their own words or chosen labels."""
    return [(q, a) for _, q, a in summary_lines_with_ids(content, answers, lang)]


def summary_lines_with_ids(
    content: Content, answers: Answers, lang: Lang
) -> list[tuple[str, str, str]]:
    """summary_lines with each question's id first: (id, question, answer)."""
    _, effective = visible(content, answers)
    out: list[tuple[str, str, str]] = []
    for q in content.questions:
        if not q.summary or q.id not in effective:
            continue
        value = effective[q.id]
        if isinstance(value, Network):
            continue
        values = (value,) if isinstance(value, str) else value
        out.append((q.id, q.text.get(lang).strip(), ", ".join(answer_labels(q, values, lang))))
    return out


def answer_text(question: m.Question, value: AnswerValue, lang: Lang) -> str:
    """An answer in words: option labels, the typed text, or the number of people named.
    The same wording in the app, plain mode and the answers overview."""
    if isinstance(value, Network):
        # 'Niemand genoemd', '1 persoon', '3 mensen' (it said '1 mensen' and '0 mensen')
        n = len(value.people)
        return t("net.ed.count.0", lang) if n == 0 else tn("net.ed.count", n, lang)
    if isinstance(value, str):
        return option_label(question, value, lang)
    return ", ".join(option_label(question, v, lang) for v in value)


def clear_question(question: m.Question, value: AnswerValue, lang: Lang) -> str:
    """What to ask before an answer is removed ('Wil je de 3 mensen weghalen?')."""
    if isinstance(value, Network):
        n = len(value.people)
        if n == 0:
            return t("answers.clear_nobody", lang)
        return tn("answers.clear_people", n, lang)
    return t("answers.clear_answer", lang, answer=answer_text(question, value, lang))
