"""The network map drawing: shared polar layout, text picture and SVG."""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netwerkcheck.engine.network import (
    CIRCLES,
    RELATIONS,
    SUPPORTS,
    Network,
    Person,
    relation_code,
)
from netwerkcheck.report.netmap import (
    RING_EDGES,
    SVG_MIN_FONT,
    TextMap,
    cells,
    clean_name,
    fit,
    network_svg,
    numbering,
    polar_layout,
    svg_scale,
    text_map,
)

NASTY = [
    "[bold]x",
    "[/a]",
    "😀😀 Ölçü",
    "Een heel lange naam die echt niet past",
    "李小龙",
    "<b>&amp;",
]


def net(n: int, seed: int = 1, names: list[str] | None = None) -> Network:
    rnd = random.Random(seed)
    pool = names or ["Anna", "Bram", "Cor", "Dewi", *NASTY]
    return Network(
        people=tuple(
            Person(
                name=pool[i % len(pool)],
                relation=rnd.choice(RELATIONS),
                circle=rnd.choice(CIRCLES),
            )
            for i in range(n)
        )
    )


def accounted(network: Network, picture: TextMap, lang: Any = "nl") -> None:
    """Every person is placed (and visible as drawn) or counted in a summary."""
    assert len(picture.placed) + sum(picture.summarised.values()) == len(network.people)
    for index, (row, _col, shown) in picture.placed.items():
        line = picture.lines[row]
        assert shown in line
        assert shown.startswith(relation_code(network.people[index].relation, lang) + " ")
    for line in picture.lines:
        assert cells(line) == picture.width


SVG_NS = "{http://www.w3.org/2000/svg}"


def svg_people(svg: str) -> dict[str, list[str]]:
    """The texts of an SVG: 'who' (names on the map and legend lines), 'num' (markers)."""
    root = ET.fromstring(svg)
    out: dict[str, list[str]] = {"who": [], "num": []}
    for el in root.iter(f"{SVG_NS}text"):
        kind = el.get("class")
        if kind in out:
            out[kind].append("".join(el.itertext()))
    return out


def person_shown(shown: dict[str, list[str]], name: str, number: int) -> bool:
    """By full name on the map, or by number on the map with the full name in the legend."""
    if any(text == name or text.startswith(name + " ") for text in shown["who"]):
        return True
    in_legend = any(text.startswith(f"{number} ") and f" {name}" in text for text in shown["who"])
    return str(number) in shown["num"] and in_legend


def test_clean_name_and_fit() -> None:
    assert clean_name("a\x00b\u202ec\n d\ufe0f") == "abc d"
    assert clean_name("\x07") == "?"
    assert fit("😀😀 Ölçü", 4) == "😀…"
    assert cells(fit("李小龙李小龙", 7)) <= 7
    assert fit("kort", 10) == "kort"


def test_polar_layout_summarises_beyond_capacity() -> None:
    network = Network(
        people=tuple(Person(name=f"p{i}", relation="friend", circle="inner") for i in range(9))
    )
    slots = polar_layout(network, (4, 4, 4))
    assert len(slots) == 4
    assert [s.person for s in slots[:3]] == [0, 1, 2]
    assert slots[3].person is None and slots[3].more == 6
    assert all(0 < s.radius < RING_EDGES[0] for s in slots)


def test_polar_layout_groups_kinds_and_uses_the_circle() -> None:
    network = Network(
        people=(
            Person(name="a", relation="club", circle="outer"),
            Person(name="b", relation="partner", circle="outer"),
            Person(name="c", relation="family", circle="middle"),
        )
    )
    slots = polar_layout(network, (9, 9, 9))
    assert [(s.ring, s.person) for s in slots] == [(1, 2), (2, 1), (2, 0)]


def test_text_map_at_80x24_with_40_people_keeps_everyone() -> None:
    network = net(40)
    picture = text_map(network, 80, 24, "nl")
    accounted(network, picture)
    assert len(picture.lines) == 24
    assert any("P partner" in line for line in picture.lines[-3:])  # legend
    assert any("Ik" in line for line in picture.lines)


def test_text_map_crowded_circle_summarises_in_words() -> None:
    crowd = Network(
        people=tuple(
            Person(name=f"Persoon {i}", relation="family", circle="inner") for i in range(30)
        )
    )
    picture = text_map(crowd, 80, 24, "nl")
    accounted(crowd, picture)
    assert picture.summarised.get("inner", 0) > 0
    assert any("meer" in line for line in picture.lines)
    assert "more" in "".join(text_map(crowd, 80, 24, "en").lines)


def test_text_map_empty_is_kind_and_style_hints_match() -> None:
    picture = text_map(Network(), 60, 20, "nl")
    text = "\n".join(picture.lines)
    assert "Nog niemand genoemd" in text
    for row in range(picture.height):
        assert "".join(chunk for chunk, _ in picture.runs(row)) == picture.lines[row]
    one = Network(people=(Person(name="Mo", relation="neighbour", circle="inner"),))
    pic = text_map(one, 60, 20, "en")
    row, col, shown = pic.placed[0]
    assert shown == "N Mo"
    assert pic.styles[row][col] == "neighbour"


def test_names_are_shown_as_typed_not_as_markup() -> None:
    network = Network(
        people=tuple(
            Person(name=n, relation="friend", circle=c)
            for n, c in zip(["[bold]x", "[/a]", "😀😀 Ölçü"], CIRCLES, strict=True)
        )
    )
    text = "\n".join(text_map(network, 80, 24, "nl").lines)
    for name in ("V [bold]x", "V [/a]", "V 😀😀 Ölçü"):
        assert name in text


