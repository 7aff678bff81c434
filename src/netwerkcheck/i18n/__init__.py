"""UI strings from gettext catalogs: src/netwerkcheck/locale/<lang>/LC_MESSAGES/netwerkcheck.po.

The catalogs are monolingual: each msgid is a stable id ("welcome.title"), each msgstr the
text in that language. Dutch (nl) is the base: a message another catalog lacks falls back
to Dutch. Plurals are real gettext plurals (msgid_plural, msgstr[0..], the Plural-Forms
header). The compiled .mo files next to the .po files are what is read at run time.

The languages offered are the catalogs found, never a list in the code: the package's own
locale folder, plus any folders in NETWERKCHECK_LOCALE_DIR (os.pathsep-separated, searched
first), so a new language is a new folder with a compiled catalog and no Python edit.

The language is chosen once, before any front end is imported, because Textual binding
labels are fixed when a screen class is defined. Content texts carry their own
languages and do not pass through here.
"""

from __future__ import annotations

import gettext
import os
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

Lang = str
"""A language code such as 'nl' or 'en' (the name of a catalog folder)."""
LANG_CODE = r"^[a-z]{2,3}(_[A-Z]{2})?$"
"""What a language code looks like (catalog folders, content keys): ISO 639, optionally _REGION."""

DOMAIN = "netwerkcheck"
BASE: Lang = "nl"
"""The base language: every id is in its catalog, every other catalog falls back to it."""
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
ENV_LOCALE_DIR = "NETWERKCHECK_LOCALE_DIR"

_current: Lang = BASE


def locale_dirs() -> tuple[Path, ...]:
    """Where catalogs are looked for, first match wins: NETWERKCHECK_LOCALE_DIR, then ours."""
    return _dirs(os.environ.get(ENV_LOCALE_DIR, ""))


@lru_cache(maxsize=8)
def _dirs(extra: str) -> tuple[Path, ...]:
    return (*(Path(p) for p in extra.split(os.pathsep) if p.strip()), LOCALE_DIR)


def _mo_path(lang: Lang, dirs: tuple[Path, ...]) -> Path | None:
    for folder in dirs:
        path = folder / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
        if path.is_file():
            return path
    return None


