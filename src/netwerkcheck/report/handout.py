"""The handout a counsellor gives the client: Markdown, plain text, or self-contained
HTML to print.

The handout belongs to the client, so it holds only what the client said and chose:
the picture of their network, what they said matters to them, their own marks, the
ideas they chose to try with their own step, and where they can go; with their
pseudonym, the date, an optional next-meeting line, space to write, and page numbers
when printed (CSS @page counters). It never holds a scale score or band (its document,
report.document.HandoutDoc, has no place for one). The counsellor's 'to talk about'
marks appear (apart, as 'om over te praten') only with `include_talk_about=True`, and
the counsellor's private notes only with `include_notes=True`.

It is rendered by the same pipeline as a check's export (report.render: the same
templates' frame, style sheet, Content-Security-Policy, picture check and escaping),
and uses the same words for the same things (the network, the marks, the plan and the
step, the places for help).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from functools import partial

from markupsafe import Markup

from netwerkcheck.i18n import Lang, t
from netwerkcheck.report.document import (
    QA,
    WRITE_LINES,
    Contact,
    HandoutDoc,
    PlanIdea,
    Suggestion,
)
from netwerkcheck.report.render import Format, render_template, safe_svg

__all__ = [
    "QA",
    "WRITE_LINES",
    "Contact",
    "Handout",
    "HandoutDoc",
    "PlanIdea",
    "Suggestion",
    "render_handout",
    "to_handout",
    "to_handout_html",
    "to_handout_markdown",
    "to_handout_text",
    "usable_svg",
]

Handout = HandoutDoc
usable_svg = safe_svg
"""The one picture check (report.render.safe_svg), by the name the handout gave it."""


def render_handout(fmt: Format, doc: HandoutDoc) -> str:
    """A handout's document in one of 'md', 'html', 'txt'."""
    svg = safe_svg(doc.network_svg)
    return render_template(
        "handout",
        fmt,
        h=doc,
        lang=doc.lang,
        title=t("handout.title", doc.lang),
        kind="handout",
        picture=Markup(svg) if svg is not None else None,
        write_lines=WRITE_LINES,
    )


def to_handout(
    fmt: Format,
    lang: Lang,
    matters: Sequence[QA] = (),
    suggestions: Sequence[Suggestion] = (),
    next_steps: Sequence[str] = (),
    contacts: Sequence[Contact] = (),
    network_svg: str | None = None,
    notes: Mapping[str, str] | None = None,
    *,
    include_notes: bool = False,
    network_lines: Sequence[str] = (),
    made_on: date | None = None,
    pseudonym: str | None = None,
    own_marks: Sequence[QA] = (),
    plan: Sequence[PlanIdea] = (),
    talk_about: Sequence[QA] = (),
    include_talk_about: bool = False,
    next_meeting: str = "",
    space_to_write: bool = True,
) -> str:
    """The handout in `fmt`. Markdown and text cannot hold the picture: when
    `network_svg` is given, Markdown says it is in the HTML version; `network_lines`
    (for example one line per circle) are listed as text in every format. `notes`
    (theme title -> text) appear only with `include_notes=True`."""
    doc = HandoutDoc(
        lang=lang,
        matters=matters,
        suggestions=suggestions,
        next_steps=next_steps,
        contacts=contacts,
        network_svg=network_svg,
        network_lines=network_lines,
        notes=dict(notes or {}),
        include_notes=include_notes,
        made_on=made_on,
        pseudonym=pseudonym,
        own_marks=own_marks,
        plan=plan,
        talk_about=talk_about,
        include_talk_about=include_talk_about,
        next_meeting=next_meeting,
        space_to_write=space_to_write,
    )
    return render_handout(fmt, doc)


# The three formats, with `to_handout`'s arguments after the language.
to_handout_markdown = partial(to_handout, "md")
to_handout_html = partial(to_handout, "html")
to_handout_text = partial(to_handout, "txt")
