"""Exports of a saved check: Markdown, plain text and self-contained HTML.

Made only when the person asks. All three are rendered from one `Report` built
from the record and the content, so they say the same things. User text (typed
answers, names) is cleaned of control characters and escaped for the format;
HTML has no external references at all (inline CSS and SVG, a CSP that forbids
loading anything), and prints on A4.
"""

from __future__ import annotations

import html
import importlib
import re
import textwrap
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
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
from netwerkcheck.i18n import Lang, t
from netwerkcheck.report.plan import MarkLine, PlanLine, own_mark_lines, plan_lines
from netwerkcheck.store.atomic import write_new_file
from netwerkcheck.store.record import CheckRecord, engine_answers

FORMATS = ("md", "html", "txt")


def prose(text: str) -> str:
    """Content prose from a YAML `|` block: lines of a paragraph joined, paragraphs
    kept apart by one blank line (so each format can wrap them its own way)."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


_one_line = one_line


# --- the report model --------------------------------------------------------------------


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


@dataclass(frozen=True)
class SuggestionItem:
    kind: str
    title: str
    text: str
    link: str | None
    reasons: tuple[str, ...]


@dataclass
class Report:
    """Everything an export shows, already in the chosen language (not yet escaped)."""

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
        name=_one_line(p.name),
        relation=relation_label(p.relation, lang),
        circle=circle_label(p.circle, lang),
        supports=tuple(support_label(x, lang) for x in sorted(p.supports)),
        reciprocity=reciprocity_label(p.reciprocity, lang) if p.reciprocity else None,
    )


def _strip_scheme(link: str) -> str:
    """Show a web address as text to type, not a reference a reader could load."""
    return re.sub(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://", "", link.strip())


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
    out += [[_strip_scheme(line) for line in contact_lines(c, lang)] for c in contacts]
    return out, bool(hits)


def build_report(
    record: CheckRecord,
    content: Content | None,
    lang: Lang,
    *,
    include_notes: bool = False,
) -> Report:
    """The report for a record. With content=None (content that does not load),
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
                        link=_strip_scheme(s.link) if s.link else None,
                        reasons=tuple(clean(r) for r in reason_lines(content, c.reasons, lang)),
                    )
                )

    meta = [t("export.made_on", lang, date=_local_date(record.created))]
    if include_notes and record.client:
        meta.append(t("export.for_client", lang, name=_one_line(record.client)))
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
        try:
            numbers = _netmap().numbering(network)
        except Exception:  # no picture module: the list stays in the order named
            numbers = None
    return Report(
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


def _person_line(p: PersonItem, lang: Lang) -> str:
    parts = [p.relation, p.circle]
    if p.supports:
        parts.append(t("export.gives", lang, supports=", ".join(p.supports)))
    if p.reciprocity:
        parts.append(p.reciprocity)
    return "; ".join(parts)


def _people_in_order(r: Report) -> list[tuple[str, PersonItem]]:
    """(number or '', person) in the picture's reading order when it numbers people,
    else in the order named."""
    if r.numbers is None:
        return [("", p) for p in r.people]
    order = sorted(range(len(r.people)), key=lambda i: r.numbers[i] if r.numbers else i)
    return [(f"{r.numbers[i]}.", r.people[i]) for i in order]


def _text_picture(r: Report, width: int) -> tuple[list[str], dict[int, int] | None]:
    """The picture as lines of text for Markdown and plain text: everyone on it, by name
    or by letter and number (the list under it gives the names)."""
    if r.network is None or not r.people:
        return [], None
    try:
        picture, numbers = _netmap().numbered_text_map(r.network, width, r.lang)
    except Exception:  # a picture is never worth losing the export
        return [], None
    return [line.rstrip() for line in picture.lines], numbers


def _netmap() -> Any:
    """The drawing module (shared with the UI), imported when a picture is drawn."""
    return importlib.import_module("netwerkcheck.report.netmap")


def _mark_text(m: MarkLine, lang: Lang) -> str:
    if m.answer:
        return f"{m.text} ({t('plan.answer', lang, answer=m.answer)})"
    return m.text


def _summary_blocks(r: Report) -> list[tuple[str, list[str]]]:
    """The summary's sections after the picture, as (heading, lines): what the person
    marked and chose, in their own words, then the counsellor's marks if any."""
    lang = r.lang
    talk = [_mark_text(m, lang) for m in r.own_marks]
    plan = []
    for item in r.plan:
        step = t("plan.step", lang, step=item.step) if item.step else t("plan.no_step", lang)
        plan.append(f"{item.title}\n{step}")
    out = [
        (t("plan.talk_title", lang), talk or [t("plan.talk_none", lang)]),
        (t("plan.try_title", lang), plan or [t("plan.try_none", lang)]),
    ]
    if r.talk_about:
        out.append((t("export.talk_about", lang), list(r.talk_about)))
    return out


# --- Markdown ----------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def md_escape(text: str) -> str:
    """Text that Markdown shows as typed: no links, images, HTML or emphasis."""
    escaped = _MD_SPECIAL.sub(r"\\\1", clean(text))
    # a line that starts with "1." or "-" must not become a list or a rule
    escaped = re.sub(r"(?m)^(\s*)(\d+)\.", r"\1\2\\.", escaped)
    return re.sub(r"(?m)^(\s*)([-=])", r"\1\\\2", escaped)


def _md_block(text: str, indent: str = "") -> str:
    lines = md_escape(text).split("\n")
    return ("  \n" + indent).join(lines)


def _md_fence(lines: list[str]) -> list[str]:
    """A code block that no line can close early."""
    fence = "````" if any(line.lstrip().startswith("```") for line in lines) else "```"
    return [fence + "text", *(clean(line).replace("\n", " ") for line in lines), fence]


def to_markdown(
    record: CheckRecord, content: Content | None, lang: Lang, *, include_notes: bool = False
) -> str:
    r = build_report(record, content, lang, include_notes=include_notes)
    out: list[str] = [f"# {md_escape(r.title)}", ""]
    out += [f"{md_escape(line)}  " for line in r.meta] + [""]
    md_help = [f"## {md_escape(t('sum.help', lang))}", ""]
    for block in r.help_lines:
        md_help += ["  \n".join(md_escape(line) for line in block), ""]
    if r.help_first:  # a help rule fired: its help comes first (issue #11)
        out += md_help
    # the summary: picture, what they marked and chose, where to go
    if r.network is not None:
        out += [f"## {md_escape(t('export.network', lang))}", ""]
        if not r.people:
            out += [md_escape(t("net.empty_warm", lang)), ""]
        else:
            picture, _ = _text_picture(r, 76)
            if picture:
                out += [*_md_fence(picture), ""]
            for number, p in _people_in_order(r):
                lead = f"{number} " if number else ""
                out.append(
                    f"- {md_escape(lead)}**{md_escape(p.name)}**: {md_escape(_person_line(p, lang))}"
                )
            out.append("")
    for heading, lines in _summary_blocks(r):
        out += [f"## {md_escape(heading)}", ""]
        out += [f"- {_md_block(line, '  ')}" for line in lines] + [""]
    if not r.help_first:
        out += md_help
    # then the suggestions with their reasons, notes, and the answers as an appendix
    out += _md_suggestions(r)
    if r.notes:
        out += [f"## {md_escape(t('export.notes', lang))}", ""]
        out += [f"- **{md_escape(q)}**: {_md_block(n, '  ')}" for q, n in r.notes] + [""]
    out += [f"## {md_escape(t('sum.appendix', lang))}", ""]
    for a in r.answers:
        if a.skipped:
            answer = md_escape(t("export.skipped", lang))
        elif a.is_network:
            answer = md_escape(t("export.see_network", lang))
        else:
            answer = ", ".join(_md_block(v, "  ") for v in a.answers)
        out.append(f"- **{md_escape(a.question)}**  \n  {answer}")
    out.append("")
    out += [f"*{md_escape(t('export.not_a_test', lang))}*  ", md_escape(r.footer), ""]
    return "\n".join(out)


def _md_suggestions(r: Report) -> list[str]:
    lang = r.lang
    out = [f"## {md_escape(t('export.suggestions', lang))}", ""]
    if r.contented:
        out += [md_escape(t("export.contented", lang)), ""]
    if not r.suggestions:
        out += [md_escape(t("export.no_suggestions", lang)), ""]
    for s in r.suggestions:
        out += [f"### {md_escape(s.title)}", "", f"*{md_escape(s.kind)}*", ""]
        out += [_md_block(s.text), ""]
        if s.link:
            out += [md_escape(t("results.link", lang, link=s.link)), ""]
        out += [f"{md_escape(t('export.why', lang))}:", ""]
        out += [f"- {md_escape(reason)}" for reason in s.reasons] + [""]
    return out


# --- plain text --------------------------------------------------------------------------

WIDTH = 78


def _wrap(text: str, indent: str = "") -> list[str]:
    out: list[str] = []
    for para in clean(text).split("\n"):
        out += textwrap.wrap(para, WIDTH, initial_indent=indent, subsequent_indent=indent) or [
            indent.rstrip()
        ]
    return out


def _heading(text: str, char: str) -> list[str]:
    return [text, char * min(len(text), WIDTH), ""]


def to_text(
    record: CheckRecord, content: Content | None, lang: Lang, *, include_notes: bool = False
) -> str:
    r = build_report(record, content, lang, include_notes=include_notes)
    out = _heading(r.title, "=") + [clean(line) for line in r.meta] + [""]
    text_help = _heading(t("sum.help", lang), "-")
    for block in r.help_lines:
        text_help += [line for text in block for line in _wrap(text)] + [""]
    if r.help_first:  # a help rule fired: its help comes first (issue #11)
        out += text_help
    if r.network is not None:
        out += _heading(t("export.network", lang), "-")
        if not r.people:
            out += [*_wrap(t("net.empty_warm", lang)), ""]
        else:
            picture, _ = _text_picture(r, WIDTH)
            if picture:
                out += [clean(line) for line in picture] + [""]
            for number, p in _people_in_order(r):
                lead = f"{number} " if number else "* "
                text = clean(f"{lead}{p.name}: {_person_line(p, lang)}")
                out += textwrap.wrap(text, WIDTH, subsequent_indent="    ")
            out.append("")
    for heading, lines in _summary_blocks(r):
        out += _heading(heading, "-")
        for line in lines:
            first, *rest = line.split("\n")
            out += _wrap(f"* {first}")
            for more in rest:
                out += _wrap(more, "  ")
        out.append("")
    if not r.help_first:
        out += text_help
    out += _heading(t("export.suggestions", lang), "-")
    if r.contented:
        out += [*_wrap(t("export.contented", lang)), ""]
    if not r.suggestions:
        out += [*_wrap(t("export.no_suggestions", lang)), ""]
    for s in r.suggestions:
        out += [f"{s.title} ({s.kind})"]
        out += _wrap(s.text, "    ")
        if s.link:
            out += _wrap(t("results.link", lang, link=s.link), "    ")
        out += _wrap(t("export.why", lang) + ":", "    ")
        for reason in s.reasons:
            out += _wrap(f"- {reason}", "      ")
        out.append("")
    if r.notes:
        out += _heading(t("export.notes", lang), "-")
        for q, n in r.notes:
            out += _wrap(q) + _wrap(n, "    ") + [""]
    out += _heading(t("sum.appendix", lang), "-")
    for a in r.answers:
        out += _wrap(a.question)
        if a.skipped:
            out += _wrap(t("export.skipped", lang), "    ")
        elif a.is_network:
            out += _wrap(t("export.see_network", lang), "    ")
        for v in a.answers:
            out += _wrap(v, "    ")
        out.append("")
    out += [*_wrap(t("export.not_a_test", lang)), *_wrap(r.footer), ""]
    return "\n".join(out)


# --- HTML --------------------------------------------------------------------------------

CSS = """
@page { size: A4; margin: 12mm 16mm; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  font-size: 10.5pt; line-height: 1.35; color: #111; background: #fff;
  max-width: 48em; margin: 0 auto; padding: 1em; }
h1 { font-size: 17pt; margin: 0 0 .1em; }
h2 { font-size: 12.5pt; margin: .7em 0 .25em; border-bottom: 1px solid #555; }
h3 { font-size: 11.5pt; margin: .8em 0 .2em; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
.meta { color: #333; margin: 0; }
dl.answers dt { font-weight: 600; margin-top: .5em; }
dl.answers dd { margin: .1em 0 0 1.2em; white-space: pre-wrap; }
.kind { font-style: italic; margin: 0; }
.why { font-size: 9.5pt; margin: .3em 0 0; }
.why ul { margin: .2em 0 0; }
.suggestion, .person, .box, dl.answers div, li { break-inside: avoid; page-break-inside: avoid; }
.box { margin: 0 0 .4em; }
.box ul, .box ol { margin: .2em 0; padding-left: 1.4em; }
.step { display: block; font-style: italic; }
.pair { display: grid; grid-template-columns: 1fr 1fr; column-gap: 1.4em; }
@media screen and (max-width: 40em) { .pair { display: block; } }
figure { margin: .4em 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; max-width: 100%; height: auto; }
.help { border: 2px solid #111; padding: .2em .8em; break-inside: avoid; page-break-inside: avoid;
  columns: 2; column-gap: 1.4em; font-size: 8.5pt; line-height: 1.22; }
.help p { margin: .25em 0 .45em; break-inside: avoid; page-break-inside: avoid; }
.later { break-before: page; page-break-before: always; }
.people { columns: 2; column-gap: 2em; padding-left: 1.4em; }
.people.numbered { list-style: none; padding-left: 0; }
footer { margin-top: 1.5em; font-size: 9pt; color: #333; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; }
  .help { columns: 3; column-gap: 1.1em; } }
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

SUMMARY_END = "<!-- end of summary -->"
"""Marks where the one-page summary ends in the HTML (the rest starts on a new page)."""


def h(text: str) -> str:
    """Escape text for HTML (quotes too) after removing control characters."""
    return html.escape(clean(text), quote=True)


def network_picture(network: Network, lang: Lang) -> str | None:
    """The network as inline SVG, from netwerkcheck.report.netmap.network_svg.

    The drawing lives in another module (shared with the UI); if it is not there,
    or fails, the export simply has no picture. The SVG is checked: anything that
    could load from elsewhere (a URL, a script) means no picture rather than a leak.
    """
    try:
        netmap: Any = importlib.import_module("netwerkcheck.report.netmap")
        svg = netmap.network_svg(network, lang)
    except ImportError:
        return None
    except Exception:  # a picture is never worth losing the export
        return None
    if not isinstance(svg, str) or "<svg" not in svg:
        return None
    svg = re.sub(r"<\?xml[^>]*\?>", "", svg)
    svg = re.sub(r"<!DOCTYPE[^>]*>", "", svg, flags=re.IGNORECASE)
    # inline SVG in HTML needs no namespace, and the namespace is a URL
    svg = re.sub(r"\s+xmlns(:[A-Za-z]+)?=\"[^\"]*\"", "", svg)
    lowered = svg.lower()
    if any(bad in lowered for bad in ("http:", "https:", "//", "<script", "javascript:", "data:")):
        return None
    # only references inside the picture itself (href="#id", url(#id)) are allowed
    if re.search(r"href\s*=\s*[\"'](?!#)|url\(\s*[\"']?(?!#)|@import", lowered):
        return None
    return svg.strip()


def _html_summary_blocks(r: Report) -> list[str]:
    """The marks and the plan side by side (they are short), the counsellor's below."""
    out: list[str] = ['<div class="pair">']
    for k, (heading, lines) in enumerate(_summary_blocks(r)):
        if k == 2:
            out.append("</div>")
        out.append(f'<section class="box"><h2>{h(heading)}</h2><ul>')
        for line in lines:
            first, *rest = line.split("\n")
            more = "".join(f'<span class="step">{h(x)}</span>' for x in rest)
            out.append(f"<li>{h(first)}{more}</li>")
        out.append("</ul></section>")
    if len(_summary_blocks(r)) <= 2:
        out.append("</div>")
    return out


def to_html(
    record: CheckRecord, content: Content | None, lang: Lang, *, include_notes: bool = False
) -> str:
    r = build_report(record, content, lang, include_notes=include_notes)
    html_help = [
        f'<section class="box"><h2>{h(t("sum.help", lang))}</h2>',
        '<div class="help">',
        *["<p>" + "<br>".join(h(line) for line in block) + "</p>" for block in r.help_lines],
        "</div></section>",
    ]
    out: list[str] = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{h(r.title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        '<main class="summary">',
        "<header>",
        f"<h1>{h(r.title)}</h1>",
        *[f'<p class="meta">{h(line)}</p>' for line in r.meta],
        "</header>",
        *(html_help if r.help_first else []),  # a help rule fired: its help first (#11)
    ]
    if r.network is not None:
        out.append(f'<section class="box"><h2>{h(t("export.network", lang))}</h2>')
        picture = network_picture(r.network, lang)
        if not r.people:
            out.append(f"<p>{h(t('net.empty_warm', lang))}</p>")
        elif picture:
            label = h(t("export.picture_label", lang))
            out.append(f'<figure role="img" aria-label="{label}">{picture}</figure>')
        out.append("</section>")
    out += _html_summary_blocks(r)
    out += [
        *([] if r.help_first else html_help),
        "</main>",
        SUMMARY_END,
        '<section class="later">',
    ]
    if r.people:
        out.append(f"<h2>{h(t('export.network', lang))}</h2>")
        out.append(f'<ul class="people{" numbered" if r.numbers else ""}">')
        for number, p in _people_in_order(r):
            lead = f"{h(number)} " if number else ""
            out.append(
                f'<li class="person">{lead}<strong>{h(p.name)}</strong>: '
                f"{h(_person_line(p, lang))}</li>"
            )
        out.append("</ul>")
    out.append(f"<h2>{h(t('export.suggestions', lang))}</h2>")
    if r.contented:
        out.append(f"<p>{h(t('export.contented', lang))}</p>")
    if not r.suggestions:
        out.append(f"<p>{h(t('export.no_suggestions', lang))}</p>")
    for s in r.suggestions:
        out += [
            '<section class="suggestion">',
            f"<h3>{h(s.title)}</h3>",
            f'<p class="kind">{h(s.kind)}</p>',
            *[f"<p>{h(para)}</p>" for para in s.text.split("\n\n")],
        ]
        if s.link:
            out.append(f"<p>{h(t('results.link', lang, link=s.link))}</p>")
        out.append(f'<div class="why">{h(t("export.why", lang))}:<ul>')
        out += [f"<li>{h(reason)}</li>" for reason in s.reasons]
        out += ["</ul></div>", "</section>"]
    if r.notes:
        out.append(f'<h2>{h(t("export.notes", lang))}</h2><dl class="answers">')
        out += [f"<div><dt>{h(q)}</dt><dd>{h(n)}</dd></div>" for q, n in r.notes]
        out.append("</dl>")
    out.append("</section>")
    out += [
        '<section class="later appendix">',
        f"<h2>{h(t('sum.appendix', lang))}</h2>",
        '<dl class="answers">',
    ]
    for a in r.answers:
        if a.skipped:
            answer = h(t("export.skipped", lang))
        elif a.is_network:
            answer = h(t("export.see_network", lang))
        else:
            answer = ", ".join(h(v) for v in a.answers)
        out.append(f"<div><dt>{h(a.question)}</dt><dd>{answer}</dd></div>")
    out += [
        "</dl>",
        "</section>",
        f"<footer><p>{h(t('export.not_a_test', lang))}</p><p>{h(r.footer)}</p></footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out)


RENDERERS = {"md": to_markdown, "html": to_html, "txt": to_text}


def render(
    fmt: str,
    record: CheckRecord,
    content: Content | None,
    lang: Lang,
    *,
    include_notes: bool = False,
) -> str:
    """Render in one of FORMATS ('md', 'html', 'txt')."""
    return RENDERERS[fmt](record, content, lang, include_notes=include_notes)


def write_export(path: Path, text: str, *, replace: bool = False) -> Path:
    """Write an export as a new regular file with mode 0600 (store.atomic.write_new_file).

    A FIFO, device or folder there is refused (NotAFile); an existing file is refused
    (FileExists) unless `replace=True`, which a front end passes only after asking.
    Raises SaveError subclasses with a plain message, never OSError.
    """
    target = Path(path).expanduser()
    return write_new_file(target, clean(text).encode("utf-8"), replace=replace)
