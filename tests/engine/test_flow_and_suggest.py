"""Visible questions, navigation and suggestion choice, on a small fixed content folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from netwerkcheck.content.loader import Content, load_content
from netwerkcheck.engine import flow
from netwerkcheck.engine.session import CheckSession, Move
from netwerkcheck.engine.suggest import select

FIXTURE = Path(__file__).parent.parent / "fixtures" / "content_small"


@pytest.fixture
def small() -> Content:
    return load_content(FIXTURE)


def test_follow_up_question_shows_only_when_relevant(small: Content) -> None:
    shown, _ = flow.visible(small, {"wens_verandering": "nee"})
    assert "wat_mis_je" not in [q.id for q in shown]
    shown, _ = flow.visible(small, {"wens_verandering": "ja"})
    assert "wat_mis_je" in [q.id for q in shown]


def test_hidden_answers_do_not_count(small: Content) -> None:
    # An answer to a question that is no longer shown must not drive suggestions.
    _, effective = flow.visible(small, {"wens_verandering": "nee", "wat_mis_je": "iets"})
    assert "wat_mis_je" not in effective


def test_next_and_previous_skip_hidden_questions(small: Content) -> None:
    answers = {"wens_verandering": "nee"}
    assert flow.next_question(small, answers, "wens_verandering") is None
    answers = {"wens_verandering": "ja"}
    assert flow.next_question(small, answers, "wens_verandering") == "wat_mis_je"
    assert flow.previous_question(small, answers, None) == "wat_mis_je"


def test_session_skip_clears_and_records(small: Content) -> None:
    changes: list[str | None] = []
    session = CheckSession(small, on_change=lambda s: changes.append(s.current))
    first = session.current
    assert first == "woonsituatie"
    session.set_answer(first, "alleen")
    # skip on an answered question asks first: unconfirmed, nothing changes
    assert session.skip() is Move.CONFIRM
    assert session.answers[first] == "alleen" and session.current == first
    session.skip(confirmed=True)
    assert first not in session.answers and first in session.skipped
    assert changes, "every change is reported, so it can be saved at once"


def test_blank_text_counts_as_no_answer(small: Content) -> None:
    session = CheckSession(small)
    session.set_answer("wat_mis_je", "   ")
    assert "wat_mis_je" not in session.answers


def test_suggestions_follow_answers_with_reasons(small: Content) -> None:
    sel = select(small, {"tevreden": "eerder_niet", "wens_verandering": "ja"})
    ids = [c.suggestion.id for c in sel.chosen]
    assert ids == ["wat_wil_je_anders"]
    assert sel.chosen[0].reasons[0].question == "wens_verandering"
    assert not sel.contented


def test_contentment_is_respected(small: Content) -> None:
    sel = select(small, {"tevreden": "helemaal_wel", "wens_verandering": "nee"})
    assert sel.contented
    assert [c.suggestion.id for c in sel.chosen] == ["tevreden_is_goed"]
    assert all(c.suggestion.contented == "show" for c in sel.chosen)


def test_cap_and_order(content: Content) -> None:
    """On the shipped content, never more than the cap, highest priority first."""
    from itertools import product

    singles = [q for q in content.questions if getattr(q, "options", None)]
    for pick in product(range(2), repeat=min(len(singles), 6)):
        answers = {
            q.id: q.options[i % len(q.options)].value  # type: ignore[union-attr]
            for q, i in zip(singles, pick, strict=False)
        }
        sel = select(content, answers)
        assert len(sel.chosen) <= content.settings.max_suggestions
        prios = [c.suggestion.priority for c in sel.chosen]
        assert prios == sorted(prios, reverse=True)
