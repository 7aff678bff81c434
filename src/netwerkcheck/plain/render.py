"""Answers, reasons, people and help written out as plain sentences.

Kept apart from the prompting so the wording can be reused (the app's "why you see
this", `content preview`, exports) and tested on its own.
"""

from __future__ import annotations

from netwerkcheck.content import models as m
from netwerkcheck.content.help_models import Contact
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.engine.conditions import Reason
from netwerkcheck.engine.help import contact_lines
from netwerkcheck.engine.network import Network, Person
from netwerkcheck.i18n import Lang, t

_NET_VALUE_PREFIX = {
    "kinds": "rel",
    "missing_kinds": "rel",
    "supports": "support",
    "missing_supports": "support",
}


def option_label(question: m.Question, value: str, lang: Lang) -> str:
    if isinstance(question, m.SingleQuestion | m.MultiQuestion | m.ScaleQuestion):
        for o in question.options:
            if o.value == value:
                return o.label.get(lang)
    return value


def answer_text(question: m.Question, value: AnswerValue, lang: Lang) -> str:
    """An answer in words: option labels, the typed text, or the number of people named."""
    if isinstance(value, Network):
        return t("plain.net_count", lang, count=len(value.people))
    if isinstance(value, str):
        return option_label(question, value, lang)
    return ", ".join(option_label(question, v, lang) for v in value)


def _network_op(when: object, fact: str, value: str) -> str | None:
    """Which operator (includes, excludes, only) made a network reason, read from the
    suggestion's own condition: a Reason names the fact and value but not the operator."""
    stack = [when]
    while stack:
        cond = stack.pop()
        if isinstance(cond, m.AllCond):
            stack.extend(cond.all)
        elif isinstance(cond, m.AnyCond):
            stack.extend(cond.any)
        elif isinstance(cond, m.NetworkCond) and cond.network == fact:
            for op in ("includes", "excludes", "only"):
                if getattr(cond, op) == value:
                    return op
    return None


_PRESENT = {
    ("kinds", "includes"),
    ("supports", "includes"),
    ("missing_kinds", "excludes"),
    ("missing_supports", "excludes"),
}
_ABSENT = {
    ("kinds", "excludes"),
    ("supports", "excludes"),
    ("missing_kinds", "includes"),
    ("missing_supports", "includes"),
}


def reason_text(
    content: Content, reason: Reason, lang: Lang, when: object | None = None
) -> str | None:
    """ "Je antwoordde bij 'vraag': antwoord", or a network fact; None when nothing to say.

    `when` is the condition the reason came from (a suggestion's or help rule's), used to
    tell "someone who..." from "no one who..." for network facts.
    """
    if reason.question is not None:
        try:
            question = content.question(reason.question)
        except KeyError:
            return None
        text = question.text.get(lang).strip()
        if not reason.values:
            return None
        answer = ", ".join(option_label(question, v, lang) for v in reason.values)
        return t("plain.reason_answer", lang, question=text, answer=answer)
    if reason.fact is None:
        return None
    if reason.count is not None:
        fact = t(f"plain.fact.{reason.fact}", lang)
        return t("plain.reason_net_count", lang, fact=fact, count=reason.count)
    if reason.value is None:
        return None
    prefix = _NET_VALUE_PREFIX.get(reason.fact)
    value = t(f"plain.{prefix}.{reason.value}", lang) if prefix else reason.value
    op = _network_op(when, reason.fact, reason.value)
    if (reason.fact, op) in _PRESENT:
        return t("plain.reason_net_someone", lang, value=value)
    if (reason.fact, op) in _ABSENT:
        return t("plain.reason_net_no_one", lang, value=value)
    if op == "only":
        return t("plain.reason_net_everyone", lang, value=value)
    return t("plain.reason_net_value", lang, value=value)


def person_text(person: Person, lang: Lang) -> str:
    """One person as one line: name, how you know them, how close, what you share."""
    parts = [
        t(f"plain.rel.{person.relation}", lang),
        t(f"plain.circle.{person.circle}", lang),
    ]
    if person.supports:
        order = ("company", "practical", "advice", "confide")
        items = ", ".join(t(f"plain.support.{s}", lang) for s in order if s in person.supports)
        parts.append(t("plain.net_supports_label", lang, items=items))
    if person.reciprocity is not None:
        parts.append(t(f"plain.recip.{person.reciprocity}", lang))
    return f"{person.name}: " + "; ".join(parts)


def contact_block(contact: Contact, lang: Lang, indent: str = "  ") -> list[str]:
    """A contact as indented lines, the first one marked with a dash."""
    lines = contact_lines(contact, lang)
    return [f"{indent}- {lines[0]}"] + [f"{indent}  {line}" for line in lines[1:]]
