"""Scoring of the De Jong Gierveld scales, checked against the published rules.

The reference scoring below is written from domain.md section 4 by hand and shares
nothing with the content data or the engine: item numbers, directions, the neutral rule
and the band edges are hard-coded here, so a mistake in the YAML shows up as a failure.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from netwerkcheck.content.loader import default_content_dir
from netwerkcheck.content.models import Text
from netwerkcheck.content.problems import Problem
from netwerkcheck.content.scale_models import Scale, load_scales, scale_json_schema
from netwerkcheck.content.yamlpos import Located, parse_yaml
from netwerkcheck.engine.scales import score
from netwerkcheck.i18n import Lang, t

# --- the published rules, independently -------------------------------------------------

NEE, MIN_OF_MEER, JA = "nee", "min_of_meer", "ja"
ANSWERS = (NEE, MIN_OF_MEER, JA)

DJG11_POSITIVE = {1, 4, 7, 8, 11}  # social loneliness, positively worded, reverse-scored
DJG11_NEGATIVE = {2, 3, 5, 6, 9, 10}  # emotional loneliness, negatively worded
DJG6_NEGATIVE = {3, 9, 10}  # emotional
DJG6_POSITIVE = {4, 7, 8}  # social


def reference_item(number: int, answer: str, positive: set[int], negative: set[int]) -> int:
    """Neutral counts 1 on every item; negative item: yes = 1; positive item: no = 1."""
    if answer == MIN_OF_MEER:
        return 1
    if number in negative:
        return 1 if answer == JA else 0
    assert number in positive
    return 1 if answer == NEE else 0


def reference_djg6_band(total: int) -> str:
    if total <= 1:
        return "not lonely"
    if total <= 4:
        return "moderately lonely"
    return "severely lonely"


def reference_djg11_band(total: int) -> str:
    if total <= 2:
        return "not lonely"
    if total <= 8:
        return "moderately lonely"
    if total <= 10:
        return "severely lonely"
    return "very severely lonely"


# --- fixtures ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scales() -> dict[str, Scale]:
    loaded, problems = load_scales(default_content_dir(), "nl")
    assert problems == []
    return {s.id: s for s in loaded}


def _by_number(scale: Scale) -> dict[int, str]:
    return {item.number: item.id for item in scale.items}


# --- shipped content ----------------------------------------------------------------------


def test_both_scales_ship_and_are_counsellor_only(scales: dict[str, Scale]) -> None:
    assert set(scales) == {"djg6", "djg11"}
    assert all(s.counsellor_only for s in scales.values())


def test_item_numbers_and_directions_match_the_published_scale(scales: dict[str, Scale]) -> None:
    djg11 = {i.number: i.direction for i in scales["djg11"].items}
    assert djg11 == {n: "positive" for n in DJG11_POSITIVE} | {
        n: "negative" for n in DJG11_NEGATIVE
    }
    djg6 = {i.number: i.direction for i in scales["djg6"].items}
    assert djg6 == {n: "positive" for n in DJG6_POSITIVE} | {n: "negative" for n in DJG6_NEGATIVE}


def test_the_six_items_have_the_same_wording_as_in_the_eleven(scales: dict[str, Scale]) -> None:
    eleven = {i.number: i.text for i in scales["djg11"].items}
    for item in scales["djg6"].items:
        assert item.text == eleven[item.number]


def test_every_pattern_of_the_six_item_scale(scales: dict[str, Scale]) -> None:
    scale = scales["djg6"]
    ids = _by_number(scale)
    numbers = sorted(DJG6_NEGATIVE | DJG6_POSITIVE)
    patterns = list(itertools.product(ANSWERS, repeat=len(numbers)))
    assert len(patterns) == 3**6
    for pattern in patterns:
        by_number = dict(zip(numbers, pattern, strict=True))
        points = {
            n: reference_item(n, a, DJG6_POSITIVE, DJG6_NEGATIVE) for n, a in by_number.items()
        }
        expected_total = sum(points.values())
        emotional = sum(points[n] for n in DJG6_NEGATIVE)
        social = sum(points[n] for n in DJG6_POSITIVE)

        result = score(scale, {ids[n]: a for n, a in by_number.items()})

        assert result.complete and result.answered == 6, pattern
        assert result.total == expected_total, pattern
        assert result.band is not None
        assert result.band.label.en.lower() == reference_djg6_band(expected_total), pattern
        emo, soc = result.subscales["emotioneel"], result.subscales["sociaal"]
        assert (emo.total, soc.total) == (emotional, social), pattern
        assert emo.band is not None and soc.band is not None
        assert emo.band.label.en == (
            "Not emotionally lonely" if emotional == 0 else "Emotionally lonely"
        )
        assert soc.band.label.en == ("Not socially lonely" if social == 0 else "Socially lonely")


def _djg11_answers(scale: Scale, lonely: int) -> dict[str, str]:
    """Exactly `lonely` items answered on the lonely side (never the neutral answer)."""
    ids = _by_number(scale)
    out: dict[str, str] = {}
    for k, number in enumerate(range(1, 12)):
        lonely_side = k < lonely
        if number in DJG11_NEGATIVE:
            out[ids[number]] = JA if lonely_side else NEE
        else:
            out[ids[number]] = NEE if lonely_side else JA
    return out


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (0, "not lonely"),
        (2, "not lonely"),
        (3, "moderately lonely"),
        (8, "moderately lonely"),
        (9, "severely lonely"),
        (10, "severely lonely"),
        (11, "very severely lonely"),
    ],
)
def test_band_edges_of_the_eleven_item_scale(
    scales: dict[str, Scale], total: int, band: str
) -> None:
    scale = scales["djg11"]
    answers = _djg11_answers(scale, total)
    ids = _by_number(scale)
    expected = sum(
        reference_item(n, answers[ids[n]], DJG11_POSITIVE, DJG11_NEGATIVE) for n in range(1, 12)
    )
    assert expected == total  # the construction itself is right
    result = score(scale, answers)
    assert result.total == total
    assert result.band is not None
    assert result.band.label.en.lower() == band == reference_djg11_band(total)


def test_neutral_answer_counts_on_every_item_of_the_eleven(scales: dict[str, Scale]) -> None:
    scale = scales["djg11"]
    result = score(scale, {item.id: MIN_OF_MEER for item in scale.items})
    assert result.total == 11
    assert result.band is not None and result.band.label.nl == "Zeer ernstig eenzaam"


def test_eleven_item_subscales_are_scored_but_never_labelled(scales: dict[str, Scale]) -> None:
    scale = scales["djg11"]
    for sub in scale.subscales:
        assert sub.bands == []
    answers = _djg11_answers(scale, 11)
    result = score(scale, answers)
    assert result.subscales["emotioneel"].total == len(DJG11_NEGATIVE)
    assert result.subscales["sociaal"].total == len(DJG11_POSITIVE)
    assert all(s.complete and s.band is None for s in result.subscales.values())


# --- incomplete and odd answers ---------------------------------------------------------


def test_incomplete_answers_give_no_band(scales: dict[str, Scale]) -> None:
    scale = scales["djg6"]
    answers: dict[str, str | None] = {item.id: JA for item in scale.items}
    answers[scale.items[0].id] = None
    result = score(scale, answers)
    assert not result.complete
    assert result.answered == 5
    assert result.band is None
    assert result.total == sum(result.item_scores.values())


def test_empty_answers(scales: dict[str, Scale]) -> None:
    result = score(scales["djg11"], {})
    assert (result.total, result.answered, result.complete, result.band) == (0, 0, False, None)
    assert all(s.band is None and s.total == 0 for s in result.subscales.values())


def test_unknown_values_and_items_are_not_counted(scales: dict[str, Scale]) -> None:
    scale = scales["djg6"]
    answers = {item.id: NEE for item in scale.items}
    answers[_by_number(scale)[3]] = "ja!"  # five-point form, not an option here
    answers["item_99"] = JA
    result = score(scale, answers)
    assert result.answered == 5
    assert result.band is None


def test_a_complete_subscale_gets_its_band_when_the_scale_is_incomplete(
    scales: dict[str, Scale],
) -> None:
    scale = scales["djg6"]
    ids = _by_number(scale)
    result = score(scale, {ids[3]: JA, ids[9]: NEE, ids[10]: NEE})
    assert result.band is None
    emo = result.subscales["emotioneel"]
    assert emo.complete and emo.total == 1
    assert emo.band is not None and emo.band.label.en == "Emotionally lonely"
    assert result.subscales["sociaal"].band is None


# --- texts --------------------------------------------------------------------------------


def _texts(node: Any, path: str = "") -> list[tuple[str, Text]]:
    found: list[tuple[str, Text]] = []
    if isinstance(node, Text):
        return [(path, node)]
    if isinstance(node, BaseModel):
        for name in type(node).model_fields:
            found += _texts(getattr(node, name), f"{path}.{name}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _texts(value, f"{path}[{i}]")
    return found


def test_every_text_has_both_languages(scales: dict[str, Scale]) -> None:
    for scale in scales.values():
        texts = _texts(scale)
        assert len(texts) > 20
        for path, text in texts:
            assert text.nl.strip() and text.en.strip(), (scale.id, path)
        assert scale.citation.nl.strip() and scale.not_a_diagnosis.en.strip()


def test_citations_name_the_required_sources(scales: dict[str, Scale]) -> None:
    assert "Kamphuis" in scales["djg11"].citation.nl and "1985" in scales["djg11"].citation.en
    assert "Van Tilburg, T. G., & De Jong Gierveld, J. (1999)" in scales["djg11"].citation.en
    assert "2006" in scales["djg6"].citation.nl and "2006" in scales["djg6"].citation.en
    for scale in scales.values():
        assert "geen diagnose" in scale.not_a_diagnosis.nl
        assert "not a diagnosis" in scale.not_a_diagnosis.en


def test_intro_uses_je_form_and_the_lead_in(scales: dict[str, Scale]) -> None:
    for scale in scales.values():
        words = scale.intro.nl.replace(",", " ").replace(".", " ").split()
        assert "u" not in words and "je" in words
        assert "zoals je de laatste tijd bent" in " ".join(words)


def test_files_point_at_their_schema() -> None:
    for file in sorted((default_content_dir() / "scales").glob("*.yaml")):
        first = file.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schema/scale.schema.json", file


# --- validation ---------------------------------------------------------------------------

DJG6 = default_content_dir() / "scales" / "djg6.yaml"


def _data(text: str) -> Any:
    located = parse_yaml(text, "x.yaml", "nl")
    assert isinstance(located, Located)
    return located.data


def _load_variant(
    tmp_path: Path, old: str, new: str, lang: Lang = "nl"
) -> tuple[list[Scale], list[Problem]]:
    text = DJG6.read_text(encoding="utf-8")
    assert old in text
    folder = tmp_path / "content" / "scales"
    folder.mkdir(parents=True)
    (folder / "variant.yaml").write_text(text.replace(old, new, 1), encoding="utf-8")
    return load_scales(tmp_path / "content", lang)


GAP = ("  - min: 5\n    max: 6\n", "  - min: 6\n    max: 6\n")


def test_model_rejects_a_band_gap() -> None:
    data = _data(DJG6.read_text(encoding="utf-8").replace(*GAP))
    with pytest.raises(ValidationError) as info:
        Scale.model_validate(data)
    errors = info.value.errors()
    assert [e["type"] for e in errors] == ["scale_bands"]
    assert "5" in errors[0]["msg"] and "gap" in errors[0]["msg"]


def test_loader_reports_a_band_gap_at_the_bands_key(tmp_path: Path) -> None:
    scales, problems = _load_variant(tmp_path, *GAP)
    assert scales == []
    assert len(problems) == 1
    text = DJG6.read_text(encoding="utf-8").splitlines()
    assert problems[0].line == text.index("bands:") + 1
    assert problems[0].message == t("scale.err.band_gap", "nl", scores="5", top=6)


def test_loader_reports_a_band_overlap(tmp_path: Path) -> None:
    _, problems = _load_variant(tmp_path, "  - min: 5\n    max: 6\n", "  - min: 4\n    max: 6\n")
    assert [p.message for p in problems] == [t("scale.err.band_overlap", "nl", scores="4", top=6)]


def test_loader_reports_a_band_beyond_the_highest_score(tmp_path: Path) -> None:
    _, problems = _load_variant(tmp_path, "  - min: 5\n    max: 6\n", "  - min: 5\n    max: 7\n")
    assert len(problems) == 1
    assert problems[0].message == t("scale.err.band_outside", "nl", min=5, max=7, top=6)


def test_subscale_band_gap_is_rejected(tmp_path: Path) -> None:
    _, problems = _load_variant(
        tmp_path, "      - min: 1\n        max: 3\n", "      - min: 2\n        max: 3\n"
    )
    assert [p.message for p in problems] == [t("scale.err.band_gap", "nl", scores="1", top=3)]


def test_counsellor_only_false_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        Scale.model_validate(
            _data(
                DJG6.read_text(encoding="utf-8").replace(
                    "counsellor_only: true", "counsellor_only: false"
                )
            )
        )
    assert [e["type"] for e in info.value.errors()] == ["scale_counsellor_only"]

    _, problems = _load_variant(tmp_path, "counsellor_only: true", "counsellor_only: false", "en")
    assert [p.message for p in problems] == [t("scale.err.counsellor_only", "en")]
    text = DJG6.read_text(encoding="utf-8").splitlines()
    assert problems[0].line == text.index("counsellor_only: true") + 1


def test_counsellor_only_is_required(tmp_path: Path) -> None:
    _, problems = _load_variant(tmp_path, "counsellor_only: true\n", "")
    assert [p.message for p in problems] == [t("err.missing", "nl", field="counsellor_only")]


def test_duplicate_item_number_is_rejected(tmp_path: Path) -> None:
    _, problems = _load_variant(tmp_path, "    number: 4\n", "    number: 3\n")
    assert [p.message for p in problems] == [t("scale.err.duplicate", "nl", value="3")]


def test_subscale_with_unknown_item_is_rejected(tmp_path: Path) -> None:
    _, problems = _load_variant(
        tmp_path, "items: [item_04, item_07, item_08]", "items: [item_04, item_07, item_01]"
    )
    assert [p.message for p in problems] == [t("scale.err.unknown_item", "nl", item="item_01")]


def test_scoring_with_unknown_value_is_rejected(tmp_path: Path) -> None:
    _, problems = _load_variant(
        tmp_path, "negative: [ja, min_of_meer]", "negative: [ja, misschien]"
    )
    assert [p.message for p in problems] == [t("scale.err.unknown_value", "nl", value="misschien")]


def test_generic_mistakes_keep_their_usual_message(tmp_path: Path) -> None:
    _, problems = _load_variant(tmp_path, "    direction: positive\n", "    direction: postive\n")
    assert len(problems) == 1
    assert "positive" in problems[0].message and "negative" in problems[0].message


def test_duplicate_scale_id_across_files(tmp_path: Path) -> None:
    folder = tmp_path / "content" / "scales"
    folder.mkdir(parents=True)
    text = DJG6.read_text(encoding="utf-8")
    (folder / "a.yaml").write_text(text, encoding="utf-8")
    (folder / "b.yaml").write_text(text, encoding="utf-8")
    scales, problems = load_scales(tmp_path / "content", "nl")
    assert [s.id for s in scales] == ["djg6"]
    assert len(problems) == 1 and "djg6" in problems[0].message


def test_no_scales_folder_is_fine(tmp_path: Path) -> None:
    assert load_scales(tmp_path, "nl") == ([], [])


def test_broken_yaml_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    folder = tmp_path / "scales"
    folder.mkdir()
    (folder / "bad.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    scales, problems = load_scales(tmp_path, "en")
    assert scales == [] and len(problems) == 1


def test_json_schema_for_editors() -> None:
    schema = scale_json_schema()
    assert schema["properties"]["counsellor_only"]["const"] is True
    assert "counsellor_only" in schema["required"]
    assert set(schema["properties"]) >= {"items", "bands", "scoring", "citation", "not_a_diagnosis"}


def test_scoring_does_not_import_textual() -> None:
    code = "import sys, netwerkcheck.engine.scales; print('textual' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
