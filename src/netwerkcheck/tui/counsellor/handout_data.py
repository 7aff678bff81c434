"""Gather a session's handout (report/handout.py) from its record and the content.

The handout holds only what the client said and chose: the network picture (all of
it), what they said matters (answers marked `summary`), their own 'I want to talk
about this' marks (record.own_marks), the ideas they chose to try with their own step
(record.plan), and places for help that fit their age. The counsellor's 'to talk
about' marks (record.talk_about) are kept apart and left out unless ticked; notes only
when 'include notes' is ticked. Scale results are never passed in.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from netwerkcheck.content.help_models import Contact
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.explain import summary_lines
from netwerkcheck.engine.flow import network_question_id, visible
from netwerkcheck.engine.help import contact_lines, for_age, handout_contacts
from netwerkcheck.engine.network import CIRCLES, Network
from netwerkcheck.i18n import Lang, t
from netwerkcheck.report.export import network_picture
from netwerkcheck.report.handout import PlanIdea, to_handout_html, to_handout_markdown
from netwerkcheck.store import CheckRecord
from netwerkcheck.store.record import SUGGESTION_MARK
from netwerkcheck.tui.counsellor.session import mark_lines, note_title
from netwerkcheck.tui.text import prose

HANDOUT_FORMATS = ("html", "md")


def _network(content: Content, record: CheckRecord) -> Network | None:
    net_q = network_question_id(content)
    if net_q is None:
        return None
    _, effective = visible(content, record.engine_answers())
    value = effective.get(net_q)
    return value if isinstance(value, Network) else None


def for_client_age(
    content: Content, record: CheckRecord, contacts: Iterable[Contact]
) -> list[Contact]:
    """The contacts that fit the client's age, through the engine's one age filter."""
    return for_age(content, record.engine_answers(), contacts)


def _contacts(content: Content, record: CheckRecord, lang: Lang) -> list[tuple[str, str]]:
    help_content = content.help
    if help_content is None:
        return []
    contacts = handout_contacts(content, help_content, record.engine_answers())
    out: list[tuple[str, str]] = []
    for c in for_client_age(content, record, contacts):
        lines = contact_lines(c, lang)
        out.append((c.name, " ".join([c.what.get(lang).strip(), *lines[1:]])))
    return out


def plan_ideas(content: Content, record: CheckRecord, lang: Lang) -> list[PlanIdea]:
    """(title, text, step) of each idea in the client's plan, in the order chosen."""
    known = {s.id: s for s in content.suggestions}
    out: list[PlanIdea] = []
    for item in record.plan:
        found = known.get(item.suggestion.removeprefix(SUGGESTION_MARK))
        if found is not None:
            out.append((found.title.get(lang).strip(), prose(found.text.get(lang)), item.step))
    return out


def handout_text(
    fmt: str,
    record: CheckRecord,
    content: Content,
    lang: Lang,
    *,
    include_notes: bool = False,
    include_talk_about: bool = False,
    next_meeting: str = "",
    made_on: date | None = None,
) -> str:
    """The handout in `fmt` ('html' or 'md')."""
    network = _network(content, record)
    svg = network_picture(network, lang) if network is not None and network.people else None
    network_lines = []
    if network is not None:
        for circle in CIRCLES:
            names = [p.name for p in network.in_circle(circle)]
            if names:
                network_lines.append(f"{t(f'net.circle.{circle}', lang)}: {', '.join(names)}")

    notes = {note_title(content, key, lang): text for key, text in record.notes.items()}
    render = to_handout_html if fmt == "html" else to_handout_markdown
    return render(
        lang,
        matters=summary_lines(content, record.engine_answers(), lang),
        contacts=_contacts(content, record, lang),
        network_svg=svg,
        notes=notes,
        include_notes=include_notes,
        network_lines=network_lines,
        made_on=made_on or date.today(),
        pseudonym=record.client,
        own_marks=mark_lines(content, record, record.own_marks, lang),
        plan=plan_ideas(content, record, lang),
        talk_about=mark_lines(content, record, record.talk_about, lang),
        include_talk_about=include_talk_about,
        next_meeting=next_meeting,
    )
