"""Checks on the questionnaire content we ship in content/.

These guard the promises the content makes to the people who use it: both languages
everywhere, no numbers as a norm, no orders, contentment respected, and every rule
reachable by some set of answers (a rule no one can trigger is dead text).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from netwerkcheck.content import models as m
from netwerkcheck.content.loader import Content
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.engine.flow import evaluator, visible
from netwerkcheck.engine.network import (
    CIRCLES,
    RECIPROCITIES,
    RELATIONS,
    SUPPORTS,
    Network,
    Person,
)
from netwerkcheck.engine.suggest import select

KINDS = ("reflect", "try", "find", "talk")

# Words that give orders or set a norm (whole words only, so "ontmoeten" is fine).
DISCOURAGED = re.compile(
    r"\b(moet|moeten|hoort|horen bij het leven|normaal|zorg dat|genoeg|minimaal|"
    r"should|must|normal|enough|at least|too small|te klein|you are lonely|je bent eenzaam)\b",
    re.IGNORECASE,
)


# --- helpers ------------------------------------------------------------------------------


def _texts(obj: Any) -> Iterator[m.Text]:
    """Every bilingual Text inside a content object."""
    if isinstance(obj, m.Text):
        yield obj
    elif isinstance(obj, m.Strict):
        for name in type(obj).model_fields:
            yield from _texts(getattr(obj, name))
    elif isinstance(obj, list | tuple):
        for item in obj:
            yield from _texts(item)


def _leaves(cond: Any) -> Iterator[Any]:
    if isinstance(cond, m.AllCond):
        for c in cond.all:
            yield from _leaves(c)
    elif isinstance(cond, m.AnyCond):
        for c in cond.any:
            yield from _leaves(c)
    elif isinstance(cond, m.NotCond):
        yield from _leaves(cond.not_)
    else:
        yield cond


def _network_leaves(content: Content) -> list[m.NetworkCond]:
    return [
        leaf
        for s in content.suggestions
        for leaf in _leaves(s.when)
        if isinstance(leaf, m.NetworkCond)
    ]


# --- files ---------------------------------------------------------------------------------


def test_every_file_points_at_its_schema_and_names_sources() -> None:
    root = Path(__file__).resolve().parents[2] / "content"
    expected = {
        "questions": "# yaml-language-server: $schema=../schema/questions.schema.json",
        "suggestions": "# yaml-language-server: $schema=../schema/suggestions.schema.json",
    }
    first = (root / "themes.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=schema/themes.schema.json"
    for folder, line in expected.items():
        files = sorted((root / folder).glob("*.yaml"))
        assert files, folder
        for file in files:
            text = file.read_text(encoding="utf-8")
            assert text.splitlines()[0] == line, file.name
            assert "\nsources:\n" in text, file.name
    kinds = {f.stem for f in (root / "suggestions").glob("*.yaml")}
    assert set(KINDS) <= kinds


# --- texts and structure ------------------------------------------------------------------


def test_every_text_has_dutch_and_english(content: Content) -> None:
    objects: list[Any] = [*content.themes, *content.questions, *content.suggestions]
    for obj in objects:
        texts = list(_texts(obj))
        assert texts, obj
        for text in texts:
            assert text.nl.strip(), obj.id
            assert text.en.strip(), obj.id


def test_every_theme_has_an_intro_and_conversation_prompts(content: Content) -> None:
    for theme in content.themes:
        assert theme.intro is not None, theme.id
        assert 2 <= len(theme.prompts) <= 3, theme.id


def test_question_count_and_types(content: Content) -> None:
    assert 15 <= len(content.questions) <= 25
    types = {q.type for q in content.questions}
    assert types == {"single", "multi", "scale", "text", "network"}
    assert any(isinstance(q, m.MultiQuestion) and q.exclusive for q in content.questions)
    networks = [q for q in content.questions if isinstance(q, m.NetworkQuestion)]
    assert [q.id for q in networks] == ["netwerk"]
    assert content.question_theme["netwerk"] == "netwerk"
    # The network question comes early: right after the questions about you.
    assert content.themes[1].id == "netwerk"


def test_follow_up_questions(content: Content) -> None:
    follow_ups = [q for q in content.questions if q.show_when is not None]
    assert len(follow_ups) >= 3


def _values(content: Content, qid: str) -> list[str]:
    q = content.question(qid)
    assert isinstance(q, m.SingleQuestion | m.MultiQuestion | m.ScaleQuestion)
    return [o.value for o in q.options]


def test_fixed_ids_other_parts_rely_on(content: Content) -> None:
    assert content.question("leeftijd").type == "single"
    assert _values(content, "leeftijd") == [
        "onder_18",
        "18_29",
        "30_49",
        "50_64",
        "65_79",
        "80_plus",
    ]
    assert content.question("hoe_gaat_het").type == "single"
    assert _values(content, "hoe_gaat_het") == [
        "goed",
        "wisselend",
        "vaak_eenzaam",
        "zwaar",
        "heel_zwaar",
    ]
    assert content.question("tevreden").type == "scale"
    assert _values(content, "tevreden") == [
        "helemaal_niet",
        "eerder_niet",
        "neutraal",
        "eerder_wel",
        "helemaal_wel",
    ]
    assert content.question("wens_verandering").type == "single"
    assert _values(content, "wens_verandering") == ["ja", "misschien", "nee"]
    heaviest = content.question("hoe_gaat_het")
    assert isinstance(heaviest, m.SingleQuestion)
    label = heaviest.options[-1].label
    assert label.nl == "Zo zwaar dat ik soms niet meer wil leven"
    assert label.en == "So hard that I sometimes do not want to go on living"


def test_life_events_have_an_exclusive_none(content: Content) -> None:
    q = content.question("gebeurtenissen")
    assert isinstance(q, m.MultiQuestion)
    assert q.exclusive == ["geen"]
    for event in ("verhuizing", "pensioen", "overlijden", "ziekte", "studie_start"):
        assert event in [o.value for o in q.options]


def test_suggestion_counts(content: Content) -> None:
    assert len(content.suggestions) >= 30
    for kind in KINDS:
        assert sum(s.kind == kind for s in content.suggestions) >= 5, kind


def test_small_steps_and_offers_are_not_pushed_on_content_people(content: Content) -> None:
    for s in content.suggestions:
        if s.kind in ("try", "find"):
            assert s.contented == "hide", s.id
    assert content.suggestion("tevreden_is_goed").contented == "show"


def test_no_numbers_in_suggestion_texts(content: Content) -> None:
    """A digit in a suggestion easily reads as a norm ('three friends'); links may have them."""
    for s in content.suggestions:
        for text in (s.title, s.text):
            for lang in ("nl", "en"):
                assert not re.search(r"\d", text.get(lang)), (s.id, lang)


def test_no_orders_or_verdicts(content: Content) -> None:
    for obj in [*content.themes, *content.questions, *content.suggestions]:
        for text in _texts(obj):
            for lang in ("nl", "en"):
                found = DISCOURAGED.search(text.get(lang))
                assert found is None, (obj.id, lang, found and found.group())


def test_links_only_where_an_offer_is_named(content: Content) -> None:
    links = {s.id: s.link for s in content.suggestions if s.link}
    assert {"join_us", "humanitas_maatje", "luisterlijn"} <= set(links)
    # The Zilverlijn could not be confirmed from a current public source (issue #11):
    # it lives in examples/ouderen-voorbeeld, not in the shipped content.
    assert "zilverlijn" not in links
    for sid, link in links.items():
        assert "KBO" not in link and "ANBO" not in link
        source = content.suggestion(sid).source
        assert source is not None and source.url and source.last_checked, sid


def test_network_conditions_of_each_shape(content: Content) -> None:
    leaves = _network_leaves(content)
    assert any(c.network == "kinds" and c.only == "family" for c in leaves)
    assert any(c.network == "missing_supports" and c.includes == "confide" for c in leaves)
    assert any(c.network == "i_give_more" and c.at_least is not None for c in leaves)
    assert any(c.network == "inner" and c.at_most == 0 for c in leaves)
    assert any(c.network == "people" for c in leaves)
    assert any(c.network == "supports" and c.includes == "confide" for c in leaves)


# --- every suggestion can be triggered ----------------------------------------------------


def _dnf(cond: Any) -> list[list[Any]]:
    """The condition as a list of alternatives, each a list of leaves that must all hold.
    `not` is left out here: the final check with the real evaluator covers it."""
    if isinstance(cond, m.AllCond):
        out: list[list[Any]] = [[]]
        for c in cond.all:
            out = [a + b for a in out for b in _dnf(c)]
        return out
    if isinstance(cond, m.AnyCond):
        return [alt for c in cond.any for alt in _dnf(c)]
    if isinstance(cond, m.NotCond):
        return [[]]
    return [[cond]]


def _choices(content: Content, leaf: Any) -> list[AnswerValue | None]:
    """Answers to one question that make the leaf true (None: leave it unanswered)."""
    q = content.question(leaf.question)
    if isinstance(leaf, m.AnsweredCond):
        if not leaf.answered:
            return [None]
        if isinstance(q, m.TextQuestion):
            return ["iets"]
        if isinstance(q, m.NetworkQuestion):
            return [Network()]
    assert isinstance(q, m.SingleQuestion | m.MultiQuestion | m.ScaleQuestion)
    values = [o.value for o in q.options]
    if isinstance(leaf, m.IsCond):
        good = [leaf.is_]
    elif isinstance(leaf, m.InCond):
        good = list(leaf.in_)
    elif isinstance(leaf, m.IsNotCond):
        good = [v for v in values if v != leaf.is_not]
    elif isinstance(leaf, m.NotInCond):
        good = [v for v in values if v not in leaf.not_in]
    elif isinstance(leaf, m.AtLeastCond):
        good = values[values.index(leaf.at_least) :]
    elif isinstance(leaf, m.AtMostCond):
        good = values[: values.index(leaf.at_most) + 1]
    else:
        good = values
    if isinstance(q, m.MultiQuestion):
        return [(v,) for v in good]
    return list(good)


def _merge(answers: dict[str, AnswerValue], qid: str, value: AnswerValue | None) -> bool:
    if value is None:
        return qid not in answers
    old = answers.get(qid)
    if old is None:
        answers[qid] = value
        return True
    if isinstance(old, tuple) and isinstance(value, tuple):
        answers[qid] = tuple(dict.fromkeys(old + value))
        return True
    return old == value


def _candidate_networks() -> list[Network]:
    nets = [Network()]
    support_sets = [frozenset(), frozenset(SUPPORTS), frozenset(SUPPORTS) - {"confide"}]
    for relation, circle, reciprocity, supports in itertools.product(
        RELATIONS, CIRCLES, (None, *RECIPROCITIES), support_sets
    ):
        person = Person(
            name="A", relation=relation, circle=circle, supports=supports, reciprocity=reciprocity
        )
        nets.append(Network(people=(person,)))
    # Larger networks last: the same person named two or three times, for count rules.
    return nets + [Network(people=n.people * k) for k in (2, 3) for n in nets[1:]]


NETWORKS = _candidate_networks()


def _with_show_when(content: Content, answers: dict[str, AnswerValue]) -> dict[str, AnswerValue]:
    """Add answers that make the follow-up questions in `answers` visible."""
    for _ in range(5):
        shown, _ = visible(content, answers)
        shown_ids = {q.id for q in shown}
        hidden = [qid for qid in answers if qid != "netwerk" and qid not in shown_ids]
        if not hidden:
            return answers
        for qid in hidden:
            q = content.question(qid)
            assert q.show_when is not None
            for alt in _dnf(q.show_when):
                extra = dict(answers)
                if all(
                    any(_merge(extra, leaf.question, v) for v in _choices(content, leaf)[:1])
                    for leaf in alt
                    if not isinstance(leaf, m.NetworkCond)
                ):
                    answers = extra
                    break
    return answers


def _trigger(content: Content, s: m.Suggestion) -> dict[str, AnswerValue] | None:
    """Answers that select this suggestion's condition, with contentment respected."""
    for alt in _dnf(s.when):
        question_leaves = [leaf for leaf in alt if not isinstance(leaf, m.NetworkCond)]
        uses_network = len(question_leaves) != len(alt)
        options = [_choices(content, leaf) for leaf in question_leaves]
        for combo in itertools.islice(itertools.product(*options), 200):
            answers: dict[str, AnswerValue] = {}
            if not all(
                _merge(answers, leaf.question, v)
                for leaf, v in zip(question_leaves, combo, strict=True)
            ):
                continue
            answers = _with_show_when(content, answers)
            for net in NETWORKS if uses_network else [None]:
                trial = dict(answers)
                if net is not None:
                    trial["netwerk"] = net
                ev = evaluator(content, trial)
                contented = content.settings.contented_when is not None and ev.holds(
                    content.settings.contented_when
                )
                if ev.holds(s.when) and (s.contented == "show" or not contented):
                    return trial
    return None


