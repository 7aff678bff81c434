"""Which help to show for the answers so far, and to whom.

Called after every single answer, so a front end can show help at once (calmly, without
ending the check) and again at the top of the results. Only answers of questions that are
still visible count, exactly as for suggestions. Every contact any front end shows passes
one age filter (`for_age`): a contact carries an age range in content, the age question's
options carry theirs, and a contact is shown only when the two overlap. Pure: no front
end, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from netwerkcheck.content import models as m
from netwerkcheck.content.help_models import Contact, HelpContent, HelpLevel, HelpRule
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.answers import Answers
from netwerkcheck.engine.conditions import Reason
from netwerkcheck.engine.flow import evaluator, visible
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


def age_question(content: Content) -> m.SingleQuestion | None:
    """The question whose options say which ages they cover (`years`), if any."""
    for q in content.questions:
        if isinstance(q, m.SingleQuestion) and any(o.years is not None for o in q.options):
            return q
    return None


def person_years(content: Content, answers: Answers) -> m.Years | None:
    """The ages the person's answer covers, or None when the age is not known."""
    q = age_question(content)
    if q is None:
        return None
    _, effective = visible(content, answers)
    value = effective.get(q.id)
    return next((o.years for o in q.options if o.value == value), None)


def fits_age(contact: Contact, years: m.Years | None) -> bool:
    """A contact without an age range fits everyone; with one, it fits when the person's
    age band overlaps it. Unknown age: every contact fits (each says who it is for)."""
    return contact.ages is None or years is None or contact.ages.overlaps(years)


def for_age(content: Content, answers: Answers, contacts: Iterable[Contact]) -> list[Contact]:
    """THE age filter: the contacts (in order, each once) that fit the person's age.
    Every screen, export and handout gets its contacts through this function."""
    years = person_years(content, answers)
    out: dict[str, Contact] = {}
    for c in contacts:
        if fits_age(c, years):
            out.setdefault(c.id, c)
    return list(out.values())


def always_for(content: Content, help_content: HelpContent, answers: Answers) -> list[Contact]:
    """The help screen's contacts (the editor's order) that fit the person's age."""
    return for_age(content, answers, help_content.always_contacts())


def calm_for(content: Content, help_content: HelpContent, answers: Answers) -> list[Contact]:
    """The calm 'someone to talk to' contacts for the end of an export or handout when
    no help rule fired: never a crisis line, only those that fit the person's age."""
    return for_age(content, answers, (help_content.contacts[c] for c in help_content.calm))


def handout_contacts(
    content: Content, help_content: HelpContent, answers: Answers
) -> list[Contact]:
    """Places for help on a printed handout, each once and only those that fit the
    person's age: the contacts of the rules that fired, then the help screen's contacts.
    When no rule fired, no crisis line (a contact of an urgent rule): the calm ones first."""
    hits = help_for(content, help_content, answers)
    if hits:
        return for_age(content, answers, [*contacts_of(hits), *help_content.always_contacts()])
    urgent = {c for r in help_content.rules if r.level == "urgent" for c in r.contacts}
    calm = [help_content.contacts[c] for c in help_content.calm]
    rest = [c for c in help_content.always_contacts() if c.id not in urgent]
    return for_age(content, answers, [*calm, *rest])


def help_for(content: Content, help_content: HelpContent, answers: Answers) -> list[HelpHit]:
    """Every help rule that holds, urgent ones first, then in file order. Each hit's
    contacts are only those that fit the person's age."""
    ev = evaluator(content, answers)
    hits: list[tuple[int, int, HelpHit]] = []
    for index, rule in enumerate(help_content.rules):
        reasons = ev.explain(rule.when)
        if reasons is None:
            continue
        contacts = tuple(
            for_age(content, answers, (help_content.contacts[c] for c in rule.contacts))
        )
        hit = HelpHit(rule, contacts, rule.level, tuple(reasons))
        hits.append((_LEVEL_ORDER[rule.level], index, hit))
    hits.sort(key=lambda h: h[:2])
    return [h for _, _, h in hits]


def results_help(content: Content, answers: Answers) -> list[HelpHit]:
    """The help for the top of the results: every rule that holds ([] without help)."""
    return help_for(content, content.help, answers) if content.help is not None else []


def new_hits(hits: Iterable[HelpHit], shown: Iterable[str]) -> list[HelpHit]:
    """What to show right after an answer: the hits not shown before (by rule id) whose
    rule opens at once. A rule with `at_once: false` (help that fits an age, not a sign
    of distress) waits for the results, so a 15-year-old is not interrupted for saying
    how old they are."""
    done = set(shown)
    return [h for h in hits if h.rule.at_once and h.rule.id not in done]


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
