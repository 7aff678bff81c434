"""The shipped content passes its own check: no errors, no warnings, personas for the edge cases."""

from __future__ import annotations

import pytest

from .helpers import run_cli, shipped_check

EDGE_CASES = {
    "tevreden_weinig_contacten",
    "weduwe_recent",
    "student_verhuisd",
    "mantelzorger",
    "leeg_netwerk",
    "oudere_alleen",
    "wens_vertrouwenspersoon",
    "heel_zwaar",
    "onder_18",
}


def test_shipped_content_is_clean_and_every_suggestion_has_a_persona() -> None:
    result = shipped_check()
    assert result.problems == []
    assert result.personas is not None
    names = {lp.persona.name for lp in result.personas.personas}
    assert len(names) >= 8
    assert names >= EDGE_CASES


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_cli_check_exits_zero(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    code, out = run_cli(capsys, "content", "check", "--lang", lang)
    assert code == 0, out


@pytest.mark.parametrize("name", sorted(EDGE_CASES))
def test_every_persona_previews(capsys: pytest.CaptureFixture[str], name: str) -> None:
    code, out = run_cli(capsys, "content", "preview", "--persona", name)
    assert code == 0, out
    assert "Suggesties:" in out and "Hulp:" in out


def test_content_check_parses_each_file_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """help.yaml and the scales are read by their own loaders and again for wording and
    the schema line: within one check each text is parsed once, and not kept after."""
    from collections import Counter

    from netwerkcheck.content import yamlpos
    from netwerkcheck.editor.checkall import check_all  # a real run, not the cached one

    parsed: Counter[str] = Counter()
    real = yamlpos._parse_yaml

    def counting(text: str, display: str, lang: str) -> object:
        parsed[display] += 1
        return real(text, display, lang)

    monkeypatch.setattr(yamlpos, "_parse_yaml", counting)
    assert check_all().problems == []
    assert any(name.endswith("help.yaml") for name in parsed)
    assert [name for name, n in parsed.items() if n > 1] == []
    assert yamlpos._READ_ONCE.get() is None