def test_every_suggestion_can_be_triggered(content: Content) -> None:
    dead = [s.id for s in content.suggestions if _trigger(content, s) is None]
    assert dead == []


# --- a few people, and what they see --------------------------------------------------------


def _ids(content: Content, answers: dict[str, AnswerValue]) -> list[str]:
    return [c.suggestion.id for c in select(content, answers).chosen]


def _p(name: str, relation: Any, circle: Any, **kw: Any) -> Person:
    return Person(name=name, relation=relation, circle=circle, **kw)


def test_content_person_with_few_contacts_is_not_pushed(content: Content) -> None:
    answers: dict[str, AnswerValue] = {
        "leeftijd": "50_64",
        "netwerk": Network(people=(_p("Ans", "friend", "inner"),)),
        "tevreden": "helemaal_wel",
        "mis_je": ("niets",),
        "hoe_gaat_het": "goed",
        "wens_verandering": "nee",
    }
    selection = select(content, answers)
    assert selection.contented
    ids = [c.suggestion.id for c in selection.chosen]
    assert ids[0] == "tevreden_is_goed"
    assert all(c.suggestion.kind not in ("try", "find") for c in selection.chosen)


def test_recently_widowed(content: Content) -> None:
    answers: dict[str, AnswerValue] = {
        "leeftijd": "80_plus",
        "woonsituatie": "alleen",
        "netwerk": Network(people=(_p("Kees", "family", "middle"),)),
        "vertrouwenspersoon": "nee",
        "wens_vertrouwen": "ja",
        "tevreden": "eerder_niet",
        "gebeurtenissen": ("overlijden",),
        "hoe_gaat_het": "zwaar",
        "wens_verandering": "ja",
        "eerste_stap": ("praten",),
    }
    ids = _ids(content, answers)
    assert "rouw_tijd" in ids
    assert "rouwgroep" in ids  # the grief group now survives the caps (issue #11)
    assert "zilverlijn" not in ids
    assert 3 <= len(ids) <= content.settings.max_suggestions


