"""Network facts, conditions over a network, and network reasons in words."""

from __future__ import annotations

from typing import Any, get_args

import pytest
from pydantic import TypeAdapter, ValidationError

from netwerkcheck.content import models as m
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.engine.conditions import Evaluator, Reason
from netwerkcheck.engine.network import (
    CIRCLES,
    RECIPROCITIES,
    RELATIONS,
    SUPPORTS,
    Network,
    Person,
    circle_help,
    circle_label,
    facts,
    reciprocity_label,
    relation_code,
    relation_label,
    support_label,
)
from netwerkcheck.engine.reasons import describe, describe_text

COND: TypeAdapter[Any] = TypeAdapter(m.Condition)


def person(name: str, relation: Any, circle: Any, **kw: Any) -> Person:
    return Person(name=name, relation=relation, circle=circle, **kw)


FAMILY_ONLY = Network(
    people=(
        person("Mam", "family", "inner", supports=frozenset({"practical", "confide"})),
        person("Joost", "family", "middle", reciprocity="i_give"),
        person("Tante Jo", "family", "outer", reciprocity="i_give"),
    )
)
MIXED = Network(
    people=(
        person("Sam", "partner", "inner", supports=frozenset({"company", "confide"})),
        person("Ria", "neighbour", "outer", supports=frozenset({"practical"})),
        person("Dr. K", "professional", "outer", reciprocity="they_give"),
        person("Lin", "friend", "middle", reciprocity="both"),
    )
)


# --- facts -------------------------------------------------------------------------------


def test_facts_of_an_empty_network() -> None:
    f = facts(Network())
    assert (f.people, f.inner, f.middle, f.outer) == (0, 0, 0, 0)
    assert f.kinds == frozenset()
    assert f.missing_kinds == frozenset(RELATIONS)
    assert f.missing_supports == frozenset(SUPPORTS)
    assert (f.one_sided, f.i_give_more, f.they_give_more) == (0, 0, 0)


def test_facts_count_circles_kinds_supports_and_give_and_take() -> None:
    f = facts(MIXED)
    assert (f.people, f.inner, f.middle, f.outer) == (4, 1, 1, 2)
    assert f.kinds == {"partner", "neighbour", "professional", "friend"}
    assert f.missing_kinds == {"family", "colleague", "school", "club"}
    assert f.supports == {"company", "confide", "practical"}
    assert f.missing_supports == {"advice"}
    assert (f.one_sided, f.i_give_more, f.they_give_more) == (1, 0, 1)
    assert f.count("kinds") == 4 and f.count("inner") == 1


def test_network_edits_return_new_networks() -> None:
    a = person("A", "friend", "inner")
    b = person("B", "club", "outer")
    net = Network().added(a).added(b)
    assert [p.name for p in net.people] == ["A", "B"]
    assert [p.name for p in net.replaced(0, b).people] == ["B", "B"]
    assert [p.name for p in net.removed(0).people] == ["B"]
    assert net.in_circle("outer") == (b,)
    with pytest.raises(IndexError):
        net.removed(5)
    with pytest.raises(IndexError):
        net.replaced(-1, a)


def test_person_name_limits() -> None:
    with pytest.raises(ValidationError):
        person("", "friend", "inner")
    with pytest.raises(ValidationError):
        person("x" * 41, "friend", "inner")
    assert person("[bold]x", "friend", "inner").name == "[bold]x"


# --- conditions over a network --------------------------------------------------------------


def ev(network: Network | None) -> Evaluator:
    answers = {"netwerk": network} if network is not None else {}
    return Evaluator(answers, network_question="netwerk")


def explain(network: Network | None, cond: dict[str, Any]) -> list[Reason] | None:
    return ev(network).explain(COND.validate_python(cond))


@pytest.mark.parametrize(
    ("cond", "expected"),
    [
        ({"network": "inner", "at_most": 0}, None),
        ({"network": "inner", "at_least": 1}, [Reason(fact="inner", count=1)]),
        ({"network": "people", "at_least": 3}, [Reason(fact="people", count=3)]),
        ({"network": "kinds", "only": "family"}, [Reason(fact="kinds", value="family", op="only")]),
        ({"network": "kinds", "includes": "friend"}, None),
        (
            {"network": "kinds", "excludes": "friend"},
            [Reason(fact="kinds", value="friend", op="excludes")],
        ),
        (
            {"network": "missing_supports", "includes": "advice"},
            [Reason(fact="missing_supports", value="advice", op="includes")],
        ),
        (
            {"network": "supports", "includes": "confide"},
            [Reason(fact="supports", value="confide", op="includes")],
        ),
        ({"network": "i_give_more", "at_least": 2}, [Reason(fact="i_give_more", count=2)]),
        ({"network": "they_give_more", "at_least": 1}, None),
        ({"network": "one_sided", "at_most": 1}, None),
    ],
)
def test_conditions_on_a_family_only_network(
    cond: dict[str, Any], expected: list[Reason] | None
) -> None:
    assert explain(FAMILY_ONLY, cond) == expected


def test_only_is_false_for_an_empty_network_and_mixed_kinds() -> None:
    cond = {"network": "kinds", "only": "family"}
    assert explain(Network(), cond) is None
    assert explain(MIXED, cond) is None


def test_network_conditions_are_false_when_the_question_was_not_answered() -> None:
    assert explain(None, {"network": "people", "at_most": 0}) is None
    assert explain(None, {"not": {"network": "people", "at_least": 1}}) == []


