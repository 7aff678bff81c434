"""Help rules: each shipped rule fires for its answer and not otherwise; urgent comes first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from netwerkcheck.content.help_models import HelpContent, load_help
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.engine.help import contact_lines, contacts_of, help_for, new_hits
from tests.plain.fixtures import SHIPPED_DIR, fixture_content


@pytest.fixture(scope="module")
def bundle() -> tuple[Content, HelpContent]:
    return fixture_content()


def _ids(bundle: tuple[Content, HelpContent], answers: dict[str, AnswerValue]) -> list[str]:
    content, help_content = bundle
    return [h.id for h in help_for(content, help_content, answers)]


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"hoe_gaat_het": "heel_zwaar"}, ["heel_zwaar"]),
        ({"hoe_gaat_het": "zwaar"}, ["zwaar_of_eenzaam"]),
        ({"hoe_gaat_het": "vaak_eenzaam"}, ["zwaar_of_eenzaam"]),
        ({"hoe_gaat_het": "goed"}, []),
        ({"hoe_gaat_het": "wisselend"}, []),
        ({"leeftijd": "onder_18"}, ["onder_18"]),
        ({"leeftijd": "van_18_tot_30"}, []),
        ({"leeftijd": "vanaf_65", "hoe_gaat_het": "goed"}, []),
        ({}, []),
    ],
)
def test_each_shipped_rule_fires_for_its_answer_only(
    bundle: tuple[Content, HelpContent], answers: dict[str, AnswerValue], expected: list[str]
) -> None:
    assert _ids(bundle, answers) == expected


def test_urgent_comes_first(bundle: tuple[Content, HelpContent]) -> None:
    content, help_content = bundle
    hits = help_for(content, help_content, {"leeftijd": "onder_18", "hoe_gaat_het": "heel_zwaar"})
    assert [h.id for h in hits] == ["heel_zwaar", "onder_18"]
    assert [h.level for h in hits] == ["urgent", "support"]


def test_urgent_rule_names_113_112_and_luisterlijn(bundle: tuple[Content, HelpContent]) -> None:
    content, help_content = bundle
    answers: dict[str, AnswerValue] = {"leeftijd": "van_30_tot_65", "hoe_gaat_het": "heel_zwaar"}
    (hit,) = help_for(content, help_content, answers)
    assert [c.id for c in hit.contacts] == ["zelfmoordpreventie_113", "alarm_112", "luisterlijn"]
    assert hit.reasons and hit.reasons[0].question == "hoe_gaat_het"


def test_urgent_rule_for_a_minor_names_kindertelefoon_not_luisterlijn(
    bundle: tuple[Content, HelpContent],
) -> None:
    content, help_content = bundle
    answers: dict[str, AnswerValue] = {"leeftijd": "onder_18", "hoe_gaat_het": "heel_zwaar"}
    hit = help_for(content, help_content, answers)[0]
    assert [c.id for c in hit.contacts] == ["zelfmoordpreventie_113", "alarm_112", "kindertelefoon"]


def test_unknown_age_shows_every_contact_of_the_rule(bundle: tuple[Content, HelpContent]) -> None:
    """Without an age each contact says who it is for; none is hidden."""
    content, help_content = bundle
    (hit,) = help_for(content, help_content, {"hoe_gaat_het": "heel_zwaar"})
    assert "luisterlijn" in [c.id for c in hit.contacts]
    assert "kindertelefoon" in [c.id for c in hit.contacts]


def test_kindertelefoon_for_minors(bundle: tuple[Content, HelpContent]) -> None:
    content, help_content = bundle
    (hit,) = help_for(content, help_content, {"leeftijd": "onder_18"})
    assert [c.id for c in hit.contacts] == ["kindertelefoon"]
    assert hit.contacts[0].phone == "0800-0432"


def test_new_hits_and_contacts_of(bundle: tuple[Content, HelpContent]) -> None:
    """new_hits: what opens right after an answer, once per rule. The age rule is not a
    sign of distress (at_once: false): it waits for the results, where help_for has it."""
    content, help_content = bundle
    hits = help_for(content, help_content, {"leeftijd": "onder_18", "hoe_gaat_het": "heel_zwaar"})
    assert [h.id for h in hits] == ["heel_zwaar", "onder_18"]
    assert [h.id for h in new_hits(hits, set())] == ["heel_zwaar"]
    assert new_hits(hits, {"heel_zwaar"}) == []
    support = help_for(content, help_content, {"hoe_gaat_het": "zwaar"})
    assert [h.id for h in new_hits(support, set())] == ["zwaar_of_eenzaam"]
    ids = [c.id for c in contacts_of(hits)]
    # under 18: De Kindertelefoon, not De Luisterlijn (the age filter in help_for)
    assert ids == ["zelfmoordpreventie_113", "alarm_112", "kindertelefoon"]


def test_shipped_help_contacts(bundle: tuple[Content, HelpContent]) -> None:
    _, help_content = bundle
    ids = [c.id for c in help_content.always_contacts()]
    assert ids[:3] == ["zelfmoordpreventie_113", "alarm_112", "luisterlijn"]
    assert set(ids) == set(help_content.contacts)
    c113 = help_content.contact("zelfmoordpreventie_113")
    assert (c113.phone, c113.phone_alt, c113.chat) == ("113", "0800-0113", "113.nl")
    assert help_content.contact("luisterlijn").phone == "088 0767 000"
    # The Zilverlijn could not be confirmed from a current public source: not shipped.
    assert "zilverlijn" not in help_content.contacts
    assert help_content.contact("join_us").url == "join-us.nu"
    text = " ".join(c.name.lower() for c in help_content.contacts.values())
    assert "kbo" not in text and "anbo" not in text
    assert help_content.closing.nl.strip() and help_content.closing.en.strip()


def test_contact_lines_are_plain_text_in_both_languages(
    bundle: tuple[Content, HelpContent],
) -> None:
    _, help_content = bundle
    c113 = help_content.contact("zelfmoordpreventie_113")
    nl = contact_lines(c113, "nl")
    en = contact_lines(c113, "en")
    assert nl[1] == "Bel 113 of 0800-0113. Chat via 113.nl."
    assert en[1] == "Call 113 or 0800-0113. Chat at 113.nl."


# --- loading and cross-checks ---------------------------------------------------------------


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "help.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def _shipped_with(tmp_path: Path, old: str, new: str) -> Path:
    text = (SHIPPED_DIR / "help.yaml").read_text(encoding="utf-8")
    assert old in text
    return _write(tmp_path, text.replace(old, new, 1))


def _problems(bundle: tuple[Content, HelpContent], folder: Path) -> list[str]:
    content, _ = bundle
    questions = {q.id: q for q in content.questions}
    _found, problems = load_help(folder, questions, "nl", today=dt.date(2026, 11, 28))
    return [p.format() for p in problems]


def test_shipped_help_has_no_problems_against_fixture_questions(
    bundle: tuple[Content, HelpContent],
) -> None:
    assert _problems(bundle, SHIPPED_DIR) == []


def test_unknown_question_and_value_point_at_the_line(
    bundle: tuple[Content, HelpContent], tmp_path: Path
) -> None:
    folder = _shipped_with(
        tmp_path, "{question: hoe_gaat_het, is: heel_zwaar}", "{question: hoe_gaat_hett, is: x}"
    )
    (problem,) = _problems(bundle, folder)
    assert "help.yaml:" in problem and "hoe_gaat_hett" in problem and "hoe_gaat_het'" in problem
    folder = _shipped_with(
        tmp_path, "{question: leeftijd, is: onder_18}", "{question: leeftijd, is: onder_17}"
    )
    (problem,) = _problems(bundle, folder)
    assert "onder_17" in problem and "onder_18" in problem


def test_unknown_contact_in_rule_and_always(
    bundle: tuple[Content, HelpContent], tmp_path: Path
) -> None:
    folder = _shipped_with(tmp_path, "contacts: [kindertelefoon]", "contacts: [kindertelefon]")
    (problem,) = _problems(bundle, folder)
    assert "kindertelefon" in problem and "bedoel je 'kindertelefoon'" in problem
    line = int(problem.split(":")[1])
    text = (tmp_path / "help.yaml").read_text().splitlines()
    assert "kindertelefon" in text[line - 1]


def test_missing_help_file_is_an_error_unless_optional(
    bundle: tuple[Content, HelpContent], tmp_path: Path
) -> None:
    found, problems = load_help(tmp_path, {}, "en")
    assert found is None and "help.yaml is missing" in problems[0].message
    assert load_help(tmp_path, {}, "en", required=False) == (None, [])


def test_model_errors_are_located(bundle: tuple[Content, HelpContent], tmp_path: Path) -> None:
    folder = _shipped_with(tmp_path, "level: urgent", "level: dringend")
    (problem,) = _problems(bundle, folder)
    assert "urgent" in problem and "support" in problem
    folder = _shipped_with(tmp_path, "    phone_alt:", "    phone_other:")
    (problem,) = _problems(bundle, folder)
    assert "phone_other" in problem


def test_stale_contact_is_a_warning(bundle: tuple[Content, HelpContent], tmp_path: Path) -> None:
    content, _ = bundle
    folder = _shipped_with(tmp_path, "last_checked: 2026-11-28", "last_checked: 2020-01-01")
    found, problems = load_help(
        folder, {q.id: q for q in content.questions}, "nl", today=dt.date(2026, 11, 28)
    )
    assert found is not None
    assert [p.severity for p in problems] == ["warning"]
    assert found.warnings == problems


def test_contact_without_a_way_to_reach_it(
    bundle: tuple[Content, HelpContent], tmp_path: Path
) -> None:
    folder = _shipped_with(tmp_path, "    url: humanitas.nl\n", "")
    (problem,) = _problems(bundle, folder)
    assert "humanitas" in problem


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Soms wil ik er niet meer zijn.", ["geschreven_zelfdoding"]),
        ("ik heb zelfmoordgedachten", ["geschreven_zelfdoding"]),
        ("Sometimes I want to die", ["geschreven_zelfdoding"]),  # typed in another language
        ("I don’t want to live like this", ["geschreven_zelfdoding"]),
        # a walk typed these and got no help: one added word hid the phrase
        ("Ik mis mijn man. Soms wil ik er zelf ook niet meer zijn", ["geschreven_zelfdoding"]),
        ("Ik wil er ook niet meer zijn", ["geschreven_zelfdoding"]),
        ("Het hoeft voor mij allemaal niet meer", ["geschreven_zelfdoding"]),
        ("Sometimes I do not want to be here anymore either", ["geschreven_zelfdoding"]),
        ("Ik voel me hopeloos", ["geschreven_wanhoop"]),
        ("Ik mis vrienden die er niet meer zijn; mijn man is dood.", []),  # grief, not distress
        ("Ik ben hopeloos met de computer en doodmoe van het wachten", []),
        ("Ik kan niet meer zonder haar; hulp hoeft niet meer, het gaat goed", []),
        ("Meer mensen zien", []),
    ],
)
def test_words_typed_in_a_free_text_answer_bring_help(
    bundle: tuple[Content, HelpContent], typed: str, expected: list[str]
) -> None:
    """Words of distress typed in one's own words are a sign as clear as a chosen option
    (the walk typed them and got no help); whole words only, so grief and 'doodmoe' do not."""
    answers: dict[str, AnswerValue] = {"wens_verandering": "ja", "wat_mis_je": typed}
    assert _ids(bundle, answers) == expected


def test_typed_words_bring_urgent_help_at_once_with_the_answer_as_reason(
    bundle: tuple[Content, HelpContent],
) -> None:
    content, help_content = bundle
    answers: dict[str, AnswerValue] = {
        "leeftijd": "onder_18",
        "wens_verandering": "ja",
        "wat_mis_je": "ik wil dood",
    }
    hits = help_for(content, help_content, answers)
    assert [h.id for h in new_hits(hits, set())] == ["geschreven_zelfdoding"]
    (hit,) = [h for h in hits if h.id == "geschreven_zelfdoding"]
    assert hit.level == "urgent"
    assert [r.question for r in hit.reasons] == ["wat_mis_je"]
    assert hit.reasons[0].values == ("wil dood",)  # the words found, not the whole text
    # for a 15-year-old: De Kindertelefoon beside 113 and 112, no adult line
    assert [c.id for c in hit.contacts] == ["zelfmoordpreventie_113", "alarm_112", "kindertelefoon"]


def test_text_of_a_question_no_longer_asked_brings_no_help(
    bundle: tuple[Content, HelpContent],
) -> None:
    """Only answers of visible questions count, typed ones too."""
    answers: dict[str, AnswerValue] = {"wens_verandering": "nee", "wat_mis_je": "ik wil dood"}
    assert _ids(bundle, answers) == []
