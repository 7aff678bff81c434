"""The documents the exports are made of: plain typed dataclasses, built once (from a
saved check, a comparison of two checks, or a counsellor's handout request), already
in the chosen language, not yet escaped. report/render.py renders each of them as
Markdown, plain text and HTML with the templates in report/templates/, so every format
says the same things with the same words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from netwerkcheck import __version__
from netwerkcheck.cleantext import clean, one_line
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.explain import answer_labels, reason_lines
from netwerkcheck.engine.flow import visible
from netwerkcheck.engine.help import calm_for, contact_lines, contacts_of, help_for
from netwerkcheck.engine.network import (
    Network,
    Person,
    circle_label,
    reciprocity_label,
    relation_label,
    support_label,
)
from netwerkcheck.engine.suggest import select
from netwerkcheck.i18n import Lang, format_day, t
from netwerkcheck.report.plan import MarkLine, PlanLine, own_mark_lines, plan_lines
from netwerkcheck.store.record import CheckRecord, engine_answers


def prose(text: str) -> str:
    """Content prose from a YAML `|` block: lines of a paragraph joined, paragraphs
    kept apart by one blank line (so each format can wrap them its own way)."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def paragraphs(text: str) -> list[list[str]]:
    """Blank-line separated paragraphs of cleaned text, each a list of its non-empty lines."""
    out: list[list[str]] = []
    for block in re.split(r"\n\s*\n", clean(text).strip()):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            out.append(lines)
    return out


