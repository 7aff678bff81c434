"""The one report pipeline: hostile text never reaches any export format (check,
compare, handout; md, html, txt), HTML autoescapes, and the check's export and the
handout use the same words for the same things."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markupsafe import escape

from netwerkcheck.content.loader import Content, load_content
from netwerkcheck.engine.network import Circle, Network, Person
from netwerkcheck.i18n import Lang, t
from netwerkcheck.report.compare_report import render_compare
from netwerkcheck.report.export import render
from netwerkcheck.report.handout import to_handout
from netwerkcheck.report.render import FORMATS, Format
from netwerkcheck.store import CheckRecord, new_record
from netwerkcheck.store.record import PlanItem

FIXTURE = Path(__file__).parent.parent / "store" / "fixtures" / "content"
_SMALL: list[Content] = []


def small() -> Content:
    """The small fixture content, loaded once (hypothesis runs many examples)."""
    if not _SMALL:
        _SMALL.append(load_content(FIXTURE))
    return _SMALL[0]


# --- hostile text -----------------------------------------------------------------------

SECRET = "PWNED"
"""Only ever inside an escape sequence: if it shows, a sequence was not removed whole."""
SEQUENCES = [
    "\x1b[31m",  # CSI: colour
    "\x1b[2J\x1b[H",  # CSI: clear screen, home
    "\x1b[?1049h",  # CSI with a private parameter
    f"\x1b]0;{SECRET}\x07",  # OSC: window title, ended by BEL
    f"\x1b]52;c;{SECRET}\x1b\\",  # OSC 52: clipboard write, ended by ST
    f"\x1b]8;;http://evil.example/{SECRET}\x1b\\",  # OSC 8: hyperlink
    f"\x1bP{SECRET}\x1b\\",  # DCS
    "\x9b31m",  # 8-bit CSI
    f"\x9d0;{SECRET}\x9c",  # 8-bit OSC ended by 8-bit ST
    "\x1bc",  # RIS: reset the terminal
]
BIDI = list("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
CONTROLS = [chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), 127, *range(128, 160))]
PLAIN = st.text(alphabet="abcZoë 😀مرحبا<>&\"'[]()*_`#|~!-=.1\\", min_size=0, max_size=8)
HOSTILE = st.lists(
    st.one_of(st.sampled_from(SEQUENCES), st.sampled_from(BIDI), st.sampled_from(CONTROLS), PLAIN),
    min_size=1,
    max_size=12,
).map("".join)


def assert_harmless(out: str, fmt: Format) -> None:
    bad = [
        f"U+{ord(ch):04X}"
        for ch in out
        if ch in BIDI or (unicodedata.category(ch) == "Cc" and ch != "\n")
    ]
    assert not bad, (fmt, bad)
    assert SECRET not in out, fmt  # sequences go whole, payload and all


def person(name: str, circle: Circle = "inner") -> Person:
    """A person as a hostile file could hold it: built without the model's own cleaning,
    so the exports' cleaning is what is tested."""
    return Person.model_construct(
        name=name, relation="friend", circle=circle, supports=frozenset(), reciprocity=None
    )


def hostile_record(content: Content, text: str, names: list[str]) -> CheckRecord:
    sid = [s.id for s in content.suggestions]
    r = new_record(content.version, "nl").with_answers(
        {"woonsituatie": "alleen", "wens_verandering": "ja", "wat_mis_je": "x"},
        current=None,
        finished=True,
    )
    network = Network.model_construct(people=tuple(person(n) for n in names))
    return r.model_copy(
        update={
            "answers": {**r.answers, "wat_mis_je": text, "netwerk": network},
            "client": text,
            "notes": {"tevreden": text},
            "talk_about": ["tevreden"],
            "own_marks": ["wat_mis_je", f"suggestion:{sid[0]}"],
            "plan": [PlanItem.model_construct(suggestion=sid[0], step=text)],
        }
    )


@given(text=HOSTILE, names=st.lists(HOSTILE, min_size=1, max_size=4))
def test_hostile_text_never_reaches_a_check_export(text: str, names: list[str]) -> None:
    record = hostile_record(small(), text, names)
    for fmt in FORMATS:
        assert_harmless(render(fmt, record, small(), "nl", include_notes=True), fmt)


@given(text=HOSTILE, names=st.lists(HOSTILE, min_size=1, max_size=3))
def test_hostile_text_never_reaches_a_compare_export(text: str, names: list[str]) -> None:
    then = hostile_record(small(), text, names)
    now = hostile_record(small(), text + "!", [*names[1:], "Anna"])
    for fmt in FORMATS:
        out = render_compare(fmt, small(), then, now, "nl", text, text)
        assert_harmless(out, fmt)


