"""Which help to show for the answers so far.

Called after every single answer, so a front end can show help at once (calmly, without
ending the check) and not only on the results page. Only answers of questions that are
still visible count, exactly as for suggestions. Pure: no front end, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from netwerkcheck.content.help_models import Contact, HelpContent, HelpLevel, HelpRule
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.answers import Answers
from netwerkcheck.engine.conditions import Reason
from netwerkcheck.engine.flow import evaluator
from netwerkcheck.i18n import Lang, t

_LEVEL_ORDER: dict[str, int] = {"urgent": 0, "support": 1}


@dataclass(frozen=True)
class HelpHit:
    """A help rule whose condition holds, with its contacts and the answers behind it."""

    rule: HelpRule
    contacts: tuple[Contact, ...]
    level: HelpLevel
    reasons: tuple[Reason, ...] = ()

    @property
    def id(self) -> str:
        return self.rule.id


def help_for(content: Content, help_content: HelpContent, answers: Answers) -> list[HelpHit]:
    """Every help rule that holds, urgent ones first, then in file order."""
    ev = evaluator(content, answers)
    hits: list[tuple[int, int, HelpHit]] = []
    for index, rule in enumerate(help_content.rules):
        reasons = ev.explain(rule.when)
        if reasons is None:
            continue
        contacts = tuple(help_content.contacts[c] for c in rule.contacts)
        hit = HelpHit(rule, contacts, rule.level, tuple(reasons))
        hits.append((_LEVEL_ORDER[rule.level], index, hit))
    hits.sort(key=lambda h: h[:2])
    return [h for _, _, h in hits]


def new_hits(hits: Iterable[HelpHit], shown: Iterable[str]) -> list[HelpHit]:
    """The hits not shown before (by rule id): what to show right after an answer."""
    done = set(shown)
    return [h for h in hits if h.rule.id not in done]


def contacts_of(hits: Iterable[HelpHit]) -> list[Contact]:
    """The contacts of several hits, each once, in order of first appearance."""
    out: dict[str, Contact] = {}
    for h in hits:
        for c in h.contacts:
            out.setdefault(c.id, c)
    return list(out.values())


def contact_lines(contact: Contact, lang: Lang) -> list[str]:
    """A contact as a few short plain-text lines: name and what, then how and when.

    Plain text for every front end (never markup): the app escapes or uses markup=False.
    """
    lines = [f"{contact.name}: {contact.what.get(lang)}"]
    ways: list[str] = []
    if contact.phone and contact.phone_alt:
        ways.append(t("help.call_or", lang, phone=contact.phone, alt=contact.phone_alt))
    elif contact.phone:
        ways.append(t("help.call", lang, phone=contact.phone))
    if contact.chat:
        ways.append(t("help.chat", lang, chat=contact.chat))
    if contact.url and contact.url != contact.chat:
        ways.append(t("help.url", lang, url=contact.url))
    if ways:
        lines.append(". ".join(ways) + ".")
    if contact.hours is not None:
        lines.append(t("help.hours", lang, hours=contact.hours.get(lang)))
    lines.append(t("help.who_for", lang, who=contact.who_for.get(lang)))
    return lines
