"""Gather a session's handout (report/handout.py) from its record and the content.

The handout holds what the client can use: the network picture, the questions marked
'to talk about' and the answers marked `summary` (what matters to them), the ideas the
check showed, the ideas they chose as next steps, and places for help. Scale results
are never passed in; notes only when the counsellor ticks 'include notes'.
"""

from __future__ import annotations

from datetime import date

from netwerkcheck.content.loader import Content
from netwerkcheck.engine.explain import summary_lines
from netwerkcheck.engine.flow import network_question_id, visible
from netwerkcheck.engine.help import contact_lines, handout_contacts
from netwerkcheck.engine.network import CIRCLES, Network
from netwerkcheck.engine.suggest import select
from netwerkcheck.i18n import Lang, t
from netwerkcheck.report.export import network_picture
from netwerkcheck.report.handout import to_handout_html, to_handout_markdown
from netwerkcheck.store import CheckRecord
from netwerkcheck.tui.counsellor.session import note_title, talk_about_lines
from netwerkcheck.tui.text import prose

HANDOUT_FORMATS = ("html", "md")


def suggestion_choices(content: Content, record: CheckRecord, lang: Lang) -> list[tuple[str, str]]:
    """(suggestion id, title) of the ideas the check shows, in results order."""
    selection = select(content, record.engine_answers())
    return [
        (c.suggestion.id, c.suggestion.title.get(lang).strip())
        for _, items in selection.by_kind()
        for c in items
    ]


def _network(content: Content, record: CheckRecord) -> Network | None:
    net_q = network_question_id(content)
    if net_q is None:
        return None
    _, effective = visible(content, record.engine_answers())
    value = effective.get(net_q)
    return value if isinstance(value, Network) else None


def _contacts(content: Content, record: CheckRecord, lang: Lang) -> list[tuple[str, str]]:
    help_content = content.help
    if help_content is None:
        return []
    contacts = handout_contacts(content, help_content, record.engine_answers())
    out: list[tuple[str, str]] = []
    for c in contacts:
        lines = contact_lines(c, lang)
        out.append((c.name, " ".join([c.what.get(lang).strip(), *lines[1:]])))
    return out


def handout_text(
    fmt: str,
    record: CheckRecord,
    content: Content,
    lang: Lang,
    *,
    include_notes: bool = False,
    next_steps: list[str] | None = None,
    made_on: date | None = None,
) -> str:
    """The handout in `fmt` ('html' or 'md'). `next_steps` are suggestion ids."""
    matters = talk_about_lines(content, record, lang)
    seen = {q for q, _ in matters}
    matters += [
        (q, a) for q, a in summary_lines(content, record.engine_answers(), lang) if q not in seen
    ]

    selection = select(content, record.engine_answers())
    chosen = [c.suggestion for _, items in selection.by_kind() for c in items]
    suggestions = [(s.title.get(lang).strip(), prose(s.text.get(lang))) for s in chosen]
    wanted = set(next_steps or [])
    steps = [s.title.get(lang).strip() for s in chosen if s.id in wanted]

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
        matters=matters,
        suggestions=suggestions,
        next_steps=steps,
        contacts=_contacts(content, record, lang),
        network_svg=svg,
        notes=notes,
        include_notes=include_notes,
        network_lines=network_lines,
        made_on=made_on or date.today(),
    )