def test_svg_is_self_contained_escaped_and_has_shapes_and_legend() -> None:
    network = net(40)
    svg = network_svg(network, "nl")
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert "href" not in svg and "url(" not in svg and "<script" not in svg
    assert "&lt;b&gt;&amp;amp;" in svg
    assert "[bold]x" in svg
    texts = [el.text or "" for el in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "Ik" in texts
    assert "partner" in texts or "familie" in texts
    # shapes besides colour: more than one kind of element for people
    tags = {el.tag.split("}")[1] for el in root.iter()}
    assert {"polygon", "rect", "circle"} <= tags
    # an empty network: a short, warm text, not empty rings
    empty = network_svg(Network(), "en")
    assert "You have not named anyone right now" in empty
    assert "<circle" not in empty


names = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("[]/\\<>&\"'😀中ÖçЖ\u0301\u200d\ufe0f\x00\n\t")),
    ),
    min_size=1,
    max_size=40,
)
people = st.builds(
    Person,
    name=names,
    relation=st.sampled_from(RELATIONS),
    circle=st.sampled_from(CIRCLES),
    supports=st.frozensets(st.sampled_from(SUPPORTS)),
    reciprocity=st.sampled_from([None, "both", "i_give", "they_give"]),
)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # examples: the profile
@given(
    people=st.lists(people, max_size=60),
    size=st.sampled_from([(80, 24), (40, 16), (120, 40), (44, 14), (30, 10)]),
    lang=st.sampled_from(["nl", "en"]),
)
def test_any_network_renders_and_everyone_is_shown_or_counted(
    people: list[Person], size: tuple[int, int], lang: Any
) -> None:
    network = Network(people=tuple(people))
    picture = text_map(network, size[0], size[1], lang)
    assert len(picture.lines) == size[1]
    accounted(network, picture, lang)
    svg = network_svg(network, lang)
    ET.fromstring(svg)  # well-formed XML: names escaped, control characters gone
    shown = svg_people(svg)
    numbers = numbering(network)
    for index, person in enumerate(network.people):
        assert person_shown(shown, clean_name(person.name), numbers[index])


def test_netmap_and_reasons_do_not_import_textual() -> None:
    import subprocess
    import sys

    code = (
        "import sys, netwerkcheck.report.netmap, netwerkcheck.engine.reasons\n"
        "print(any(m == 'textual' or m.startswith('textual.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("n", [0, 5, 15, 40, 80])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_svg_draws_everyone_with_a_matching_legend_at_8pt(n: int, lang: Any) -> None:
    names = [f"Naam{i}" for i in range(n // 2)] + ["Een heel lange naam die echt niet past"]
    network = Network(
        people=tuple(
            Person(
                name=names[i % len(names)] if n > 15 else f"N{i}",
                relation=RELATIONS[i % len(RELATIONS)],
                circle=CIRCLES[i % 3] if n != 80 else "inner",
                supports=frozenset(SUPPORTS[: i % 5]),
            )
            for i in range(n)
        )
    )
    svg = network_svg(network, lang)
    root = ET.fromstring(svg)
    shown = svg_people(svg)
    numbers = numbering(network)
    for index, person in enumerate(network.people):
        assert person_shown(shown, clean_name(person.name), numbers[index]), person.name
    if shown["num"]:
        # numbered markers: one per person, and the legend has each number once
        assert sorted(int(x) for x in shown["num"]) == list(range(1, n + 1))
        legend_numbers = sorted(int(text.split(" ")[0]) for text in shown["who"])
        assert legend_numbers == list(range(1, n + 1))
    assert "meer" not in svg and "more" not in svg.replace("more than", "")
    # labels at least 8 pt on paper: font sizes in SVG units times points per unit
    width_mm = float(root.get("width", "").removesuffix("mm"))
    view_w = float(root.get("viewBox", "").split()[2])
    scale = width_mm / 25.4 * 72 / view_w
    assert scale == pytest.approx(svg_scale())
    sizes = [float(el.get("font-size", "0")) for el in root.iter(f"{SVG_NS}text")]
    assert sizes and min(sizes) * scale >= 8.0
    assert SVG_MIN_FONT >= 8.0
    if n == 0:
        assert "<circle" not in svg


def test_svg_marks_what_is_shared_with_signs_and_words() -> None:
    network = Network(
        people=(
            Person(name="Anna", relation="friend", circle="inner", supports=frozenset({"confide"})),
            Person(
                name="Bram",
                relation="family",
                circle="middle",
                supports=frozenset({"practical", "company"}),
            ),
        )
    )
    svg = network_svg(network, "nl")
    texts = ["".join(el.itertext()) for el in ET.fromstring(svg).iter(f"{SVG_NS}text")]
    assert "Anna ♥" in texts
    assert "Bram ☺✚" in texts
    legend = " ".join(texts)
    assert "♥ iemand om in vertrouwen te nemen" in legend
    assert "☺ gezelschap" in legend and "✚ praktische hulp" in legend


@pytest.mark.parametrize("name", ["0" * 23, "Wilhelminakanaaloeverbewoner", "Jan " + "x" * 36])
def test_a_name_split_over_legend_lines_reads_back_whole(name: str) -> None:
    """A name too long for a legend line is split, and the legend's text still holds the
    name itself: the split added a space inside it ('000…0 00'), so a screen reader read
    two names (found by the hypothesis test above)."""
    network = Network(
        people=tuple(Person(name=name, relation="friend", circle="inner") for _ in range(13))
    )
    svg = network_svg(network, "nl")
    shown = svg_people(svg)
    numbers = numbering(network)
    for index, person in enumerate(network.people):
        assert person_shown(shown, clean_name(person.name), numbers[index]), shown["who"][:3]
