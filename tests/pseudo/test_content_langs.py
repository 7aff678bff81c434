"""Content texts keep nl and en side by side; a content file may add any language code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from netwerkcheck.cli import main
from netwerkcheck.content import models as m
from netwerkcheck.content.loader import load_content
from netwerkcheck.content.problems import ContentError

SMALL = Path(__file__).resolve().parents[1] / "fixtures" / "content_small"


def test_an_extra_language_is_read_and_a_missing_one_falls_back_to_dutch() -> None:
    text = m.Text.model_validate({"nl": "Hallo", "en": "Hello", "de": "Hallo!", "pt_BR": "Olá"})
    assert text.get("de") == "Hallo!" and text.get("pt_BR") == "Olá"
    assert text.get("fr") == "Hallo"  # no French: the Dutch, as the UI catalogs do
    assert text.langs() == ("nl", "en", "de", "pt_BR")


@pytest.mark.parametrize("missing", ["nl", "en"])
def test_dutch_and_english_stay_required(missing: str) -> None:
    data = {"nl": "Hallo", "en": "Hello", "de": "Hallo!"}
    del data[missing]
    with pytest.raises(ValueError):
        m.Text.model_validate(data)


def _copy_with(tmp_path: Path, old: str, new: str) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(SMALL, folder)
    path = folder / "themes.yaml"
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")
    return folder


def _first_en_line(folder: Path) -> str:
    return next(
        line
        for line in (folder / "themes.yaml").read_text("utf-8").splitlines()
        if line.lstrip().startswith("en: ")
    )


def test_content_check_accepts_an_extra_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = _first_en_line(SMALL)
    indent = line[: len(line) - len(line.lstrip())]
    folder = _copy_with(tmp_path, line, f"{line}\n{indent}de: Über dich")
    content = load_content(folder)
    assert any("de" in theme.title.langs() for theme in content.themes)
    assert main(["content", "check", "--content", str(folder)]) == 0, capsys.readouterr()


def test_a_bad_language_code_is_reported_in_the_file(tmp_path: Path) -> None:
    line = _first_en_line(SMALL)
    indent = line[: len(line) - len(line.lstrip())]
    folder = _copy_with(tmp_path, line, f"{line}\n{indent}Duits: Über dich")
    with pytest.raises(ContentError) as caught:
        load_content(folder)
    said = "\n".join(p.format() for p in caught.value.problems)
    assert "themes.yaml:" in said and "'Duits' is geen taalcode" in said
