"""The handout a counsellor gives the client: Markdown, or self-contained HTML to print.

The handout belongs to the client, so it holds only what the client said and chose:
the picture of their network, what they said matters to them, their own marks, the
ideas they chose to try with their own step, and where they can go; with their
pseudonym, the date, an optional next-meeting line, space to write, and page numbers
when printed (CSS @page counters). It never holds a scale score or band (this module
does not even accept one). The counsellor's 'to talk about' marks appear (apart, as
'om over te praten') only with `include_talk_about=True`, and the counsellor's
private notes only with `include_notes=True`.

All text from people (answers, notes, step lines, contact details) is cleaned of
control characters and escaped for the format. The HTML has no external references:
inline CSS, an inline SVG, and a Content-Security-Policy that forbids loading anything.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from netwerkcheck.cleantext import clean, one_line
from netwerkcheck.i18n import Lang, format_day, t

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


@dataclass(frozen=True)
class Handout:
    """Everything a handout can show, already in the client's language."""

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


_one_line = one_line


def _paragraphs(text: str) -> list[list[str]]:
    """Blank-line separated paragraphs, each a list of its non-empty lines."""
    out: list[list[str]] = []
    for block in re.split(r"\n\s*\n", clean(text).strip()):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            out.append(lines)
    return out


def _date_text(day: date, lang: Lang) -> str:
    return format_day(day, lang)


def usable_svg(svg: str | None) -> str | None:
    """The SVG to insert as it is, or None when it is empty or could load or run something.

    The picture is made by our own code; this is a second lock so a handout can never
    reach out to the internet or run a script, whatever is passed in.
    """
    if not svg:
        return None
    text = svg.strip()
    text = re.sub(r"^<\?xml[^>]*\?>\s*", "", text)
    text = re.sub(r"^<!DOCTYPE[^>]*>\s*", "", text, flags=re.IGNORECASE)
    if not text.lower().startswith("<svg") or not text.lower().endswith("</svg>"):
        return None
    lowered = text.lower()
    if any(bad in lowered for bad in ("<script", "javascript:", "<foreignobject", "@import")):
        return None
    # Attributes only (names typed by people are text between tags, already escaped).
    for tag in re.findall(r"<[^>]*>", lowered):
        if re.search(r"\son[a-z]+\s*=", tag):  # event handlers
            return None
        if re.search(r"(?:href|src)\s*=\s*(?:\"(?!#)|'(?!#)|(?![\"'#]))", tag):
            return None  # only links inside the picture itself (#id)
    if re.search(r"url\(\s*(?:\"(?!#)|'(?!#)|(?![\"'#]))", lowered):
        return None
    return text


# --- Markdown -------------------------------------------------------------------------------

_MD_ANYWHERE = re.compile(r"([\\`*_\[\]<>|~&])")
_MD_LINE_START = re.compile(r"^(\s*|\s*\d+)([#>+=-]|(?<=\d)[.)])")