@lru_cache(maxsize=8)
def _langs_in(dirs: tuple[Path, ...]) -> tuple[Lang, ...]:
    found: set[str] = set()
    for folder in dirs:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if (entry / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file():
                found.add(entry.name)
    # Dutch first (the default), then English, then the rest in alphabetical order.
    order = {BASE: 0, "en": 1}
    return tuple(sorted(found, key=lambda code: (order.get(code, 2), code)))


def available_langs() -> tuple[Lang, ...]:
    """The UI languages installed: one per catalog found, Dutch first."""
    return _langs_in(locale_dirs())


@lru_cache(maxsize=16)
def _load(lang: Lang, dirs: tuple[Path, ...]) -> gettext.GNUTranslations:
    path = _mo_path(lang, dirs)
    if path is None:
        raise LookupError(lang)
    with path.open("rb") as fh:
        translations = gettext.GNUTranslations(fh)
    if lang != BASE:
        translations.add_fallback(_load(BASE, dirs))
    return translations


def translations(lang: Lang | None = None) -> gettext.GNUTranslations:
    """The catalog of `lang` (default: the current language), falling back to Dutch."""
    return _in(lang).translations


@lru_cache(maxsize=8)
def _ids(dirs: tuple[Path, ...]) -> frozenset[str]:
    catalog: dict[object, str] = vars(_load(BASE, dirs)).get("_catalog", {})
    out: set[str] = set()
    for key in catalog:
        msgid = key[0] if isinstance(key, tuple) else key
        if isinstance(msgid, str) and msgid:
            out.add(msgid)
    return frozenset(out)


def message_ids() -> frozenset[str]:
    """Every message id of the base catalog."""
    return _ids(locale_dirs())


def is_message_id(text: str) -> bool:
    return text in _now().ids


class _Active:
    """One language's catalog, resolved for speed (t() is called very often): the
    singular texts in one dict with Dutch under them, the plurals through gettext."""

    def __init__(self, lang: Lang, dirs: tuple[Path, ...]) -> None:
        self.lang = lang
        self.dirs = dirs
        self.translations = _load(lang, dirs)
        self.ids = _ids(dirs)
        texts: dict[str, str] = {}
        for code in (BASE, lang):
            raw: dict[object, str] = vars(_load(code, dirs)).get("_catalog", {})
            texts.update((k, v) for k, v in raw.items() if isinstance(k, str) and k)
        self.texts = texts


@lru_cache(maxsize=16)
def _resolved(lang: Lang, dirs: tuple[Path, ...]) -> _Active:
    return _Active(lang if lang in _langs_in(dirs) else BASE, dirs)


_active: _Active | None = None


def _now() -> _Active:
    global _active
    if _active is None:
        _active = _resolved(_current, locale_dirs())
    return _active


def set_lang(lang: str) -> Lang:
    """Set the UI language; a language without a catalog falls back to Dutch, the default.
    The catalog folders (NETWERKCHECK_LOCALE_DIR) are looked at again here."""
    global _current, _active
    code = lang.strip().lower() if isinstance(lang, str) else BASE
    _current = code if code in available_langs() else BASE
    _active = _resolved(_current, locale_dirs())
    return _current


def get_lang() -> Lang:
    return _current


def lang_from_env() -> Lang | None:
    """A language asked for by NETWERKCHECK_LANG (one that is installed), or None."""
    value = os.environ.get("NETWERKCHECK_LANG", "").strip().lower()
    return value if value in available_langs() else None


def _in(lang: Lang | None) -> _Active:
    active = _active or _now()
    if lang is None or lang == active.lang:
        return active
    return _resolved(lang, locale_dirs())  # the folders may have changed (tests)


def t(msg_id: str, lang: Lang | None = None, /, **values: object) -> str:
    """The string for `msg_id` in the current language, with {placeholders} filled in.
    An id the catalogs do not have is a KeyError (a bug, caught by tests/test_i18n.py)."""
    text = _in(lang).texts[msg_id]
    return text.format(**values) if values else text


def tn(msg_id: str, n: int, lang: Lang | None = None, /, **values: object) -> str:
    """A plural message: the form for `n` by the catalog's Plural-Forms, with {n} and
    the other {placeholders} filled in."""
    active = _in(lang)
    if msg_id not in active.ids:
        raise KeyError(msg_id)
    text = active.translations.ngettext(msg_id, msg_id, n)
    return text.format(n=n, **values)


def or_list(items: list[str] | tuple[str, ...], lang: Lang | None = None) -> str:
    """'nl of en', 'nl, en of de': the items joined with the catalog's word for 'or'."""
    if len(items) < 2:
        return "".join(items)
    return t("word.or_list", lang, items=", ".join(items[:-1]), last=items[-1])


def lang_name(lang: Lang) -> str:
    """A language's own name for itself, from its catalog ('Nederlands', 'English')."""
    return t("lang.name", lang)


def next_lang(lang: Lang | None = None) -> Lang:
    """The language after `lang` in the installed list (the welcome screen's switch)."""
    langs = available_langs()
    code = lang or _current
    if code not in langs:
        return langs[0] if langs else BASE
    return langs[(langs.index(code) + 1) % len(langs)]


@lru_cache(maxsize=16)
def _load_domain(domain: str, lang: Lang, dirs: tuple[Path, ...]) -> gettext.NullTranslations:
    for folder in dirs:
        path = folder / lang / "LC_MESSAGES" / f"{domain}.mo"
        if path.is_file():
            with path.open("rb") as fh:
                return gettext.GNUTranslations(fh)
    return gettext.NullTranslations()


def domain_translations(domain: str, lang: Lang | None = None) -> gettext.NullTranslations:
    """A second, ordinary (source text -> translation) catalog next to ours, such as
    'argparse' for the words of Python's argparse; no catalog means the source text."""
    return _load_domain(domain, lang or _current, locale_dirs())


def lang_choices(lang: Lang | None = None) -> str:
    """The installed languages for a --lang help text: 'nl (standaard) of en'."""
    return or_list(
        [
            t("cli.default_lang", lang, lang=code) if code == BASE else code
            for code in available_langs()
        ],
        lang,
    )


def days_ago(stamp: str, lang: Lang | None = None, today: date | None = None) -> str:
    """When a saved timestamp (ISO, UTC) was, in words, on this computer's calendar:
    'vandaag', 'gisteren', '3 dagen geleden' (a date such as '2026-12-01' is hard to
    read, and its UTC day was yesterday for a check saved after midnight here). Standard
    library only: the welcome screen says it before its first paint, where Babel's
    70 ms would show. A stamp that cannot be read is shown as it is."""
    try:
        day = datetime.fromisoformat(stamp).astimezone().date()
    except ValueError:
        return stamp
    days = ((today or date.today()) - day).days
    if days <= 0:  # today, or a clock that was ahead
        return t("when.today", lang)
    if days == 1:
        return t("when.yesterday", lang)
    return tn("when.days_ago", days, lang)


def format_day(day: date, lang: Lang | None = None) -> str:
    """A date as people write it: '1 december 2026', '1 December 2026' (Babel, CLDR month
    names; a language Babel does not know gets the Dutch names). Babel is imported here,
    never on the way to the first screen."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import format_date

    code = lang or _current
    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse(BASE)
    return format_date(day, "d MMMM y", locale=locale)
