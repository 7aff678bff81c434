"""Answers, reasons, people and help written out as plain sentences.

Kept apart from the prompting so the wording can be reused (the app's "why you see
this", `content preview`, exports) and tested on its own.
"""

from __future__ import annotations

from netwerkcheck.content.help_models import Contact, HelpContent
from netwerkcheck.content.loader import Content
from netwerkcheck.engine import explain
from netwerkcheck.engine.conditions import Reason
from netwerkcheck.engine.explain import answer_text
from netwerkcheck.engine.help import HelpHit, contact_lines
from netwerkcheck.engine.network import (
    SUPPORTS,
    Person,
    circle_label,
    reciprocity_label,
    relation_label,
    support_label,
)
from netwerkcheck.i18n import Lang, t

__all__ = [
    "answer_text",
    "contact_block",
    "help_block_lines",
    "help_pointer",
    "person_text",
    "reason_text",
]


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


def help_block_lines(hits: list[HelpHit], lang: Lang) -> list[str]:
    """The help the answers called for, for the top of the results: a title, each
    rule's message and its contacts (each once, already filtered by age). Empty when
    no rule fired."""
    if not hits:
        return []
    out = ["", t("help.block_title", lang)]
    shown: set[str] = set()
    for hit in hits:
        out.append(hit.rule.message.get(lang).strip())
        for c in hit.contacts:
            if c.id not in shown:
                shown.add(c.id)
                out += contact_block(c, lang)
    return out


def help_pointer(help_content: HelpContent, lang: Lang) -> str:
    """The calm line at the end when no help rule fired: where help is, no crisis line."""
    return f"{help_content.closing.get(lang).strip()} {t('help.pointer_key_plain', lang)}"
