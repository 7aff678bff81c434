"""Two checks compared, in words: the overview first (people per circle then and now,
who moved, who is new or no longer named, ideas then and now), then the answers that
differ and the suggestions. Shared by the compare screen and its exports (Markdown,
plain text, self-contained HTML with both pictures).

Words, not scores: counts of the person's own people are said as facts ("toen 4
mensen, nu 6"), never as better or worse.
"""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass

from netwerkcheck import __version__
from netwerkcheck.cleantext import clean
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.compare import Comparison, PersonChange, compare
from netwerkcheck.engine.network import CIRCLES, Network, circle_label
from netwerkcheck.i18n import Lang, t, tn
from netwerkcheck.report.export import CSP, CSS, md_escape, network_picture
from netwerkcheck.report.plan import suggestion_title
from netwerkcheck.store.record import CheckRecord


def compare_records(
    content: Content, then: CheckRecord, now: CheckRecord, lang: Lang
) -> Comparison:
    """Compare two saved checks (the earlier one first), plans included."""
    return compare(
        content,
        then.engine_answers(),
        now.engine_answers(),
        lang,
        same_content=then.content_version == now.content_version,
        then_plan=tuple(i.suggestion for i in then.plan),
        now_plan=tuple(i.suggestion for i in now.plan),
    )


def people_count(n: int, lang: Lang) -> str:
    if n == 0:
        return t("ov.nobody", lang)
    return tn("row.people", n, lang)


def person_line(change: PersonChange, lang: Lang) -> str:
    if change.kind == "moved":
        assert change.then_circle is not None and change.now_circle is not None
        return t(
            "cmp.person.moved",
            lang,
            name=clean(change.name),
            then=circle_label(change.then_circle, lang).lower(),
            now=circle_label(change.now_circle, lang).lower(),
        )
    circle = change.now_circle if change.kind == "added" else change.then_circle
    assert circle is not None
    return t(
        f"cmp.person.{change.kind}",
        lang,
        name=clean(change.name),
        circle=circle_label(circle, lang).lower(),
    )


def overview_lines(r: Comparison, content: Content | None, lang: Lang) -> list[str]:
    """The overview, one fact per line."""
    out: list[str] = []
    for c in CIRCLES:
        a, b = r.circles_then.get(c, 0), r.circles_now.get(c, 0)
        name = circle_label(c, lang)
        if a == b:
            out.append(t("ov.circle_same", lang, circle=name, n=people_count(a, lang)))
        else:
            out.append(
                t(
                    "ov.circle",
                    lang,
                    circle=name,
                    then=people_count(a, lang),
                    now=people_count(b, lang),
                )
            )

    def who(change: PersonChange) -> str:
        text = " ".join(clean(change.name).split())
        if change.kind == "moved" and change.then_circle and change.now_circle:
            then = t(f"net.circle.{change.then_circle}.short", lang)
            now = t(f"net.circle.{change.now_circle}.short", lang)
            return f"{text} ({then} → {now})"
        return text

    groups = (("moved", "ov.moved"), ("added", "ov.added"), ("removed", "ov.removed"))
    for kind, key in groups:
        names = [who(p) for p in r.people_of(kind)]  # type: ignore[arg-type]
        if names:
            out.append(t(key, lang, names=", ".join(names)))
    if not r.people:
        out.append(t("ov.no_people_change", lang))

    def ideas(ids: tuple[str, ...]) -> str:
        return ", ".join(suggestion_title(content, i, lang) for i in ids) or t("ov.none", lang)

    out.append(t("ov.ideas_then", lang, ideas=ideas(r.ideas_then)))
    out.append(t("ov.ideas_now", lang, ideas=ideas(r.ideas_now)))
    return out


@dataclass(frozen=True)
class AnswerLine:
    question: str
    then: str
    now: str


