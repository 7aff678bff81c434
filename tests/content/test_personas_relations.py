"""Relations offered by content (issue #11 item 4): the network question lists its relation
choices with conditions; the loader checks them with path:line:col; one engine function
decides what is offered, for the app's person dialog and plain mode alike; personas can
expect questions not asked and relations (not) offered."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from netwerkcheck.content.loader import Content, load_content
from netwerkcheck.editor.checkall import check_all
from netwerkcheck.engine.network import Network, Person
from netwerkcheck.engine.relations import offered_relations
from netwerkcheck.plain import run_plain

from .helpers import copy_mini, shipped_check

RELATIONS_YAML = """    relations:
      - value: family
        label: {nl: Familie, en: Family}
      - value: school
        label: {nl: Klasgenoot of school, en: Classmate or school}
        when: {question: leeftijd, is: onder_18}
      - value: colleague
        label: {nl: Werk of studie, en: Work or study}
"""


def _with_relations(tmp_path: Path, relations: str = RELATIONS_YAML) -> Path:
    root = copy_mini(tmp_path)
    path = root / "questions" / "02.yaml"
    path.write_text(path.read_text("utf-8") + relations, encoding="utf-8")
    return root


def _kinds(root: Path, answers: dict[str, object], keep: str | None = None) -> list[str]:
    content = load_content(root)
    return [o.kind for o in offered_relations(content, answers, "nl", keep)]  # type: ignore[arg-type]


def test_relations_follow_their_conditions(tmp_path: Path) -> None:
    root = _with_relations(tmp_path)
    assert _kinds(root, {"leeftijd": "onder_18"}) == ["family", "school", "colleague"]
    assert _kinds(root, {"leeftijd": "volwassen"}) == ["family", "colleague"]
    labels = [
        o.label for o in offered_relations(load_content(root), {"leeftijd": "onder_18"}, "en")
    ]
    assert labels == ["Family", "Classmate or school", "Work or study"]


def test_a_relation_someone_already_has_stays_offered(tmp_path: Path) -> None:
    """An old saved check with a classmate for an adult: editing keeps 'school' (last)."""
    root = _with_relations(tmp_path)
    assert _kinds(root, {"leeftijd": "volwassen"}, keep="school") == [
        "family",
        "colleague",
        "school",
    ]
    assert _kinds(root, {"leeftijd": "volwassen"}, keep="partner") == [
        "family",
        "colleague",
        "partner",
    ]


def test_without_a_list_every_kind_is_offered(tmp_path: Path) -> None:
    from netwerkcheck.engine.network import RELATIONS

    assert _kinds(copy_mini(tmp_path), {"leeftijd": "volwassen"}) == list(RELATIONS)


@pytest.mark.parametrize(
    ("relations", "line", "col", "words"),
    [
        (
            "    relations:\n      - value: klasgenoot\n        label: {nl: Klas, en: Class}\n",
            9,
            9,
            "onbekende soort relatie 'klasgenoot'",
        ),
        (
            "    relations:\n      - value: school\n        label: {nl: Klas, en: Class}\n"
            "        when: {question: netwerk, answered: true}\n",
            11,
            16,
            "komt pas later",
        ),
        (
            "    relations:\n      - value: school\n        label: {nl: Klas, en: Class}\n"
            "      - value: school\n        label: {nl: School, en: School}\n",
            11,
            9,
            "bestaat al",
        ),
        (
            "    relations:\n      - value: school\n        label: {nl: Klas, en: Class}\n"
            "        when: {question: leeftijd, is: tiener}\n",
            11,
            36,
            "geen antwoord 'tiener'",
        ),
    ],
    ids=["unknown-kind", "later-question", "twice", "unknown-value"],
)
def test_wrong_relations_are_errors_with_a_place(
    tmp_path: Path, relations: str, line: int, col: int, words: str
) -> None:
    root = _with_relations(tmp_path, relations)
    errors = check_all(root).errors
    assert [(p.path.endswith("02.yaml"), p.line, p.col) for p in errors] == [(True, line, col)], [
        p.format() for p in errors
    ]
    assert words in errors[0].message


def test_persona_expectations_for_questions_and_relations(tmp_path: Path) -> None:
    root = _with_relations(tmp_path)
    (root / "personas" / "tiener.yaml").write_text(
        "# yaml-language-server: $schema=../schema/personas.schema.json\n"
        "name: tiener\n"
        "description: {nl: Test., en: Test.}\n"
        "answers:\n"
        "  leeftijd: onder_18\n"
        "  wens_verandering: ja\n"
        "expect:\n"
        "  not_asked: [wat_mis_je, bezigheden]\n"
        "  relations: [school, partner]\n"
        "  no_relations: [family, klasgenoot]\n",
        encoding="utf-8",
    )
    errors = [p for p in check_all(root).errors if p.path.endswith("tiener.yaml")]
    found = {(p.line, p.col): p.message for p in errors}
    assert set(found) == {(8, 15), (8, 27), (9, 23), (10, 18), (10, 26)}, found
    assert "wat_mis_je" in found[(8, 15)] and "not_asked" in found[(8, 15)]
    assert "'partner'" in found[(9, 23)] and "niet kiezen" in found[(9, 23)]
    assert "'family'" in found[(10, 18)] and "no_relations" in found[(10, 18)]
    assert "onbekende soort relatie 'klasgenoot'" in found[(10, 26)]


# --- the shipped content: a 15-year-old and a student -------------------------------------


def test_shipped_teenager_is_offered_school_and_adults_are_not(content: Content) -> None:
    teen = [o.kind for o in offered_relations(content, {"leeftijd": "onder_18"}, "nl")]
    adult = [o.kind for o in offered_relations(content, {"leeftijd": "18_29"}, "nl")]
    unknown = [o.kind for o in offered_relations(content, {}, "nl")]
    assert "school" in teen and "school" not in adult and "school" in unknown
    assert {"family", "friend", "colleague", "club"} <= set(teen) & set(adult)


def test_shipped_personas_for_teen_and_student_pass() -> None:
    result = shipped_check()
    assert not result.problems, [p.format() for p in result.problems]
    assert result.personas is not None
    by_name = {lp.persona.name: lp.persona for lp in result.personas.personas}
    teen, student = by_name["onder_18"].expect, by_name["student_verhuisd"].expect
    assert "gebeurtenissen" in teen.not_asked and "school" in teen.relations
    assert "school" in student.no_relations
    assert "vrienden_op_afstand" in student.includes


def test_plain_mode_offers_the_content_relations(tmp_path: Path) -> None:
    """Plain mode asks the engine: an adult gets no 'school' choice, a teenager does."""
    root = _with_relations(tmp_path)
    content = load_content(root)
    # name 'Bo', relation 2 (for an adult: Work or study), circle 1, no supports, no answer
    typed = "Bo\n2\n1\n\n\n\n"
    for age, expected, absent in (
        ("volwassen", "colleague", "Klasgenoot"),
        ("onder_18", "school", None),
    ):
        out = io.StringIO()
        saved: list[dict[str, object]] = []
        run_plain(
            content,
            None,
            "nl",
            True,
            io.StringIO(typed),
            out,
            answers={"leeftijd": age},
            current="netwerk",
            saver=lambda answers, *_, saved=saved: saved.append(dict(answers)),
        )
        text = out.getvalue()
        if absent:
            assert absent not in text
        else:
            assert "2. Klasgenoot of school" in text
        network = next(a["netwerk"] for a in reversed(saved) if "netwerk" in a)
        assert isinstance(network, Network)
        assert network.people == (Person(name="Bo", relation=expected, circle="inner"),)


def test_persona_naming_a_relation_it_is_not_offered_is_warned(tmp_path: Path) -> None:
    root = _with_relations(tmp_path)
    (root / "personas" / "volwassen.yaml").write_text(
        "# yaml-language-server: $schema=../schema/personas.schema.json\n"
        "name: volwassen\n"
        "description: {nl: Test., en: Test.}\n"
        "answers:\n"
        "  leeftijd: volwassen\n"
        "  netwerk:\n"
        "    - {name: Kim, relation: school, circle: outer}\n",
        encoding="utf-8",
    )
    result = check_all(root)
    warned = [p for p in result.warnings if p.path.endswith("volwassen.yaml")]
    assert [(p.line, "'school'" in p.message) for p in warned] == [(7, True)], warned
    assert not result.errors


def test_preview_lists_the_relations_a_persona_can_choose(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from .helpers import run_cli

    code, teen = run_cli(capsys, "content", "preview", "--persona", "onder_18")
    assert code == 0 and "Klasgenoot of school" in teen
    code, student = run_cli(capsys, "content", "preview", "--persona", "student_verhuisd")
    assert code == 0 and "Werk of studie" in student and "Klasgenoot" not in student
