"""The UI catalogs: gettext .po files per language (nl the base), compiled .mo next to them."""

from __future__ import annotations

import ast
import gettext
import re
import string
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from netwerkcheck import i18n
from netwerkcheck.i18n import available_langs, set_lang, t, tn

LOCALE = i18n.LOCALE_DIR
PKG = Path(i18n.__file__).resolve().parents[1]


def _po(lang: str, domain: str = i18n.DOMAIN) -> Catalog:
    with (LOCALE / lang / "LC_MESSAGES" / f"{domain}.po").open("rb") as fh:
        return read_po(fh, locale=lang)


def _pos() -> list[Path]:
    return sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _forms(message: object) -> list[str]:
    value = message.string  # type: ignore[attr-defined]
    return list(value) if isinstance(value, tuple) else [value]


def test_the_shipped_languages_are_the_catalogs_present() -> None:
    folders = {p.parent.parent.name for p in LOCALE.glob(f"*/LC_MESSAGES/{i18n.DOMAIN}.mo")}
    assert {"nl", "en"} <= folders
    assert set(available_langs()) == folders
    assert available_langs()[:2] == ("nl", "en")


def test_every_string_has_every_language_with_the_same_placeholders() -> None:
    base = _po(i18n.BASE)
    base_ids = {m.id if isinstance(m.id, str) else m.id[0] for m in base if m.id}
    assert len(base_ids) > 500
    for lang in available_langs():
        catalog = _po(lang)
        ids = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
        assert ids == base_ids, (lang, sorted(ids ^ base_ids)[:10])
        for message in catalog:
            if not message.id:
                continue
            key = message.id if isinstance(message.id, str) else message.id[0]
            forms = _forms(message)
            base_forms = _forms(base[key])
            assert all(form.strip() for form in forms), (lang, key)
            assert message.pluralizable == base[key].pluralizable, (lang, key)
            # Each form of a plural may leave out {n} ("één persoon"), but never adds a field.
            allowed = set().union(*(_fields(f) for f in base_forms))
            for form in forms:
                assert _fields(form) <= allowed | {"n"}, (lang, key, form)
            if not message.pluralizable:
                assert _fields(forms[0]) == _fields(base_forms[0]), (lang, key)


@pytest.mark.parametrize("po", _pos(), ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_no_id_is_defined_twice(po: Path) -> None:
    ids = re.findall(r'^msgid "(.+)"$', po.read_text("utf-8"), flags=re.M)
    twice = [key for key, n in Counter(ids).items() if n > 1]
    assert not twice


@pytest.mark.parametrize("po", _pos(), ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_compiled_catalog_matches_its_po(po: Path) -> None:
    """The .mo files are committed (the wheel and `uv run` need no build step, offline):
    after editing a .po, run `uv run pybabel compile`."""
    mo = po.with_suffix(".mo")
    assert mo.is_file(), f"{mo} is missing: run `uv run pybabel compile`"
    with po.open("rb") as fh:
        catalog = read_po(fh)
    expected: dict[object, str] = {}
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.string, tuple | list):
            for i, form in enumerate(message.string):
                expected[(message.id[0], i)] = form
        elif isinstance(message.string, str):
            expected[message.id] = message.string
    with mo.open("rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    raw: dict[object, str] = vars(compiled)["_catalog"]
    got = {k: v for k, v in raw.items() if k != ""}
    assert got == expected, f"{mo} is out of date: run `uv run pybabel compile`"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_plural_forms_header_is_real(lang: str) -> None:
    assert _po(lang).plural_forms == "nplurals=2; plural=(n != 1);"


def test_language_switch() -> None:
    set_lang("en")
    assert t("what.question") == "question"
    set_lang("xx")
    assert t("what.question") == "vraag"


def test_unknown_id_is_an_error() -> None:
    with pytest.raises(KeyError):
        t("no.such.id")


def test_plurals_follow_the_catalog() -> None:
    assert tn("row.people", 1, "nl") == "1 persoon"
    assert tn("row.people", 3, "nl") == "3 mensen"
    assert tn("row.people", 1, "en") == "1 person"
    assert tn("row.people", 0, "en") == "0 people"
    assert tn("tool.preview_people", 1, "nl", count=1) == "1 persoon"


def _ids_in(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _ids_in(node.body) + _ids_in(node.orelse)
    return []


def test_every_id_used_in_the_code_is_in_the_catalog() -> None:
    """Each literal id in t("id") / tn("id", n) (also `t("a" if x else "b")`) is in the catalog."""
    used: set[str] = set()
    for path in PKG.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("t", "tn")
                and node.args
            ):
                used.update(_ids_in(node.args[0]))
    assert len(used) > 300
    assert used <= i18n.message_ids(), sorted(used - i18n.message_ids())


def test_no_dict_modules_came_back() -> None:
    """UI strings live in the catalogs. A branch that still adds a {id: {"nl", "en"}} module:
    `uv run python scripts/i18n_dicts_to_po.py <module>` folds it in; then delete the module."""
    modules = [p.name for p in (PKG / "i18n").glob("*.py")]
    assert sorted(modules) == ["__init__.py", "argparse_words.py"]


def test_dutch_help_has_dutch_argparse_words() -> None:
    code = "from netwerkcheck.cli import main\nmain(['--help'])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert out.startswith("gebruik: netwerkcheck")
    assert "opties:" in out and "laat deze hulp zien en stop" in out
    for english in ("usage:", "options:", "show this help message", "positional arguments"):
        assert english not in out
    code = "from netwerkcheck.cli import main\nmain(['--lang', 'en', '--help'])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert out.startswith("usage: netwerkcheck") and "show this help message and exit" in out


def test_dutch_argparse_error() -> None:
    code = "from netwerkcheck.cli import main\nmain(['--bestaat-niet'])"
    err = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stderr
    assert "netwerkcheck: fout: onbekende argumenten: --bestaat-niet" in err
    assert "gebruik:" in err and "usage:" not in err


def test_days_ago_says_when_in_words_on_this_computers_calendar(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The welcome screen said 'laatst op 2026-12-01': hard to read for many, and the
    UTC day of the save, so a check saved at 00:30 in Amsterdam was 'yesterday's'."""
    import time
    from datetime import date

    from netwerkcheck.i18n import days_ago

    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        today = date(2026, 12, 2)
        # 23:30 UTC on 1 December is 00:30 on 2 December in Amsterdam: today
        assert days_ago("2026-12-01T23:30:00.000000+00:00", "nl", today) == "vandaag"
        assert days_ago("2026-12-01T10:00:00+00:00", "nl", today) == "gisteren"
        assert days_ago("2026-12-01T10:00:00+00:00", "en", today) == "yesterday"
        assert days_ago("2026-11-29T10:00:00+00:00", "nl", today) == "3 dagen geleden"
        assert days_ago("2026-11-29T10:00:00+00:00", "en", today) == "3 days ago"
        assert days_ago("2026-12-05T10:00:00+00:00", "en", today) == "today"  # clock ahead
        assert days_ago("not a time", "nl", today) == "not a time"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
