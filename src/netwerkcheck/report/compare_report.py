"""Two checks compared, in words: the overview first (people per circle then and now,
who moved, who is new or no longer named, ideas then and now), then the answers that
differ and the suggestions. Shared by the compare screen and its exports (Markdown,
plain text, self-contained HTML with both pictures).

Words, not scores: counts of the person's own people are said as facts ("toen 4
mensen, nu 6"), never as better or worse.
"""

from __future__ import annotations

from markupsafe import Markup

from netwerkcheck import __version__
from netwerkcheck.cleantext import clean
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.compare import Comparison, PersonChange, compare
from netwerkcheck.engine.network import CIRCLES, circle_label
from netwerkcheck.i18n import Lang, t
from netwerkcheck.report.document import AnswerLine, CompareDoc
from netwerkcheck.report.plan import suggestion_title
from netwerkcheck.report.render import Format, network_picture, render_template
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
    if n == 1:
        return t("row.person_one", lang)
    return t("row.people", lang, n=n)


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


def build_doc(
    content: Content, then: CheckRecord, now: CheckRecord, lang: Lang, dates: tuple[str, str]
) -> CompareDoc:
    """The comparison's document (report.document.CompareDoc), built once for every
    format; `dates` are the two checks' dates as shown."""
    then_date, now_date = dates
    r = compare_records(content, then, now, lang)
    other = (
        None
        if r.same_content
        else t("cmp.other_content", lang, then=then.content_version, now=now.content_version)
    )
    return CompareDoc(
        lang=lang,
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


def render_compare_doc(fmt: Format, d: CompareDoc) -> str:
    """A comparison's document in one of 'md', 'html', 'txt'."""
    pictures: list[Markup | None] = []
    if fmt == "html":
        for network in (d.then_network, d.now_network):
            svg = network_picture(network, d.lang) if network is not None else None
            pictures.append(Markup(svg) if svg else None)
    return render_template(
        "compare", fmt, d=d, lang=d.lang, title=d.title, kind="compare", pictures=pictures
    )


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
    chosen: Format = "md" if fmt == "md" else "txt" if fmt == "txt" else "html"
    return render_compare_doc(chosen, build_doc(content, then, now, lang, (then_date, now_date)))
