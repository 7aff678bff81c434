"""engine.compare: what changed between two checks, without scores or judgements."""

from __future__ import annotations

import dataclasses

from netwerkcheck.content.loader import Content
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.engine.compare import (
    AnswerChange,
    PersonChange,
    compare,
    network_of,
    people_changes,
)
from netwerkcheck.engine.network import Network, Person
from netwerkcheck.engine.suggest import select


def net(*people: tuple[str, str, str]) -> Network:
    return Network(
        people=tuple(Person(name=n, relation=r, circle=c) for n, r, c in people)  # type: ignore[arg-type]
    )


def test_same_answers_mean_nothing_changed(content: Content) -> None:
    answers: dict[str, AnswerValue] = {
        "leeftijd": "30_49",
        "bezigheden": ("werk", "hobby_club"),
        "netwerk": net(("Anna", "friend", "inner")),
    }
    result = compare(content, answers, dict(answers), "nl")
    assert result.answers == ()
    assert result.people == ()
    assert result.suggestions_new == () and result.suggestions_gone == ()
    assert not result.anything_changed
    assert result.same_content


def test_changed_answers_by_label_in_check_order(content: Content) -> None:
    then: dict[str, AnswerValue] = {"tevreden": "eerder_niet", "leeftijd": "30_49"}
    now: dict[str, AnswerValue] = {"tevreden": "eerder_wel", "leeftijd": "30_49"}
    result = compare(content, then, now, "nl")
    assert [c.question_id for c in result.answers] == ["tevreden"]
    change = result.answers[0]
    assert change.then == ("Eerder niet",) and change.now == ("Eerder wel",)
    assert change.question.startswith("Ik ben tevreden")
    english = compare(content, then, now, "en").answers[0]
    assert english.then != change.then  # labels follow the language


def test_multi_choice_is_a_set_and_unanswered_is_empty(content: Content) -> None:
    then: dict[str, AnswerValue] = {"bezigheden": ("hobby_club", "werk")}
    now: dict[str, AnswerValue] = {"bezigheden": ("werk", "hobby_club"), "groep": "ja"}
    result = compare(content, then, now, "en")
    assert [c.question_id for c in result.answers] == ["groep"]
    assert result.answers[0].then == ()
    gone = compare(content, now, {}, "en").answers
    assert {c.question_id for c in gone} == {"bezigheden", "groep"}
    bez = next(c for c in gone if c.question_id == "bezigheden")
    assert bez.now == () and len(bez.then) == 2


def test_hidden_answers_do_not_count(content: Content) -> None:
    # 'wat_mis_je' is not asked after 'niets'; a leftover answer is not a change.
    then: dict[str, AnswerValue] = {"mis_je": ("niets",), "wat_mis_je": "oud"}
    now: dict[str, AnswerValue] = {"mis_je": ("niets",), "wat_mis_je": "nieuw"}
    assert compare(content, then, now, "nl").answers == ()


def test_typed_text_is_kept_as_typed(content: Content) -> None:
    then: dict[str, AnswerValue] = {"mis_je": ("praten",), "wat_mis_je": "[b]meer[/b] tijd"}
    now: dict[str, AnswerValue] = {"mis_je": ("praten",), "wat_mis_je": "samen eten"}
    (change,) = compare(content, then, now, "nl").answers
    assert change.then == ("[b]meer[/b] tijd",) and change.now == ("samen eten",)


def test_unknown_question_ids_still_compared(content: Content) -> None:
    then: dict[str, AnswerValue] = {"oude_vraag": "a"}
    now: dict[str, AnswerValue] = {"oude_vraag": "b"}
    result = compare(content, then, now, "nl", same_content=False)
    assert result.answers == (AnswerChange("oude_vraag", "oude_vraag", ("a",), ("b",), False),)
    assert not result.same_content


def test_people_added_removed_moved() -> None:
    then = net(("Anna", "friend", "inner"), ("Bob", "family", "middle"), ("Cas", "club", "outer"))
    now = net(
        ("anna ", "friend", "middle"), ("Cas", "club", "outer"), ("Dewi", "neighbour", "outer")
    )
    assert people_changes(then, now) == (
        PersonChange("anna ", "moved", "inner", "middle"),
        PersonChange("Dewi", "added", None, "outer"),
        PersonChange("Bob", "removed", "middle", None),
    )


def test_people_with_the_same_name_pair_in_order() -> None:
    then = net(("Sam", "friend", "inner"), ("Sam", "colleague", "outer"))
    now = net(("Sam", "friend", "inner"))
    assert people_changes(then, now) == (PersonChange("Sam", "removed", "outer", None),)
    assert people_changes(None, now) == (PersonChange("Sam", "added", None, "inner"),)
    assert people_changes(now, None) == (PersonChange("Sam", "removed", "inner", None),)
    assert people_changes(None, None) == ()


def test_network_is_found_and_left_out_of_answers(content: Content) -> None:
    then: dict[str, AnswerValue] = {"netwerk": net(("Anna", "friend", "inner"))}
    now: dict[str, AnswerValue] = {"netwerk": net()}
    result = compare(content, then, now, "nl")
    assert result.answers == ()
    assert result.then_network == then["netwerk"] and result.now_network == now["netwerk"]
    assert result.people == (PersonChange("Anna", "removed", "inner", None),)
    other: dict[str, AnswerValue] = {"elders": net(("Bo", "family", "outer"))}
    assert network_of(content, other) == other["elders"]
    assert network_of(content, {}) is None


def test_suggestions_now_and_then(content: Content) -> None:
    then: dict[str, AnswerValue] = {"wens_verandering": "ja"}
    now: dict[str, AnswerValue] = {"tevreden": "helemaal_wel", "wens_verandering": "nee"}
    result = compare(content, then, now, "nl")
    then_ids = {c.suggestion.id for c in select(content, then).chosen}
    now_ids = {c.suggestion.id for c in select(content, now).chosen}
    assert {s.id for s in result.suggestions_new} == now_ids - then_ids
    assert {s.id for s in result.suggestions_gone} == then_ids - now_ids
    assert {s.id for s in result.suggestions_still} == now_ids & then_ids
    assert result.suggestions_new or result.suggestions_gone
    assert result.anything_changed


def test_no_scores_in_the_result() -> None:
    # The comparison says what differs, never how much: no numeric fields at all.
    from netwerkcheck.engine.compare import Comparison

    for f in dataclasses.fields(Comparison):
        assert f.type not in ("int", "float"), f.name
