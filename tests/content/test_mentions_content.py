"""The `mentions` condition and `at_once` in content: what editors may write, the errors
they get (file:line:col) and how `content check` reasons about typed words."""

from __future__ import annotations

from pathlib import Path

from netwerkcheck.editor.checkall import check_all

from .helpers import copy_mini


def _suggestion(root: Path, when: str) -> None:
    path = root / "suggestions" / "all.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + f"""  - id: woorden
    kind: talk
    title: {{nl: a, en: b}}
    text: {{nl: a, en: b}}
    when: {when}
""",
        encoding="utf-8",
    )


def test_typed_words_can_hold_so_they_are_never_called_unreachable(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    _suggestion(root, "{all: [{mentions: [wandelen, 'samen *']}, {question: tevreden, is: ja}]}")
    result = check_all(root)
    assert not [p for p in result.errors if "woorden" in p.message], result.problems
    assert not [p for p in result.errors if "nooit" in p.message], result.problems


def test_words_and_their_opposite_can_never_hold_together(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    _suggestion(root, "{all: [{mentions: [wandelen]}, {not: {mentions: [wandelen]}}]}")
    result = check_all(root)
    assert [p for p in result.errors if "kan nooit waar zijn" in p.message], result.problems


def test_a_phrase_with_nothing_to_find_points_at_its_line(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    _suggestion(root, "{mentions: [wandelen, '**']}")
    result = check_all(root)
    (problem,) = [p for p in result.errors if "letter" in p.message]
    line = (
        (root / "suggestions" / "all.yaml")
        .read_text(encoding="utf-8")
        .splitlines()[problem.line - 1]
    )
    assert "'**'" in line[problem.col - 1 :]


def test_urgent_help_cannot_wait_for_the_results(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    path = root / "help.yaml"
    text = path.read_text(encoding="utf-8")
    assert "    level: support\n" in text
    path.write_text(
        text.replace("    level: support\n", "    level: urgent\n    at_once: false\n", 1)
    )
    result = check_all(root)
    (problem,) = [p for p in result.errors if "at_once" in p.message]
    assert problem.path.endswith("help.yaml") and problem.line > 0
