"""Personas run as tests of the content; failures point at the persona file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from netwerkcheck.editor.checkall import check_all

from .helpers import copy_mini, run_cli


def _persona(root: Path, name: str, body: str) -> Path:
    path = root / "personas" / f"{name}.yaml"
    path.write_text(
        "# yaml-language-server: $schema=../schema/personas.schema.json\n" + body, encoding="utf-8"
    )
    return path


def test_fixture_personas_pass(tmp_path: Path) -> None:
    result = check_all(copy_mini(tmp_path))
    assert not result.problems, result.problems
    assert result.personas is not None
    assert {lp.persona.name for lp in result.personas.personas} == {
        "tevreden_weinig",
        "wil_verandering",
    }


def test_failed_expectation_points_at_the_persona_line(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    path = _persona(
        root,
        "fout",
        """name: fout
description: {nl: Test., en: Test.}
answers:
  wens_verandering: nee
expect:
  includes:
    - kleine_stap
  excludes: [vertrouwen]
""",
    )
    result = check_all(root)
    [p] = result.errors
    assert p.path.endswith("fout.yaml")
    assert p.line == 8  # the schema line, then "- kleine_stap" on line 8
    assert "kleine_stap" in p.message and "voorwaarde is niet waar" in p.message
    assert str(path.name) in p.format()


def test_unwanted_suggestion_and_unknown_ids(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    _persona(
        root,
        "fout",
        """name: fout
description: {nl: Test., en: Test.}
answers:
  wens_veranderin: ja
  tevreden: heel_erg
  netwerk: []
expect:
  excludes: [vertrouwen, kleine_stapp]
""",
    )
    messages = [p.message for p in check_all(root).errors]
    assert any("bedoel je 'wens_verandering'?" in m for m in messages)
    assert any("geen antwoord 'heel_erg'" in m for m in messages)


def test_excludes_failure(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    _persona(
        root,
        "fout",
        """name: fout
description: {nl: Test., en: Test.}
answers:
  netwerk: [{name: Bo, relation: friend, circle: outer}]
expect:
  excludes: [vertrouwen]
""",
    )
    [p] = check_all(root).errors
    assert "vertrouwen" in p.message and "excludes" in p.message


def test_untriggered_suggestion_warns(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    (root / "personas" / "wens.yaml").unlink()
    result = check_all(root)
    assert not result.errors
    assert any(
        "kleine_stap" in w.message and "geen enkele persona" in w.message for w in result.warnings
    )


def test_answer_for_hidden_question_warns(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    _persona(
        root,
        "verborgen",
        """name: verborgen
description: {nl: Test., en: Test.}
answers:
  wens_verandering: nee
  wat_mis_je: iets
""",
    )
    result = check_all(root)
    assert any("niet te zien" in w.message for w in result.warnings)


def test_preview_prints_questions_suggestions_and_reasons(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    root = copy_mini(tmp_path)
    code, out = run_cli(
        capsys, "content", "preview", "--content", str(root), "--persona", "wil_verandering"
    )
    assert code == 0, out
    assert "Wil je iets veranderen?" in out
    assert "→ Ja" in out
    assert "Iets om te proberen" in out
    assert "Je antwoordde bij 'Wil je iets veranderen?': Ja" in out
    assert out.index("Wat mis je?") < out.index("Suggesties:")


def test_preview_in_english(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    code, out = run_cli(
        capsys,
        "--lang",
        "en",
        "content",
        "preview",
        "--content",
        str(root),
        "--persona",
        "tevreden_weinig",
    )
    assert code == 0, out
    assert "Being content is fine" in out
    assert "content with their network" in out


def test_preview_unknown_persona(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    code, out = run_cli(
        capsys, "content", "preview", "--content", str(root), "--persona", "wil_veranderin"
    )
    assert code == 1
    assert "bedoel je 'wil_verandering'?" in out


def test_help_expectations_are_checked_with_the_help_rules(tmp_path: Path) -> None:
    """The personas run the content's own help rules (the mini fixture's rule 'jong': age
    under 18). Was a test of an optional hook for a help engine that was not merged yet."""
    from netwerkcheck.content.loader import load_content
    from netwerkcheck.editor.personas import check_personas

    root = copy_mini(tmp_path)
    _persona(
        root,
        "hulp",
        """name: hulp
description: {nl: Test., en: Test.}
answers: {leeftijd: volwassen}
expect: {help: [jong]}
""",
    )
    _persona(
        root,
        "geen_hulp",
        """name: geen_hulp
description: {nl: Test., en: Test.}
answers: {leeftijd: onder_18}
expect: {no_help: true}
""",
    )
    report = check_personas(load_content(root), "nl")
    messages = [p.message for p in report.problems]
    assert any("zou hulp 'jong' moeten zien" in m for m in messages), messages
    assert any("zou geen hulp moeten zien, maar ziet: jong" in m for m in messages), messages
    runs = {r.persona.persona.name: r.help_ids for r in report.runs}
    assert runs["geen_hulp"] == ["jong"] and runs["hulp"] == []


def test_a_help_rule_no_persona_reaches_is_a_warning(tmp_path: Path) -> None:
    """Was: without a help engine, help expectations were a note. The help engine is always
    there now; a rule that no persona triggers is pointed at in help.yaml."""
    from netwerkcheck.content.loader import load_content
    from netwerkcheck.editor.personas import check_personas

    root = copy_mini(tmp_path)
    (root / "personas" / "wens.yaml").unlink()  # the one persona under 18
    report = check_personas(load_content(root), "nl")
    assert not [p for p in report.problems if p.severity == "error"]
    [hint] = [p for p in report.problems if "'jong'" in p.message]
    assert hint.severity == "warning" and hint.path.endswith("help.yaml")
    lines = (root / "help.yaml").read_text(encoding="utf-8").splitlines()
    assert "id: jong" in lines[hint.line - 1]


def test_help_rule_no_persona_sees_warns_at_its_line(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    wens = root / "personas" / "wens.yaml"
    wens.write_text(
        wens.read_text().replace("  leeftijd: onder_18\n", "").replace("  help: [jong]\n", "")
    )
    [w] = check_all(root).warnings
    assert "hulpregel 'jong'" in w.message
    assert w.path.endswith("help.yaml")
    assert "- id: jong" in (root / "help.yaml").read_text().splitlines()[w.line - 1]


def test_real_help_engine_runs_for_personas(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    wens = root / "personas" / "wens.yaml"
    wens.write_text(wens.read_text().replace("  help: [jong]\n", "  no_help: true\n"))
    [p] = check_all(root).errors
    assert "zou geen hulp moeten zien, maar ziet: jong" in p.message