def answer_lines(r: Comparison, lang: Lang) -> list[AnswerLine]:
    """The answers that differ, with 'niet gevraagd' for a question not asked that time."""
    out: list[AnswerLine] = []
    none = t("cmp.not_answered", lang)
    not_asked = t("cmp.not_asked", lang)
    for change in r.answers:
        question = (
            change.question
            if change.known
            else t("cmp.unknown_question", lang, id=change.question_id)
        )
        was = ", ".join(change.then) or (none if change.then_asked else not_asked)
        now = ", ".join(change.now) or (none if change.now_asked else not_asked)
        out.append(AnswerLine(clean(question), clean(was), clean(now)))
    return out


def suggestion_groups(r: Comparison, lang: Lang) -> list[tuple[str, list[str]]]:
    groups = (
        ("new", r.suggestions_new),
        ("gone", r.suggestions_gone),
        ("still", r.suggestions_still),
    )
    return [
        (t(f"cmp.sugg.{key}", lang), [s.title.get(lang).strip() for s in items])
        for key, items in groups
        if items
    ]


# --- exports ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompareDoc:
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


def build_doc(
    content: Content,
    then: CheckRecord,
    now: CheckRecord,
    lang: Lang,
    then_date: str,
    now_date: str,
) -> CompareDoc:
    r = compare_records(content, then, now, lang)
    other = (
        None
        if r.same_content
        else t("cmp.other_content", lang, then=then.content_version, now=now.content_version)
    )
    return CompareDoc(
        title=t("cmp.export_title", lang),
        intro=t("cmp.intro", lang, then=then_date, now=now_date),
        other_content=other,
        overview=overview_lines(r, content, lang),
        then_label=t("cmp.then", lang, date=then_date),
        now_label=t("cmp.now", lang, date=now_date),
        then_network=r.then_network,
        now_network=r.now_network,
        answers=answer_lines(r, lang),
        suggestions=suggestion_groups(r, lang),
        footer=t("export.footer", lang, app=__version__, content=now.content_version),
    )


def _people(network: Network | None, lang: Lang) -> list[str]:
    if network is None:
        return []
    return [f"{clean(p.name)} ({circle_label(p.circle, lang).lower()})" for p in network.people]


def doc_markdown(d: CompareDoc, lang: Lang) -> str:
    out = [f"# {md_escape(d.title)}", "", md_escape(d.intro), ""]
    if d.other_content:
        out += [md_escape(d.other_content), ""]
    out += [f"## {md_escape(t('ov.title', lang))}", ""]
    out += [f"- {md_escape(line)}" for line in d.overview] + [""]
    out += [f"## {md_escape(t('cmp.network', lang))}", ""]
    for label, network in ((d.then_label, d.then_network), (d.now_label, d.now_network)):
        names = _people(network, lang)
        listed = ", ".join(names) or t("ov.nobody", lang)
        out += [f"**{md_escape(label)}**: {md_escape(listed)}", ""]
    out += [f"## {md_escape(t('cmp.answers', lang))}", ""]
    if not d.answers:
        out += [md_escape(t("cmp.answers_same", lang)), ""]
    for a in d.answers:
        out.append(
            f"- **{md_escape(a.question)}**  \n  {md_escape(t('cmp.was', lang, answer=a.then))}"
            f"  \n  {md_escape(t('cmp.is', lang, answer=a.now))}"
        )
    out += ["", f"## {md_escape(t('cmp.suggestions', lang))}", ""]
    if not d.suggestions:
        out += [md_escape(t("cmp.sugg.none", lang)), ""]
    for head, titles in d.suggestions:
        out += [f"**{md_escape(head)}**", ""] + [f"- {md_escape(x)}" for x in titles] + [""]
    out += [md_escape(d.footer), ""]
    return "\n".join(out)


def _wrap(text: str, indent: str = "") -> list[str]:
    return textwrap.wrap(clean(text), 78, initial_indent=indent, subsequent_indent=indent) or [""]


