"""Compare in words: the overview's counts, unasked questions absent, exports."""

from __future__ import annotations

import pytest

from netwerkcheck.content.loader import Content
from netwerkcheck.engine.network import Network, Person
from netwerkcheck.report.compare_report import (
    answer_lines,
    compare_records,
    overview_lines,
    render_compare,
)
from netwerkcheck.report.plan import history_facts
from netwerkcheck.store import CheckRecord, new_record
from netwerkcheck.store.record import PlanItem


def person(name: str, circle: str, relation: str = "friend") -> Person:
    return Person(name=name, relation=relation, circle=circle)  # type: ignore[arg-type]


def pair(content: Content) -> tuple[CheckRecord, CheckRecord]:
    then_net = Network(
        people=(
            person("Anna", "inner"),
            person("Bram", "inner"),
            person("Cor", "middle"),
            person("Dewi", "outer"),
            person("Eef", "inner"),
            person("Fien", "inner"),
        )
    )
    now_net = Network(
        people=(
            person("Anna", "inner"),
            person("bram ", "middle"),  # the same Bram, moved
            person("Cor", "middle"),
            person("Gijs", "inner"),  # new
            person("Hanna", "inner"),  # new
            person("Eef", "inner"),
            person("Fien", "inner"),
            person("Ivo", "inner"),
            person("Jet", "inner"),
        )
    )
    sid = [s.id for s in content.suggestions]
    then = new_record(content.version, "nl").with_answers(
        {"netwerk": then_net, "groep": "nee", "groep_wens": "ja", "zorg_voor_iemand": "nee"},
        current=None,
        finished=True,
    )
    then = then.model_copy(update={"plan": [PlanItem(suggestion=sid[0], step="")]})
    now = new_record(content.version, "nl").with_answers(
        {"netwerk": now_net, "groep": "ja", "zorg_voor_iemand": "nee"},
        current=None,
        finished=True,
    )
    now = now.model_copy(
        update={"plan": [PlanItem(suggestion=sid[1], step="x"), PlanItem(suggestion=sid[2])]}
    )
    return then, now


def test_overview_counts_are_right_and_said_as_facts(content: Content) -> None:
    then, now = pair(content)
    r = compare_records(content, then, now, "nl")
    assert r.circles_then == {"inner": 4, "middle": 1, "outer": 1}
    assert r.circles_now == {"inner": 7, "middle": 2, "outer": 0}
    assert [p.name for p in r.people_of("moved")] == ["bram "]
    assert [p.name for p in r.people_of("added")] == ["Gijs", "Hanna", "Ivo", "Jet"]
    assert [p.name for p in r.people_of("removed")] == ["Dewi"]
    lines = overview_lines(r, content, "nl")
    assert lines[0] == "Binnenste cirkel: toen 4 mensen, nu 7 mensen"
    assert lines[1] == "Middelste cirkel: toen 1 persoon, nu 2 mensen"
    assert lines[2] == "Buitenste cirkel: toen 1 persoon, nu niemand"
    joined = "\n".join(lines)
    assert "Verschoven: bram (binnen → midden)" in joined
    assert "Nu voor het eerst genoemd: Gijs, Hanna, Ivo, Jet" in joined
    assert "Nu niet meer genoemd: Dewi" in joined
    titles = [s.title.get("nl").strip() for s in content.suggestions[:3]]
    assert f"Wilde je toen proberen: {titles[0]}" in joined
    assert f"Wil je nu proberen: {titles[1]}, {titles[2]}" in joined
    # words, not scores: no judgement of more or fewer
    for word in ("beter", "slechter", "meer dan", "minder dan", "genoeg", "%"):
        assert word not in joined


def test_unasked_questions_are_absent_and_not_asked_is_said(content: Content) -> None:
    then, now = pair(content)
    r = compare_records(content, then, now, "nl")
    ids = [c.question_id for c in r.answers]
    # tijd_voor_jezelf is asked only when caring for someone: asked in neither check
    assert "tijd_voor_jezelf" not in ids
    # groep_wens was asked then (groep = nee), not now (groep = ja)
    assert "groep_wens" in ids
    line = next(a for a in answer_lines(r, "nl") if a.question.startswith("Zou je ergens"))
    assert line.then == "Ja" and line.now == "(niet gevraagd)"


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_compare_exports_like_a_check(fmt: str, content: Content) -> None:
    then, now = pair(content)
    out = render_compare(fmt, content, then, now, "nl", "2026-01-01 10:00", "2026-06-01 10:00")
    flat = " ".join(out.split())
    assert "In het kort" in flat
    assert "toen 4 mensen, nu 7 mensen" in flat
    assert flat.index("In het kort") < flat.index("Antwoorden die anders zijn")
    assert "niet gevraagd" in flat
    if fmt == "html":
        assert out.count("<svg") == 2
        assert "http://" not in out and "https://" not in out
        assert "<script" not in out


def test_history_row_facts(content: Content) -> None:
    then, _now = pair(content)
    assert history_facts(then, content, "nl")[0] == "6 mensen"
    title = content.suggestions[0].title.get("nl").strip()
    assert history_facts(then, content, "nl")[1] == f"wil proberen: {title}"
    empty = new_record(content.version, "nl")
    assert history_facts(empty, content, "en") == ["no network filled in"]


def test_cli_history_rows_say_people_and_ideas(
    content: Content, capsys: pytest.CaptureFixture[str]
) -> None:
    from netwerkcheck.cli import main
    from netwerkcheck.store import CheckStore

    then, _now = pair(content)
    with CheckStore() as store:
        store.save(then)
    assert main(["history"]) == 0
    out = capsys.readouterr().out
    title = content.suggestions[0].title.get("nl").strip()
    assert "6 mensen" in out and f"wil proberen: {title}" in out