@given(text=HOSTILE)
def test_hostile_text_never_reaches_a_handout(text: str) -> None:
    for fmt in FORMATS:
        out = to_handout(
            fmt,
            "nl",
            matters=[(text, text)],
            suggestions=[(text, text)],
            next_steps=[text],
            contacts=[(text, text)],
            notes={text: text},
            include_notes=True,
            network_lines=[text],
            pseudonym=text,
            own_marks=[(text, text)],
            plan=[(text, text, text)],
            talk_about=[(text, text)],
            include_talk_about=True,
            next_meeting=text,
            network_svg=f"<svg><text>{escape(text)}</text></svg>",
        )
        assert_harmless(out, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_counsellors_handout_of_a_hostile_check_is_harmless(fmt: Format) -> None:
    from netwerkcheck.tui.counsellor.handout_data import handout_text

    nasty = "".join(SEQUENCES + BIDI + CONTROLS) + "<script>x</script>"
    record = hostile_record(small(), nasty, [nasty, "Anna" + nasty])
    out = handout_text(fmt, record, small(), "nl", include_notes=True, include_talk_about=True)
    assert_harmless(out, fmt)


# --- HTML autoescape ------------------------------------------------------------------------

SCRIPT = "<script>alert(1)</script>"


def test_a_name_like_a_script_shows_escaped_in_every_html() -> None:
    content = small()
    record = hostile_record(content, "tekst", [SCRIPT])
    then = hostile_record(content, "toen", ["Anna"])
    outs = {
        "check": render("html", record, content, "nl"),
        "compare": render_compare("html", content, then, record, "nl", "toen", "nu"),
        "handout": to_handout("html", "nl", pseudonym=SCRIPT, network_lines=[SCRIPT]),
    }
    for kind, out in outs.items():
        assert "<script" not in out.lower(), kind
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out, kind


def test_markdown_keeps_a_script_name_as_text() -> None:
    record = hostile_record(small(), "tekst", [SCRIPT])
    out = render("md", record, small(), "nl")
    assert "<script>" not in out and "\\<script\\>alert\\(1\\)" not in out
    assert "\\<script\\>alert(1)\\</script\\>" in out


def test_every_markdown_value_is_escaped_or_marked_safe() -> None:
    """The Markdown templates print values only through the environment's escaping:
    no template turns it off with a raw `|safe`."""
    folder = Path(__file__).parents[2] / "src" / "netwerkcheck" / "report" / "templates"
    for path in folder.glob("*.md.j2"):
        assert "|safe" not in path.read_text("utf-8").replace(" ", ""), path.name


# --- the same words for the same things -----------------------------------------------------

STEP = "Zaterdag met Anna wandelen"


def a_check(content: Content) -> CheckRecord:
    sid = [s.id for s in content.suggestions]
    r = new_record(content.version, "nl").with_answers(
        {
            "woonsituatie": "alleen",
            "tevreden": "eerder_niet",
            "wens_verandering": "ja",
            "netwerk": Network(people=(Person(name="Anna", relation="friend", circle="inner"),)),
        },
        current=None,
        finished=True,
    )
    return r.model_copy(
        update={
            "own_marks": ["tevreden"],
            "plan": [PlanItem(suggestion=sid[0], step=STEP)],
            "talk_about": ["tevreden"],
        }
    )


def headings(md: str) -> set[str]:
    return {
        line.lstrip("#").strip().replace("\\", "")
        for line in md.splitlines()
        if line.startswith("## ")
    }


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_export_and_handout_use_the_same_labels(lang: Lang) -> None:
    from netwerkcheck.tui.counsellor.handout_data import handout_text

    content = small()
    record = a_check(content)
    export = render("md", record, content, lang)
    handout = handout_text(
        "md", record, content, lang, include_talk_about=True, made_on=date(2026, 12, 1)
    )
    same = {
        t("export.network", lang),  # the picture of the network
        t("plan.talk_title", lang),  # what the person marked to talk about
        t("plan.try_title", lang),  # the ideas they chose to try
        t("sum.help", lang),  # where they can go
        t("export.talk_about", lang),  # the counsellor's marks
    }
    assert same <= headings(export), same - headings(export)
    assert same <= headings(handout), same - headings(handout)
    # the person's step, the idea's title and the circle say the same in both
    step = t("plan.step", lang, step=STEP)
    title = content.suggestions[0].title.get(lang).strip()
    circle = t("net.circle.inner", lang)
    for out in (export, handout):
        flat = " ".join(out.replace("\\", "").split())
        assert step in flat and title in flat and circle in flat
    # and no second word for any of them
    for key in ("handout.network", "handout.own_marks", "handout.plan", "handout.contacts"):
        assert t(key, lang) not in headings(handout) - same, key
    assert t("handout.step", lang, step=STEP) not in handout


def test_export_and_handout_share_one_style_and_policy() -> None:
    """HTML only: Markdown and text carry no style or policy."""
    from netwerkcheck.report.render import CSP, css

    export = render("html", a_check(small()), small(), "nl")
    handout = to_handout("html", "nl")
    for out in (export, handout):
        assert css("nl") in out and f'content="{CSP}"' in out


def test_a_typed_step_is_kept_through_the_one_cleaner() -> None:
    """The step enters the record through cleantext: an escape sequence goes whole
    (its own cleaner left '[31m' and the OSC payload behind), an emoji's joiner stays."""
    from netwerkcheck.report.plan import plan_step, set_plan_item

    record = new_record("v", "nl")
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert set_plan_item(record, "s", f"Bel \x1b[31mAnna\x1b]0;{SECRET}\x07 \u202e{family}")
    assert plan_step(record, "s") == f"Bel Anna {family}"
