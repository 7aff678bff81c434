"""The one-page summary: picture first, then marks and plan, then help; the answers
as an appendix. Everyone on the picture in every format; printed on one A4 page."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from netwerkcheck.content.loader import Content
from netwerkcheck.engine.network import CIRCLES, RELATIONS, SUPPORTS, Network, Person
from netwerkcheck.report.export import SUMMARY_END, render, to_html, to_markdown, to_text
from netwerkcheck.report.netmap import clean_name, numbering
from netwerkcheck.store import CheckRecord, new_record
from netwerkcheck.store.record import PlanItem
from tests.report.test_netmap import SVG_NS, person_shown, svg_people

NAMES = ["Anna", "Bram", "Cor", "Dewi", "Eva", "Fatima", "Gerrit", "Hans", "Ilse", "Jan"]
STEP = "Zaterdag met Anna wandelen, om tien uur bij de molen"


def network(n: int) -> Network:
    return Network(
        people=tuple(
            Person(
                name=f"{NAMES[i % 10]} {i}" if i >= 10 else NAMES[i],
                relation=RELATIONS[i % len(RELATIONS)],
                circle=CIRCLES[(i * 7) % 3],
                supports=frozenset(SUPPORTS[: i % 4]),
            )
            for i in range(n)
        )
    )


def record(content: Content, n: int) -> CheckRecord:
    sid = [s.id for s in content.suggestions]
    r = new_record(content.version, "nl").with_answers(
        {"netwerk": network(n), "leeftijd": "30_49", "tevreden": "eerder_niet"},
        current=None,
        finished=True,
    )
    return r.model_copy(
        update={
            "own_marks": ["tevreden", "leeftijd", f"suggestion:{sid[0]}"],
            "plan": [
                PlanItem(suggestion=sid[0], step=STEP),
                PlanItem(suggestion=sid[1]),
                PlanItem(suggestion=sid[2], step="Maandag de buurvrouw om hulp vragen"),
            ],
        }
    )


@pytest.mark.parametrize("n", [0, 5, 15, 40, 80])
def test_everyone_is_in_the_picture_of_every_export(n: int, content: Content) -> None:
    r = record(content, n)
    net = network(n)
    numbers = numbering(net)
    html = to_html(r, content, "nl")
    md = to_markdown(r, content, "nl")
    txt = to_text(r, content, "nl")
    if n == 0:
        for out in (html, md, txt):
            assert "Je hebt nu niemand genoemd" in " ".join(out.split())
        assert "<svg" not in html  # no empty rings
        return
    svg = html[html.index("<svg") : html.index("</svg>") + 6]
    shown = svg_people(svg.replace("<svg", f'<svg xmlns="{SVG_NS[1:-1]}"', 1))
    for index, p in enumerate(net.people):
        assert person_shown(shown, clean_name(p.name), numbers[index]), (n, p.name)
    assert "meer" not in svg
    # text and Markdown: the picture as text, with everyone on it by name or letter+number,
    # and a list that gives every name (with its number when the picture numbers people)
    for out in (md, txt):
        flat = out.replace("\\", "")
        for p in net.people:
            assert p.name in flat
        assert "+" not in "".join(line for line in flat.splitlines() if "meer" in line)


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_summary_order_picture_marks_plan_help_then_appendix(fmt: str, content: Content) -> None:
    out = " ".join(render(fmt, record(content, 5), content, "nl").split()).replace("\\", "")
    order = [
        "Je netwerk",
        "Hier wil ik over praten",
        "Wat ik wil proberen",
        "Hulp: waar je terecht kunt",
        "Suggesties",
        "Bijlage: al je antwoorden",
    ]
    at = [out.index(word) for word in order]
    assert at == sorted(at), at
    assert STEP in out and "nog geen stap opgeschreven" in out
    question = content.question("tevreden").text.get("nl").strip()
    assert question[:30] in out


def test_print_css_keeps_headings_with_text_and_boxes_whole(content: Content) -> None:
    html = to_html(record(content, 5), content, "nl")
    assert re.search(r"h1, h2, h3 \{[^}]*break-after: avoid", html)
    assert re.search(r"\.help \{[^}]*break-inside: avoid", html)
    assert re.search(r"\.suggestion, \.person, \.box[^{]*\{[^}]*break-inside: avoid", html)
    assert re.search(r"\.later \{[^}]*break-before: page", html)
    summary = html.split(SUMMARY_END)[0]
    assert "Bijlage" not in summary and "Suggesties" not in summary


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def print_pdf(html: str, tmp_path: Path, name: str) -> bytes:
    assert CHROMIUM is not None
    page = tmp_path / f"{name}.html"
    page.write_text(html, encoding="utf-8")
    pdf = tmp_path / f"{name}.pdf"
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return pdf.read_bytes()


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed: cannot print to PDF")
def test_summary_prints_on_one_a4_page_with_40_people(content: Content, tmp_path: Path) -> None:
    html = to_html(record(content, 40), content, "nl")
    summary = html.split(SUMMARY_END)[0] + "</body></html>"
    assert pdf_pages(print_pdf(summary, tmp_path, "summary")) == 1
    # the whole export: the summary page, then the rest on pages of their own
    assert pdf_pages(print_pdf(html, tmp_path, "full")) >= 2