def strip_scheme(link: str) -> str:
    """Show a web address as text to type, not a reference a reader could load."""
    return re.sub(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://", "", link.strip())


# --- a check ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerItem:
    question: str
    answers: tuple[str, ...]  # empty when skipped
    skipped: bool = False
    is_network: bool = False


@dataclass(frozen=True)
class PersonItem:
    name: str
    relation: str
    circle: str
    supports: tuple[str, ...]
    reciprocity: str | None

    def line(self, lang: Lang) -> str:
        """'Vriend of vriendin; Binnenste cirkel; geeft: Gezelschap; ...'"""
        parts = [self.relation, self.circle]
        if self.supports:
            parts.append(t("export.gives", lang, supports=", ".join(self.supports)))
        if self.reciprocity:
            parts.append(self.reciprocity)
        return "; ".join(parts)


@dataclass(frozen=True)
class SuggestionItem:
    kind: str
    title: str
    text: str
    link: str | None
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class SummaryBlock:
    """One box of the summary after the picture: a heading and its items; an item's
    second line (the person's step) is `more`."""

    heading: str
    items: tuple[tuple[str, str | None], ...]


@dataclass
class CheckDoc:
    """Everything a check's export shows, already in the chosen language (not yet escaped)."""

    lang: Lang
    title: str
    meta: list[str]
    answers: list[AnswerItem]
    network: Network | None
    people: list[PersonItem]
    suggestions: list[SuggestionItem]
    contented: bool
    help_lines: list[list[str]] = field(default_factory=list)
    help_first: bool = False
    talk_about: list[str] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    footer: str = ""
    own_marks: list[MarkLine] = field(default_factory=list)
    plan: list[PlanLine] = field(default_factory=list)
    numbers: dict[int, int] | None = None
    """Each person's number on the picture, when the picture numbers people."""

    def people_in_order(self) -> list[tuple[str, PersonItem]]:
        """(number or '', person) in the picture's reading order when it numbers
        people (the numbered legend), else in the order named."""
        numbers = self.numbers
        if numbers is None:
            return [("", p) for p in self.people]
        order = sorted(range(len(self.people)), key=lambda i: numbers.get(i, i))
        return [(f"{numbers[i]}.", self.people[i]) for i in order]

    def text_picture(self, width: int) -> list[str]:
        """The picture as lines of text for Markdown and plain text: everyone on it, by
        name or by letter and number (the list under it gives the names)."""
        if self.network is None or not self.people:
            return []
        from netwerkcheck.report.netmap import numbered_text_map  # when a picture is drawn

        try:
            picture, _numbers = numbered_text_map(self.network, width, self.lang)
        except Exception:  # a picture is never worth losing the export
            return []
        return [str(line).rstrip() for line in picture.lines]

    def summary_blocks(self) -> list[SummaryBlock]:
        """What the person marked and chose, in their own words, then the counsellor's
        marks if any."""
        lang = self.lang
        talk = tuple((mark_text(m, lang), None) for m in self.own_marks)
        plan = tuple(
            (
                item.title,
                t("plan.step", lang, step=item.step) if item.step else t("plan.no_step", lang),
            )
            for item in self.plan
        )
        out = [
            SummaryBlock(t("plan.talk_title", lang), talk or ((t("plan.talk_none", lang), None),)),
            SummaryBlock(t("plan.try_title", lang), plan or ((t("plan.try_none", lang), None),)),
        ]
        if self.talk_about:
            out.append(
                SummaryBlock(
                    t("export.talk_about", lang), tuple((x, None) for x in self.talk_about)
                )
            )
        return out


Report = CheckDoc
"""The name the check's document had before the handout and compare shared it."""


def mark_text(m: MarkLine, lang: Lang) -> str:
    if m.answer:
        return f"{m.text} ({t('plan.answer', lang, answer=m.answer)})"
    return m.text


def _local_date(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso[:16]


def _question_text(content: Content | None, qid: str, lang: Lang) -> str:
    if content is not None:
        try:
            return content.question(qid).text.get(lang).strip()
        except KeyError:
            pass
    return qid


def _person(p: Person, lang: Lang) -> PersonItem:
    return PersonItem(
        name=one_line(p.name),
        relation=relation_label(p.relation, lang),
        circle=circle_label(p.circle, lang),
        supports=tuple(support_label(x, lang) for x in sorted(p.supports)),
        reciprocity=reciprocity_label(p.reciprocity, lang) if p.reciprocity else None,
    )


def _help_lines(content: Content | None, answers: Any, lang: Lang) -> tuple[list[list[str]], bool]:
    """The help blocks and whether they go at the top. When a help rule fired: each
    rule's message and its contacts, at the top. Otherwise a calm closing line and the
    'someone to talk to' contacts, at the end. Every contact passes the age filter
    (engine.help); the built-in line only when there is no content to read it from."""
    help_content = content.help if content is not None else None
    if content is None or help_content is None:
        return [[t("export.help_line", lang)]], False
    hits = help_for(content, help_content, answers)
    if hits:
        out = [[prose(h.rule.message.get(lang))] for h in hits]
        contacts = contacts_of(hits)
    else:
        out = [[prose(help_content.closing.get(lang))]]
        contacts = calm_for(content, help_content, answers)
    out += [[strip_scheme(line) for line in contact_lines(c, lang)] for c in contacts]
    return out, bool(hits)


def check_doc(
    record: CheckRecord,
    content: Content | None,
    lang: Lang,
    *,
    include_notes: bool = False,
) -> CheckDoc:
    """The document for a saved check. With content=None (content that does not load),
    only the saved answers are shown, by question id."""
    answers = engine_answers(record)
    items: list[AnswerItem] = []
    network: Network | None = None
    if content is not None:
        shown, effective = visible(content, answers)
        known = {q.id for q in content.questions}
        for q in shown:
            text = q.text.get(lang).strip()
            if q.id in effective:
                value = effective[q.id]
                if isinstance(value, Network):
                    network = value
                    items.append(AnswerItem(text, (), is_network=True))
                else:
                    values = (value,) if isinstance(value, str) else value
                    labels = answer_labels(q, values, lang)
                    items.append(AnswerItem(text, tuple(clean(v) for v in labels)))
            elif q.id in record.skipped:
                items.append(AnswerItem(text, (), skipped=True))
        extra = [qid for qid in answers if qid not in known]
    else:
        extra = list(answers)
    for qid in extra:
        value = answers[qid]
        if isinstance(value, Network):
            network = network or value
            items.append(AnswerItem(qid, (), is_network=True))
        else:
            values = (value,) if isinstance(value, str) else value
            items.append(AnswerItem(qid, tuple(clean(v) for v in values)))
    people = [_person(p, lang) for p in network.people] if network is not None else []

    suggestions: list[SuggestionItem] = []
    contented = False
    if content is not None:
        selection = select(content, answers)
        contented = selection.contented
        for kind, chosen in selection.by_kind():
            for c in chosen:
                s = c.suggestion
                suggestions.append(
                    SuggestionItem(
                        kind=t(f"results.kind.{kind}", lang),
                        title=s.title.get(lang).strip(),
                        text=prose(s.text.get(lang)),
                        link=strip_scheme(s.link) if s.link else None,
                        reasons=tuple(clean(r) for r in reason_lines(content, c.reasons, lang)),
                    )
                )

    meta = [t("export.made_on", lang, date=_local_date(record.created))]
    if include_notes and record.client:
        meta.append(t("export.for_client", lang, name=one_line(record.client)))
    if not record.finished:
        meta.append(t("export.unfinished", lang))
    talk = [_question_text(content, qid, lang) for qid in record.talk_about]
    notes = (
        [(_question_text(content, qid, lang), clean(n)) for qid, n in record.notes.items()]
        if include_notes
        else []
    )
    help_lines, help_first = _help_lines(content, answers, lang)
    numbers: dict[int, int] | None = None
    if network is not None and network.people:
        from netwerkcheck.report.netmap import numbering  # when a picture is drawn

        try:
            numbers = numbering(network)
        except Exception:  # drawing failed: the list stays in the order named
            numbers = None
    return CheckDoc(
        lang=lang,
        title=t("export.title", lang),
        meta=meta,
        answers=items,
        network=network,
        people=people,
        suggestions=suggestions,
        contented=contented,
        help_lines=help_lines,
        help_first=help_first,
        talk_about=talk,
        notes=notes,
        footer=t("export.footer", lang, app=__version__, content=record.content_version),
        own_marks=own_mark_lines(content, record, lang),
        plan=plan_lines(content, record, lang),
        numbers=numbers,
    )


# --- a comparison of two checks -------------------------------------------------------------


@dataclass(frozen=True)
class AnswerLine:
    question: str
    then: str
    now: str


@dataclass(frozen=True)
class CompareDoc:
    """Two checks compared, in words (built by report.compare_report.build_doc)."""

    lang: Lang
    title: str
    intro: str
    other_content: str | None
    overview: list[str]
    then_label: str
    now_label: str
    then_network: Network | None
    now_network: Network | None
    answers: list[AnswerLine]
    suggestions: list[tuple[str, list[str]]]
    footer: str

    def networks(self) -> list[tuple[str, Network | None, list[str]]]:
        """(label, network, 'name (circle)' per person) for then and now."""
        return [
            (label, network, _people_in_words(network, self.lang))
            for label, network in (
                (self.then_label, self.then_network),
                (self.now_label, self.now_network),
            )
        ]


def _people_in_words(network: Network | None, lang: Lang) -> list[str]:
    if network is None:
        return []
    return [f"{one_line(p.name)} ({circle_label(p.circle, lang).lower()})" for p in network.people]


# --- the counsellor's handout ---------------------------------------------------------------

QA = tuple[str, str]
"""(question text, answer text) the client marked as mattering to them."""
Suggestion = tuple[str, str]
"""(title, text) of a suggestion the client chose."""
Contact = tuple[str, str]
"""(name, how to reach: phone, website, opening hours) of a place for help."""
PlanIdea = tuple[str, str, str]
"""(title, text, the client's own step) of an idea the client chose to try."""
WRITE_LINES = 6
"""Ruled lines of space to write on, at the end of the printed handout."""


def date_text(day: date, lang: Lang) -> str:
    """'3 november 2026', in the language's own words (Babel, through i18n.format_day)."""
    return format_day(day, lang)


@dataclass(frozen=True)
class HandoutDoc:
    """Everything a handout can show, already in the client's language. It never holds
    a scale's score or band: this type has no place for one."""

    lang: Lang
    matters: Sequence[QA] = ()
    suggestions: Sequence[Suggestion] = ()
    next_steps: Sequence[str] = ()
    contacts: Sequence[Contact] = ()
    network_svg: str | None = None
    network_lines: Sequence[str] = ()
    notes: Mapping[str, str] = field(default_factory=dict)
    include_notes: bool = False
    made_on: date | None = None
    pseudonym: str | None = None
    own_marks: Sequence[QA] = ()
    plan: Sequence[PlanIdea] = ()
    talk_about: Sequence[QA] = ()
    include_talk_about: bool = False
    next_meeting: str = ""
    space_to_write: bool = True

    @property
    def shown_talk_about(self) -> list[QA]:
        """The counsellor's 'to talk about' marks: none unless the counsellor ticks them."""
        return list(self.talk_about) if self.include_talk_about else []

    @property
    def shown_notes(self) -> list[tuple[str, str]]:
        """The notes that go into the handout: none unless the counsellor chose them."""
        if not self.include_notes:
            return []
        return [(theme, text) for theme, text in self.notes.items() if clean(text).strip()]

    @property
    def shown_steps(self) -> list[str]:
        return [s for s in self.next_steps if one_line(s)]

    @property
    def shown_pseudonym(self) -> str:
        return one_line(self.pseudonym or "")

    @property
    def date_line(self) -> str:
        return date_text(self.made_on, self.lang) if self.made_on is not None else ""