def test_student_who_moved(content: Content) -> None:
    answers: dict[str, AnswerValue] = {
        "leeftijd": "18_29",
        "netwerk": Network(
            people=(
                _p("Mam", "family", "inner", supports=frozenset({"confide"})),
                _p("Pap", "family", "inner"),
            )
        ),
        "groep": "vroeger",
        "groep_wens": "ja",
        "tevreden": "eerder_niet",
        "gebeurtenissen": ("verhuizing", "studie_start"),
        "hoe_gaat_het": "wisselend",
        "wens_verandering": "ja",
    }
    ids = _ids(content, answers)
    assert {"nieuw_in_de_buurt", "nieuwe_studie"} & set(ids)
    assert "join_us" in ids
    assert "alleen_familie" in ids


def test_carer_who_gives_a_lot(content: Content) -> None:
    answers: dict[str, AnswerValue] = {
        "leeftijd": "50_64",
        "netwerk": Network(
            people=(
                _p("Jan", "partner", "inner", reciprocity="i_give"),
                _p("Els", "friend", "middle", reciprocity="i_give"),
            )
        ),
        "tevreden": "neutraal",
        "geven_nemen": "ik_geef_meer",
        "zorg_voor_iemand": "ja",
        "tijd_voor_jezelf": "oneens",
        "hoe_gaat_het": "wisselend",
        "wens_verandering": "misschien",
    }
    ids = _ids(content, answers)
    assert "geef_veel" in ids
    assert {"mantelzorg_steunpunt", "tijd_voor_eigen_contact"} <= set(ids)


@pytest.mark.parametrize("wish", ["ja", None])
def test_empty_network(content: Content, wish: str | None) -> None:
    answers: dict[str, AnswerValue] = {"netwerk": Network()}
    if wish:
        answers["wens_verandering"] = wish
    ids = _ids(content, answers)
    assert "niemand_genoemd" in ids
    assert "niemand_dichtbij" not in ids  # that one is for people who named someone


def test_minors_get_offers_for_their_age(content: Content) -> None:
    answers: dict[str, AnswerValue] = {
        "leeftijd": "onder_18",
        "tevreden": "eerder_niet",
        "hoe_gaat_het": "vaak_eenzaam",
        "wens_verandering": "ja",
    }
    ids = _ids(content, answers)
    assert "praten_op_school" in ids
    assert "luisterlijn" not in ids
    assert "zilverlijn" not in ids


def test_suggestions_live_in_the_file_of_their_kind(content: Content) -> None:
    for s in content.suggestions:
        origin = content.origins[("suggestion", s.id)]
        assert Path(origin.path).stem == s.kind, s.id
