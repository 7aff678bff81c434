"""The session core both front ends drive: no navigation step changes an answer."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.engine.explain import clear_question
from netwerkcheck.engine.network import Network, Person
from netwerkcheck.engine.session import CheckSession, Move
from tests.plain.fixtures import fixture_content

CONTENT = fixture_content()[0]
ANNA = Person(name="Anna", relation="friend", circle="inner")
BO = Person(name="Bo", relation="family", circle="middle")
FULL: dict[str, AnswerValue] = {
    "leeftijd": "vanaf_65",
    "hoe_gaat_het": "wisselend",
    "bezigheden": ("niets_vast",),
    "netwerk": Network(people=(ANNA, BO)),
    "tevreden": "eerder_niet",
    "wens_verandering": "ja",
    "wat_mis_je": "Meer mensen zien",
}


@pytest.fixture
def content() -> Content:
    return CONTENT


def walk(session: CheckSession, to: str) -> None:
    while session.current != to:
        assert session.next() is Move.MOVED


def test_enter_on_the_chosen_option_keeps_it_and_moves_on(content: Content) -> None:
    saves: list[str | None] = []
    session = CheckSession(content, answers=dict(FULL), on_change=lambda s: saves.append(s.current))
    assert session.enter("vanaf_65") is Move.MOVED
    assert session.current == "hoe_gaat_het" and session.answers == FULL
    assert saves == ["hoe_gaat_het"]  # the move is saved, and nothing else changed


def test_enter_on_another_option_records_it_and_stays(content: Content) -> None:
    session = CheckSession(content, answers=dict(FULL))
    assert session.enter("onder_18") is Move.STAYED
    assert session.current == "leeftijd" and session.answers["leeftijd"] == "onder_18"


def test_enter_on_nothing_keeps_an_answer_and_never_clears_one(content: Content) -> None:
    session = CheckSession(content, answers=dict(FULL))
    assert session.enter(None) is Move.MOVED and session.answers == FULL
    fresh = CheckSession(content)
    assert fresh.enter(None) is Move.STAYED and fresh.current == "leeftijd"


def test_submit_with_nothing_keeps_the_earlier_answer(content: Content) -> None:
    session = CheckSession(content, answers=dict(FULL))
    walk(session, "wat_mis_je")
    assert session.submit(None) is Move.FINISHED
    assert session.answers == FULL and session.finished


def test_skip_asks_before_removing_and_only_a_confirmed_skip_removes(content: Content) -> None:
    session = CheckSession(content, answers=dict(FULL))
    walk(session, "netwerk")
    assert session.needs_confirmation()
    assert session.skip() is Move.CONFIRM
    assert session.current == "netwerk" and session.answers == FULL and not session.skipped
    assert session.skip(confirmed=True) is Move.MOVED
    assert "netwerk" not in session.answers and session.skipped == {"netwerk"}
    assert session.current == "tevreden"


def test_skip_on_an_unanswered_question_just_moves_on(content: Content) -> None:
    session = CheckSession(content)
    assert not session.needs_confirmation()
    assert session.skip() is Move.MOVED
    assert session.current == "hoe_gaat_het" and session.skipped == {"leeftijd"}


def test_the_network_question_asks_with_the_number_of_people(content: Content) -> None:
    question = content.question("netwerk")
    three = Network(people=(ANNA, BO, Person(name="Cas", relation="partner", circle="inner")))
    assert clear_question(question, three, "nl") == "Wil je de 3 mensen weghalen?"
    assert clear_question(question, three, "en") == "Do you want to remove the 3 people?"
    single = content.question("leeftijd")
    assert "65 of ouder" in clear_question(single, "vanaf_65", "nl")


def test_jump_from_the_overview_returns_to_it(content: Content) -> None:
    session = CheckSession(content, answers=dict(FULL))
    walk(session, "wat_mis_je")
    assert session.next() is Move.FINISHED
    assert session.jump("hoe_gaat_het")
    assert session.current == "hoe_gaat_het"
    session.answer("goed")
    assert session.next() is Move.OVERVIEW
    assert session.answers["hoe_gaat_het"] == "goed" and session.current is None
    assert not session.jump("nonsense")


def test_a_change_from_the_overview_asks_a_new_follow_up_first(content: Content) -> None:
    answers = dict(FULL)
    answers["wens_verandering"] = "nee"
    del answers["wat_mis_je"]
    session = CheckSession(content, answers=answers)
    assert [line.question.id for line in session.overview()][-1] == "wens_verandering"
    session.jump("wens_verandering")
    assert session.enter("ja") is Move.STAYED
    assert session.next() is Move.MOVED and session.current == "wat_mis_je"
    assert session.next() is Move.OVERVIEW


def test_overview_lists_visible_questions_with_answers(content: Content) -> None:
    session = CheckSession(content, answers={"leeftijd": "vanaf_65"}, skipped={"hoe_gaat_het"})
    lines = session.overview()
    assert [line.question.id for line in lines] == [
        "leeftijd",
        "hoe_gaat_het",
        "bezigheden",
        "netwerk",
        "tevreden",
        "wens_verandering",
    ]
    assert lines[0].answer == "vanaf_65" and lines[1].skipped and lines[2].answer is None


def test_progress_counts_topics_and_its_total_never_grows(content: Content) -> None:
    session = CheckSession(content)
    seen: list[tuple[int, int]] = []
    fractions: list[float] = []
    values: list[AnswerValue] = ["van_18_tot_30", "goed", ("werk",), Network(), "neutraal", "ja"]
    for value in [*values, "iets"]:
        where = session.progress()
        seen.append((where.theme, where.themes))
        fractions.append(where.fraction)
        session.submit(value)  # "ja" brings up the follow-up wat_mis_je
    assert {total for _, total in seen} == {3}
    assert [n for n, _ in seen] == [1, 1, 1, 2, 3, 3, 3]
    assert fractions == sorted(fractions)
    assert session.finished


def test_back_at_the_first_question_stays(content: Content) -> None:
    session = CheckSession(content, answers=dict(FULL))
    assert session.is_first() and session.back() is None and session.current == "leeftijd"


def test_resume_starts_at_the_saved_question_with_its_answer(content: Content) -> None:
    session = CheckSession(content, answers=dict(FULL), skipped=set(), current="tevreden")
    assert session.current == "tevreden" and session.answer_for("tevreden") == "eerder_niet"
    assert session.enter("eerder_niet") is Move.MOVED and session.answers == FULL


# --- the property: navigation never changes an answer ---------------------------------

_VALUES: dict[str, st.SearchStrategy[AnswerValue]] = {}
for _q in CONTENT.questions:
    if isinstance(_q, m.SingleQuestion | m.ScaleQuestion):
        _VALUES[_q.id] = st.sampled_from([o.value for o in _q.options])
    elif isinstance(_q, m.MultiQuestion):
        _VALUES[_q.id] = st.sampled_from([(o.value,) for o in _q.options])
    elif isinstance(_q, m.TextQuestion):
        _VALUES[_q.id] = st.text(alphabet="abc xyz", min_size=1, max_size=8).filter(str.strip)
    else:
        _VALUES[_q.id] = st.sampled_from([Network(), Network(people=(ANNA,)), FULL["netwerk"]])

ANSWERS = st.fixed_dictionaries({}, optional=_VALUES)
STEPS = st.lists(
    st.one_of(
        st.sampled_from(["back", "next", "skip", "enter", "submit"]),
        st.tuples(st.just("jump"), st.sampled_from([q.id for q in CONTENT.questions])),
    ),
    max_size=40,
)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # examples: the profile
@given(answers=ANSWERS, steps=STEPS, start=st.sampled_from([q.id for q in CONTENT.questions]))
def test_navigation_never_changes_an_answer(
    answers: dict[str, AnswerValue], steps: list[object], start: str
) -> None:
    """Back, next, skip without confirming, Enter on the chosen option (or on nothing),
    Next with nothing typed, and jump: in any order, from any question, no answer changes."""
    before = dict(answers)
    session = CheckSession(CONTENT, answers=dict(answers), current=start)
    for step in steps:
        if session.current is None:
            session.back()
            continue
        chosen = session.answer_for(session.current)
        if step == "back":
            session.back()
        elif step == "next":
            session.next()
        elif step == "skip":
            if session.skip() is not Move.CONFIRM:
                assert chosen is None  # only an unanswered question is skipped at once
        elif step == "enter":
            session.enter(chosen)
        elif step == "submit":
            session.submit(None)
        else:
            assert isinstance(step, tuple)
            session.jump(step[1])
        assert session.answers == before
    assert session.answers == before


def test_a_network_answer_in_words_counts_people_as_the_list_does(content: Content) -> None:
    """The answers overview and plain mode said '1 mensen' and '0 mensen'."""
    from netwerkcheck.content import models as m
    from netwerkcheck.engine.explain import answer_text
    from netwerkcheck.engine.network import Network, Person

    question = next(q for q in content.questions if isinstance(q, m.NetworkQuestion))
    anna = Person(name="Anna", relation="friend", circle="inner")
    bo = Person(name="Bo", relation="neighbour", circle="outer")
    said = {n: answer_text(question, Network(people=(anna, bo)[:n]), "nl") for n in (0, 1, 2)}
    assert said == {0: "Niemand genoemd", 1: "1 persoon genoemd", 2: "2 mensen genoemd"}
    assert answer_text(question, Network(people=(anna,)), "en") == "1 person named"
