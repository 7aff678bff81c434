"""Answers, reasons, people and help written out as plain sentences.

Kept apart from the prompting so the wording can be reused (the app's "why you see
this", `content preview`, exports) and tested on its own.
"""

from __future__ import annotations

from netwerkcheck.content.help_models import Contact
from netwerkcheck.content.loader import Content
from netwerkcheck.engine import explain
from netwerkcheck.engine.conditions import Reason
from netwerkcheck.engine.explain import answer_text
from netwerkcheck.engine.help import contact_lines
from netwerkcheck.engine.network import (
    SUPPORTS,
    Person,
    circle_label,
    reciprocity_label,
    relation_label,
    support_label,
)
from netwerkcheck.i18n import Lang, t

__all__ = ["answer_text", "contact_block", "person_text", "reason_text"]


def reason_text(
    content: Content, reason: Reason, lang: Lang, when: object | None = None
) -> str | None:
    """The shared wording (engine.explain), so plain mode, the app and exports agree.
    `when` is accepted for callers that pass the condition; the Reason carries its operator."""
    return explain.reason_text(content, reason, lang)


def person_text(person: Person, lang: Lang) -> str:
    """One person as one line: name, how you know them, how close, what you share.
    The words are the app's own (engine.network), so both front ends say the same."""
    parts = [relation_label(person.relation, lang), circle_label(person.circle, lang)]
    if person.supports:
        items = ", ".join(support_label(s, lang) for s in SUPPORTS if s in person.supports)
        parts.append(t("plain.net_supports_label", lang, items=items))
    if person.reciprocity is not None:
        parts.append(reciprocity_label(person.reciprocity, lang))
    return f"{person.name}: " + "; ".join(parts)


def contact_block(contact: Contact, lang: Lang, indent: str = "  ") -> list[str]:
    """A contact as indented lines, the first one marked with a dash."""
    lines = contact_lines(contact, lang)
    return [f"{indent}- {lines[0]}"] + [f"{indent}  {line}" for line in lines[1:]]
