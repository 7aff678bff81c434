import string

from netwerkcheck.i18n import set_lang, t
from netwerkcheck.i18n.catalog import CATALOG


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_string_has_both_languages_with_the_same_placeholders() -> None:
    for key, entry in CATALOG.items():
        assert set(entry) == {"nl", "en"}, key
        assert entry["nl"].strip() and entry["en"].strip(), key
        assert _fields(entry["nl"]) == _fields(entry["en"]), key


def test_language_switch() -> None:
    set_lang("en")
    assert t("what.question") == "question"
    set_lang("xx")
    assert t("what.question") == "vraag"


def test_no_id_is_defined_in_two_areas() -> None:
    from netwerkcheck.i18n.catalog import AREAS

    seen: set[str] = set()
    for area in AREAS:
        dup = seen & set(area)
        assert not dup
        seen |= set(area)
