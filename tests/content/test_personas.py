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


def test_help_expectations_use_the_optional_hook(tmp_path: Path) -> None:
    from netwerkcheck.content.loader import load_content
    from netwerkcheck.editor.personas import HelpHook, check_personas

    root = copy_mini(tmp_path)
    _persona(
        root,
        "hulp",
        """name: hulp
description: {nl: Test., en: Test.}
answers: {wens_verandering: ja}
expect: {help: [praat_lijn]}
""",
    )
    _persona(
        root,
        "geen_hulp",
        """name: geen_hulp
description: {nl: Test., en: Test.}
answers: {wens_verandering: nee}
expect: {no_help: true}
""",
    )
    content = load_content(root)

    class Hit:
        def __init__(self, rule_id: str) -> None:
            self.id = rule_id

    def run(_content: object, answers: dict[str, object]) -> list[object]:
        return [Hit("praat_lijn")] if answers.get("wens_verandering") == "nee" else []

    report = check_personas(content, "nl", HelpHook(["praat_lijn", "nooit"], run, []))
    messages = [p.message for p in report.problems]
    assert any("zou hulp 'praat_lijn' moeten zien" in m for m in messages)
    assert any("zou geen hulp moeten zien, maar ziet: praat_lijn" in m for m in messages)
    assert any("hulpregel 'nooit'" in m for m in messages) is False  # errors first: no coverage


def test_without_help_engine_help_expectations_are_a_note(tmp_path: Path) -> None:
    from netwerkcheck.content.loader import load_content
    from netwerkcheck.editor.personas import check_personas

    root = copy_mini(tmp_path)
    _persona(
        root,
        "hulp",
        """name: hulp
description: {nl: Test., en: Test.}
answers: {wens_verandering: nee}
expect: {no_help: true}
""",
    )
    report = check_personas(load_content(root), "nl", None)
    assert not report.problems
    assert report.notes


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
