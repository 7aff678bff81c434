"""`content check` on fit (issue #11): suggestions no persona sees after the caps, answers
nothing reads, offers without a source; and how fit is computed."""

from __future__ import annotations

from pathlib import Path

from netwerkcheck.content.loader import load_content
from netwerkcheck.editor.checkall import check_all
from netwerkcheck.engine.answers import AnswerValue
from netwerkcheck.engine.network import Network
from netwerkcheck.engine.suggest import GENERIC_BELOW, select

from .helpers import copy_mini


def _add_suggestions(root: Path, body: str) -> None:
    path = root / "suggestions" / "all.yaml"
    path.write_text(path.read_text("utf-8").rstrip("\n") + "\n" + body, encoding="utf-8")


def test_a_suggestion_always_capped_is_reported_as_never_seen(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    themes = root / "themes.yaml"
    themes.write_text(themes.read_text("utf-8").replace("max_per_kind: 2", "max_per_kind: 1"))
    _add_suggestions(
        root,
        """  - id: nog_een_stap
    kind: try
    title: {nl: Nog een stap, en: One more step}
    text: {nl: Wat is nog een stap?, en: What is one more step?}
    when: {question: wens_verandering, is: ja}
""",
    )
    messages = [p.message for p in check_all(root).warnings]
    assert any("ziet suggestie 'nog_een_stap'" in m and "gaan altijd voor" in m for m in messages)


def test_an_answer_no_condition_reads_is_reported(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    q = root / "questions" / "01.yaml"
    q.write_text(
        q.read_text("utf-8").replace("{nl: Werk, en: Work}, quiet: true", "{nl: Werk, en: Work}")
    )
    warnings = check_all(root).warnings
    [w] = [p for p in warnings if "leest antwoord" in p.message]
    assert "'werk'" in w.message and "'bezigheden'" in w.message
    assert w.path.endswith("01.yaml")


def test_an_offer_with_a_link_needs_a_source(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    s = root / "suggestions" / "all.yaml"
    s.write_text(
        s.read_text("utf-8").replace(
            "  - id: kleine_stap\n    kind: try\n",
            '  - id: kleine_stap\n    kind: try\n    link: "https://voorbeeld.example"\n',
        )
    )
    messages = [p.message for p in check_all(root).warnings]
    assert any("'kleine_stap' heeft een link maar geen bron" in m for m in messages)


def test_a_contact_source_without_url_or_year_warns(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    h = root / "help.yaml"
    h.write_text(
        h.read_text("utf-8").replace(
            'ref: "Testbron netwerkcheck (2026), alleen voor de tests"', 'ref: "een notitie ergens"'
        )
    )
    messages = [p.message for p in check_all(root).warnings]
    assert any("geen url en geen jaartal" in m for m in messages)


def test_specific_beats_generic_and_always_survives_the_caps(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    themes = root / "themes.yaml"
    themes.write_text(themes.read_text("utf-8").replace("max_suggestions: 6", "max_suggestions: 2"))
    _add_suggestions(
        root,
        """  - id: breed
    kind: reflect
    title: {nl: Breed, en: Broad}
    text: {nl: Iets breeds., en: Something broad.}
    when: {question: tevreden, at_most: helemaal_wel}
  - id: leeg
    kind: reflect
    always: true
    title: {nl: Wie was er vroeger?, en: Who was there before?}
    text: {nl: Aan wie denk je terug?, en: Who do you think back to?}
    when: {network: people, at_most: 0}
""",
    )
    content = load_content(root)
    answers: dict[str, AnswerValue] = {
        "tevreden": "eerder_niet",
        "wens_verandering": "ja",
        "netwerk": Network(),
    }
    chosen = select(content, answers).chosen
    ids = [c.suggestion.id for c in chosen]
    # 'leeg' (always) takes its place although it fits little; the best fit fills the other
    # place ('vertrouwen' has an editor's priority in the fixture); the broad one is left out
    assert sorted(ids) == ["leeg", "vertrouwen"]
    assert all(c.score >= GENERIC_BELOW for c in chosen if not c.suggestion.always)
    assert next(c for c in chosen if c.suggestion.id == "leeg").generic
    # without the caps the broad one is still left out: specific suggestions fit
    themes.write_text(themes.read_text("utf-8").replace("max_suggestions: 2", "max_suggestions: 6"))
    ids = [c.suggestion.id for c in select(load_content(root), answers).chosen]
    assert "breed" not in ids and "kleine_stap" in ids
