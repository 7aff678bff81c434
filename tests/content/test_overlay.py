"""Overlays: a local folder adds or replaces suggestions and adds personas."""

from __future__ import annotations

from pathlib import Path

import pytest

from netwerkcheck.content.loader import default_content_dir, load_content
from netwerkcheck.content.overlay import merge_by_id, resolve
from netwerkcheck.editor.checkall import check_all

from .helpers import MINI, copy_mini, run_cli

EXAMPLE = default_content_dir() / "examples" / "gemeente-voorbeeld"

LOCAL = """# yaml-language-server: $schema=../../schema/suggestions.schema.json
sources: [lokaal]
suggestions:
  - id: kleine_stap
    kind: try
    title: {nl: Lokale stap, en: Local step}
    text: {nl: Loop mee met de buurtwandeling., en: Join the neighbourhood walk.}
    when: {question: wens_verandering, is: ja}
  - id: lokaal_nieuw
    kind: find
    title: {nl: Buurthuis, en: Community centre}
    text: {nl: Kom langs in het buurthuis., en: Drop by the community centre.}
    when: {question: wens_verandering, is: ja}
"""


def _overlay(tmp_path: Path) -> Path:
    overlay = tmp_path / "lokaal"
    (overlay / "suggestions").mkdir(parents=True)
    (overlay / "suggestions" / "lokaal.yaml").write_text(LOCAL, encoding="utf-8")
    return overlay


def test_overlay_replaces_by_id_in_place_and_adds(tmp_path: Path) -> None:
    content = load_content(MINI, overlay=_overlay(tmp_path))
    ids = [s.id for s in content.suggestions]
    assert ids == ["tevreden_is_goed", "kleine_stap", "vertrouwen", "lokaal_nieuw"]
    assert content.suggestion("kleine_stap").title.nl == "Lokale stap"
    assert content.origins[("suggestion", "kleine_stap")].path.endswith("lokaal.yaml")
    assert len(content.questions) == 6


def test_duplicate_inside_the_overlay_is_an_error(tmp_path: Path) -> None:
    overlay = _overlay(tmp_path)
    (overlay / "suggestions" / "twee.yaml").write_text(LOCAL, encoding="utf-8")
    result = check_all(overlay, base=MINI)
    assert any("bestaat al" in p.message for p in result.errors)


def test_overlay_adds_personas_and_warns_about_questions(tmp_path: Path) -> None:
    overlay = _overlay(tmp_path)
    (overlay / "personas").mkdir()
    (overlay / "personas" / "lokaal.yaml").write_text(
        """# yaml-language-server: $schema=../../schema/personas.schema.json
name: lokale_wandelaar
description: {nl: Test., en: Test.}
answers: {wens_verandering: ja}
expect: {includes: [lokaal_nieuw]}
""",
        encoding="utf-8",
    )
    (overlay / "questions").mkdir()
    result = check_all(overlay, base=MINI)
    assert not result.errors, result.errors
    assert result.personas is not None and len(result.personas.personas) == 3
    assert any(
        "'questions' wordt in een overlay niet gebruikt" in w.message for w in result.warnings
    )


def test_folder_with_themes_is_used_alone(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    assert resolve(root).base == root and resolve(root).overlay is None


def test_merge_by_id_works_on_dicts() -> None:
    merged = merge_by_id([{"id": "a", "v": 1}, {"id": "b"}], [{"id": "a", "v": 2}, {"id": "c"}])
    assert merged == [{"id": "a", "v": 2}, {"id": "b"}, {"id": "c"}]


def test_shipped_example_overlay_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_cli(capsys, "content", "check", "--content", str(EXAMPLE))
    assert code == 0, out
    result = check_all(EXAMPLE)
    ids = {s.id for s in result.content.suggestions} if result.content else set()
    assert {"voorbeeld_wandelgroep", "voorbeeld_maatje", "voorbeeld_luisterlijn"} <= ids
    assert not [w for w in result.warnings if "examples" in w.path], result.warnings


def test_app_start_passes_the_overlay(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from netwerkcheck.commands import start
    from netwerkcheck.content.problems import ContentError

    seen: dict[str, object] = {}

    def fake_load(content_dir: object = None, lang: str = "nl", *, overlay: object = None) -> None:
        seen["overlay"] = overlay
        raise ContentError([])

    import netwerkcheck.content.loader as loader

    monkeypatch.setattr(loader, "load_content", fake_load)
    from netwerkcheck.cli import main

    assert main(["--content", str(tmp_path), "--no-save"]) == start.EXIT_CONTENT
    assert seen["overlay"] == tmp_path


def test_overlay_help_adds_contacts_and_rules_by_id(tmp_path: Path) -> None:
    overlay = _overlay(tmp_path)
    (overlay / "help.yaml").write_text(
        """# yaml-language-server: $schema=../schema/help.schema.json
sources: [lokaal]
intro: {nl: Niet gebruikt., en: Not used.}
closing: {nl: Niet gebruikt., en: Not used.}
always: [lokale_lijn]
contacts:
  - id: lokale_lijn
    name: Praatlijn Voorbeeld
    what: {nl: Iemand om mee te praten., en: Someone to talk to.}
    phone: "0000-000000"
    who_for: {nl: Inwoners van Voorbeeld., en: People living in Voorbeeld.}
    source: {ref: "verzonnen", last_checked: 2026-11-01}
rules:
  - id: jong
    level: support
    when: {question: leeftijd, is: onder_18}
    contacts: [lokale_lijn]
    message: {nl: Lokaal praten?, en: Talk locally?}
""",
        encoding="utf-8",
    )
    content = load_content(MINI, overlay=overlay)
    assert content.help is not None
    assert "lokale_lijn" in content.help.contacts and "luisterlijn" in content.help.contacts
    assert [r.id for r in content.help.rules] == ["jong"]
    assert content.help.rules[0].contacts == ["lokale_lijn"]
    assert content.help.always == ("luisterlijn", "lokale_lijn")
    assert content.help.intro.nl == "Wil je met iemand praten?"