def doc_text(d: CompareDoc, lang: Lang) -> str:
    out = [d.title, "=" * len(d.title), "", *_wrap(d.intro), ""]
    if d.other_content:
        out += [*_wrap(d.other_content), ""]

    def head(text: str) -> None:
        out.extend([text, "-" * len(text), ""])

    head(t("ov.title", lang))
    for line in d.overview:
        out += _wrap(f"* {line}")
    out.append("")
    head(t("cmp.network", lang))
    for label, network in ((d.then_label, d.then_network), (d.now_label, d.now_network)):
        names = ", ".join(_people(network, lang)) or t("ov.nobody", lang)
        out += [*_wrap(f"{label}: {names}"), ""]
    head(t("cmp.answers", lang))
    if not d.answers:
        out += [*_wrap(t("cmp.answers_same", lang)), ""]
    for a in d.answers:
        out += _wrap(a.question)
        out += _wrap(t("cmp.was", lang, answer=a.then), "    ")
        out += [*_wrap("→ " + t("cmp.is", lang, answer=a.now), "    "), ""]
    head(t("cmp.suggestions", lang))
    if not d.suggestions:
        out += [*_wrap(t("cmp.sugg.none", lang)), ""]
    for group, titles in d.suggestions:
        out += [group] + [line for x in titles for line in _wrap(f"- {x}", "  ")] + [""]
    out += [*_wrap(d.footer), ""]
    return "\n".join(out)


def _h(text: str) -> str:
    return html.escape(clean(text), quote=True)


def doc_html(d: CompareDoc, lang: Lang) -> str:
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_h(d.title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{_h(d.title)}</h1>",
        f'<p class="meta">{_h(d.intro)}</p>',
    ]
    if d.other_content:
        out.append(f'<p class="meta">{_h(d.other_content)}</p>')
    out.append(f'<section class="box"><h2>{_h(t("ov.title", lang))}</h2><ul>')
    out += [f"<li>{_h(line)}</li>" for line in d.overview]
    out.append("</ul></section>")
    out.append(f"<h2>{_h(t('cmp.network', lang))}</h2>")
    for label, network in ((d.then_label, d.then_network), (d.now_label, d.now_network)):
        out.append(f'<section class="box"><h3>{_h(label)}</h3>')
        if network is None or not network.people:
            out.append(f"<p>{_h(t('net.empty_warm', lang))}</p>")
        else:
            picture = network_picture(network, lang)
            if picture:
                out.append(f'<figure role="img" aria-label="{_h(label)}">{picture}</figure>')
        out.append("</section>")
    out.append(f'<section class="later"><h2>{_h(t("cmp.answers", lang))}</h2>')
    if not d.answers:
        out.append(f"<p>{_h(t('cmp.answers_same', lang))}</p>")
    else:
        out.append('<dl class="answers">')
        for a in d.answers:
            out.append(
                f"<div><dt>{_h(a.question)}</dt><dd>{_h(t('cmp.was', lang, answer=a.then))}"
                f"<br>→ {_h(t('cmp.is', lang, answer=a.now))}</dd></div>"
            )
        out.append("</dl>")
    out.append(f"<h2>{_h(t('cmp.suggestions', lang))}</h2>")
    if not d.suggestions:
        out.append(f"<p>{_h(t('cmp.sugg.none', lang))}</p>")
    for group, titles in d.suggestions:
        out.append(f'<div class="box"><h3>{_h(group)}</h3><ul>')
        out += [f"<li>{_h(x)}</li>" for x in titles]
        out.append("</ul></div>")
    out += ["</section>", f"<footer><p>{_h(d.footer)}</p></footer>", "</body>", "</html>", ""]
    return "\n".join(out)


def render_compare(
    fmt: str,
    content: Content,
    then: CheckRecord,
    now: CheckRecord,
    lang: Lang,
    then_date: str,
    now_date: str,
) -> str:
    """The comparison in one of 'md', 'html', 'txt'."""
    d = build_doc(content, then, now, lang, then_date, now_date)
    if fmt == "md":
        return doc_markdown(d, lang)
    if fmt == "txt":
        return doc_text(d, lang)
    return doc_html(d, lang)