def md_escape(text: str) -> str:
    """One line of user text as literal Markdown: no markup, no HTML, no links."""
    escaped = _MD_ANYWHERE.sub(r"\\\1", _one_line(text))
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def _md(h: Handout) -> str:
    lang = h.lang
    out: list[str] = [f"# {md_escape(t('handout.title', lang))}", ""]
    out += [md_escape(t("handout.intro", lang)), ""]
    if h.pseudonym and _one_line(h.pseudonym):
        out += [f"**{md_escape(t('handout.for', lang, name=h.pseudonym))}**", ""]
    if h.made_on is not None:
        out += [f"*{md_escape(t('handout.made_on', lang, date=_date_text(h.made_on, lang)))}*", ""]
    if _one_line(h.next_meeting):
        out += [f"**{md_escape(t('handout.next_meeting', lang, when=h.next_meeting))}**", ""]

    svg = usable_svg(h.network_svg)
    if svg is not None or h.network_lines:
        out += [f"## {md_escape(t('handout.network', lang))}", ""]
        if h.network_lines:
            out += [f"- {md_escape(line)}" for line in h.network_lines] + [""]
        if svg is not None:
            out += [md_escape(t("handout.network_in_html", lang)), ""]

    if h.matters:
        out += [f"## {md_escape(t('handout.matters', lang))}", ""]
        out += [f"- {md_escape(q)}  \n  **{md_escape(a)}**" for q, a in h.matters] + [""]

    if h.own_marks:
        out += [f"## {md_escape(t('handout.own_marks', lang))}", ""]
        out += [_md_qa(q, a) for q, a in h.own_marks] + [""]

    if h.plan:
        out += [f"## {md_escape(t('handout.plan', lang))}", ""]
        for title, text, step in h.plan:
            out += [f"### {md_escape(title)}", ""]
            for para in _paragraphs(text):
                out += [md_escape(" ".join(para)), ""]
            if _one_line(step):
                out += [f"**{md_escape(t('handout.step', lang, step=step))}**", ""]

    if h.suggestions:
        out += [f"## {md_escape(t('handout.suggestions', lang))}", ""]
        for title, text in h.suggestions:
            out += [f"### {md_escape(title)}", ""]
            for para in _paragraphs(text):
                out += [md_escape(" ".join(para)), ""]

    steps = [s for s in h.next_steps if _one_line(s)]
    if steps:
        out += [f"## {md_escape(t('handout.next_steps', lang))}", ""]
        out += [f"{i}. {md_escape(step)}" for i, step in enumerate(steps, 1)] + [""]

    if h.contacts:
        out += [f"## {md_escape(t('handout.contacts', lang))}", ""]
        out += [f"- **{md_escape(name)}**: {md_escape(how)}" for name, how in h.contacts] + [""]

    talk = h.shown_talk_about
    if talk:
        out += [f"## {md_escape(t('handout.talk_about', lang))}", ""]
        out += [_md_qa(q, a) for q, a in talk] + [""]

    notes = h.shown_notes
    if notes:
        out += [f"## {md_escape(t('handout.notes', lang))}", ""]
        for theme, text in notes:
            out += [f"### {md_escape(theme)}", ""]
            for para in _paragraphs(text):
                out += ["\\\n".join(md_escape(line) for line in para), ""]

    if h.space_to_write:
        out += [f"## {md_escape(t('handout.space', lang))}", ""]
        out += ["\\_" * 40 + "  " for _ in range(WRITE_LINES // 2)] + [""]

    out += ["---", "", f"*{md_escape(t('handout.footer', lang))}*", ""]
    return "\n".join(out)


def _md_qa(question: str, answer: str) -> str:
    if not _one_line(answer):
        return f"- {md_escape(question)}"
    return f"- {md_escape(question)}  \n  **{md_escape(answer)}**"


def to_handout_markdown(
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
    """The handout as Markdown. Markdown cannot hold the picture: when `network_svg` is
    given, a line points to the HTML version; `network_lines` (for example one line per
    circle) are listed as text in both formats."""
    return _md(
        Handout(
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
    )


# --- HTML -----------------------------------------------------------------------------------

_CSS = """
@page { size: A4; margin: 18mm 16mm 20mm;
  @bottom-right { content: "{page} " counter(page) " {of} " counter(pages); font-size: 9pt; color: #333; } }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Roboto, Arial, Helvetica, sans-serif; font-size: 12pt;
  line-height: 1.5; color: #111; background: #fff; max-width: 46em; margin: 0 auto; padding: 1.5em; }
h1 { font-size: 20pt; margin: 0 0 .3em; }
h2 { font-size: 15pt; margin: 1.4em 0 .4em; padding-bottom: .15em; border-bottom: 1.5px solid #555;
  break-after: avoid; page-break-after: avoid; }
h3 { font-size: 12.5pt; margin: 1em 0 .2em; break-after: avoid; page-break-after: avoid; }
p { margin: .3em 0 .6em; }
.intro { font-size: 13pt; }
.date { color: #333; font-style: italic; }
.network { margin: .5em 0; text-align: center; break-inside: avoid; page-break-inside: avoid; }
.network svg { max-width: 100%; height: auto; max-height: 150mm; }
dl.matters dt { margin-top: .6em; }
dl.matters dd { margin: .1em 0 0 1.2em; font-weight: bold; }
.idea, .note { break-inside: avoid; page-break-inside: avoid; }
ol.steps li, ul.contacts li { margin: .3em 0; }
.for { font-weight: bold; margin-bottom: 0; }
.meeting { font-weight: bold; border: 1.5px solid #555; padding: .3em .6em; display: inline-block; }
.step { font-weight: bold; }
.write { break-inside: avoid; page-break-inside: avoid; }
.write .line { border-bottom: 1px solid #777; height: 2.2em; }
footer { margin-top: 2em; padding-top: .5em; border-top: 1px solid #999; font-size: 10.5pt; color: #333; }
@media print { body { padding: 0; max-width: none; } }
""".strip()

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'"


def _e(text: str) -> str:
    return html.escape(_one_line(text), quote=True)


def _html_paragraphs(text: str) -> str:
    return "".join(
        "<p>" + "<br>".join(html.escape(line, quote=True) for line in para) + "</p>"
        for para in _paragraphs(text)
    )


def _html(h: Handout) -> str:
    lang = h.lang
    title = _e(t("handout.title", lang))
    body: list[str] = [f"<h1>{title}</h1>", f'<p class="intro">{_e(t("handout.intro", lang))}</p>']
    if h.pseudonym and _one_line(h.pseudonym):
        body.append(f'<p class="for">{_e(t("handout.for", lang, name=h.pseudonym))}</p>')
    if h.made_on is not None:
        made = t("handout.made_on", lang, date=_date_text(h.made_on, lang))
        body.append(f'<p class="date">{_e(made)}</p>')
    if _one_line(h.next_meeting):
        meeting = t("handout.next_meeting", lang, when=h.next_meeting)
        body.append(f'<p class="meeting">{_e(meeting)}</p>')

    svg = usable_svg(h.network_svg)
    if svg is not None or h.network_lines:
        body.append(f"<section><h2>{_e(t('handout.network', lang))}</h2>")
        if svg is not None:
            body.append(f'<figure class="network">{svg}</figure>')
        if h.network_lines:
            body.append("<ul>" + "".join(f"<li>{_e(x)}</li>" for x in h.network_lines) + "</ul>")
        body.append("</section>")

    if h.matters:
        body.append(f'<section><h2>{_e(t("handout.matters", lang))}</h2><dl class="matters">')
        body += [f"<dt>{_e(q)}</dt><dd>{_e(a)}</dd>" for q, a in h.matters]
        body.append("</dl></section>")

    if h.own_marks:
        body.append(f'<section><h2>{_e(t("handout.own_marks", lang))}</h2><dl class="matters">')
        body += [_html_qa(q, a) for q, a in h.own_marks]
        body.append("</dl></section>")

    if h.plan:
        body.append(f"<section><h2>{_e(t('handout.plan', lang))}</h2>")
        for title, text, step in h.plan:
            mine = (
                f'<p class="step">{_e(t("handout.step", lang, step=step))}</p>'
                if _one_line(step)
                else ""
            )
            body.append(
                f'<div class="idea"><h3>{_e(title)}</h3>{_html_paragraphs(text)}{mine}</div>'
            )
        body.append("</section>")

    if h.suggestions:
        body.append(f"<section><h2>{_e(t('handout.suggestions', lang))}</h2>")
        body += [
            f'<div class="idea"><h3>{_e(title)}</h3>{_html_paragraphs(text)}</div>'
            for title, text in h.suggestions
        ]
        body.append("</section>")

    steps = [s for s in h.next_steps if _one_line(s)]
    if steps:
        body.append(f'<section><h2>{_e(t("handout.next_steps", lang))}</h2><ol class="steps">')
        body += [f"<li>{_e(step)}</li>" for step in steps]
        body.append("</ol></section>")

    if h.contacts:
        body.append(f'<section><h2>{_e(t("handout.contacts", lang))}</h2><ul class="contacts">')
        body += [f"<li><strong>{_e(name)}</strong>: {_e(how)}</li>" for name, how in h.contacts]
        body.append("</ul></section>")

    talk = h.shown_talk_about
    if talk:
        body.append(f'<section><h2>{_e(t("handout.talk_about", lang))}</h2><dl class="matters">')
        body += [_html_qa(q, a) for q, a in talk]
        body.append("</dl></section>")

    notes = h.shown_notes
    if notes:
        body.append(f"<section><h2>{_e(t('handout.notes', lang))}</h2>")
        body += [
            f'<div class="note"><h3>{_e(theme)}</h3>{_html_paragraphs(text)}</div>'
            for theme, text in notes
        ]
        body.append("</section>")

    if h.space_to_write:
        lines = '<div class="line"></div>' * WRITE_LINES
        body.append(
            f'<section class="write"><h2>{_e(t("handout.space", lang))}</h2>{lines}</section>'
        )

    body.append(f"<footer><p>{_e(t('handout.footer', lang))}</p></footer>")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>\n{_css(lang)}\n</style>\n</head>\n"
        "<body>\n<main>\n" + "\n".join(body) + "\n</main>\n</body>\n</html>\n"
    )


def _html_qa(question: str, answer: str) -> str:
    return f"<dt>{_e(question)}</dt>" + (f"<dd>{_e(answer)}</dd>" if _one_line(answer) else "")


def _css(lang: Lang) -> str:
    """The style sheet, with the page numbers' words ('Pagina 1 van 2') in `lang`."""
    page = t("handout.page", lang).replace('"', "")
    of = t("handout.of", lang).replace('"', "")
    return _CSS.replace("{page}", page).replace("{of}", of)


def to_handout_html(
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
    """The handout as one self-contained HTML page that prints on A4.

    `network_svg` is inserted as it is (see `usable_svg` for the one check on it);
    `notes` (theme title -> text) appear only with `include_notes=True`.
    """
    return _html(
        Handout(
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
    )
