"""The one report pipeline: documents (report/document.py) rendered as Markdown, plain
text and self-contained HTML with the Jinja2 templates shipped in report/templates/.

Every value a template prints passes the one text cleaner (netwerkcheck.cleantext) on
its way out, in every format, so no control, escape or bidi character from typed or
stored text reaches a file. On top of that each format escapes for itself:

- HTML: Jinja2's autoescape (names like `<script>` show as text);
- Markdown: the same idea, by hand: every printed value is Markdown-escaped (`md_escape`)
  unless a template marks it as already safe (`|md_lines`, `|verbatim`);
- text: cleaned only.

Here too the few things every format shares once: the style sheet (templates/
report.css), the Content-Security-Policy, the SVG check (`safe_svg`) and the Markdown
escaper. No Textual here.
"""

from __future__ import annotations

import re
import textwrap
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

from markupsafe import Markup

from netwerkcheck.cleantext import clean, one_line
from netwerkcheck.engine.network import Network
from netwerkcheck.i18n import Lang, t
from netwerkcheck.report.document import paragraphs

if TYPE_CHECKING:
    from jinja2 import Environment

Format = Literal["md", "html", "txt"]
FORMATS: tuple[Format, ...] = ("md", "html", "txt")
WIDTH = 78
"""The width plain-text exports wrap at."""

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'"
"""One policy for every HTML export: nothing may be loaded, nothing sent."""

SUMMARY_END = "<!-- end of summary -->"
"""Marks where the one-page summary ends in the HTML (the rest starts on a new page)."""


# --- Markdown -------------------------------------------------------------------------------

_MD_ANYWHERE = re.compile(r"([\\`*_{}\[\]<>#+!|~&])")
_MD_LINE_START = re.compile(r"(?m)^(\s*|\s*\d+)([=-]|(?<=\d)[.)])")


def md_escape(text: str) -> str:
    """Text (newlines kept) that Markdown shows as typed: no links, images, HTML,
    emphasis, headings, lists or rules."""
    escaped = _MD_ANYWHERE.sub(r"\\\1", clean(text))
    # a line that starts with "1." or "-" must not become a list or a rule
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)


def md_lines(text: str, indent: str = "") -> Markup:
    """Escaped text whose lines stay lines (Markdown hard breaks), continued at `indent`."""
    return Markup(("  \n" + indent).join(md_escape(text).split("\n")))


def md_fence(lines: list[str]) -> Markup:
    """A code block that no line can close early."""
    fence = "````" if any(line.lstrip().startswith("```") for line in lines) else "```"
    body = [clean(line).replace("\n", " ") for line in lines]
    return Markup("\n".join([fence + "text", *body, fence]))


# --- plain text -----------------------------------------------------------------------------


def wrap(text: str, indent: str = "", hang: str | None = None, width: int = WIDTH) -> str:
    """Cleaned text wrapped at `width`, each paragraph (line) on its own, indented;
    `hang` indents the lines after the first of each paragraph."""
    out: list[str] = []
    for para in clean(text).split("\n"):
        out += textwrap.wrap(
            para,
            width,
            initial_indent=indent,
            subsequent_indent=indent if hang is None else hang,
        ) or [indent.rstrip()]
    return "\n".join(out)


def underline(text: str, char: str) -> str:
    """A plain-text heading: the text and a line under it."""
    text = one_line(text)
    return f"{text}\n{char * min(len(text), WIDTH)}"


# --- HTML: the picture, the style sheet -----------------------------------------------------

_BAD_ANYWHERE = ("<script", "javascript:", "<foreignobject", "@import", "image-set")
_BAD_IN_TAG = ("http:", "https:", "//", "data:")


def safe_svg(svg: str | None) -> str | None:
    """An SVG to insert in HTML as it is, or None when it is empty or could load or run
    anything. The one check of every picture (the drawing is our own code; this is a
    second lock). The XML prolog, doctype and namespace declarations go first (inline
    SVG in HTML needs none of them, and a namespace is a URL); then any script, event
    handler, link or `url()` that points outside the picture itself means no picture."""
    if not isinstance(svg, str):
        return None
    text = clean(svg).strip()
    text = re.sub(r"^<\?xml[^>]*\?>\s*", "", text)
    text = re.sub(r"^<!DOCTYPE[^>]*>\s*", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+xmlns(:[A-Za-z]+)?=\"[^\"]*\"", "", text)
    lowered = text.lower()
    if not lowered.startswith("<svg") or not lowered.endswith("</svg>"):
        return None
    if any(bad in lowered for bad in _BAD_ANYWHERE):
        return None
    styles = re.findall(r"<style[^>]*>(.*?)</style>", lowered, flags=re.DOTALL)
    for part in [*re.findall(r"<[^>]*>", lowered), *styles]:
        if any(bad in part for bad in _BAD_IN_TAG):
            return None
        if re.search(r"\son[a-z]+\s*=", part):  # event handlers
            return None
        if re.search(r"(?:href|src)\s*=\s*(?:\"(?!#)|'(?!#)|(?![\"'#]))", part):
            return None  # only links inside the picture itself (#id)
    if re.search(r"url\(\s*(?:\"(?!#)|'(?!#)|(?![\"'#]))", lowered):
        return None
    return text


def network_picture(network: Network, lang: Lang) -> str | None:
    """The network as inline SVG (netwerkcheck.report.netmap.network_svg, the drawing
    shared with the UI), through `safe_svg`. Imported here, when a picture is drawn. If
    drawing fails, the export simply has no picture: a picture is never worth losing the
    export."""
    from netwerkcheck.report.netmap import network_svg

    try:
        svg = network_svg(network, lang)
    except Exception:
        return None
    return safe_svg(svg)


def _css_words(text: str) -> str:
    """A word for inside a CSS string: letters, digits and spaces only."""
    return "".join(ch for ch in one_line(text) if ch.isalnum() or ch == " ")


def css(lang: Lang) -> str:
    """The one style sheet of every HTML export (page numbers' words in `lang`)."""
    text = (
        _environment("txt")
        .get_template("report.css")
        .render(page=_css_words(t("handout.page", lang)), of=_css_words(t("handout.of", lang)))
    )
    return text.strip()


# --- the environments -----------------------------------------------------------------------


def _verbatim(text: str) -> Markup:
    """Text the template has already made safe for its format (cleaned still)."""
    return Markup(clean(text))


def _finalize(fmt: Format) -> Any:
    def finalize(value: Any) -> Any:
        if isinstance(value, Markup):
            return value  # made safe on purpose by a filter above
        text = clean("" if value is None else str(value))
        return md_escape(text) if fmt == "md" else text

    return finalize


@cache
def _environment(fmt: Format) -> Environment:
    """The Jinja2 environment of one format (imported when the first export is made:
    the app's start does not pay for it)."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("netwerkcheck.report", "templates"),
        autoescape=fmt == "html",
        finalize=_finalize(fmt),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        clean=clean,
        one_line=one_line,
        md_lines=md_lines,
        md_fence=md_fence,
        wrap=wrap,
        underline=underline,
        verbatim=_verbatim,
    )
    env.globals.update(t=t, BR=Markup("  "), paragraphs=paragraphs)
    return env


def render_template(name: str, fmt: Format, **context: Any) -> str:
    """Render templates/`name`.`fmt`.j2 with the document in `context`."""
    if fmt == "html":
        lang = context["lang"]
        context = {**context, "css": Markup(css(lang)), "csp": CSP, "summary_end": SUMMARY_END}
    out = _environment(fmt).get_template(f"{name}.{fmt}.j2").render(**context)
    return out
