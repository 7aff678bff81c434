"""Exports: what they show, escaping, self-containment, notes only on request, 0600."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from netwerkcheck.cleantext import clean
from netwerkcheck.content.loader import Content, load_content
from netwerkcheck.engine.network import Network, Person
from netwerkcheck.report.export import (
    md_escape,
    network_picture,
    render,
    to_html,
    to_markdown,
    to_text,
    write_export,
)
from netwerkcheck.store import CheckRecord, new_record

FIXTURE = Path(__file__).parent.parent / "store" / "fixtures" / "content"
_SMALL: Content | None = None


@pytest.fixture
def small() -> Content:
    """A small content folder of our own, so these tests do not follow content edits."""
    global _SMALL
    if _SMALL is None:
        _SMALL = load_content(FIXTURE)
    return _SMALL


NASTY = (
    "<script>alert(1)</script> ![img](http://evil.example/x.png) [a](b) \x1b[31mred\x07 \u202eevil"
)


def make_record(text: str = "Vaker samen eten", **extra: object) -> CheckRecord:
    r = new_record("2026.11.0", "nl").with_answers(
        {
            "woonsituatie": "alleen",
            "bezigheden": ("werk", "vrijwilligerswerk"),
            "tevreden": "eerder_niet",
            "wens_verandering": "ja",
            "wat_mis_je": text,
            "netwerk": Network(
                people=(
                    Person(
                        name="Anna",
                        relation="friend",
                        circle="inner",
                        supports=frozenset({"company"}),
                        reciprocity="both",
                    ),
                )
            ),
        },
        current=None,
        finished=True,
    )
    return r.model_copy(update=extra) if extra else r


ALL = [to_markdown, to_text, to_html]


@pytest.mark.parametrize("fn", ALL)
def test_shows_answers_network_suggestions_reasons_and_help(fn: object, small: Content) -> None:
    assert callable(fn)
    out = " ".join(fn(make_record(), small, "nl").split())  # text wraps lines
    for expected in (
        "Met wie woon je?",
        "Alleen",
        "Vrijwilligerswerk",
        "Eerder niet",
        "Vaker samen eten",
        "Anna",
        "Vriend of vriendin",
        "Gezelschap",
        "Wat wil je anders?",  # the suggestion for wens_verandering = ja
        "Waarom je dit ziet",
        "Zou je iets willen veranderen aan je contacten?",  # its reason
        "Wie zou je in vertrouwen willen nemen?",  # a suggestion from the network
        "Wil je met iemand praten? Bel De Luisterlijn.",  # help.yaml closing line
        "088 0767 000",
    ):
        assert expected in out, (fn, expected)


@pytest.mark.parametrize("fn", ALL)
def test_english(fn: object, small: Content) -> None:
    assert callable(fn)
    out = fn(make_record(), small, "en")
    for expected in ("Who do you live with?", "On my own", "Volunteering", "Friend", "Help"):
        assert expected in out


def test_contented_and_skipped(small: Content) -> None:
    r = make_record().with_answers(
        {"tevreden": "helemaal_wel", "wens_verandering": "nee"},
        current=None,
        skipped=["woonsituatie"],
    )
    out = to_text(r, small, "nl")
    assert "(overgeslagen)" in out
    assert "tevreden" in out and "Tevreden is goed" in out


def test_html_is_self_contained_and_prints_on_a4(small: Content) -> None:
    out = to_html(make_record(NASTY), small, "nl")
    assert "http://" not in out.replace("http://evil.example", "")  # only the escaped user text
    assert "https://" not in out
    assert 'src="//' not in out and "<link" not in out and "<img" not in out
    assert "@page" in out and "A4" in out and "<style>" in out
    assert "default-src 'none'" in out


def test_html_escapes_user_text_and_strips_control_characters(small: Content) -> None:
    out = to_html(make_record(NASTY), small, "nl")
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "red" in out and "[31m" not in out  # the escape sequence goes whole (#17)


def test_markdown_escapes_links_images_and_html(small: Content) -> None:
    out = to_markdown(make_record(NASTY), small, "nl")
    assert "![img](" not in out and "[a](b)" not in out and "<script>" not in out
    assert "\x1b" not in out
    assert md_escape("1. a\n- b") == "1\\. a\n\\- b"


def test_text_strips_terminal_escapes(small: Content) -> None:
    out = to_text(make_record(NASTY), small, "nl")
    assert "\x1b" not in out and "\x07" not in out
    assert clean("a\tb\r\nc\x00") == "a b\nc"
    assert clean("Zoë 😀 مرحبا") == "Zoë 😀 مرحبا"


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_notes_and_client_only_when_asked(fmt: str, small: Content) -> None:
    r = make_record(notes={"tevreden": "PRIVATE-NOTE"}, client="CLIENT-X", talk_about=["tevreden"])
    plain = render(fmt, r, small, "nl")
    assert "PRIVATE-NOTE" not in plain and "CLIENT-X" not in plain
    assert "Om over te praten" in plain  # talk_about belongs to the handout
    full = render(fmt, r, small, "nl", include_notes=True)
    assert "PRIVATE-NOTE" in full and "CLIENT-X" in full


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_without_content_the_answers_still_show(fmt: str) -> None:
    out = render(fmt, make_record(), None, "nl").replace("\\", "")
    assert "wat_mis_je" in out and "Vaker samen eten" in out and "Anna" in out


def test_answer_to_an_unknown_option_shows_the_raw_value(small: Content) -> None:
    r = make_record().with_answers({"woonsituatie": "op_een_boot"}, current=None)
    assert "op_een_boot" in to_text(r, small, "nl")


def _fake_netmap(monkeypatch: pytest.MonkeyPatch, svg: str) -> None:
    """The drawing returns `svg` (whatever it is): what reaches the export is checked."""
    from netwerkcheck.report import netmap

    monkeypatch.setattr(netmap, "network_svg", lambda network, lang: svg)


def test_network_picture_is_inlined_without_namespace_url(
    monkeypatch: pytest.MonkeyPatch, small: Content
) -> None:
    _fake_netmap(
        monkeypatch,
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        '<circle r="4"/></svg>',
    )
    out = to_html(make_record(), small, "nl")
    assert '<svg viewBox="0 0 10 10"><circle r="4"/></svg>' in out
    assert "http" + "://" not in out


@pytest.mark.parametrize(
    "svg",
    [
        '<svg><image href="https://x.example/a.png"/></svg>',
        "<svg><script>alert(1)</script></svg>",
        '<svg><use href="//x.example/s.svg#a"/></svg>',
        '<svg><rect style="fill:url(http://x)"/></svg>',
        "not svg at all",
    ],
)
def test_unsafe_picture_is_left_out(
    monkeypatch: pytest.MonkeyPatch, small: Content, svg: str
) -> None:
    _fake_netmap(monkeypatch, svg)
    assert network_picture(make_record().engine_answers()["netwerk"], "nl") is None  # type: ignore[arg-type]
    out = to_html(make_record(), small, "nl")
    assert "<svg" not in out and "<script>" not in out


def test_failing_netmap_means_no_picture(monkeypatch: pytest.MonkeyPatch, small: Content) -> None:
    """A drawing that fails costs the picture, never the export (names stay in the list)."""
    from netwerkcheck.report import netmap

    def boom(network: object, lang: str) -> str:
        raise RuntimeError("bug")

    monkeypatch.setattr(netmap, "network_svg", boom)
    out = to_html(make_record(), small, "nl")
    assert "<svg" not in out and "Anna" in out


def test_write_export_is_atomic_and_private(tmp_path: Path, small: Content) -> None:
    path = tmp_path / "out" / "check.html"
    path.parent.mkdir()
    path.write_text("old")
    # replacing an existing file is asked for explicitly now (#17: never overwrite unasked)
    write_export(path, to_html(make_record(), small, "nl"), replace=True)
    assert path.read_text("utf-8").startswith("<!DOCTYPE html>")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in path.parent.iterdir()) == ["check.html"]


def test_help_contact_urls_lose_their_scheme(small: Content) -> None:
    out = to_html(make_record(), small, "nl")
    assert "www.deluisterlijn.nl" in out and "https" not in out


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_shipped_content_smoke(fmt: str, content: Content) -> None:
    """Every format renders with the real content; the HTML stays self-contained."""
    out = render(fmt, make_record(NASTY), content, "nl")
    assert "Met wie woon je?" in out and "Anna" in out
    if fmt == "html":
        assert "https://" not in out and 'src="//' not in out and "<script>" not in out
        assert out.count("http://") == out.count("http://evil.example")


def test_real_network_picture_is_inlined(small: Content) -> None:
    out = to_html(make_record(), small, "nl")
    assert "<svg" in out and "</svg>" in out
    assert "http://" not in out and "xmlns" not in out


def test_prose_joins_wrapped_lines() -> None:
    from netwerkcheck.report.export import prose

    assert prose("een\ntwee\n\ndrie\n") == "een twee\n\ndrie"
