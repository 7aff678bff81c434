"""The client's handout: their own words, escaped; notes only when chosen; nothing external."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from html.parser import HTMLParser
from typing import Any

import pytest
from markupsafe import escape

from netwerkcheck.i18n import Lang, t
from netwerkcheck.report import handout
from netwerkcheck.report.handout import to_handout_html, to_handout_markdown, usable_svg

EVIL = '<script>alert("x")</script>'
SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'viewBox="0 0 10 10"><defs><radialGradient id="g"/></defs>'
    '<circle cx="5" cy="5" r="4" style="fill:url(#g)"/><text x="5" y="5">Anna &amp; Bas</text></svg>'
)
INLINE_SVG = re.sub(r' xmlns(?::xlink)?="[^"]*"', "", SVG)
"""SVG as the one picture check (shared with the check's export) inserts it: unchanged but
for the namespace declarations, which inline SVG in HTML does not need (they are URLs)."""


def _args(**extra: object) -> dict[str, Any]:
    args: dict[str, Any] = {
        "matters": [("Wat vind je belangrijk?", "Tijd met mijn kleinkinderen")],
        "suggestions": [
            ("Bel iemand op", "Misschien wil je deze week iemand bellen.\n\nGewoon even.")
        ],
        "next_steps": ["Zaterdag naar de wandelgroep", "  "],
        "contacts": [("De Luisterlijn", "bel 088 0767 000, dag en nacht")],
        "network_svg": SVG,
        "notes": {"Over jou": "Prive-notitie NOTE-MARKER over de cliënt"},
    }
    args.update(extra)
    return args


RENDERERS = [to_handout_markdown, to_handout_html]


@pytest.mark.parametrize("render", RENDERERS)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_notes_are_left_out_by_default(render: Callable[..., str], lang: Lang) -> None:
    out = render(lang, **_args())
    assert "NOTE-MARKER" not in out
    assert t("handout.notes", lang) not in out


@pytest.mark.parametrize("render", RENDERERS)
def test_notes_are_included_when_chosen(render: Callable[..., str]) -> None:
    out = render("nl", **_args(), include_notes=True)
    assert "NOTE-MARKER" in out
    assert t("handout.notes", "nl") in out
    assert "Over jou" in out


@pytest.mark.parametrize("render", RENDERERS)
def test_empty_notes_give_no_notes_section(render: Callable[..., str]) -> None:
    out = render("nl", **_args(notes={"Over jou": "  \n "}), include_notes=True)
    assert t("handout.notes", "nl") not in out


def _everywhere(text: str) -> dict[str, Any]:
    return {
        "matters": [(text, text)],
        "suggestions": [(text, text)],
        "next_steps": [text],
        "contacts": [(text, text)],
        "notes": {text: text},
        "network_lines": [text],
    }


def test_user_text_is_escaped_in_html() -> None:
    out = to_handout_html("nl", **_everywhere(EVIL), include_notes=True)
    assert "<script" not in out.lower()
    assert out.count("&lt;script&gt;") >= 9


def test_user_text_is_escaped_in_markdown() -> None:
    out = to_handout_markdown("nl", **_everywhere(EVIL), include_notes=True)
    assert "<script>" not in out
    assert out.count("\\<script\\>") >= 9


def test_markdown_markup_in_user_text_stays_literal() -> None:
    text = "# kop *vet* [link](x) 1. _a_ `code` | tabel"
    out = to_handout_markdown("en", next_steps=["- item", "1. first"], matters=[(text, text)])
    assert "\\# kop \\*vet\\* \\[link\\](x)" in out
    assert "1. \\- item" in out and "2. 1\\. first" in out


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs


def test_html_has_no_external_references() -> None:
    out = to_handout_html("nl", **_args(), include_notes=True)
    parser = _Tags()
    parser.feed(out)
    assert not {"script", "link", "img", "iframe", "object", "embed"} & set(parser.tags)
    for name, value in parser.attrs:
        if name in ("href", "src", "xlink:href", "action"):
            assert value is not None and value.startswith("#"), (name, value)
    assert not re.search(r"(?:href|src)\s*=\s*[\"']?\s*https?:", out, re.IGNORECASE)
    assert not re.search(r"url\(\s*[\"']?\s*(?:https?:|//)", out, re.IGNORECASE)
    assert "@import" not in out
    # The only http(s) strings are the SVG's XML namespaces, which load nothing.
    leftover = re.sub(r'xmlns(?::xlink)?="http://www\.w3\.org/[^"]*"', "", out)
    assert "http://" not in leftover and "https://" not in leftover


def test_no_http_at_all_without_a_picture() -> None:
    for render in RENDERERS:
        out = render("en", **_args(network_svg=None), include_notes=True)
        assert "http:" not in out and "https:" not in out and "//" not in out


def test_html_is_self_contained_and_prints_on_a4() -> None:
    out = to_handout_html("nl", **_args())
    assert out.startswith("<!DOCTYPE html>")
    assert '<html lang="nl">' in out
    assert "@page { size: A4" in out
    assert "Content-Security-Policy" in out and "default-src 'none'" in out
    assert INLINE_SVG in out  # inserted as it is, less its namespace URLs


def test_headings_in_both_languages() -> None:
    for lang in ("nl", "en"):
        out = to_handout_html(lang, **_args())
        for key in (
            "handout.title",
            "handout.matters",
            "handout.suggestions",
            "handout.next_steps",
            "sum.help",  # the places for help: the same words as in the check's export
            "export.network",  # the network: idem
        ):
            assert str(escape(t(key, lang))) in out, (lang, key)
    md = to_handout_markdown("en", **_args())
    assert "## What matters to you" in md and "## Your next steps" in md


def test_content_shows_up() -> None:
    md = to_handout_markdown("nl", **_args(), made_on=date(2026, 11, 3))
    assert "Tijd met mijn kleinkinderen" in md
    assert "### Bel iemand op" in md
    assert "1. Zaterdag naar de wandelgroep" in md
    assert "2." not in md  # the blank step is left out
    assert "**De Luisterlijn**: bel 088 0767 000, dag en nacht" in md
    assert "3 november 2026" in md
    assert t("handout.network_in_html", "nl") in md
    html = to_handout_html("en", **_args(), made_on=date(2026, 11, 3))
    assert "3 November 2026" in html
    assert "<p>Misschien wil je deze week iemand bellen.</p><p>Gewoon even.</p>" in html


def test_empty_sections_are_left_out() -> None:
    md = to_handout_markdown("nl")
    assert md.startswith("# " + t("handout.title", "nl"))
    for key in (
        "handout.matters",
        "handout.suggestions",
        "handout.next_steps",
        "handout.contacts",
        "handout.network",
    ):
        assert f"## {t(key, 'nl')}\n" not in md
    assert "<section>" not in to_handout_html("nl")


@pytest.mark.parametrize(
    "svg",
    [
        "<svg><script>alert(1)</script></svg>",
        '<svg><image href="https://example.org/x.png"/></svg>',
        '<svg><use xlink:href="http://example.org/s.svg#a"/></svg>',
        '<svg><rect onload="alert(1)"/></svg>',
        '<svg><rect style="fill:url(https://example.org/p)"/></svg>',
        "<svg><style>@import 'x.css';</style></svg>",
        "<svg><foreignObject><div>x</div></foreignObject></svg>",
        "<p>not a picture</p>",
        "",
    ],
)
def test_an_unsafe_picture_is_left_out(svg: str) -> None:
    assert usable_svg(svg) is None
    out = to_handout_html("nl", network_svg=svg)
    assert "example.org" not in out and "alert" not in out and "<svg" not in out


def test_safe_picture_with_xml_prolog_is_kept() -> None:
    assert usable_svg('<?xml version="1.0" encoding="UTF-8"?>\n' + SVG) == INLINE_SVG


def test_control_characters_are_removed() -> None:
    out = to_handout_markdown("nl", next_steps=["a\x1b[31mb\u202ec"])
    assert "\x1b" not in out and "\u202e" not in out and "abc" in out.replace("\\", "")


def test_scale_scores_cannot_reach_the_handout() -> None:
    """The handout is the client's: its functions take no scale result at all."""
    for render in RENDERERS:
        params = set(inspect.signature(render).parameters)
        assert not {p for p in params if "scale" in p or "score" in p or "band" in p}
    source = inspect.getsource(handout)
    assert "scale" not in source.replace("scale score", "").replace("initial-scale", "")


def test_handout_does_not_import_textual() -> None:
    code = "import sys, netwerkcheck.report.handout; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
