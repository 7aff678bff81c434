"""`content check`: every problem in one run, one line each, with a place and a hint."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from netwerkcheck.content.loader import ContentError, load_content
from netwerkcheck.editor.checkall import check_all

from .helpers import copy_mini, run_cli

LINE = re.compile(r"^.+:\d+:\d+: .+$")


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_clean_fixture_exits_zero(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    code, out = run_cli(capsys, "content", "check", "--content", str(root))
    assert code == 0, out
    assert "in orde" in out


def test_english_messages(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    path = root / "suggestions" / "all.yaml"
    # the last suggestion already has a priority: make that one wrong (no duplicate key)
    path.write_text(path.read_text("utf-8").replace("    priority: 20\n", "    priority: x\n"))
    code, out = run_cli(capsys, "content", "check", "--content", str(root), "--lang", "en")
    assert code == 1
    assert "whole number" in out
    assert "error(s)" in out


def test_one_broken_item_does_not_hide_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = copy_mini(tmp_path)
    _append(
        root / "suggestions" / "all.yaml",
        """  - id: kapot
    kind: nonsense
    title: {nl: a, en: b}
    text: {nl: a}
    when: {question: tevreden, is: ja}
  - id: typfout
    kind: try
    title: {nl: a, en: b}
    text: {nl: a, en: b}
    when: {question: tevredn, is: ja}
  - id: waarde
    kind: try
    title: {nl: a, en: b}
    text: {nl: a, en: b}
    when: {question: wens_verandering, is: jawel}
""",
    )
    code, out = run_cli(capsys, "content", "check", "--content", str(root))
    assert code == 1
    lines = [line for line in out.splitlines() if LINE.match(line)]
    text = "\n".join(lines)
    assert "kies een van: reflect, try, find, talk" in text
    assert "de tekst in taal 'en' ontbreekt" in text
    assert "onbekende vraag 'tevredn'; bedoel je 'tevreden'?" in text
    assert "vraag 'wens_verandering' heeft geen antwoord 'jawel'" in text
    assert all(line.startswith(str(root)) or not line.startswith("/") for line in lines)


def test_positions_point_at_the_key(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    _append(
        root / "suggestions" / "all.yaml",
        """  - id: typfout
    kind: try
    title: {nl: a, en: b}
    text: {nl: a, en: b}
    when: {question: tevredn, is: ja}
""",
    )
    result = check_all(root)
    [p] = result.errors
    assert p.path.endswith("all.yaml")
    lines = (root / "suggestions" / "all.yaml").read_text().splitlines()
    assert "tevredn" in lines[p.line - 1]
    assert lines[p.line - 1][p.col - 1 :].startswith("question")


@pytest.mark.parametrize(
    ("when", "message"),
    [
        (
            "{all: [{question: leeftijd, is: onder_18}, {question: leeftijd, is: volwassen}]}",
            "kan nooit waar zijn",
        ),
        (
            "{all: [{question: tevreden, at_least: eerder_wel}, {question: tevreden, at_most: eerder_niet}]}",
            "kan nooit waar zijn",
        ),
        (
            "{all: [{question: wens_verandering, is: nee}, {question: wat_mis_je, answered: true}]}",
            "kan nooit waar zijn",
        ),
        (
            "{all: [{question: tevreden, is: helemaal_wel}, {question: wens_verandering, is: nee}]}",
            "altijd tevreden",
        ),
        (
            "{all: [{network: people, at_least: 1}, {not: {network: people, at_least: 1}}]}",
            "kan nooit waar zijn",
        ),
    ],
)
def test_unreachable_suggestions(tmp_path: Path, when: str, message: str) -> None:
    root = copy_mini(tmp_path)
    _append(
        root / "suggestions" / "all.yaml",
        f"""  - id: nooit
    kind: try
    title: {{nl: a, en: b}}
    text: {{nl: a, en: b}}
    when: {when}
""",
    )
    result = check_all(root)
    assert [p.message for p in result.errors if message in p.message], result.problems


def test_reachability_is_editor_analysis_not_a_load_error(tmp_path: Path) -> None:
    """The loader checks references (static); whether a condition can ever hold is asked by
    `content check` (the editor, which runs the engine). The app loads such content: the
    suggestion is simply never shown."""
    root = copy_mini(tmp_path)
    _append(
        root / "suggestions" / "all.yaml",
        """  - id: nooit
    kind: try
    title: {nl: a, en: b}
    text: {nl: a, en: b}
    when: {all: [{question: leeftijd, is: onder_18}, {question: leeftijd, is: volwassen}]}
""",
    )
    content = load_content(root)
    assert "nooit" in [s.id for s in content.suggestions]
    [p] = [p for p in check_all(root).errors if "kan nooit waar zijn" in p.message]
    lines = (root / "suggestions" / "all.yaml").read_text(encoding="utf-8").splitlines()
    assert lines[p.line - 1].lstrip().startswith("when:")


def test_reachable_suggestion_with_contented_show_is_fine(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    _append(
        root / "suggestions" / "all.yaml",
        """  - id: altijd_goed
    kind: reflect
    contented: show
    title: {nl: a, en: b}
    text: {nl: a, en: b}
    when: {all: [{question: tevreden, is: helemaal_wel}, {question: wens_verandering, is: nee}]}
""",
    )
    assert not check_all(root).errors


def test_show_when_may_not_look_ahead(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    q = root / "questions" / "01.yaml"
    q.write_text(
        q.read_text().replace(
            "  - id: bezigheden\n",
            "  - id: bezigheden\n    show_when: {question: tevreden, is: eerder_wel}\n",
        )
    )
    with pytest.raises(ContentError) as exc:
        load_content(root)
    assert any("komt pas later" in p.message for p in exc.value.problems)


def test_duplicate_ids_and_unknown_theme(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    (root / "questions" / "03.yaml").write_text(
        """# yaml-language-server: $schema=../schema/questions.schema.json
theme: netwerkk
sources: [x]
questions:
  - id: leeftijd2
    type: text
    text: {nl: a, en: b}
"""
    )
    _append(
        root / "suggestions" / "all.yaml",
        """  - id: kleine_stap
    kind: try
    title: {nl: a, en: b}
    text: {nl: a, en: b}
    when: {question: wens_verandering, is: ja}
""",
    )
    messages = [p.message for p in check_all(root).errors]
    assert any("bestaat al" in m for m in messages)
    assert any("bedoel je 'netwerk'?" in m for m in messages)


def test_missing_schema_line_warns(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    f = root / "suggestions" / "all.yaml"
    f.write_text("\n".join(f.read_text().splitlines()[1:]) + "\n")
    result = check_all(root)
    assert not result.errors
    [w] = [p for p in result.warnings if "schema" in p.message]
    assert "../schema/suggestions.schema.json" in w.message


def test_missing_folder_is_one_clean_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out = run_cli(capsys, "content", "check", "--content", str(tmp_path / "nope"))
    assert code == 1
    assert "Traceback" not in out
