"""Structured conditions: each operator, combinators, and the reasons they give."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import TypeAdapter

from netwerkcheck.content.models import Condition
from netwerkcheck.engine.conditions import Evaluator, Reason

COND: TypeAdapter[Any] = TypeAdapter(Condition)
SCALE = {"tevreden": ["helemaal_niet", "eerder_niet", "neutraal", "eerder_wel", "helemaal_wel"]}


def holds(raw: dict[str, Any], answers: dict[str, Any]) -> bool:
    return Evaluator(answers, SCALE).holds(COND.validate_python(raw))


@pytest.mark.parametrize(
    ("raw", "answers", "expected"),
    [
        ({"question": "q", "is": "a"}, {"q": "a"}, True),
        ({"question": "q", "is": "a"}, {"q": "b"}, False),
        ({"question": "q", "is": "a"}, {}, False),
        ({"question": "q", "is": "a"}, {"q": ("a", "b")}, True),
        ({"question": "q", "is_not": "a"}, {"q": "b"}, True),
        ({"question": "q", "is_not": "a"}, {}, False),
        ({"question": "q", "in": ["a", "c"]}, {"q": "c"}, True),
        ({"question": "q", "in": ["a", "c"]}, {"q": ("b",)}, False),
        ({"question": "q", "not_in": ["a"]}, {"q": ("b", "c")}, True),
        ({"question": "q", "not_in": ["a"]}, {"q": ("b", "a")}, False),
        ({"question": "q", "answered": True}, {"q": "x"}, True),
        ({"question": "q", "answered": True}, {}, False),
        ({"question": "q", "answered": False}, {}, True),
        ({"question": "tevreden", "at_least": "eerder_wel"}, {"tevreden": "helemaal_wel"}, True),
        ({"question": "tevreden", "at_least": "eerder_wel"}, {"tevreden": "eerder_wel"}, True),
        ({"question": "tevreden", "at_least": "eerder_wel"}, {"tevreden": "neutraal"}, False),
        ({"question": "tevreden", "at_most": "eerder_niet"}, {"tevreden": "helemaal_niet"}, True),
        ({"question": "tevreden", "at_most": "eerder_niet"}, {"tevreden": "neutraal"}, False),
        (
            {"all": [{"question": "a", "is": "x"}, {"question": "b", "is": "y"}]},
            {"a": "x", "b": "y"},
            True,
        ),
        ({"all": [{"question": "a", "is": "x"}, {"question": "b", "is": "y"}]}, {"a": "x"}, False),
        ({"any": [{"question": "a", "is": "x"}, {"question": "b", "is": "y"}]}, {"b": "y"}, True),
        ({"any": [{"question": "a", "is": "x"}]}, {}, False),
        ({"not": {"question": "a", "is": "x"}}, {"a": "z"}, True),
        ({"not": {"question": "a", "is": "x"}}, {"a": "x"}, False),
    ],
)
def test_operator(raw: dict[str, Any], answers: dict[str, Any], expected: bool) -> None:
    assert holds(raw, answers) is expected


def test_reasons_name_the_answers_that_made_it_true() -> None:
    cond = COND.validate_python(
        {
            "all": [
                {"question": "a", "in": ["x", "y"]},
                {"any": [{"question": "b", "is": "z"}, {"question": "c", "is": "w"}]},
            ]
        }
    )
    reasons = Evaluator({"a": ("x", "q"), "b": "z", "c": "nope"}).explain(cond)
    assert reasons == [Reason(question="a", values=("x",)), Reason(question="b", values=("z",))]


def test_a_typo_in_a_condition_gives_one_error_not_one_per_branch() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError) as info:
        COND.validate_python({"questoin": "a", "is": "x"})
    assert len(info.value.errors()) <= 2


def test_mentions_reads_only_free_text_answers() -> None:
    """Typed words count where they were typed (a text question), never a chosen option
    whose value happens to be the same word; the reason names that question and the
    words found."""
    cond = COND.validate_python({"mentions": ["wil dood", "zelfmoord*"]})
    ev = Evaluator({"t": "Dood? Wil ik niet.", "p": "wil dood"}, text_questions=("t",))
    assert not ev.holds(cond)  # the words in another order
    ev = Evaluator({"t": "Soms WIL ik... dood!"}, text_questions=("t",))
    assert ev.explain(cond) == [Reason(question="t", values=("wil dood",))]
    ev = Evaluator({"p": "zelfmoord"}, text_questions=("t",))
    assert ev.explain(cond) is None  # a choice, not typed text
    ev = Evaluator({"t": "zelfmoordgedachten", "u": "ik wil dood"}, text_questions=("t", "u"))
    assert ev.explain(cond) == [Reason(question="t", values=("zelfmoord",))]
    assert Evaluator({}, text_questions=("t",)).explain(cond) is None


values = st.sampled_from(["a", "b", "c"])
typed = st.sampled_from(["", "ik wil dood", "doodmoe", "Zelfmoordgedachten", "a b c"])
answers_st = st.fixed_dictionaries(
    {},
    optional={
        "p": st.one_of(values, st.tuples(values)),
        "q": st.one_of(values, st.tuples(values)),
        "t": typed,
    },
)
leaf = st.one_of(
    st.builds(lambda q, v: {"question": q, "is": v}, st.sampled_from(["p", "q"]), values),
    st.builds(
        lambda ws: {"mentions": ws},
        st.lists(st.sampled_from(["wil dood", "dood", "zelfmoord*", "b c"]), min_size=1),
    ),
)
conds = st.recursive(
    leaf,
    lambda inner: st.one_of(
        st.builds(lambda xs: {"all": xs}, st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda xs: {"any": xs}, st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda x: {"not": x}, inner),
    ),
    max_leaves=8,
)


@given(conds, answers_st)
def test_not_is_the_negation_and_explain_agrees_with_holds(
    raw: dict[str, Any], answers: dict[str, Any]
) -> None:
    ev = Evaluator(answers, text_questions=("t",))
    cond = COND.validate_python(raw)
    negated = COND.validate_python({"not": raw})
    assert ev.holds(cond) != ev.holds(negated)
    assert (ev.explain(cond) is not None) == ev.holds(cond)