def test_an_empty_network_is_an_answer() -> None:
    assert explain(Network(), {"network": "people", "at_most": 0}) == [
        Reason(fact="people", count=0)
    ]
    assert explain(Network(), {"question": "netwerk", "answered": True}) == [
        Reason(question="netwerk")
    ]


def test_combined_network_and_question_conditions() -> None:
    answers: dict[str, AnswerValue] = {"netwerk": MIXED, "wens": "meer_vertrouwen"}
    e = Evaluator(answers, network_question="netwerk")
    cond = COND.validate_python(
        {
            "all": [
                {"question": "wens", "is": "meer_vertrouwen"},
                {"network": "they_give_more", "at_least": 1},
                {
                    "any": [
                        {"network": "kinds", "excludes": "family"},
                        {"network": "inner", "at_most": 0},
                    ]
                },
            ]
        }
    )
    assert e.explain(cond) == [
        Reason(question="wens", values=("meer_vertrouwen",)),
        Reason(fact="they_give_more", count=1),
        Reason(fact="kinds", value="family", op="excludes"),
    ]


def test_network_condition_needs_exactly_one_operator() -> None:
    with pytest.raises(ValidationError):
        COND.validate_python({"network": "inner"})
    with pytest.raises(ValidationError):
        COND.validate_python({"network": "inner", "at_least": 1, "at_most": 3})
    with pytest.raises(ValidationError):
        COND.validate_python({"network": "size", "at_least": 1})


# --- reasons in words ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "nl", "en"),
    [
        (
            Reason(fact="inner", count=0),
            "In je netwerk: niemand in de binnenste cirkel",
            "In your network: no one in the inner circle",
        ),
        (
            Reason(fact="outer", count=1),
            "In je netwerk: één persoon in de buitenste cirkel",
            "In your network: one person in the outer circle",
        ),
        (
            Reason(fact="kinds", value="family", op="only"),
            "In je netwerk: iedereen die je noemde is familie",
            "In your network: everyone you named is family",
        ),
        (
            Reason(fact="i_give_more", count=2),
            "In je netwerk: je geeft vaker steun dan je krijgt bij 2 mensen",
            "In your network: you give support more often than you get it with 2 people",
        ),
        (
            Reason(fact="supports", value="confide", op="excludes"),
            "In je netwerk: niemand die je in vertrouwen kunt nemen",
            "In your network: no one to confide in",
        ),
        (
            Reason(fact="missing_supports", value="confide", op="includes"),
            "In je netwerk: niemand die je in vertrouwen kunt nemen",
            "In your network: no one to confide in",
        ),
        (
            Reason(fact="missing_kinds", value="friend", op="excludes"),
            "In je netwerk: je noemde een vriend of vriendin",
            "In your network: you named a friend",
        ),
        (
            Reason(fact="people", count=0),
            "In je netwerk: je noemde niemand",
            "In your network: you named no one",
        ),
    ],
)
def test_describe_in_both_languages(reason: Reason, nl: str, en: str) -> None:
    assert describe(reason, "nl") == nl
    assert describe(reason, "en") == en


def test_describe_covers_every_fact_operator_and_value_without_judging() -> None:
    judging = ("te weinig", "te veel", "genoeg", "normaal", "moet", "too few", "enough", "should")
    reasons = [Reason(fact=f, count=n) for f in get_args(m.NetworkFact) for n in (0, 1, 4)]
    for fact in ("kinds", "missing_kinds"):
        reasons += [
            Reason(fact=fact, value=k, op=op)
            for k in RELATIONS
            for op in ("includes", "excludes", "only")
        ]
    for fact in ("supports", "missing_supports"):
        reasons += [
            Reason(fact=fact, value=s, op=op)
            for s in SUPPORTS
            for op in ("includes", "excludes", "only")
        ]
    for reason in reasons:
        for lang in ("nl", "en"):
            text = describe(reason, lang)  # type: ignore[arg-type]
            assert text and "{" not in text, reason
            assert not any(word in text.lower() for word in judging), text


def test_describe_is_lenient_with_unknown_values_and_empty_for_questions() -> None:
    assert describe(Reason(question="q", values=("a",)), "nl") == ""
    assert describe_text(Reason(fact="kinds", value="pets", op="includes"), "en") == "kinds: pets"
    # an older Reason without op counts as 'includes'
    assert describe(Reason(fact="kinds", value="club"), "en") == (
        "In your network: you named someone from a club, faith or volunteering"
    )


def test_labels_and_codes_in_both_languages() -> None:
    for lang in ("nl", "en"):
        codes = [relation_code(k, lang) for k in RELATIONS]  # type: ignore[arg-type]
        assert len(set(codes)) == len(codes) and all(len(c) == 1 for c in codes)
        assert all(relation_label(k, lang) for k in RELATIONS)  # type: ignore[arg-type]
        assert all(circle_label(c, lang) and circle_help(c, lang) for c in CIRCLES)  # type: ignore[arg-type]
        assert all(support_label(s, lang) for s in SUPPORTS)  # type: ignore[arg-type]
        labels = {reciprocity_label(r, lang) for r in (*RECIPROCITIES, None)}  # type: ignore[arg-type]
        assert len(labels) == 4
    assert relation_label("family", "nl") == "Familie"
    assert reciprocity_label(None, "en") == "Don't know"
