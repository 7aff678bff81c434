"""Fold the old Python dict modules (src/netwerkcheck/i18n/<area>.py, {id: {"nl": ..., "en": ...}})
into the gettext catalogs, src/netwerkcheck/locale/<lang>/LC_MESSAGES/netwerkcheck.po, and compile.

Kept for branches that were started before the catalogs existed: when a merge brings back a
dict module, run `uv run python scripts/i18n_dicts_to_po.py src/netwerkcheck/i18n/<area>.py ...`,
then delete the module. Ids already in a catalog keep their catalog text unless --replace.

Pairs of ids that were a hand-made plural (`x.1` / `x.n`, or the ones in PLURALS) become one
entry with msgid_plural and msgstr[0]/msgstr[1]; a `x.0` ("no one") stays its own message.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "src" / "netwerkcheck" / "locale"
DOMAIN = "netwerkcheck"

# new plural id -> (old id of the singular, old id of the plural)
PLURALS: dict[str, tuple[str, str]] = {
    "map.people": ("map.person_one", "map.people"),
    "row.people": ("row.person_one", "row.people"),
    "answers.clear_people": ("answers.clear_person", "answers.clear_people"),
}
# plurals that had no singular (they said "1 mensen"): the singular to add
NEW_SINGULAR: dict[str, dict[str, str]] = {
    "tool.preview_people": {"nl": "{count} persoon", "en": "{count} person"},
}


def _load_dicts(paths: list[Path]) -> dict[str, tuple[str, dict[str, dict[str, str]]]]:
    """id -> (area, {lang: text})."""
    out: dict[str, tuple[str, dict[str, dict[str, str]]]] = {}
    for path in paths:
        spec = importlib.util.spec_from_file_location(f"_area_{path.stem}", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for value in vars(module).values():
            if (
                isinstance(value, dict)
                and value
                and all(isinstance(v, dict) and "nl" in v for v in value.values())
            ):
                for key, entry in value.items():
                    if key in out:
                        raise SystemExit(f"{key}: defined twice")
                    out[key] = (path.stem, entry)
    return out


def _messages(
    entries: dict[str, tuple[str, dict[str, dict[str, str]]]],
) -> list[tuple[str, str, dict[str, str | tuple[str, str]]]]:
    """(id, area, {lang: text or (singular, plural)}) in the order of the dict modules."""
    plural_of: dict[str, tuple[str, str]] = dict(PLURALS)
    for key in entries:
        if key.endswith(".1") and key[:-2] + ".n" in entries:
            plural_of[key[:-2]] = (key, key[:-2] + ".n")
    taken = {old: new for new, pair in plural_of.items() for old in pair}
    out: list[tuple[str, str, dict[str, str | tuple[str, str]]]] = []
    done: set[str] = set()
    for key, (area, entry) in entries.items():
        new = taken.get(key)
        if new is not None:
            if new in done:
                continue
            one, many = plural_of[new]
            texts: dict[str, str | tuple[str, str]] = {
                lang: (entries[one][1][lang], entries[many][1][lang]) for lang in entry
            }
            out.append((new, area, texts))
            done.add(new)
        elif key in NEW_SINGULAR:
            out.append(
                (key, area, {lang: (NEW_SINGULAR[key][lang], text) for lang, text in entry.items()})
            )
        else:
            out.append((key, area, dict(entry)))
    return out


def _catalog(lang: str) -> Catalog:
    path = LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if path.exists():
        with path.open("rb") as fh:
            return read_po(fh, locale=lang)
    return Catalog(
        locale=lang,
        domain=DOMAIN,
        project="netwerkcheck",
        version="",
        copyright_holder="netwerkcheck",
        msgid_bugs_address="",
        language_team="",
        fuzzy=False,
    )


def write(catalog: Catalog, lang: str) -> None:
    folder = LOCALE / lang / "LC_MESSAGES"
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / f"{DOMAIN}.po").open("wb") as fh:
        write_po(fh, catalog, width=0, omit_header=False, sort_output=False, include_lineno=False)
    with (folder / f"{DOMAIN}.mo").open("wb") as fh:
        write_mo(fh, catalog)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="+", type=Path)
    parser.add_argument("--replace", action="store_true", help="overwrite texts already there")
    args = parser.parse_args(argv)
    messages = _messages(_load_dicts(args.modules))
    langs = sorted({lang for _, _, texts in messages for lang in texts})
    for lang in langs:
        catalog = _catalog(lang)
        for key, area, texts in messages:
            text = texts.get(lang)
            if text is None:
                continue
            if key in catalog and not args.replace:
                continue
            comment = [f"area: {area}"]
            if isinstance(text, tuple):
                catalog[key] = Message((key, key), text, auto_comments=comment)
            else:
                catalog[key] = Message(key, text, auto_comments=comment)
        write(catalog, lang)
        print(f"{lang}: {len(catalog)} messages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
