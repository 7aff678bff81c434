"""Exports of a saved check: Markdown, plain text and self-contained HTML.

Made only when the person asks. All three are rendered from one document
(report.document.check_doc) with the shared templates (report.render), so they say
the same things. User text is cleaned of control characters and escaped for the
format; HTML has no external references at all (inline CSS and SVG, a CSP that
forbids loading anything), and prints on A4.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from markupsafe import Markup

from netwerkcheck.cleantext import clean
from netwerkcheck.content.loader import Content
from netwerkcheck.i18n import Lang
from netwerkcheck.report.document import CheckDoc, Report, check_doc, prose
from netwerkcheck.report.render import (
    CSP,
    FORMATS,
    SUMMARY_END,
    WIDTH,
    Format,
    md_escape,
    network_picture,
    render_template,
)
from netwerkcheck.store.atomic import write_new_file
from netwerkcheck.store.record import CheckRecord

__all__ = [
    "CSP",
    "FORMATS",
    "SUMMARY_END",
    "WIDTH",
    "CheckDoc",
    "Report",
    "build_report",
    "clean",
    "md_escape",
    "network_picture",
    "prose",
    "render",
    "render_doc",
    "to_html",
    "to_markdown",
    "to_text",
    "write_export",
]

build_report = check_doc


def render_doc(fmt: Format, doc: CheckDoc) -> str:
    """A check's document in one of FORMATS."""
    picture = None
    if fmt == "html" and doc.network is not None and doc.people:
        svg = network_picture(doc.network, doc.lang)
        picture = Markup(svg) if svg else None
    return render_template(
        "check", fmt, r=doc, lang=doc.lang, title=doc.title, kind="check", picture=picture
    )


def _renderer(fmt: Format) -> Callable[..., str]:
    def to_format(
        record: CheckRecord, content: Content | None, lang: Lang, *, include_notes: bool = False
    ) -> str:
        return render_doc(fmt, check_doc(record, content, lang, include_notes=include_notes))

    to_format.__name__ = to_format.__qualname__ = {"md": "to_markdown", "html": "to_html"}.get(
        fmt, "to_text"
    )
    return to_format


to_markdown = _renderer("md")
to_text = _renderer("txt")
to_html = _renderer("html")
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
