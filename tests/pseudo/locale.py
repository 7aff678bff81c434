"""A pseudo-locale 'xx', made in the tests from the shipped catalogs and content.

Every letter of every UI string and every content text is swapped for an accented
look-alike and the whole is bracketed ("Vraag {n}" -> "⟦Ṽŕåå ĝ {n}⟧"-ish), with
{placeholders} kept. Written to a temporary locale folder (NETWERKCHECK_LOCALE_DIR) and
a temporary content copy, it runs through the app without any Python edit; a plain
ASCII letter left on a screen is a string that did not come from a catalog or content.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from ruamel.yaml import YAML

from netwerkcheck import i18n

LANG = "xx"
_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "åƀçðëƒĝĥïĵķłɱñöþʠŕšŧüṽŵẋÿžÅƁÇÐËƑĜĤÏĴĶŁṀÑÖÞǪŔŠŦÜṼŴẊŸŽ"
_SWAP = str.maketrans(_PLAIN, _ACCENTED)
_FIELD = re.compile(r"(\{[^{}]*\})")
ASCII_LETTER = re.compile(r"[A-Za-z]")


def pseudo(text: str) -> str:
    """'Vraag {n} van {total}' -> '⟦Ṽŕååĝ {n} ṽåñ {total}⟧'; {fields} stay as they are."""
    parts = _FIELD.split(text)
    swapped = "".join(p if _FIELD.fullmatch(p) else p.translate(_SWAP) for p in parts)
    # Keep surrounding whitespace (prompts end in a space, some texts in a newline).
    core = swapped.strip()
    if not core:
        return swapped
    start = swapped.index(core[0])
    return f"{swapped[:start]}⟦{core}⟧{swapped[start + len(core) :]}"


def make_locale(root: Path) -> Path:
    """root/xx/LC_MESSAGES/netwerkcheck.{po,mo}: every message of the Dutch base, pseudo'd."""
    with (i18n.LOCALE_DIR / i18n.BASE / "LC_MESSAGES" / f"{i18n.DOMAIN}.po").open("rb") as fh:
        catalog = read_po(fh, locale=i18n.BASE)
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.string, tuple | list):
            message.string = tuple(pseudo(s) for s in message.string)
        elif isinstance(message.string, str):
            message.string = pseudo(message.string)
    folder = root / LANG / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / f"{i18n.DOMAIN}.po").open("wb") as fh:
        write_po(fh, catalog)
    with (folder / f"{i18n.DOMAIN}.mo").open("wb") as fh:
        write_mo(fh, catalog)
    return root


def _texts(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        if "nl" in node and "en" in node and isinstance(node.get("nl"), str):
            yield node
            return
        for value in node.values():
            yield from _texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _texts(value)


# Plain strings in content that are shown as they are (names of organisations).
_SHOWN_AS_IS = ("name",)


def _names(node: Any) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _SHOWN_AS_IS and isinstance(value, str):
                node[key] = pseudo(value)
            else:
                _names(value)
    elif isinstance(node, list):
        for value in node:
            _names(value)


def make_content(source: Path, target: Path) -> Path:
    """A copy of the content folder `source` in which every text also has 'xx'."""
    shutil.copytree(source, target)
    yaml = YAML()
    yaml.preserve_quotes = True
    for path in sorted(target.rglob("*.yaml")):
        data = yaml.load(path.read_text("utf-8"))
        for text in _texts(data):
            text[LANG] = pseudo(text["nl"])
        _names(data)
        with path.open("w", encoding="utf-8") as fh:
            yaml.dump(data, fh)
    return target


def leftovers(screen_text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """The words on a screen that still hold a plain ASCII letter (not from a catalog)."""
    out: list[str] = []
    for word in screen_text.split():
        if word in allowed:
            continue
        if ASCII_LETTER.search(word):
            out.append(word)
    return out
